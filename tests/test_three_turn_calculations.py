"""A calculation built over two turns ("what offset on a $40 million open-tender deal?" — "and if
sole-source?") is the chain's calculation: a third turn that changes one input changes that input
of it, and keeps what the middle turn changed."""

from __future__ import annotations

from conversations import answer_after, earlier_turns

from assistant.answering.followup import resolve


def test_the_kind_the_middle_turn_named_replaces_the_first_turn_s_kind_in_the_chain():
    history = [
        *earlier_turns("What offset would a $40 million competitive contract need?"),
        *earlier_turns("and if it were non-competitive?"),
    ]
    resolved = resolve("and in 1995?", history, 1)
    assert "non-competitive" in resolved.query
    assert " competitive contract" not in resolved.query.replace("non-competitive", "")


def test_a_chain_without_a_new_kind_keeps_the_first_turn_s_kind():
    history = [
        *earlier_turns("What offset would a $40 million competitive contract need?"),
        *earlier_turns("and for $25 million?"),
    ]
    resolved = resolve("and in 1995?", history, 1)
    assert "competitive" in resolved.query


def test_a_rate_changed_on_the_third_turn_converts_the_first_turn_s_figure(assistant):
    answer = answer_after(
        assistant,
        "What contract value triggers offsets in Korea today?",
        "in won at 1,380 to the dollar?",
        "and at 1,320?",
    )
    assert not answer.abstained
    assert answer.tool_calls
    assert "13,200,000,000" in answer.answer or "13.2 billion" in answer.answer


def test_a_kind_changed_on_the_middle_turn_holds_for_the_third(assistant):
    answer = answer_after(
        assistant,
        "What offset would a $44 million competitive contract need?",
        "and if it were non-competitive?",
        "and in 1995?",
    )
    assert "non-competitive contract of USD 44,000,000" in answer.answer
