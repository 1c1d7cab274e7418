"""Who spoke for a body a question names is a person: "who took the press's questions for the
guild?" asks for the guild's spokesperson, not for the guild, and is answered by the sentence
naming a person with that body in the apposition of the name, speaking, whatever words the
question uses for the act."""

from __future__ import annotations

import pytest

from assistant.answering.frame import SPEAKS_FOR, answer_type


@pytest.mark.parametrize(
    "question",
    [
        "Who took the press's questions for the growers' board after the vote?",
        "Who replied on behalf of the ministry when the levy was announced?",
        "Who answered journalists for the port authority's council?",
        "Who commented for the shipping firm about the delay?",
    ],
)
def test_who_spoke_for_a_body_asks_for_a_person(question):
    assert SPEAKS_FOR.search(question)
    assert answer_type(question) == "person"


@pytest.mark.parametrize(
    "question",
    [
        # The body did the thing: who approved is an agent, perhaps the body itself.
        "Who approved the levy for the growers?",
        # Speech about a thing, not for a body.
        "Who spoke about the levy at the summit?",
        # Questions the act is not, answered by the body.
        "Which agency answered the complaint?",
    ],
)
def test_who_acted_for_or_spoke_of_a_thing_is_no_spokesperson_question(question):
    assert not SPEAKS_FOR.search(question)
    assert answer_type(question) != "person"


def test_a_body_s_spokesperson_is_found_by_the_body_beside_the_name(assistant):
    answer = assistant.ask(
        "Who took questions from the press for the Defense Acquisition Program Administration "
        "once the trade barrier listing was out?"
    )
    assert not answer.abstained
    assert "Jo Yong-jin" in answer.answer


def test_a_body_no_sentence_sets_beside_a_speaking_person_is_still_declined(assistant):
    answer = assistant.ask("Who responded for Lockheed Martin about the second F-35A batch?")
    assert answer.abstained
