"""A question after a total is answered by the row stating the whole, not by the one slice of it
that shares most of its words; a question naming the slice, or asking for a share of the total,
keeps the slice."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.row_answers import Fact, ScoredFact
from assistant.answering.wholes import whole_first
from assistant.knowledge.rows import OffsetValue

_WHOLE_QUOTE = "Credits worth some USD 9 billion were earned over three decades (1990 to 2019)."


def _fact(row_id: str, label: set[str], *, category: str = "", amount: int) -> Fact:
    row = OffsetValue(
        id=row_id,
        period="1990-2019",
        measure="offset_value_by_type" if category else "offset_value",
        category=category,
        amount=Decimal(amount),
        currency="USD",
        source="s",
        quote=f"Of it, {category} brought USD {amount}." if category else _WHOLE_QUOTE,
        context=_WHOLE_QUOTE if category else "",
    )
    family = ("value", row.measure)
    words = frozenset(label)
    return Fact(row, row.statement(), words, words, family, category, ("text", ""))


_WHOLE = _fact("whole", {"1990", "2019", "credit", "earn"}, amount=9_000_000_000)
_SLICE = _fact(
    "slice",
    {"1990", "2019", "credit", "earn", "naval", "shipyard", "upgrad"},
    category="naval shipyard upgrades",
    amount=4_000_000_000,
)
_RANKED = [ScoredFact(_SLICE, 0.8, 0.7, 0.5), ScoredFact(_WHOLE, 0.75, 0.7, 0.5)]


def _first(question: str, asked: set[str]) -> str:
    return whole_first(_RANKED, question, frozenset(asked))[0].fact.row.id


def test_a_total_asked_puts_the_row_stating_the_whole_before_its_slice():
    assert _first("What did the credits come to in total for the shipbuilders?", {"credit"}) == (
        "whole"
    )


def test_one_shared_word_does_not_name_the_slice():
    assert _first("Overall, how much have credits earned the naval sector?", {"naval"}) == "whole"


def test_a_question_naming_the_slice_keeps_it():
    asked = {"naval", "shipyard", "upgrad"}
    assert _first("What did naval shipyard upgrades bring in all?", asked) == "slice"


def test_a_share_of_the_total_keeps_the_slice():
    assert _first("What percent of the total came from the yards?", {"yard"}) == "slice"


def test_without_asking_for_a_total_the_ranking_stands():
    assert _first("How much did the credits earn the shipbuilders?", {"credit"}) == "slice"
