"""A turn that asks only for more of what the last answer told ("tell me more", "go on") is
answered by what the sources go on to say, in the same paragraph, after the last sentence that
answer showed of each source: not by the same sentences again."""

from __future__ import annotations

import pytest
from cited import cited_text as _quotes

from assistant.answering.followup import asks_for_more


@pytest.mark.parametrize(
    "question",
    [
        "Tell me more",
        "tell me a bit more about that.",
        "OK, say more",
        "go on",
        "Could you elaborate?",
        "more details, please",
        "Can you expand on that?",
        "and give me some more",
    ],
)
def test_a_turn_asking_only_for_more_is_recognised(question):
    assert asks_for_more(question)


@pytest.mark.parametrize(
    "question",
    [
        "Tell me more about the harbour levy",
        "Say more on why the ministry objected",
        "How many more ships were ordered?",
        "What more did the board want?",
        "Go on to the second phase: what did it cost?",
    ],
)
def test_a_turn_naming_what_it_wants_more_of_is_asked_as_it_stands(question):
    assert not asks_for_more(question)


def _after(assistant, first: str, then: str):
    answer = assistant.ask(first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.answer}]
    return answer, assistant.ask(then, history=history)


@pytest.mark.slow
def test_more_after_an_answer_is_what_its_paragraph_goes_on_to_say(assistant):
    first, more = _after(
        assistant, "Which company delivered the tankers of the KC-X project?", "Tell me more."
    )
    assert "Airbus" in first.answer
    assert not more.abstained
    # The story goes on from the pledge to how little of it was carried out.
    assert "implementation rate" in _quotes(more)
    assert not set(c.quote for c in more.citations) & set(c.quote for c in first.citations)


@pytest.mark.slow
def test_more_after_a_paragraph_that_ends_is_answered_as_before(assistant):
    # The answer showed the paragraph to its end; the next paragraph is another matter (the
    # tariffs), so the turn is answered as any follow-up is, not by that paragraph.
    _, more = _after(assistant, "What did the USTR say about Korea's beef imports?", "go on")
    assert "Liberation Day" not in more.answer
    assert "tariffs" not in _quotes(more)
