"""One side's case asked for ("why do the skeptics argue …", "what objections do the growers
raise …") is answered by the sentences that state it, a case of several points with each point
it announces; why someone urges a thing's use is answered by the thing's advantages, also in the
why-clause of a longer question, and a sentence naming them by their name opens the list."""

from __future__ import annotations

import pytest

from assistant.answering.sentence_kinds import (
    ARGUMENT,
    BENEFIT,
    CAUSE,
    DEBATE,
    asked_kind,
    calls_by_name,
)


@pytest.mark.parametrize(
    "question",
    [
        "Why do the skeptics argue that a toll on ferries is a mistake?",
        "Why does the dockers' union insist the levy hurts small ports?",
        "What objections do the growers raise against the new grazing fee?",
        "Which concerns have harbour pilots voiced about the dredging plan?",
        "What is the case against pooled buying?",
    ],
)
def test_one_side_s_case_is_asked_for_not_a_cause(question):
    assert asked_kind(question) is ARGUMENT


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # Why someone acted is still a cause; both sides together are a debate.
        ("Why did the growers drop the levy?", CAUSE),
        ("Why did the harbour board oppose the levy?", CAUSE),
        ("Give me the case for and against the toll.", DEBATE),
        # A party the question names states its own case, quoted as its position.
        ("Sum up the objections the Harbour Board raised against the toll.", None),
        ("Why does Norway argue that tolls are fair?", CAUSE),
        ("What is the Harbour Board's own case for the toll?", None),
    ],
)
def test_a_cause_a_debate_or_a_named_party_s_case_is_not_one_group_s_case(question, kind):
    assert asked_kind(question) is kind


def test_one_side_s_case_is_stated_where_the_sources_say_whose_it_is():
    assert ARGUMENT.marked_by.search("Most pilots have voiced three concerns over the plan.")
    assert ARGUMENT.marked_by.search("It has also been pointed out that tolls deter ferries.")
    assert not ARGUMENT.marked_by.search("The toll was raised twice in 2019.")


@pytest.mark.parametrize(
    "question",
    [
        "Describe the pooled fund and why the auditors want the port to lean on it.",
        "Explain the voucher scheme and why the ministry argues towns should switch to it.",
        "Why does the board say growers must turn to shared silos?",
    ],
)
def test_why_someone_urges_a_thing_s_use_asks_for_its_advantages(question):
    assert asked_kind(question) is BENEFIT


def test_urging_a_thing_dropped_is_no_liking_of_it():
    assert asked_kind("Explain the fee and why the board argues towns should drop it.") is CAUSE


@pytest.mark.slow
def test_a_side_s_announced_points_come_with_the_announcement(assistant):
    # The critics' case is announced ("two principal concerns") and given point by point, the
    # first cut short by a page's notes: each point comes, not only the best-worded one.
    answer = assistant.ask(
        "Why do industry insiders argue that letting the agency skip offsets would hurt Korea?"
    )
    assert not answer.abstained
    assert "two principal concerns" in answer.answer
    assert "global trend" in answer.answer
    assert "future value" in answer.answer
    # The announcement reads before its points.
    assert answer.answer.index("two principal concerns") < answer.answer.index("future value")


@pytest.mark.slow
def test_why_a_report_urges_a_scheme_is_answered_by_the_scheme_s_benefits(assistant):
    answer = assistant.ask(
        "Describe offset banking and why the KIET study wants Seoul to lean on it."
    )
    assert not answer.abstained
    assert "The benefits of offset banking" in answer.answer
    assert "four to five years" in answer.answer


def test_a_sentence_about_the_benefits_by_name_opens_their_list():
    assert calls_by_name(BENEFIT, "The main benefits of shared silos are threefold.")
    assert calls_by_name(BENEFIT, "The benefits from the toll freeze were many.")
    # The name in passing lists nothing.
    assert not calls_by_name(BENEFIT, "The port has seen no significant benefits lately.")
    assert not calls_by_name(BENEFIT, "Growers receive compensatory benefits for the levy.")
    # A cause has no everyday name the sources use.
    assert not calls_by_name(CAUSE, "The reasons for the slump are many.")
