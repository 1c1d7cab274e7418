"""A time asked within a period ("in which year between 2003 and 2007 ...") is one year inside
that period: a sentence that gives the period only as a whole names its ends, not a year within
it, so the answer says the sources give the period only as one."""

from __future__ import annotations

from assistant.answering.answerability import unmet
from assistant.answering.frame import frame_of
from assistant.answering.years_within import period_only, point_years
from assistant.answers import Answer, Citation


def _answer(statement: str) -> Answer:
    cited = Citation(marker=1, source_id="s1", title="t", quote=statement, start=0, end=1)
    return Answer(question="q", answer=f"{statement} [1]", citations=[cited])


def test_the_ends_of_a_written_period_are_not_years_stated_on_their_own():
    assert point_years("From 2003 to 2007 the port handled 40 million tonnes.") == set()
    assert point_years("Traffic over 2003-2007 fell; in 2005 it bottomed out.") == {2005}


def test_a_year_asked_between_two_years_is_not_answered_by_the_period_as_a_whole():
    frame = frame_of("In which single year between 2003 and 2007 did Lisbon's port traffic peak?")
    said = "From 2003 to 2007, Lisbon's port handled 40 million tonnes of cargo."
    problem = unmet(frame, _answer(said))
    assert problem is not None
    assert "2003–2007 only as one period" in problem.reason


def test_a_year_dated_inside_the_period_answers():
    frame = frame_of("In what year between 2003 and 2007 did Lisbon open its new quay?")
    said = "Lisbon opened its new container quay in 2005."
    assert unmet(frame, _answer(said)) is None


def test_a_year_outside_the_period_does_not_answer_within_it():
    question = "Which year between 2003 and 2007 saw Lisbon's busiest season?"
    statements = ["Lisbon's port had its busiest season in 2011."]
    assert period_only(question, ((2003, 2007),), statements) == (2003, 2007)


def test_a_question_that_asks_no_time_is_left_to_the_other_checks():
    question = "How much cargo did Lisbon's port handle between 2003 and 2007?"
    statements = ["From 2003 to 2007, Lisbon's port handled 40 million tonnes."]
    assert period_only(question, ((2003, 2007),), statements) is None
