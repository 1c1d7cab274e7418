"""A sentence a page break cuts (its head, then the page's footnotes, then its tail) is shown
whole, and both of its verbatim pieces are cited, so every figure of the head is traced."""

from __future__ import annotations

import pytest

from assistant.answering.figures import untraced


@pytest.mark.slow
def test_a_sentence_cut_by_a_page_break_cites_its_head_and_its_tail(assistant):
    answer = assistant.ask("What was the F-35 second-phase deal worth, where offsets were waived?")
    assert not answer.abstained
    assert "4 trillion" in answer.answer
    quotes = [c.quote for c in answer.citations]
    assert any("(valued at KRW 4 trillion)" in q for q in quotes)
    assert any(q.startswith("DAPA's March 2023 decision") for q in quotes)
    assert untraced(answer) == []
    for citation in answer.citations:
        text = assistant.source_text(citation.source_id)
        assert text[citation.start : citation.end] == citation.quote
