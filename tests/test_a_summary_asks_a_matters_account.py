"""A summary of a matter asks for its account, which its paragraph tells (the pledge and how it
was kept), not for the rows of one of its measures; a summary asking for figures or a breakdown
still asks for the rows. The wordings here are invented; none is a case of the evaluation sets."""

from __future__ import annotations

from assistant.answering.synthesis import account_asked


def test_a_summary_of_a_matter_asks_its_account_and_a_request_for_figures_does_not():
    assert account_asked("Summarize the story of the ferry order.", synthesis=True)
    assert not account_asked("Summarize the ferry order's figures.", synthesis=True)
    assert not account_asked("Summarize the harbour fees, broken down by type.", synthesis=True)
    assert not account_asked("How much did the ferries cost?", synthesis=False)
