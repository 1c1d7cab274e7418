"""A question may ask for a thing by a word for any thing of its kind ("which document", "what
paperwork"), or in words an outline of advice about someone else also shares: the sentence about
the thing, by its own name, answers it. A thing of its own the sources never name is still
refused. The wordings are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "question",
    [
        "What paperwork does Taiwan renew yearly for foreign suppliers drafting offset bids?",
        "Which document do Taiwanese officials put online each year for prospective contractors?",
        "Which list does Taiwan revise every year to steer contractors' cooperation proposals?",
    ],
)
def test_a_thing_asked_for_by_a_general_word_is_answered_by_its_own_name(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert "Priority List" in answer.answer


def test_a_specific_thing_the_sources_never_name_is_still_refused(assistant):
    assert assistant.ask("Which handbook does Turkey issue to foreign suppliers?").abstained
