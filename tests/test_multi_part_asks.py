"""Every ask of a question of several asks is answered by a statement of its own: an ask that
names its own subject is looked up without the other asks' words (which bring back their own
statement), and an ask for the latest or earliest date adds that date beside the others'
answers instead of replacing them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_an_ask_naming_its_own_subject_finds_its_statement_beside_another_ask_s(assistant):
    answer = assistant.ask(
        "Since when have the two governments been negotiating a defense procurement pact, "
        "and what do the Americans want from Korea's shipyards?"
    )
    assert not answer.abstained
    assert "since 2022" in answer.answer
    assert "naval ships" in answer.answer
    assert "do not answer" not in answer.answer


def test_the_latest_date_one_ask_wants_is_added_to_another_ask_s_answer(assistant):
    answer = assistant.ask(
        "In which month did DAPA start offset banking, and when were the newest offset "
        "guidelines published?"
    )
    assert not answer.abstained
    assert "December 2018" in answer.answer
    assert "December 2022" in answer.answer


def test_a_single_ask_for_the_latest_date_is_still_answered_by_that_date(assistant):
    answer = assistant.ask("When did DAPA issue its most recent Offset Program Guidelines?")
    assert "December 2022" in answer.answer


def test_asks_set_at_the_start_someone_first_made_are_answered_for_the_first_year(assistant):
    answer = assistant.ask(
        "When Korea first launched its offset rule, which year was that, what contract size "
        "triggered it, and what percentage was demanded?"
    )
    assert "1982" in answer.answer
    assert "USD 1 million" in answer.answer
    assert "50 percent" in answer.answer


def test_an_ask_of_today_beside_an_ask_of_when_it_began_gets_today_s_statement(assistant):
    # The statement dating the start gives the threshold of that time: today's is looked up.
    answer = assistant.ask(
        "A couple of questions: when was the offset program first introduced, and what is the "
        "threshold today?"
    )
    assert not answer.abstained
    assert "1982" in answer.answer
    assert "10 million" in answer.answer


def test_a_list_of_noun_asks_naming_a_currency_is_answered_from_the_sources(assistant):
    answer = assistant.ask(
        "Lockheed's F-35A deal: how many aircraft, how much in KRW, and what SME-export rate "
        "by 2022?"
    )
    assert not answer.tool_calls
    assert "40 F-35A" in answer.answer
    assert "7.77 trillion" in answer.answer
    assert "23.4%" in answer.answer
