"""A question for the item that stands out among rows of one kind (the country asking the smallest
share, the kind of offset worth the most) is answered by comparing the rows' typed figures: the
extreme item is named with its figure and every row compared is cited. An item asked about that the
table has no figure for leaves the extreme unknown."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.followup import _refer
from assistant.answering.ranked_rows import (
    BY_TYPE,
    SHARE,
    THRESHOLD,
    asks_kind_of_value,
    asks_of_earlier,
    country_family,
    directions_asked,
    extreme,
    names_list,
    period_asked,
    periods_compared,
    rule_figure_asked,
)
from assistant.knowledge.rows import CountryPolicy, OffsetValue


@pytest.mark.parametrize(
    ("question", "directions"),
    [
        ("Which state wants the tiniest cut of each deal?", ["low"]),
        ("Who sets the heaviest demand?", ["high"]),
        ("Which brought in the most, and which the least?", ["high", "low"]),
        ("Which asks the fewest and which the greatest?", ["low", "high"]),
        # "at least", "most of" and "most recent" rank nothing; "minimum" names a rule's figure.
        ("Which country asks at least 60 percent?", []),
        ("Did most of the deals carry offsets?", []),
        ("What is the most recent revision?", []),
        ("What is the minimum share Norway asks?", []),
    ],
)
def test_superlatives_of_size_are_told_from_other_words(question, directions):
    assert directions_asked(question) == directions


@pytest.mark.parametrize(
    ("question", "several", "family"),
    [
        ("Which nation insists on the slimmest percentage?", False, SHARE),
        ("Which of those governments requires the highest offset ratio?", False, SHARE),
        ("Among the countries listed, which has the lowest contract trigger?", False, THRESHOLD),
        (
            "Of Ruritania, Freedonia and Sylvania, which sets the smallest threshold?",
            True,
            THRESHOLD,
        ),
        # No country is asked for: the country table ranks nothing.
        ("What is the highest share ever required?", False, None),
        ("Of Ruritania, Freedonia and Sylvania, the smallest threshold?", False, None),
    ],
)
def test_questions_ranking_countries_find_their_figure(question, several, family):
    found = country_family(question, several)
    assert (found[0] if found else None) == family


def test_a_kind_of_value_and_a_reference_to_a_list_are_told():
    assert asks_kind_of_value("Which category of offsets was worth the least?")
    assert not asks_kind_of_value("Which country has the highest share?")
    assert asks_of_earlier("And which of these asks the most?")
    assert not asks_of_earlier("Which country asks the most?")


def _policy(country: str, percent: int | None, amount: int | None = None) -> CountryPolicy:
    return CountryPolicy(
        id=f"{country.lower()}-x",
        country=country,
        attribute="min_share" if percent else "threshold",
        value="v",
        percent=Decimal(percent) if percent else None,
        amount_usd=Decimal(amount) if amount else None,
        source="s",
        quote="q",
    )


def test_every_row_tied_at_the_extreme_is_named():
    rows = [_policy("A", 40), _policy("B", 90), _policy("C", 40), _policy("D", 65)]
    assert [r.country for r in extreme(rows, SHARE, "low")] == ["A", "C"]
    assert [r.country for r in extreme(rows, SHARE, "high")] == ["B"]
    # A row without the figure is not compared.
    assert extreme([_policy("E", None, 3_000_000)], SHARE, "low") == []
    assert THRESHOLD.shown(_policy("E", None, 3_000_000)) == "USD 3 million"
    assert names_list(["A", "B", "C"]) == "A, B and C"


def test_kinds_of_offset_are_ranked_by_amount():
    rows = [
        OffsetValue(
            id=f"v-{name}",
            period="1990-1999",
            measure="offset_value_by_type",
            category=name,
            amount=Decimal(amount),
            currency="USD",
            source="s",
            quote="q",
        )
        for name, amount in (("ships", 4_000_000), ("radar", 9_500_000), ("parts", 1_200_000))
    ]
    assert [BY_TYPE.item(r) for r in extreme(rows, BY_TYPE, "high")] == ["radar"]
    assert [BY_TYPE.item(r) for r in extreme(rows, BY_TYPE, "low")] == ["parts"]


def test_which_of_them_refers_to_the_whole_list_not_one_name():
    assert _refer("And which of them pays the most?", "Freedonia") == (
        "And which of them pays the most?"
    )
    assert _refer("Who among those pays the least?", "Freedonia") == (
        "Who among those pays the least?"
    )
    assert _refer("What does it pay?", "Freedonia") == "What does Freedonia pay?"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "said", "abstained"),
    [
        ("Which nation insists on the slimmest offset percentage?", ["Taiwan", "Saudi", "35%"], 0),
        ("Which kind of offset earned Korea the least since 1983?", ["equipment", "5.36"], 0),
        ("Of Norway, the UAE and Türkiye, which wants the biggest share?", ["Norway", "100%"], 0),
        # Norway has no threshold in the tables: the lowest of the three is not known.
        ("Of Norway, the UAE and Türkiye, which has the lowest contract trigger?", ["Norway"], 1),
        # The breakdown by kind is of one period only.
        ("Which kind of offset was worth the most in 2016 to 2020?", ["1983"], 1),
    ],
)
def test_the_item_that_stands_out_is_named_with_its_figure(assistant, question, said, abstained):
    answer = assistant.ask(question)
    assert answer.abstained == bool(abstained)
    for text in said:
        assert text in answer.answer
    assert answer.citations


@pytest.mark.slow
def test_which_of_those_ranks_the_items_the_answer_listed(assistant):
    first = "Which governments does KIET say seek offsets on FMS buys too?"
    earlier = assistant.ask(first)
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": earlier.answer},
    ]
    answer = assistant.ask("And which of them has the largest share?", history=history)
    assert not answer.abstained
    assert "Netherlands" in answer.answer and "Norway" in answer.answer
    assert "Bulgaria" not in answer.answer  # not one of those listed


def _obtained(period: str, amount: int) -> OffsetValue:
    return OffsetValue(
        id=f"v-{period}",
        period=period,
        measure="offset_value",
        amount=Decimal(amount),
        currency="USD",
        source="s",
        quote="q",
    )


def test_periods_ranked_are_those_of_one_length_holding_no_other():
    rows = [
        _obtained("1990-1999", 900),  # holds the two halves: a total, no rival
        _obtained("1990-1994", 500),
        _obtained("1995-1999", 400),
        _obtained("2000-2001", 50),  # two years against five: told apart
    ]
    compared, apart = periods_compared(rows)
    assert [r.period for r in compared] == ["1990-1994", "1995-1999"]
    assert [r.period for r in apart] == ["2000-2001"]
    assert period_asked("Which five-year stretch brought in the most offsets?")
    assert not period_asked("Which country asks the most offsets?")


def test_the_rule_s_history_is_asked_only_over_time():
    assert rule_figure_asked("What is the highest trigger the scheme has ever used?") == (
        "threshold_usd"
    )
    assert rule_figure_asked("When was the threshold at its lowest?") == "threshold_usd"
    assert rule_figure_asked("What is the lowest threshold?") is None
