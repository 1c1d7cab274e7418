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


@pytest.mark.slow
def test_the_head_of_a_cut_sentence_is_never_an_answer_alone(assistant):
    # The head ranks first for this wording; alone it states no amount, so it was refused.
    answer = assistant.ask("What was the F-35's second phase valued at?")
    assert not answer.abstained, answer.answer
    assert "4 trillion" in answer.answer
    assert untraced(answer) == []


@pytest.mark.slow
def test_a_cut_sentence_shown_as_the_nearest_thing_cites_its_head_too(assistant):
    # Answered or refused, the second-phase sentence is shown whole, and the year its head
    # holds stands in a cited quote, so it is never blanked as untraced.
    answer = assistant.ask("What is the price tag on the F-35 program's second phase?")
    assert "March 2023 decision" in answer.answer, answer.answer
    assert untraced(answer) == []
