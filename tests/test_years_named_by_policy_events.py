"""A year of the threshold's history named by an event rather than a number: the policy's
introduction is the first year the policy table gives, and a body's creation is the year of the
table's event naming that body coming into being."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.event_years import event_years
from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _results(question, data):
    found = route(question, data)
    assert found is not None, question
    return [Decimal(calculate(r, data).result) for r in found.requests]


def test_the_policys_start_is_the_first_year_of_its_history(data):
    assert [y for _, y in event_years("How has the trigger moved since its inception?", data)] == [
        1982
    ]


def test_a_bodys_creation_is_the_year_its_event_names(data):
    assert [y for _, y in event_years("the value set once DAPA was founded", data)] == [2006]


def test_a_threshold_change_between_an_event_and_a_year_is_worked_out(data):
    (change,) = _results(
        "In percent, how far did the offset threshold climb from its 1986 level to the one "
        "set when DAPA was founded?",
        data,
    )
    assert change == Decimal("1")
    assert _results(
        "How many dollars higher was the threshold in 1986 than at the outset?", data
    ) == [Decimal("4000000")]


def test_a_body_named_without_its_creation_names_no_year(data):
    assert event_years("What threshold does DAPA apply?", data) == []
