"""A question asking for both sides of a debate is answered by the sentences that state each
side's case (those in favour, the concerns voiced against), a list of points with every point
it announces, even when a page's notes cut its first point short."""

from __future__ import annotations

import pytest

from assistant.answering.frame import answer_type
from assistant.answering.sentence_kinds import CAMPS, DEBATE, asked_kind


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


@pytest.mark.parametrize(
    "question",
    [
        "Who backs the harbour levy and who would scrap it?",
        "Among the growers, who favours pooled buying, and who opposes it?",
        "Who is for the toll on lorries, and who is against it?",
        "Who wanted the ferry subsidy cut back and who wanted it kept?",
    ],
)
def test_asking_who_holds_each_of_two_stances_asks_for_the_sides_cases(question):
    # Each "who" asks for a camp; what a camp holds is its case, not a name alone.
    assert answer_type(question) == "position"
    assert asked_kind(question) is CAMPS


@pytest.mark.parametrize(
    "question",
    [
        "Who proposed the dredging bill and who signed it into law?",
        "Who wants the port levy raised?",
        "Who chairs the growers' board, and when was it founded?",
    ],
)
def test_who_of_two_facts_or_of_one_stance_still_asks_for_a_person(question):
    # Two deeds are two facts, and one stance alone names no camp against another.
    assert answer_type(question) in ("agent", "person")
    assert asked_kind(question) not in (CAMPS, DEBATE)


@pytest.mark.parametrize(
    "text",
    [
        "The port authority has expressed its intention to phase out the levy.",
        "Several councillors are now seeking to repeal the fee.",
        "Since the ruling, the ministry has been pushing for a lower cap.",
    ],
)
def test_a_side_s_own_stated_aim_is_its_case(text):
    assert CAMPS.marked_by.search(text)


def test_an_aim_of_a_scheme_is_no_side_s_case(
    text="The fund is designed to keep the ferries running in winter.",
):
    assert not CAMPS.marked_by.search(text)


@pytest.mark.slow
def test_who_wants_offsets_kept_and_who_cut_names_each_camp(assistant):
    answer = assistant.ask(
        "Who would like the offset duty dropped, and who backs keeping it in the law?"
    )
    assert not answer.abstained
    assert "DAPA" in answer.answer  # the agency that wants it gone
    assert "global trend" in answer.answer  # the insiders' case for keeping it


@pytest.mark.parametrize(
    "question",
    [
        "Walk me through the legal tussle over the grazing fee.",
        "Trace the back-and-forth over whether the port levy stays.",
        "Explain the fight over clause 7 of the harbour act.",
        "What's the quarrel over the dredging fee about?",
        "Summarize the legal and regulatory wrangling over the water charge.",
    ],
)
def test_a_quarrel_called_by_another_name_asks_for_the_cases_made(question):
    assert asked_kind(question) is DEBATE


@pytest.mark.parametrize(
    "question",
    [
        "Explain the fighter purchase of 2019.",
        "Describe the battle tank the army bought.",
        "Which row of the table gives the 2020 value?",
    ],
)
def test_a_word_that_only_looks_like_a_quarrel_asks_for_none(question):
    assert asked_kind(question) is not DEBATE


@pytest.mark.slow
def test_a_quarrel_a_report_titles_a_section_for_is_told_from_move_to_counter_move(assistant):
    answer = assistant.ask(
        "Walk me through the tussle over the offset article of Korea's procurement law."
    )
    assert not answer.abstained
    assert "forgo" in answer.answer  # the move: a proviso letting the agency skip offsets
    assert "global trend" in answer.answer  # the objection
    assert "Reinforcement Act" in answer.answer  # the lawmakers' counter-move
