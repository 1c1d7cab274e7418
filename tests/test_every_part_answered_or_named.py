"""Every part of a question of several parts is either answered by a statement that meets it or
named as unanswered: a part is answered by the answer only as it would be answered asked alone,
with its own year, its own event and the thing it picks out; and two question words sharing one
clause are two parts."""

from __future__ import annotations

import re

import pytest

from assistant.answering.answerability import unanswered_parts
from assistant.answering.frame import frame_of, split_parts
from assistant.answers import Answer, Citation


def _answer(text: str) -> Answer:
    return Answer(
        question="q",
        answer=text,
        citations=[Citation(marker=1, source_id="s", title="t", quote="q", start=0, end=1)],
    )


def _missing(question: str, text: str) -> list[str]:
    parts = [frame_of(part) for part in split_parts(question)]
    assert len(parts) > 1
    found = unanswered_parts(frame_of(question), _answer(text), parts)
    return [part.question for part in found]


def test_a_year_only_one_part_names_is_not_met_by_a_statement_of_another_year():
    missing = _missing(
        "When did the harbour board first charge a berth levy, and what did its 2024 review "
        "of the levy change?",
        "The harbour board first charged a berth levy in March 2011 and reviewed it to lower "
        "the rate for ferries. [1]",
    )
    assert missing == ["what did its 2024 review of the levy change"]


def test_a_part_of_the_same_year_is_met_by_the_statement_of_that_year():
    missing = _missing(
        "When did the harbour board first charge a berth levy, and what did its 2024 review "
        "of the levy change?",
        "The harbour board first charged a berth levy in March 2011. [1] Its 2024 review of the "
        "levy lowered the rate for ferries. [2]",
    )
    assert missing == []


def test_the_worth_of_a_qualified_thing_is_not_the_worth_of_another_thing_of_its_kind():
    missing = _missing(
        "What did the shipyard pledge for the ferries, and what was the hull design it kept "
        "back worth?",
        "The shipyard pledged engine design transfers (USD 2 million) and crew training "
        "(USD 1 million). [1] It refused to hand over three designs, including the hull. [2]",
    )
    assert missing == ["what was the hull design it kept back worth"]


def test_the_worth_of_a_qualified_thing_the_answer_values_is_met():
    missing = _missing(
        "What did the shipyard pledge for the ferries, and what was the hull design it kept "
        "back worth?",
        "The shipyard pledged crew training for the ferries. [1] The hull design it kept back "
        "was valued at USD 4 million. [2]",
    )
    assert missing == []


def test_a_date_of_another_event_does_not_answer_when_an_agreement_was_signed():
    missing = _missing(
        "When did the two harbours sign their pilotage pact, and who chairs the pilotage board?",
        "The two harbours are in talks to sign a pilotage pact. [1] First set up in 1990, the "
        "pilotage board is chaired by Mayor Okafor. [2]",
    )
    assert missing == ["When did the two harbours sign their pilotage pact"]


def test_whether_and_when_an_act_only_sought_was_done_are_both_unanswered():
    # The bare "and in which year?" asks of the clause before it: the signing, not the talks.
    missing = _missing(
        "Did the two harbours seal their pilotage pact, and in which year?",
        "2019: The two harbours in talks since 2019 to sign a pilotage pact [1].",
    )
    assert missing == ["Did the two harbours seal their pilotage pact", "in which year"]


def test_a_bare_ask_of_an_act_told_as_done_is_met():
    missing = _missing(
        "Did the two harbours sign their pilotage pact, and in which year?",
        "The two harbours signed their pilotage pact in 2021. [1]",
    )
    assert missing == []


@pytest.mark.slow
def test_an_unknown_revision_a_part_names_by_its_year_is_said_to_be_unanswered(assistant):
    answer = assistant.ask(
        "When were offsets made conditional under DAPA's guidelines, and what did the 2024 "
        "rewrite of those guidelines add?"
    )
    assert not answer.abstained
    assert "March 2020" in answer.answer
    assert "do not answer this part of the question: what did the 2024 rewrite" in answer.answer


@pytest.mark.slow
def test_a_signing_the_sources_never_report_is_said_to_be_unanswered(assistant):
    answer = assistant.ask(
        "When did Korea and the US put their names to the reciprocal defense procurement "
        "agreement, and what would the deal change?"
    )
    assert "do not answer this part of the question: When did Korea and the US" in answer.answer


@pytest.mark.slow
def test_a_place_and_a_date_asked_of_one_talk_are_both_answered(assistant):
    answer = assistant.ask(
        "Where and when did the KIET author present the roundtable talk the report revises?"
    )
    assert not answer.abstained
    assert "National Assembly Research Service" in answer.answer
    assert re.search(r"May 15, 2023|15 May 2023", answer.answer)


@pytest.mark.slow
def test_parts_one_statement_answers_in_its_own_words_are_answered(assistant):
    # "Fighters" and "won" are the statement's "aircraft" and "KRW": each part asked alone
    # finds the statement the answer already gives, which answers it.
    answer = assistant.ask(
        "Korea's first F-35A order: how many fighters, what it cost in won, and when did the "
        "first one come?"
    )
    assert not answer.abstained
    assert "40 F-35A aircraft" in answer.answer and "7.77 trillion" in answer.answer


@pytest.mark.slow
def test_parts_naming_things_the_sources_never_mention_are_not_answered_by_that_statement(
    assistant,
):
    answer = assistant.ask(
        "Korea's first F-35A order: how many hangars were built, and what did pilot training "
        "cost in won?"
    )
    assert answer.abstained
