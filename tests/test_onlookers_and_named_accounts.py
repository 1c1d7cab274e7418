"""What onlookers make of an event, what one named source tells of one thing, and advice asked
for a time ahead.

- "Why do analysts believe …" asks for the readings a story attributes to onlookers and the
  context around each, in the story's order, not for any cause near the topic.
- "What does the Daily tell of X" is the Daily's sentences about X, in its order, though they
  share no other word with the question; a source named in the last part of a question is each
  part's.
- "What should they do going forward" asks for recommendations; "the ministry's proposed rule"
  names a rule and asks for none.
"""

from __future__ import annotations

import pytest

from assistant.answering.commentators import asks_onlookers_reading, voices_onlookers
from assistant.answering.sentence_kinds import READING, RECOMMENDATION, asked_kind


@pytest.mark.parametrize(
    "question",
    [
        "Why do analysts believe the agency listed the levy?",
        "Explain why some experts say the ban came now.",
        "Why would observers suspect the timing was deliberate?",
    ],
)
def test_a_why_question_about_what_onlookers_think_asks_for_their_reading(question):
    assert asks_onlookers_reading(question)


@pytest.mark.parametrize(
    "question",
    ["Why did the agency list the levy?", "What do analysts expect the port to earn?"],
)
def test_a_question_not_about_onlookers_reasons_asks_for_no_reading(question):
    assert not asks_onlookers_reading(question)


@pytest.mark.parametrize(
    "text",
    [
        "The port raised its fees to win a better deal, observers said Monday.",
        "Some analysts said the ministry may use the ban to its advantage.",
        "The timing fuelled speculation that a deal was near.",
    ],
)
def test_a_sentence_attributing_a_reading_to_onlookers_voices_them(text):
    assert voices_onlookers(text)


def test_a_named_official_s_statement_is_no_onlooker_s_reading():
    assert not voices_onlookers("The minister said the fee would stay.")


@pytest.mark.parametrize(
    "question",
    [
        "What should the port authority do going forward?",
        "What do the auditors want the ministry to do going forward?",
    ],
)
def test_an_action_asked_for_a_time_ahead_asks_for_recommendations(question):
    assert asked_kind(question) is RECOMMENDATION


def test_an_outlook_going_forward_still_asks_for_a_reading():
    assert asked_kind("What is the outlook for the growers going forward?") is READING


@pytest.mark.parametrize(
    "question",
    [
        "Put the old clause beside the ministry's proposed clause. What differs?",
        "Compare the statute with the regulators' suggested wording.",
    ],
)
def test_a_possessive_s_proposed_thing_is_a_thing_not_an_ask_for_advice(question):
    assert asked_kind(question) is not RECOMMENDATION


@pytest.mark.slow
def test_why_onlookers_think_the_us_listed_the_program_gives_each_reason_the_story_gives(
    assistant,
):
    answer = assistant.ask(
        "Why do analysts believe the USTR singled out Korea's offset scheme in this year's "
        "trade estimate report?"
    )
    assert not answer.abstained
    text = answer.answer
    assert "bargaining chip" in text
    assert "shipbuilding" in text
    assert "tariffs" in text


@pytest.mark.slow
def test_a_named_source_s_account_of_a_named_deal_is_its_sentences_about_it_in_order(assistant):
    answer = assistant.ask(
        "Recount the Lockheed stealth fighter offset deal and how it turned out, according to "
        "the Asia Business Daily."
    )
    assert not answer.abstained
    assert {c.source_id for c in answer.citations} == {"000_698068ed5c1850f6"}
    text = answer.answer
    for figure in ("$2.1 billion", "$1.4 billion", "$300 million", "23.4%"):
        assert figure in text
    assert text.index("$2.1 billion") < text.index("23.4%")


@pytest.mark.slow
def test_what_a_report_wants_done_going_forward_is_its_numbered_recommendations(assistant):
    answer = assistant.ask("What does KIET want Korea to do about offsets going forward?")
    assert not answer.abstained
    for point in ("offset banking", "personnel", "local governments"):
        assert point in answer.answer
