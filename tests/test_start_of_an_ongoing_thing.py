""" "Since when has it gone on?" asks the start of something still going on: a sentence that
states that start ("since 2022", "initiated … in 2022") about the thing asked answers it, even
below a better-ranked sentence on the same topic that states no date."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import opening_date


def test_since_when_asks_for_the_start_of_an_ongoing_thing():
    assert opening_date("Since which year have the allies been discussing a procurement pact?")
    assert opening_date("Since when has the agency called it that?")
    assert opening_date("When did the talks begin?") is None
    assert opening_date("What has happened since 2022?") is None


def test_a_start_is_written_as_since_a_year_or_a_verb_of_starting_before_its_year():
    form = opening_date("Since when have they talked?")
    assert form is not None
    assert form.search("the allies have been in talks since 2022 to sign")
    assert form.search("discussions, initiated under an agreement of both leaders in 2022")
    assert not form.search("an audit in 2018 found that the clause was unused")


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Since when have Seoul and Washington been in RDP negotiations?", "2022"),
        (
            "Since which year have the two allies been discussing a reciprocal procurement deal?",
            "2022",
        ),
        ("Since what year has Korea been reluctant to seek offsets?", "2016"),
        ("Since when has the US refused Korea's requests for technology transfer?", "2010"),
    ],
)
def test_a_since_when_question_is_answered_with_the_start_the_sources_give(
    assistant, question, year
):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert year in answer.answer


def test_a_since_when_question_on_a_thing_the_sources_never_date_is_refused(assistant):
    answer = assistant.ask(
        "Since when have Seoul and Washington been negotiating a shipbuilding treaty?"
    )
    assert answer.abstained
