"""A gap between two shares asked in percentage points is the larger share less the smaller,
worked out by the calculator from the shares the question states or the countries' rows, never
a change measured as a percent of the first share."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.routing import route
from tests.routed import requests_of, results_of


@pytest.mark.parametrize(
    ("question", "points"),
    [
        ("A levy went from 12% to 30%. How many percentage points did it climb?", "18"),
        ("By how many points does a 45 percent quota exceed a 40 percent one?", "5"),
    ],
)
def test_two_stated_shares_are_subtracted(question, points, data):
    assert requests_of(question, data)[0]["operation"] == "evaluate"
    assert results_of(question, data) == [Decimal(points) / 100]


@pytest.mark.parametrize(
    ("question", "points"),
    [
        ("In percentage points, how far does the UAE's minimum sit above Saudi Arabia's?", "25"),
        ("How many percentage points lower is Taiwan's floor than the Netherlands'?", "65"),
        (
            "What is the spread in percentage points between Korea's competitive share and Norway's?",
            "50",
        ),
        (
            "What is the spread in percentage points between Korea's non-competitive share and Norway's?",
            "70",
        ),
    ],
)
def test_two_countries_minimum_shares_are_subtracted(question, points, data):
    assert results_of(question, data) == [Decimal(points) / 100]


def test_the_home_countrys_two_contract_types(data):
    question = (
        "How many percentage points apart are Korea's competitive and non-competitive floors?"
    )
    assert results_of(question, data) == [Decimal("0.20")]


def test_a_share_changed_is_its_row_before_and_after(data):
    question = "By how many percentage points did Türkiye lift its offset minimum?"
    found = route(question, data)
    assert found is not None
    assert found.cites == ["tr-threshold"]
    assert results_of(question, data) == [Decimal("0.20")]


def test_a_question_stating_the_gap_itself_works_nothing_out(data):
    assert route("Was Türkiye's minimum raised by 20 percentage points?", data) is None


def test_a_change_asked_as_a_percent_is_not_a_points_gap(data):
    found = route("A levy went from 12% to 30%. By what percent did it climb?", data)
    assert found is not None
    assert found.requests[0].operation == "percent_change"
