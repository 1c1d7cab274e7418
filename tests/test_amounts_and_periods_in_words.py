"""A figure or a period the question words otherwise than the sources is found as what it means.

An amount is one figure however it is written ("five million US dollars", "a $5 million bar",
"USD 5 million"): a question stating it finds the sentences stating the same amount, not those
sharing a "five" or a "million". A period told in words ("from the early 1980s on", "since
2020") is searched and judged as the period the sources count for it ("1983 to 2022")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_an_amount_in_words_finds_the_sentence_stating_it_in_digits(assistant):
    answer = assistant.ask(
        "When was Korea's offset threshold set at the current ten million US dollars?"
    )
    assert not answer.abstained
    assert "2006" in answer.answer


def test_a_period_from_a_decade_on_is_the_total_the_sources_count_for_it(assistant):
    answer = assistant.ask("How much value have offsets created for Korea from the early 1980s on?")
    assert not answer.abstained
    assert "23.2 billion" in answer.answer


def test_the_years_after_a_year_are_read_as_the_period_the_sources_count(assistant):
    answer = assistant.ask("Does the KIET study say how much offset value Korea gained after 2020?")
    assert not answer.abstained
    assert "270 million" in answer.answer
    assert not answer.answer.startswith("Not as stated")


def test_the_causes_of_a_change_after_a_year_are_still_found(assistant):
    answer = assistant.ask("Why did Korea's offset take fall away after 2015, according to KIET?")
    assert not answer.abstained
    assert "audit" in answer.answer.lower()


def test_an_amount_asked_in_won_beside_a_dollar_amount_is_its_restatement(assistant):
    answer = assistant.ask(
        "Korea's offset trigger is ten million dollars. Which won amount did the Korean "
        "press quote beside it when reporting the USTR listing?"
    )
    assert not answer.abstained
    assert "14.7 billion" in answer.answer
