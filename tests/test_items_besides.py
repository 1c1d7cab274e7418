"""A question for what else a report faulted besides a thing it sets aside is answered by the
sentences that add one more item to the story's list ("also cited", "newly identified"), though
they share few words with the question: each names its item in words of its own."""

from __future__ import annotations

import pytest
from cited import cited_text as _quotes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "question",
    [
        "Apart from the offset policy, which other Korean practices did Washington's trade report object to?",
        "Other than offsets, what complaints about Seoul did the USTR make in its report?",
        "Aside from defense offsets, what else did the trade estimate single out in Korea?",
    ],
)
def test_the_other_items_a_report_faulted_are_each_named(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained
    quotes = _quotes(answer)
    assert "beef" in quotes
    assert "clouds" in quotes or "Cloud" in quotes
    assert "location-based data" in quotes or "personal information" in quotes


def test_a_sentence_about_the_thing_set_aside_is_not_one_of_the_others(assistant):
    answer = assistant.ask("Besides the offset rules, what other Korean barriers did USTR name?")
    assert "foreign contractors may be subject to offset trade obligations" not in _quotes(answer)
