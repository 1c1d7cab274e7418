"""A question about how a government reacted to something asks for the words of its officials
(a ministry official, an agency's spokesperson), not for those of whom it reacted to, though the
question names them: "to the regulator's report" says what the reply is about."""

from __future__ import annotations

import pytest

from assistant.answering.compose import _REACTS
from assistant.answering.speakers import speaker_words


@pytest.mark.parametrize(
    ("question", "who"),
    [
        (
            "How did the Chilean government respond to the auditors' findings?",
            "the Chilean government",
        ),
        (
            "How have the port authorities reacted publicly to the union's strike?",
            "the port authorities",
        ),
        ("How did the ministry push back on the committee's report?", "the ministry"),
        # How the reply was made may stand after the verb in other words ("in public"), and
        # what it replies to may follow "once".
        ("How did the harbour board answer in public to the dockers' claims?", "the harbour board"),
        ("How did Lima's officials respond once the audit came out?", "Lima's officials"),
    ],
)
def test_the_side_of_a_reaction_question_is_who_reacts(question, who):
    found = _REACTS.search(question)
    assert found is not None and found.group("who") == who


def test_the_speaker_of_a_quote_is_read_outside_the_quotation():
    text = "“The regulator misread our rules,” Lee, a spokesperson of the transport ministry, said."
    assert "spokesperson of the transport ministry" in (speaker_words(text) or "")
    assert "regulator" not in (speaker_words(text) or "")


@pytest.mark.slow
def test_the_government_s_reply_to_a_foreign_report_is_its_officials_words(assistant):
    answer = assistant.ask(
        "How did the South Korean government respond to USTR listing its offset program as a "
        "barrier?"
    )
    assert not answer.abstained
    assert "spokesperson of the Defense Acquisition Program Administration" in answer.answer
    assert "reciprocal defense procurement agreement" in answer.answer


@pytest.mark.slow
def test_a_reply_made_in_public_is_the_government_s_officials_words_too(assistant):
    answer = assistant.ask(
        "How did Korea's government react in public to its offsets appearing in the USTR report?"
    )
    assert not answer.abstained
    assert "spokesperson of the Defense Acquisition Program Administration" in answer.answer
    assert "further assessment" in answer.answer
