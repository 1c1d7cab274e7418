"""A comparison of two times answers each time the sources give and says of a time they give
nothing of that they do not, beside the other: one side unanswered is no reason to drop the
other, nor to hide the gap. A question of one stretch of time up to now is no such comparison,
and asks for the older statements too."""

from __future__ import annotations

import pytest

from assistant.answering.compose import _times_named


def test_the_times_a_question_names_are_its_periods_then_its_lone_years_in_order():
    question = "How did the tolls of 2003-2007 compare with 2012 and with 1999?"
    spans = _times_named(question)
    assert [question[a:b] for a, b in spans] == ["2003-2007", "2012", "1999"]


def test_a_year_inside_a_period_is_not_a_time_of_its_own():
    question = "What were the tolls over 2003 to 2007?"
    assert len(_times_named(question)) == 1


@pytest.mark.slow
def test_a_period_the_sources_do_not_cover_is_said_missing_beside_the_one_they_do(assistant):
    answer = assistant.ask("How did Korea's offset haul in 2016-2020 compare with 1996-2000?")
    assert not answer.abstained
    assert "800 million" in answer.answer
    assert "do not give this for 1996-2000" in answer.answer


@pytest.mark.slow
def test_a_comparison_whose_times_are_both_given_says_no_gap(assistant):
    answer = assistant.ask("Offsets Korea won in 2011-2015 versus 2016-2020?")
    assert "do not give this" not in answer.answer
