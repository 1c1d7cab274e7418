"""The gates that refuse a question refuse it for what the sources lack, not for how it is
worded: a person asked for by the role beside their name, a value a broken-off line leaves
out, a stage called by another word. Their unanswerable siblings are still refused.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _quotes(answer) -> str:
    return " ".join(c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "Which DAPA spokesperson took reporters' questions on the trade barrier report?",
        "Who spoke for the arms procurement agency when asked about the barrier report?",
    ],
)
def test_a_person_asked_for_by_their_role_is_found_by_the_role_beside_their_name(
    assistant, question
):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert "Jo Yong-jin" in answer.answer


def test_a_role_no_named_person_holds_is_still_refused(assistant):
    answer = assistant.ask("Which KIET spokesperson commented on the trade barrier report?")
    assert answer.abstained or "Jo Yong-jin" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What fine did the agency levy on Lockheed for refusing the radar transfer?",
        "What punishment did Lockheed Martin face after withholding the radar technology?",
        "What sanction did DAPA put on Airbus over the missed tanker offsets?",
    ],
)
def test_a_response_the_sources_never_name_is_not_answered_by_the_conduct_it_answers(
    assistant, question
):
    # The sources tell of the refusal and the shortfall, never of a fine or a sanction.
    assert assistant.ask(question).abstained


def test_a_thing_asked_for_in_other_words_without_a_premise_is_still_answered(assistant):
    answer = assistant.ask("What list does Taiwan publish online?")
    assert not answer.abstained
    assert "Taiwan" in _quotes(answer)
