"""An amount in any currency the currency table lists is read wherever an amount is read: by the
quantity lexer, by the calculator, and by routing, with the exchange rate written either way
round. A currency the table does not list stays unknown, and is refused plainly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant import currencies
from assistant.answering.exchange_rates import stated_rates
from assistant.answering.routing import amounts, route
from assistant.calculator.arithmetic import evaluate, parse_amount
from assistant.calculator.operations import calculate
from assistant.errors import CalculationError
from assistant.quantities import lex


@pytest.mark.parametrize(
    ("written", "code", "value"),
    [
        ("JPY 2.5 billion", "JPY", Decimal("2.5e9")),
        ("¥820 million", "JPY", Decimal("8.2e8")),
        ("90 million yen", "JPY", Decimal("9e7")),
        ("GBP 6 million", "GBP", Decimal("6e6")),
        ("£3.4 billion", "GBP", Decimal("3.4e9")),
        ("11 million pounds", "GBP", Decimal("1.1e7")),
        ("11 million pounds sterling", "GBP", Decimal("1.1e7")),
        ("CNY 48 million", "CNY", Decimal("4.8e7")),
        ("RMB 1.6 billion", "CNY", Decimal("1.6e9")),
        ("700 million yuan", "CNY", Decimal("7e8")),
        ("52 million renminbi", "CNY", Decimal("5.2e7")),
    ],
)
def test_every_way_the_table_writes_a_currency_reads_as_an_amount(written, code, value):
    (token,) = lex(f"a frigate refit of {written} was signed")
    assert (token.text, token.currency, token.scaled()) == (written, code, value)
    assert parse_amount(written).currency == code
    assert parse_amount(written).value == value


def test_every_currency_of_the_table_has_its_code_among_its_spellings():
    for currency in currencies.TABLE:
        assert currencies.SPELLINGS[currency.code.lower()] == currency.code
        for singular, plural in currency.names:
            assert currencies.SPELLINGS[singular] == currencies.SPELLINGS[plural] == currency.code


def test_a_compound_adjective_in_pounds_is_one_amount():
    assert amounts("a 45-million-pound patrol boat order") == ["45-million-pound"]


def test_the_calculator_adds_and_takes_shares_of_amounts_in_yen_and_pounds():
    assert evaluate("25% of ¥4 billion").result.value == Decimal("1e9")
    assert evaluate("£2.5 million + £1.5 million").result.currency == "GBP"


def test_a_currency_the_table_does_not_list_is_refused_plainly():
    with pytest.raises(CalculationError, match="CHF"):
        parse_amount("CHF 12 million")
    assert not [t for t in lex("a CHF 12 million radar") if t.currency]


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("at 110 yen per dollar", "110 JPY per USD"),
        ("at 0.009 dollars per yen", "0.009 USD per JPY"),
        ("with 1 USD = 6.9 CNY", "6.9 CNY per USD"),
        ("with 1 GBP = 1.4 USD", "1.4 USD per GBP"),
        ("when a dollar buys 95 yen", "95 JPY per USD"),
        ("with the pound at 1.4 dollars", "1.4 USD per GBP"),
        ("at 6.9 RMB to the dollar", "6.9 CNY per USD"),
        ("at 6.9 yuan/$", "6.9 CNY per USD"),
        ("at $1.4 per pound", "1.4 USD per GBP"),
        ("the dollar fetching ¥95", "95 JPY per USD"),
    ],
)
def test_an_exchange_rate_is_read_either_way_round(text, rate):
    assert [r.written() for r in stated_rates(f"A minesweeper deal {text}: offset?")] == [rate]


def test_a_won_dollar_equivalence_is_left_to_routing_s_own_reading():
    assert stated_rates("when a dollar buys 1,150 won") == []


def test_a_rate_is_no_amount_of_the_question():
    question = "A sole-source order of JPY 1.9 billion, when a dollar buys 95 yen: offset?"
    assert amounts(question) == ["JPY 1.9 billion"]


@pytest.mark.parametrize(
    ("question", "amount", "rate", "usd"),
    [
        (
            "What offset would a competitive tender of ¥5.5 billion need at 110 yen per dollar?",
            "¥5.5 billion",
            "110 JPY per USD",
            Decimal("50000000"),
        ),
        (
            "A sole-source patrol boat order of 36 million pounds sterling, 1 GBP = 1.4 USD: "
            "what offset is owed?",
            "36 million pounds sterling",
            "1.4 USD per GBP",
            Decimal("50400000"),
        ),
        (
            "Offset on a competitive RMB 345 million radar contract, at 6.9 yuan per dollar?",
            "RMB 345 million",
            "6.9 CNY per USD",
            Decimal("50000000"),
        ),
    ],
)
def test_a_contract_in_a_listed_currency_is_put_to_the_rule_at_the_stated_rate(
    question, amount, rate, usd, data
):
    found = route(question, data)
    assert found is not None
    (request,) = found.requests
    assert (request.amount, request.rate) == (amount, rate)
    assert f"USD {usd:,}" in " ".join(calculate(request, data).working)


def test_a_conversion_into_yen_is_asked_in_yen(data):
    found = route("In yen, how much is USD 4 million at 110 yen per dollar?", data)
    assert found is not None
    (request,) = found.requests
    assert calculate(request, data).currency == "JPY"
