"""A follow-up is asked as the full question it stands for: an amount given after a question of
the rule's share asks for the offset owed on that amount, of the contract's kind and year asked
before; "apply that to …" leans on the earlier answer; and a turn the sources seem not to answer
leans on what the last answer stated, which a refusal states nothing of."""

from __future__ import annotations

import pytest
from conversations import answer_after, earlier_turns

from assistant.answering.followup import is_follow_up, resolve, stated_by


def _resolved(follow_up: str, earlier: str) -> str:
    return resolve(follow_up, earlier_turns(earlier), 3).question


@pytest.mark.parametrize(
    "follow_up",
    ["So on a $25 million deal?", "and for a 25 million dollar contract?", "apply that to $25M"],
)
def test_an_amount_after_a_question_of_the_share_asks_for_the_offset_owed_on_it(follow_up):
    asked = _resolved(follow_up, "What percentage do they ask for on sole-source purchases?")
    assert asked.startswith("What offset is due on a ")
    assert "non-competitive contract" in asked


def test_the_contract_kind_the_follow_up_names_replaces_the_earlier_one():
    asked = _resolved(
        "and on a $25 million competitive one?", "What share of a non-competitive deal is owed?"
    )
    assert "competitive contract" in asked and "non-competitive" not in asked


def test_the_year_the_earlier_question_asked_of_is_kept():
    asked = _resolved(
        "and for a $4 million order?", "What share of the contract value was required in 1991?"
    )
    assert asked.endswith("in 1991?")


@pytest.mark.parametrize(
    "follow_up, earlier",
    [
        # A percentage of its own: the follow-up asks its own arithmetic.
        ("and 40% of $25 million?", "What percentage do they ask for on competitive deals?"),
        # The earlier question had an amount: the amount replaces it (another rule).
        ("and $25 million?", "What offset is owed on a $10 million competitive deal?"),
        # The earlier question asked no share of the rule.
        ("and for a $25 million deal?", "When did the harbour board set its dredging levy?"),
    ],
)
def test_no_obligation_is_asked_unless_the_earlier_question_asked_the_rule_s_share(
    follow_up, earlier
):
    assert not _resolved(follow_up, earlier).startswith("What offset is due on")


def test_applying_that_to_a_new_figure_is_a_follow_up():
    assert is_follow_up("apply that to a 9 million dollar order", 4)
    assert is_follow_up("apply this to a bigger tender", 4)


def test_what_an_answer_stated_is_its_statements_without_markers_or_asides():
    answer = (
        "The board set the levy at $5 million. [1][2]\n\n"
        "The sources disagree on the levy: $5 million [1]; $6 million [2].\n"
        "Working: 5 + 1 = 6"
    )
    assert stated_by(answer) == "The board set the levy at $5 million."


def test_a_refusal_states_nothing_a_follow_up_may_lean_on():
    refusal = "I can't answer that from the sources. The nearest thing they cover: A crane. [1]"
    assert stated_by(refusal) == ""


def test_a_turn_that_names_only_what_the_last_answer_named_leans_on_that_answer(assistant):
    answer = answer_after(
        assistant,
        "Which fighter program's second phase did DAPA say would go ahead without offsets?",
        "what was that stage valued at?",
    )
    assert not answer.abstained
    assert "4 trillion" in answer.answer


def test_leaning_on_the_last_answer_keeps_a_refusal_the_sources_call_for(assistant):
    answer = answer_after(
        assistant,
        "To what threshold did Türkiye raise its offset requirement?",
        "and what threshold does the Netherlands set?",
    )
    assert answer.abstained
    answer = answer_after(
        assistant,
        "How many F-35A jets did the Air Force buy?",
        "and how many KF-21s does it plan to buy?",
    )
    assert answer.abstained
