"""A follow-up asks something new of what the last answer told. An answer that would only cite
again the statements the last answer quoted, and lacks a word the follow-up asks by, tells
nothing new: the sentence the source goes on with, right after them in the same paragraph,
answers instead when it holds one of the follow-up's words. A follow-up the statements cited
again answer in full ("how many of those …" of a sentence that counts them) keeps them."""

from __future__ import annotations

from conversations import answer_after


def test_what_a_proposed_bill_would_do_is_in_the_sentence_after_its_proposal(assistant):
    answer = answer_after(
        assistant,
        "Who headed the lawmakers behind the 2023 offset reinforcement bill?",
        "and what would that bill have meant for imports?",
    )
    assert not answer.abstained
    assert "FMS" in answer.answer


def test_a_part_the_quoted_sentence_counts_is_answered_by_it_again(assistant):
    answer = answer_after(
        assistant,
        "How many programs does DAPA expect to be eligible for offsets in 2023 and 2024?",
        "how many of those are non-competitive contracts?",
    )
    assert "46" in answer.answer
