"""A history of the offset rule gives every step of it, each dated by its own row, in order.

A step is a rule of the rule table whose asked figure (threshold, shares, or both for the rule
as a whole) differs from the rule before it; the row stating it is the one of the step's first
year. However the question words the rule ("cut-off", "activation point" for the rows'
"threshold"), the steps the rows or the answer's lines leave out are added. A row of a later
year that a rule also cites restates a figure and dates no step; a history of anything else
than the rule gets no steps."""

from __future__ import annotations

import re

import pytest

from assistant.answering.row_answers import rule_steps_over_time


def _years_and_ids(rows):
    return [(getattr(row, "year", None), row.id) for row in rows]


def test_a_history_of_the_trigger_dates_each_change_of_it_by_its_own_row(data):
    rows = rule_steps_over_time("How did the offset cut-off move over time?", None, None, data)
    shown = " ".join(row.shown() for row in rows)
    for amount in ("USD 1 million", "USD 2 million", "USD 5 million", "USD 10 million"):
        assert amount in shown
    years = [getattr(row, "year", None) for row in rows]
    assert years == sorted(years) and years[0] == 1982
    # The threshold held at USD 10 million after 2006: later rules add no step of it.
    assert all(year <= 2006 for year in years)


def test_a_history_of_the_share_gives_its_changes_and_no_later_restatement(data):
    rows = rule_steps_over_time("How has the offset quota percentage evolved?", None, None, data)
    shown = " ".join(row.shown() for row in rows)
    assert "50%" in shown and "30%" in shown
    # The competitive 50% from 2006 on is stated only by rows of later years: no step of 2006.
    assert all(getattr(row, "year", None) in (1982, 1986) for row in rows)


def test_a_history_of_the_rule_as_a_whole_gives_the_steps_of_both_figures(data):
    rows = rule_steps_over_time("How have the offset rules changed?", None, None, data)
    shown = " ".join(row.shown() for row in rows)
    assert "USD 2 million" in shown and "30%" in shown


def test_the_span_a_history_names_bounds_its_steps(data):
    rows = rule_steps_over_time("How did the offset threshold move?", 1983, 1990, data)
    assert [year for year, _ in _years_and_ids(rows)] == [1984, 1986]


@pytest.mark.parametrize(
    "question",
    [
        # Values obtained are no rule.
        "How have the offsets obtained changed over the decades?",
        # A share of a market is no share of the program's rule.
        "How has the import share of the growers moved since 1990?",
        # The agency's acts, not the figures of its rule.
        "How did DAPA's stance on offsets shift?",
    ],
)
def test_a_history_of_anything_else_than_the_rule_gets_no_steps(data, question):
    assert rule_steps_over_time(question, None, None, data) == []


def _dated_lines(answer: str) -> list[int]:
    return [int(m[1]) for m in re.finditer(r"(?m)^- (?:[A-Z][a-z]+ )?((?:19|20)\d\d)\b", answer)]


@pytest.mark.parametrize(
    "question",
    [
        "Trace how the offset cut-off has moved since the program began.",
        "Chronologically, how did the activation value for offsets shift from the outset on?",
    ],
)
def test_a_history_of_the_trigger_in_other_words_lists_every_step_in_order(assistant, question):
    answer = assistant.ask(question)
    years = _dated_lines(answer.answer)
    assert years == sorted(years) and {1982, 1984, 1986, 2006} <= set(years)
    for amount in ("USD 1 million", "USD 2 million", "USD 5 million", "USD 10 million"):
        assert amount in answer.answer
    assert all(f"[{c.marker}]" in answer.answer for c in answer.citations)


def test_a_history_of_the_trigger_and_the_share_up_to_an_event_keeps_the_first_step(assistant):
    answer = assistant.ask(
        "List in order how the offset thresholds and minimum percentages moved from the "
        "launch of the scheme until the procurement agency was set up."
    )
    years = _dated_lines(answer.answer)
    assert years == sorted(years) and {1982, 1984, 1986, 2006} <= set(years)
    assert "USD 1 million" in answer.answer and "30%" in answer.answer


def test_a_history_of_the_agency_s_acts_gets_no_rule_steps(assistant):
    answer = assistant.ask("In date order, what did DAPA do about offsets between 2018 and 2023?")
    years = _dated_lines(answer.answer)
    assert years and all(2018 <= y <= 2023 for y in years)
    assert "USD 1 million" not in answer.answer


def test_a_history_of_a_quota_scheme_as_an_institution_gets_no_share_steps(assistant):
    # Its lines state no percentage: the "quota" is a scheme set up, not the rule's share.
    answer = assistant.ask(
        "In date order, how was offset trade renamed, and when did its cooperation quota "
        "scheme follow?"
    )
    assert "2018" in answer.answer
    assert "1982" not in answer.answer and "30%" not in answer.answer
