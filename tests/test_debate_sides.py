"""A question asking for both sides of a debate is answered by the sentences that state each
side's case (those in favour, the concerns voiced against), a list of points with every point
it announces, even when a page's notes cut its first point short."""

from __future__ import annotations

import pytest

from assistant.answering.sentence_kinds import DEBATE, asked_kind


@pytest.mark.parametrize(
    "question",
    [
        "Give me both sides of the quarrel over the port levy.",
        "What is the case for and against the new tariff?",
        "Set out the proponents and critics of pooled buying.",
        "Outline the dispute over the harbour dredging fee.",
        "Sum up the controversy about shared grazing rights.",
    ],
)
def test_a_question_about_the_sides_of_a_debate_asks_for_the_cases_made(question):
    assert asked_kind(question) is DEBATE


@pytest.mark.parametrize(
    "text",
    [
        "Those in favor of the bill want the cap lifted.",
        "Growers have voiced serious concerns over the plan.",
        "Critics argue that the fee burdens small shippers.",
    ],
)
def test_a_sentence_stating_a_side_s_case_is_a_debate_sentence(text):
    assert DEBATE.marked_by.search(text)


def test_a_worry_named_in_passing_states_no_side(
    text="The dominance of defense concerns in talks.",
):
    assert not DEBATE.marked_by.search(text)


@pytest.mark.slow
def test_both_sides_over_forgoing_offsets_give_each_side_s_case(assistant):
    answer = assistant.ask(
        "Set out the two camps in the row over letting the procurement agency skip offsets."
    )
    assert not answer.abstained
    assert "global trend" in answer.answer  # the critics' first point
    assert "future value" in answer.answer  # and their second, after the page's notes


@pytest.mark.slow
def test_the_case_for_and_against_ending_the_offset_obligation(assistant):
    answer = assistant.ask("What's the case for and against ending Korea's legal offset duty?")
    assert not answer.abstained
    assert "future value" in answer.answer or "global trend" in answer.answer


@pytest.mark.slow
def test_one_camp_s_list_of_points_leaves_room_for_the_other_camp(assistant):
    # The critics' numbered concerns fill most of the room; those in favor of the change still
    # get their own sentence.
    answer = assistant.ask(
        "Lay out the arguments for and against scrapping the legal offset requirement in the "
        "acquisition act."
    )
    assert not answer.abstained
    assert "global trend" in answer.answer  # the critics' case
    assert "Those in favor of amending the law" in answer.answer  # and the other camp's


def test_a_question_for_a_fact_within_a_debate_does_not_ask_for_its_cases():
    assert asked_kind("Which court ruling set off the debate over the grazing fee?") is not DEBATE


@pytest.mark.slow
def test_outlining_the_dispute_gives_the_agency_s_case_and_its_critics(assistant):
    answer = assistant.ask(
        "Outline the dispute over letting the procurement agency skip countertrade."
    )
    assert not answer.abstained
    assert "global trend" in answer.answer  # the critics
    assert "national security, efficiency" in answer.answer  # those in favor of the change
