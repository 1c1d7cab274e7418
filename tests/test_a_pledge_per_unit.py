"""A program's commitment named as a pledge, not by the word "offset", and asked "each of the
<things>" or "apiece" is that commitment over the program's units, worked out by the calculator;
the pledge asked alone asks nothing."""

from __future__ import annotations

import pytest

from assistant.answering.routing import route
from tests.routed import requests_of


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "Airbus's technology transfer pledge: how much is that apiece per tanker?",
            "USD 84.3 million / 4",
        ),
        (
            "Share Lockheed Martin's SME export commitment over each of the F-35A jets.",
            "USD 300 million / 40",
        ),
        (
            "What does Airbus's SME export promise amount to for each of its KC-X tankers?",
            "USD 536.3 million / 4",
        ),
    ],
)
def test_a_pledge_shared_over_the_units(question, expression, data):
    assert requests_of(question, data)[0]["expression"] == expression


def test_the_pledge_alone_asks_nothing(data):
    assert route("What did Airbus pledge in SME exports for the KC-X?", data) is None
