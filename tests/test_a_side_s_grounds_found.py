"""Why a side keeps its course is found wherever the sources give a cause of it, and another's
advice to the side is not its grounds.

- A wide question naming a side reads, besides its search's passages, every sentence that names
  that side and gives a cause ("the agency's stance … stems from …"): a question about the side's
  case ("its case for scaling back", "what makes it wary") seldom shares that sentence's words.
  The side is the first the question names, its subject.
- A sentence telling the side what it should do is someone's advice to it, not its grounds: a
  why-question about the side weighs it less.
"""

from __future__ import annotations

from types import SimpleNamespace

from paragraphed import units_in_paragraphs

from assistant.answering.compose import Composer, asks_a_sides_grounds, intent_of


def _composer(sentences: list[str]) -> Composer:
    composer = object.__new__(Composer)
    composer.index = SimpleNamespace(units=units_in_paragraphs([[s] for s in sentences]))  # type: ignore[attr-defined]
    composer._causes_told = {}  # type: ignore[attr-defined]
    return composer


_TOLD = [
    "DAPA's wariness of the tug rules stems from the cost of crewing them at night.",
    "DAPA inspected the harbour tugs in 2019.",
    "Night pilotage fell because of the fog season.",
]


def test_the_sentences_giving_a_cause_that_name_the_side_are_its_grounds():
    found = [u.text for u in _composer(_TOLD)._causes_told_of("DAPA")]
    assert found == [_TOLD[0]]


def test_advice_to_the_side_is_told_from_its_own_words():
    sides = ["DAPA"]
    assert Composer._advised(sides, "DAPA should widen the tug rules to every berth.")
    assert not Composer._advised(sides, "DAPA widened the tug rules to every berth.")
    # Advice to someone else, about the side, is not advice to it.
    assert not Composer._advised(sides, "The pilots should ask DAPA to widen the rules.")
    assert not Composer._advised([], "DAPA should widen the tug rules.")


def test_a_why_question_asks_the_side_s_grounds():
    assert asks_a_sides_grounds(intent_of("Why is the harbour authority wary of the tug rules?"))


def test_a_summary_of_a_side_s_objections_asks_its_grounds():
    assert asks_a_sides_grounds(
        intent_of("Summarize the pilots' guild's objections to night tows.")
    )


def test_a_broad_question_about_a_side_that_asks_neither_why_nor_its_position_does_not():
    intent = intent_of("Tell me about the harbour authority and the tug rules.")
    assert intent.wide
    assert not asks_a_sides_grounds(intent)
