"""A follow-up that says only how to read a result ("round that to the nearest thousand", "and
in billions?") asks for the earlier calculation again, read that way: on its own it computes
nothing, and after a calculation it is no new question for the sources."""

from __future__ import annotations

import pytest
from conversations import answer_after

from assistant.answering.reading import asks_only_a_reading, without_reading


@pytest.mark.parametrize(
    "turn",
    [
        "Round that to the nearest thousand",
        "and in trillions?",
        "Now give it to me to three decimals, please",
        "What about to one decimal, in billions?",
    ],
)
def test_a_turn_of_nothing_but_a_reading_asks_only_a_reading(turn):
    assert asks_only_a_reading(turn)


@pytest.mark.parametrize(
    "turn",
    [
        # a reading beside another ask, or no reading at all
        "Round the tanker pledge to the nearest million",
        "and the frigate deal in billions?",
        "and in won?",
        "What about 1990?",
    ],
)
def test_a_turn_that_asks_more_than_a_reading_does_not_only_read(turn):
    assert not asks_only_a_reading(turn)


def test_the_earlier_question_without_its_reading_is_what_is_read_again():
    assert without_reading("Convert USD 3 million to won at 1,200, to the nearest billion") == (
        "Convert USD 3 million to won at 1,200"
    )


def test_a_rounding_asked_after_a_conversion_rounds_that_conversion(assistant):
    answer = answer_after(
        assistant, "Convert USD 4.56 million to won at 1,300 per dollar", "in billions, please"
    )
    assert answer.tool_calls
    assert "KRW 5.93 billion" in answer.answer


def test_a_rounding_asked_after_an_obligation_rounds_that_obligation(assistant):
    answer = answer_after(
        assistant,
        "What offset is owed on a $31.7 million competitive contract?",
        "Round it to the nearest million",
    )
    assert answer.tool_calls
    assert "USD 16 million" in answer.answer
