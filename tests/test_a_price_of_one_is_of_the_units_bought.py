"""A program's value over the units it bought is the price of one unit, asked "each frigate",
"per frigate" or "on average". It is no price of other things the question prices one by one
("each spare part"), however "average" the question. The wordings here are invented; none is a
case of the evaluation sets."""

from __future__ import annotations

from assistant.answering.units_priced import unit_asked

_NOUNS = {"frigate", "frigates", "unit", "one", "ship"}


def _program(word: str) -> str | None:
    return "Frigate buy" if word.lower().startswith("frigate") else None


def test_each_unit_or_an_average_alone_asks_the_price_of_one_unit():
    assert unit_asked("What did each frigate cost?", "Frigate buy", _NOUNS, False, _program)
    assert unit_asked("What was the price per ship?", "Frigate buy", _NOUNS, False, _program)
    assert unit_asked("On average, what did they cost?", "Frigate buy", _NOUNS, True, _program)
    # "to one decimal" prices nothing one by one.
    assert unit_asked(
        "On average, what did they cost, to one decimal?", "Frigate buy", _NOUNS, True, _program
    )


def test_an_average_price_of_another_thing_is_not_a_price_of_a_unit():
    question = "What was the average price of each spare part the navy bought?"
    assert not unit_asked(question, "Frigate buy", _NOUNS, True, _program)
    # A source after "per" is no thing priced.
    sourced = "On average, what did the frigates cost, per the Ledger?"
    assert unit_asked(sourced, "Frigate buy", _NOUNS, True, _program)


def test_each_of_a_counted_set_of_units_asks_the_price_of_one_unit():
    question = "What did each of the twelve frigates cost on average?"
    assert unit_asked(question, "Frigate buy", _NOUNS, True, _program)
