"""A question asking how a writer reads events, or what they expect to follow, is answered by
the sentences that interpret or speculate, not by the facts they read; a sentence opening a
list of such points ("… could lead to:") comes with every item of its list."""

from __future__ import annotations

import pytest

from assistant.answering.frame import answer_type
from assistant.answering.sentence_kinds import READING, asked_kind


@pytest.mark.parametrize(
    "question",
    [
        "How does the columnist interpret the port closure?",
        "What does the newsletter make of the merger?",
        "What does the analyst think comes next for the growers?",
        "What outlook does the think tank give for shipping rates?",
    ],
)
def test_a_question_about_a_writer_s_reading_or_outlook_asks_for_one(question):
    assert asked_kind(question) is READING


@pytest.mark.parametrize(
    "text",
    [
        "The move is widely seen as a warning to rival exporters.",
        "The ban is interpreted as a prelude to higher duties.",
        "It is plausible that the talks could reshape the alliance.",
    ],
)
def test_a_sentence_that_interprets_or_speculates_is_a_reading(text):
    assert READING.marked_by.search(text)


def test_a_reported_fact_is_no_reading(text="The ministry signed 27 contracts in 2022."):
    assert not READING.marked_by.search(text)


@pytest.mark.parametrize(
    "question",
    ["On what weekday did the council vote?", "Which weekday is the levy collected?"],
)
def test_a_weekday_asked_for_is_a_date(question):
    assert answer_type(question) == "date"


@pytest.mark.slow
def test_a_weekday_is_answered_by_the_sentence_naming_it(assistant):
    answer = assistant.ask("Which weekday did Yonhap say the Trump tariffs would be imposed?")
    assert not answer.abstained
    assert "Wednesday" in answer.answer


@pytest.mark.slow
def test_a_writer_s_guess_at_what_follows_comes_with_every_point_of_its_list(assistant):
    answer = assistant.ask(
        "What does the blog predict for defense trade between the two allies going forward?"
    )
    assert not answer.abstained
    assert "could lead to:" in answer.answer
    for point in ("potential amendment", "Increased pressure", "more collaborative approach"):
        assert point in answer.answer
    # The items read after the sentence that opens their list, each once.
    assert answer.answer.index("could lead to:") < answer.answer.index("potential amendment")
    assert answer.answer.count("Increased pressure") == 1


@pytest.mark.slow
def test_how_a_paper_reads_an_event_is_answered_by_its_interpretation(assistant):
    answer = assistant.ask(
        "How did Hankyung interpret the addition of offsets to the barriers list?"
    )
    assert not answer.abstained
    assert "prelude to tariff imposition" in answer.answer
