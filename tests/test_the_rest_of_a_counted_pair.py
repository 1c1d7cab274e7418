"""Of a group a program's tables count two ways (put forward, then chosen), what was not chosen
is the larger count less the smaller, worked out by the calculator; the count chosen, asked
alone or restated, asks nothing."""

from __future__ import annotations

import pytest

from assistant.answering.routing import route
from tests.routed import requests_of


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        ("Which number of the put-forward items did Lockheed Martin never purchase?", "246 − 30"),
        ("How many companies offered to Lockheed Martin were passed over?", "73 − 12"),
        ("Lockheed Martin's recommended firms: how many were left out?", "73 − 12"),
    ],
)
def test_what_was_not_chosen_is_the_larger_less_the_smaller(question, expression, data):
    assert requests_of(question, data)[0]["expression"] == expression


@pytest.mark.parametrize(
    "question",
    [
        "How many items did Lockheed Martin purchase from the recommended firms?",
        "Is it so that Lockheed Martin bought 30 of the 246 items put forward?",
    ],
)
def test_the_count_chosen_asks_nothing(question, data):
    assert route(question, data) is None
