"""A question asking what a whole consisted of is answered by the whole and every part; when the
sources' parts do not add up to the whole they state, the answer says so. Invented rows: a
harbour grant of a made-up decade and a made-up port deal, in no source."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from assistant.answering.parts_of_whole import asks_for_parts, parts_gap, whole_and_parts
from assistant.answering.row_answers import Fact, ScoredFact, shape_fact
from assistant.knowledge.rows import OffsetValue, ProgramFact

_WHOLE = "Grants brought some USD 9.1 billion to the harbours from 1991 to 2000."


def _value(id_: str, measure: str, amount: str, category: str = "", context: str = "") -> Fact:
    row = OffsetValue(
        id=id_,
        source="src",
        quote=_WHOLE if not category else f"{category} took USD {amount}.",
        context=context,
        period="1991-2000",
        measure=measure,  # type: ignore[arg-type]
        category=category,
        amount=Decimal(amount),
        currency="USD",
    )
    return replace(shape_fact(row), terms=frozenset({"1991", "2000", "grants", "harbours"}))


WHOLE = _value("w", "offset_value", "9100000000")
PARTS = [
    _value("p1", "offset_value_by_type", "5000000000", "dredging", _WHOLE),
    _value("p2", "offset_value_by_type", "4100000000", "cranes", _WHOLE),
]
ALL = [WHOLE, *PARTS]


def _ranked(*facts: Fact) -> list[ScoredFact]:
    return [ScoredFact(f, 1.0 - i / 10, 0.9, 0.5) for i, f in enumerate(facts)]


@pytest.mark.parametrize(
    "question",
    [
        "What did the harbour grants of the 1990s consist of?",
        "Split the USD 9.1 billion of 1991-2000 grants into its kinds.",
        "Break the decade's harbour grants down, with amounts.",
        "What were the components of the grant, and their values?",
        "How was the port pledge carried out, part by part?",
        "Give the grants broken down by category.",
    ],
)
def test_questions_asking_for_a_wholes_parts_are_recognised(question):
    assert asks_for_parts(question)


@pytest.mark.parametrize(
    "question",
    [
        "How much did the harbour grants come to in total?",
        "What were the parts exports worth in the 1990s?",
        "Who approved the grant?",
    ],
)
def test_a_total_or_a_trade_in_parts_is_no_breakdown(question):
    assert not asks_for_parts(question)


def test_a_whole_is_given_with_the_parts_that_carry_its_sentence():
    groups = whole_and_parts(_ranked(WHOLE, *PARTS), ALL, 0.3, frozenset({"1991"}))
    assert [[f.row.id for f in g] for g in groups] == [["w"], ["p1"], ["p2"]]


def test_a_whole_of_another_period_than_the_one_asked_is_no_breakdown():
    assert whole_and_parts(_ranked(WHOLE, *PARTS), ALL, 0.3, frozenset({"2015"})) == []


def test_a_whole_no_row_breaks_down_gives_nothing():
    assert whole_and_parts(_ranked(WHOLE), [WHOLE], 0.3, frozenset()) == []


def test_parts_that_make_the_whole_need_no_note():
    assert parts_gap([[WHOLE], *([p] for p in PARTS)]) is None


def _pledge(id_: str, category: str, amount: str) -> Fact:
    row = ProgramFact(
        id=id_,
        source="src",
        quote="The builder pledged USD 500 million (cranes USD 300 million, dredging USD 150 million).",
        program="Port-X",
        contractor="Builder",
        attribute="commitment",
        category=category,
        amount=Decimal(amount),
        unit="USD",
    )
    return shape_fact(row)


def test_parts_short_of_their_stated_whole_are_said_not_to_add_up():
    groups = [
        [_pledge("t", "total", "500000000")],
        [_pledge("a", "cranes", "300000000")],
        [_pledge("b", "dredging", "150000000")],
    ]
    note = parts_gap(groups)
    assert note is not None
    assert "do not add up" in note and "USD 500 million" in note


def test_parts_without_a_stated_whole_get_no_note():
    groups = [[_pledge("a", "cranes", "300000000")], [_pledge("b", "dredging", "150000000")]]
    assert parts_gap(groups) is None
