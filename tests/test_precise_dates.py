"""A question for a date is answered as precisely as the sources allow: a data row dating an
event to the month beats a sentence that dates it only to the year, also when the question names
the home country ("in Korea"), which the sentence names and the row does not."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_the_month_an_agency_adopted_a_policy_is_given_when_the_home_country_is_named(assistant):
    answer = assistant.ask("When did South Korea first adopt offset banking?")
    assert not answer.abstained
    assert "December 2018" in answer.answer


def test_a_year_only_sentence_does_not_crowd_out_the_dated_row(assistant):
    answer = assistant.ask("In Korea, when did the offset banking policy start?")
    assert not answer.abstained
    assert "December 2018" in answer.answer


def test_a_row_dated_only_by_year_is_unaffected(assistant):
    answer = assistant.ask("When was the offset program introduced in Korea?")
    assert "1982" in answer.answer
