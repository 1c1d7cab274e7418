"""Everyday wordings of a stance are position questions: "where does the board stand on the levy",
"the union's take on it", "how does the ministry see the plan", "what is the council pushing
for", "what do the growers make of it". "Where do the talks stand" asks how far a matter has
got, not a side's stance."""

from __future__ import annotations

import pytest

from assistant.answering.frame import answer_type


@pytest.mark.parametrize(
    "question",
    [
        "Where does the harbour board stand on the crane levy?",
        "What is the dockers' union's take on the night tolls?",
        "What's its read on the berth rebate?",
        "How does the port ministry see the new toll?",
        "What is the ferry lobby pushing for?",
        "What do the growers make of the levy?",
        "What does the chamber think about the berth fees?",
    ],
)
def test_everyday_wordings_of_a_stance_are_position_questions(question):
    assert answer_type(question) == "position"


@pytest.mark.parametrize(
    "question",
    [
        "Where do the berth talks stand?",
        "What does the shipyard make?",
        "How many cranes does the port see each year?",
    ],
)
def test_words_near_a_stance_s_that_ask_no_stance_are_not_position_questions(question):
    assert answer_type(question) != "position"
