"""A part asked by negating the part a figure states ("non-diesel", "went unsold", "how many
sold nothing") is the whole less that part: its count or amount and its share are worked out
first, and the stated part's share is kept after them. A negation inside a relative clause
names a subset, and a "non-" noun that never stands bare names a part of its own."""

from __future__ import annotations

import pytest

from assistant.answering.negated_parts import negates_stated_part, rest_and_share
from assistant.calculator.operations import CalculatorInput
from tests.routed import requests_of


@pytest.mark.parametrize(
    "question",
    [
        "Of 90 lorries, 36 run on diesel. How many are non-diesel, and what share is that?",
        "What share of the crates put on sale went unsold?",
        "Only 5 of the 20 dealers placed orders. How many dealers ordered nothing?",
        "What share of the grant had the town not spent?",
    ],
)
def test_the_part_asked_negates_the_stated_part(question):
    assert negates_stated_part(question)


@pytest.mark.parametrize(
    "question",
    [
        "What share of the lorries run on diesel?",
        # The negation belongs to a relative clause: a subset, not the rest.
        "What share of the lorries that are not new run on diesel?",
        # "non-resident" with no bare "resident": a part named in its own right.
        "Of 400 members, 120 are non-resident. What share is that?",
    ],
)
def test_no_negated_part_asked(question):
    assert not negates_stated_part(question)


def test_the_rest_of_a_share_is_worked_out_before_it():
    share = CalculatorInput(operation="share_of", part="36", whole="90", places=1)
    rest = rest_and_share([share], "Of 90 lorries, 36 run on diesel.")
    assert rest is not None
    assert rest[0].expression == "90 − 36"
    assert (rest[1].part, rest[1].whole, rest[1].places) == ("54", "90", 1)


def test_a_remainder_already_worked_out_is_left_alone():
    requests = [
        CalculatorInput(operation="evaluate", expression="90 − 36"),
        CalculatorInput(operation="share_of", part="54", whole="90"),
    ]
    assert rest_and_share(requests, "Of 90 lorries, 36 run on diesel.") is None


def test_a_share_of_a_part_no_one_stated_is_left_alone():
    # The route took 54 from 90 itself: the share it gives is the rest's already.
    share = CalculatorInput(operation="share_of", part="54", whole="90")
    assert rest_and_share([share], "Of 90 lorries, 36 run on diesel.") is None


def test_the_unbought_share_of_the_items_put_forward(data):
    requests = requests_of(
        "What fraction of the SME items put forward to Lockheed Martin were left unbought?", data
    )
    assert requests[0]["expression"] == "246 − 30"
    assert (requests[1]["part"], requests[1]["whole"]) == ("216", "246")
