"""What a question asks is held on every path an answer can take: a calculation, a follow-up
resolved into a frame, a part of several. A year asked alone inside a period the sources give
whole is not worked out from two periods; words that only say how to read a result are no part
an answer can meet instead of the question; a part's progress is its own rate; a date to come is
the date of the event asked; what a list holds is its items; what followed from an event the
sources never say took place is not answered either. Each gate keeps its answerable twin.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest
from conversations import answer_after

from assistant.answering.answerability import (
    _list_unopened,
    _prospect_dated,
    _rate_of_another_part,
)
from assistant.answering.frame import frame_of, split_parts
from assistant.answering.reading import only_reads
from assistant.answering.routing import _span_and_rest

# -- words that only say how to read a result ----------------------------------------------------


@pytest.mark.parametrize(
    "words",
    ["KRW trillions, one decimal.", "EUR millions, three decimals.", "Two decimals, please."],
)
def test_a_trailing_reading_is_no_part_of_the_question(words):
    question = f"What did the port's levies bring in for 2019? {words}"
    assert only_reads(words)
    assert split_parts(question) == (question,)


def test_a_second_ask_after_the_reading_is_still_a_part():
    assert len(split_parts("What did the levy bring in, and what share of the total was it?")) == 2


# -- a year alone inside a period ----------------------------------------------------------------


def test_two_periods_never_give_one_year_inside_them():
    question = "A 2010-2018 total and a 2017-2018 figure are given. What do they imply for 2017?"
    assert _span_and_rest(question) == []


def test_two_periods_still_give_the_years_between_them():
    question = (
        "A 2010-2018 total and a 2017-2018 figure are given. What do they imply for 2010-2016?"
    )
    assert ("2010-2018", "2017-2018") in _span_and_rest(question)


# -- a part's progress ---------------------------------------------------------------------------


def test_how_a_part_has_gone_is_not_answered_by_its_place_in_the_pledge():
    listed = ["The supplier promised satellites ($2 billion) and SME exports ($1 billion)."]
    rated = ["The SME export implementation rate was 40% last year."]
    question = "and how has the satellite side gone?"
    assert _rate_of_another_part(question, listed) == ["military communication satellites"]
    assert _rate_of_another_part(question, [*listed, *rated]) == [
        "military communication satellites"
    ]


def test_how_a_part_has_gone_is_answered_by_its_own_rate():
    rated = ["The SME export implementation rate was 40% last year."]
    assert _rate_of_another_part("and how is the SME export side coming along?", rated) == []


# -- a date to come ------------------------------------------------------------------------------


def test_a_date_to_come_is_not_the_date_of_another_event():
    statements = ["Under a 2012 accord, the port only takes ships under 200 meters."]
    assert not _prospect_dated("When does it expect the size curbs to be eased?", statements)


def test_a_date_to_come_is_given_by_the_event_or_its_schedule():
    eased = ["The curbs were eased in 2012."]
    due = ["The review of the curbs is scheduled for 2026."]
    question = "When does it expect the size curbs to be eased?"
    assert _prospect_dated(question, eased)
    assert _prospect_dated(question, due)


# -- what a list holds ---------------------------------------------------------------------------


def test_what_tops_a_list_is_not_answered_by_the_list_being_kept():
    frame = frame_of("Which goods top the priority list the ministry publishes?")
    kept = ["The ministry keeps a priority list and publishes it every spring."]
    given = ["The ministry's priority list is topped by engines and sonar."]
    assert _list_unopened(frame, kept)
    assert not _list_unopened(frame, given)


def test_items_written_before_the_list_are_its_items():
    frame = frame_of("Which goods are on the ministry's export control list?")
    before = ["Engines, sonar, and radar are included in the ministry's export control list."]
    assert not _list_unopened(frame, before)


def test_a_question_not_about_a_list_s_items_is_left_alone():
    frame = frame_of("What does the ministry publish every spring?")
    assert not _list_unopened(frame, ["The ministry keeps a priority list and publishes it."])


# -- through the assistant -----------------------------------------------------------------------


@pytest.mark.slow
def test_a_single_year_inside_the_footnote_s_periods_is_refused(assistant):
    answer = assistant.ask(
        "KIET gives offsets for 2021-22 and for 2016-22. What do the two imply for 2022 by itself?"
    )
    assert answer.abstained
    assert not answer.tool_calls


@pytest.mark.slow
def test_the_years_between_the_footnote_s_periods_are_worked_out(assistant):
    answer = assistant.ask(
        "KIET gives offsets for 2021-22 and for 2016-22. Work out what the two imply for 2016-2020."
    )
    assert not answer.abstained
    assert answer.tool_calls and "790" in answer.answer


@pytest.mark.slow
def test_a_won_trigger_of_an_old_year_is_not_today_s_won_figure(assistant):
    answer = answer_after(
        assistant,
        "What contract value sets off offsets according to the USTR?",
        "and what was that threshold in won in 1984?",
    )
    assert answer.abstained
