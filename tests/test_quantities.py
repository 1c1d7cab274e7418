"""One lexer reads every written quantity: its number, scale, currency, sign and span."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant import quantities
from assistant.quantities import (
    FIGURE_TOLERANCE,
    Money,
    QuantityToken,
    currency_words,
    find_money,
    format_money,
    format_money_short,
    lex,
    same_figure,
)


def _read(text: str, words: bool = False) -> list[tuple[str, str | None, Decimal]]:
    return [(t.text, t.currency, t.scaled()) for t in lex(text, words)]


def test_each_token_stands_at_its_span_with_its_currency_and_scaled_value():
    text = "KRW 1 trillion is US$ 800 million, or 14.7 billion won."
    tokens = lex(text)
    assert [text[t.start : t.end] for t in tokens] == [t.text for t in tokens]
    assert _read(text) == [
        ("KRW 1 trillion", "KRW", Decimal(10) ** 12),
        ("US$ 800 million", "USD", 800 * Decimal(10) ** 6),
        ("14.7 billion won", "KRW", Decimal("14.7") * Decimal(10) ** 9),
    ]


def test_a_number_inside_a_name_is_glued_and_a_number_after_a_letter_is_no_token():
    tokens = lex("the F-35A and the A330 cost $5m")
    assert [(t.text, t.glued) for t in tokens] == [("35", True), ("$5m", False)]


def test_percentages_ordinals_signs_and_exponents_are_marked_on_the_token():
    first, second, third, fourth = lex("46 per cent, the 31st, −89.99% and $5e7")
    assert first.percent and first.number == 46
    assert second.ordinal and second.number == 31
    assert third.sign == "−" and third.percent
    assert fourth.exponent == "e7" and fourth.currency == "USD"


def test_a_currency_code_between_two_figures_belongs_to_the_figure_after_it():
    # A year or a count written just before a code that opens an amount is no amount itself.
    assert _read("the 1991 EUR 3 million grant") == [
        ("1991", None, Decimal(1991)),
        ("EUR 3 million", "EUR", 3 * Decimal(10) ** 6),
    ]
    assert _read("12 KRW 4 billion orders") == [
        ("12", None, Decimal(12)),
        ("KRW 4 billion", "KRW", 4 * Decimal(10) ** 9),
    ]
    # A code after a figure with nothing after it, or with a scale before it, is that figure's.
    assert _read("paid 1,470 KRW per USD") == [("1,470 KRW", "KRW", Decimal(1470))]
    assert _read("2 billion KRW 5 times") == [
        ("2 billion KRW", "KRW", 2 * Decimal(10) ** 9),
        ("5", None, Decimal(5)),
    ]


def test_a_year_range_is_two_years_not_a_negative_number():
    assert [(t.number, t.sign) for t in lex("from 2011-2015")] == [
        (Decimal(2011), None),
        (Decimal(2015), None),
    ]


def test_number_words_are_read_only_when_asked_and_never_inside_a_compound():
    assert lex("seven offsets") == []
    assert [(t.number, t.percent) for t in lex("seven percent, one-time", words=True)] == [
        (Decimal(7), True)
    ]


def test_find_money_keeps_only_amounts_in_the_sources_currencies():
    assert find_money("€5 million, 20 billion won, 50%, and $5e7") == [
        Money("KRW", 20 * Decimal(10) ** 9)
    ]


def test_currency_words_name_every_written_form_longest_first():
    words = currency_words("KRW", "USD", symbols=False).split("|")
    assert set(words) == {"krw", "won", "usd", "dollar", "dollars", r"us\s+dollar", r"us\s+dollars"}
    assert words.index("dollars") < words.index("dollar")
    assert re.fullmatch(currency_words("USD"), "us$")


def test_figures_within_the_tolerance_are_one_figure():
    assert same_figure(Decimal("7.99"), Decimal(8))
    assert not same_figure(Decimal(100), Decimal(100) * (1 + 2 * FIGURE_TOLERANCE))
    assert same_figure(Decimal(0), Decimal(0))
    assert Money("USD", Decimal(100)).close_to(Money("USD", Decimal(101)))
    assert not Money("USD", Decimal(100)).close_to(Money("KRW", Decimal(100)))


def test_a_further_reader_plugs_into_lex_and_its_overlaps_are_resolved(monkeypatch):
    def dozens(text: str) -> list[QuantityToken]:
        return [
            QuantityToken(m.start(), m.end(), m.group(), Decimal(12), m.start(), m.end(), m.end())
            for m in re.finditer(r"\ba dozen\b", text)
        ]

    monkeypatch.setattr(quantities, "READERS", [dozens])
    assert [(t.text, t.number) for t in lex("a dozen jets and 40 more")] == [
        ("a dozen", Decimal(12)),
        ("40", Decimal(40)),
    ]


@given(
    st.decimals(min_value=1, max_value=10**15, places=2, allow_nan=False),
    st.sampled_from(["USD", "KRW"]),
)
def test_every_formatted_amount_is_read_back_as_itself(amount, currency):
    assert find_money(format_money(amount, currency)) == [Money(currency, amount)]
    [short] = find_money(format_money_short(amount, currency))
    assert short.amount == amount and short.currency == currency


@pytest.mark.parametrize("text", ["", "no figures here", "Table two"])
def test_text_without_digits_has_no_tokens(text):
    assert lex(text) == []


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("seventy-five million dollars", "USD", Decimal(75) * 10**6),
        ("two hundred and forty million won", "KRW", Decimal(240) * 10**6),
        ("three hundred sixty billion won", "KRW", Decimal(360) * 10**9),
        ("one and a half billion dollars", "USD", Decimal("1.5") * 10**9),
        ("twelve and a quarter million dollars", "USD", Decimal("12.25") * 10**6),
        ("half a million euros", "EUR", Decimal(500_000)),
        ("three quarters of a billion won", "KRW", Decimal(750) * 10**6),
        ("a trillion won", "KRW", Decimal(10) ** 12),
        ("nineteen million", None, Decimal(19) * 10**6),
    ],
)
def test_an_amount_spelled_out_with_its_scale_is_read_exactly(text, currency, value):
    (token,) = lex(f"a purchase of {text} this year")
    assert (token.currency, token.scaled()) == (currency, value)
    assert token.word


def test_a_bare_number_word_waits_for_words_and_a_word_is_never_a_scale_by_one_letter():
    assert lex("eight contracts and one won award") == []
    assert [t.number for t in lex("eight contracts", words=True)] == [Decimal(8)]
    assert lex("a quarter of the deals, half a day") == []


def test_with_digits_puts_spelled_numbers_in_digits_and_leaves_the_rest():
    assert (
        quantities.with_digits("ninety-two and a half million dollars, up from forty")
        == "92.5 million dollars, up from 40"
    )


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("a 40-million-dollar frigate refit", Decimal(40_000_000), "USD"),
        ("a fifteen-million-dollar radar order", Decimal(15_000_000), "USD"),
        ("a $7-billion helicopter program", Decimal(7_000_000_000), "USD"),
        ("a 90-billion-won missile buy", Decimal(90_000_000_000), "KRW"),
        ("a 35 million US dollar sonar upgrade", Decimal(35_000_000), "USD"),
        ("its USD-25-million ceiling on radar buys", Decimal(25_000_000), "USD"),
        ("the KRW-3-billion floor for ammunition", Decimal(3_000_000_000), "KRW"),
    ],
)
def test_a_compound_adjective_amount_is_read_whole(text, value, currency):
    (token,) = lex(text)
    assert (token.scaled(), token.currency) == (value, currency)


def test_hyphens_outside_an_amount_keep_their_meaning():
    assert [t.text for t in lex("over 1990-2000 the KF-21 and a three-year plan")] == [
        "1990",
        "2000",
        "21",
    ]
    assert quantities.unhyphenated("a 40-million-dollar refit in 1990-2000") == (
        "a 40 million dollar refit in 1990-2000"
    )


def test_a_hyphen_glued_to_a_currency_code_joins_it_and_a_spaced_one_is_a_minus():
    (joined,) = lex("a USD-40-million ceiling")
    assert joined.sign is None and joined.currency == "USD"
    (minus,) = lex("a balance of USD -40 million")
    assert minus.sign == "-" and minus.currency == "USD"
    assert quantities.unhyphenated("a KRW-9-billion-won cap") == "a KRW 9 billion won cap"


def test_the_amounts_of_a_text_are_read_once_but_each_caller_gets_a_list_of_its_own():
    from assistant.quantities import find_money

    text = "The harbour board paid USD 4 million and KRW 2 billion for the cranes."
    first = find_money(text)
    first.clear()
    assert [m.currency for m in find_money(text)] == ["USD", "KRW"]
