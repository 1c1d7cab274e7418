"""A question is answered by a statement that holds what it asks and meets every constraint it
sets, found near the best sentence when the best misses one; what no statement meets is refused."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_person_of_a_named_agency_is_found_beside_a_scene_setting_best_sentence(assistant):
    # The scene ("how Seoul answered the listing") draws a sentence on the scene; the one just
    # below it names the agency's spokesperson.
    answer = assistant.ask(
        "On how Seoul answered the NTE listing: which procurement agency spokesman fielded "
        "questions about it on Tuesday?"
    )
    assert not answer.abstained
    assert "Jo Yong-jin" in answer.answer


def test_a_person_of_a_named_body_no_near_sentence_names_is_still_refused(assistant):
    answer = assistant.ask("Which KAI executive commented on the barrier report at the briefing?")
    assert answer.abstained


def test_each_time_of_a_comparison_is_a_constraint_of_its_own_side(assistant):
    answer = assistant.ask(
        "How does the share of US defense export contracts that offsets made up in 2022 compare "
        "with the share of its imports Korea recouped over 2016-2020?"
    )
    assert not answer.abstained
    assert "32.8%" in answer.answer and "7%" in answer.answer


def test_a_side_whose_time_no_statement_gives_leaves_the_comparison_refused(assistant):
    answer = assistant.ask(
        "How did the offsets Korea obtained in 2018 compare with those of 2011-2015?"
    )
    assert answer.abstained


def test_an_audit_s_problems_asked_by_name_are_refused_when_the_sources_only_date_it(assistant):
    answer = assistant.ask("What particular faults did the 2018 BAI audit turn up?")
    assert answer.abstained


def test_an_amount_of_a_country_s_part_of_a_total_is_refused_when_only_the_total_is_given(
    assistant,
):
    answer = assistant.ask(
        "How much of the 2022 US offset deals worth $5.88 billion went to Korea?"
    )
    assert answer.abstained
