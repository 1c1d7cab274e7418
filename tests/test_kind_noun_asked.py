"""The noun naming the kind of answer a question asks for ("by which agency", "the ministry's
line") says what the answer is, not what it is about: a sentence stating a thing of that kind
answers it without writing the word. Questions whose topic the sources lack are still refused.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest
from cited import cited_text as _quotes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "question",
    [
        "What was the procurement agency's official line on the US trade report?",
        "What was DAPA's public line when asked about the NTE report?",
    ],
)
def test_a_stance_asked_by_its_line_is_answered_by_what_the_side_said(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert "Jo Yong-jin" in _quotes(answer)


def test_a_stance_on_a_topic_the_sources_lack_is_still_refused(assistant):
    assert assistant.ask("What was DAPA's public line on the whaling ban?").abstained


def test_a_person_asked_for_by_an_owner_s_role_is_still_a_person(assistant):
    answer = assistant.ask("Which of the procurement agency's spokespeople took the questions?")
    assert not answer.abstained
    assert "Jo Yong-jin" in answer.answer
