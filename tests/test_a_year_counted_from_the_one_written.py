"""A year a question counts from a year it wrote before ("the year before", "a year later",
"the following year") is that year, one before or after; the rule table answers each year a
rule is asked of, together, where no policy row sets a rule in one of them."""

from __future__ import annotations

from assistant.answering.frame import from_written_year
from assistant.answering.routing import route


def _dated(question: str) -> str:
    return from_written_year(question)


def test_a_year_counted_from_a_written_year_is_written_out():
    assert _dated("Which levy held in 1991, and which one the year before?").endswith(
        "which one in 1990?"
    )
    assert _dated("The fee rose in 2003. What was it a year later?").endswith("it in 2004?")
    assert "in 1998" in _dated("How big was the quota in 1997 and in the following year?")


def test_a_count_from_something_named_or_from_a_span_is_left_as_written():
    # "The year before the audit" counts from the audit, not from a year written earlier.
    assert "the year before the audit" in _dated("In 2012, what came the year before the audit?")
    # A span's year before is before which end? Neither is said.
    assert "the year before" in _dated("What was the rate over 2011-2014 and the year before?")
    # With no year written before it, it is counted from the present as before.
    assert _dated("What happened the year before?") == "What happened the year before?"


def test_the_rule_table_answers_a_year_counted_from_one_written(data):
    asked = route("What was the offset threshold in 1993, and what was it the year after?", data)
    assert [r.year for r in asked.requests] == [1993, 1994]


def test_several_years_of_the_rule_are_each_answered_by_the_rule_table(data):
    years = route("What offset threshold applied in 1993 and in 2011?", data)
    assert [r.year for r in years.requests] == [1993, 2011]
    # Years the rows set a rule in are told in the rows' own words.
    assert route("What was the offset threshold in 1984 and in 1986?", data) is None
    # A change asked of is the rows' to tell.
    assert route("Was the offset threshold raised between 1993 and 2011?", data) is None
