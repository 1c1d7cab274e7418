"""A question for the latest or the earliest of a thing is answered by the statement that dates it
at that extreme."""

from __future__ import annotations

import pytest

from assistant.answering.extremes import dates, extreme_asked, most_extreme


@pytest.mark.parametrize(
    ("question", "extreme"),
    [
        ("When did the council last amend its charter?", "late"),
        ("What is the date of the newest tariff schedule?", "late"),
        ("Give me the most recent audit's date.", "late"),
        ("When was the earliest version of the charter adopted?", "early"),
        ("Which is the oldest treaty they cite?", "early"),
        ("What did the council do last year?", None),
        ("How much was spent over the last two years?", None),
        ("When was the charter adopted?", None),
    ],
)
def test_questions_for_the_latest_or_earliest_of_a_thing(question, extreme):
    assert extreme_asked(question) == extreme


def test_dates_are_read_with_their_month():
    assert dates("Amended in May 2019, and again in 2021.") == [(2019, 5), (2021, 0)]


def test_the_sentence_dating_the_thing_at_the_extreme_is_chosen():
    sentences = [
        "The council amended its charter in June 2018.",
        "Under the latest charter (February 2021), members vote yearly.",
        "The charter was first adopted in 1990.",
        "The council has many members.",
    ]
    assert most_extreme(sentences, "late") == 1
    assert most_extreme(sentences, "early") == 2
    assert most_extreme(["No date here."], "late") is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "What is the date of the newest edition of DAPA's offset guidelines?",
        "Which month and year are DAPA's most recent offset guidelines from?",
    ],
)
def test_the_latest_guidelines_are_dated_by_the_latest_statement(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert "December 2022" in answer.answer
