"""An offer measured against a rule's obligation is a figure of its own: written as one amount,
as deliveries that add up to it, or as a share of the contract's price. When it must be worked
out, that is a recorded calculator step, and the gap to the obligation is chained on its result;
an offer above the obligation is said to pass it by a positive margin."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.offers_made import deliveries, share_of_contract
from assistant.calculator.operations import calculate
from assistant.pipeline import _with_derived
from tests.routed import routed


def _derived(question: str, data) -> list[str]:
    """The expressions worked out after the route's own requests (the obligations measured)."""
    found = routed(question, data)
    obligations = [calculate(r, data) for r in found.requests if r.operation == "offset_obligation"]
    steps = list(_with_derived(found.requests, found.labels, obligations, found))
    return [r.expression or "" for r, _ in steps[len(found.requests) :]]


@pytest.mark.parametrize(
    ("question", "offer", "gap"),
    [
        # A share of the price: the offer is worked out first, then the gap takes its result.
        (
            "A sole-source sonar buy of USD 90 million came with offsets of just 12% of its "
            "value. What was owed and how far short did the supplier fall?",
            "12% × USD 90 million",
            "USD 27,000,000 − USD 10,800,000",
        ),
        # Two deliveries, one after the other: together they are the offer.
        (
            "On a USD 44 million competitive frigate deal the builder delivered USD 5 million of "
            "offsets in spring and USD 7 million in autumn. How much remains to be delivered?",
            "USD 5 million + USD 7 million",
            "USD 22,000,000 − USD 12,000,000",
        ),
    ],
)
def test_an_offer_that_must_be_worked_out_is_a_step_the_gap_is_chained_on(
    question, offer, gap, data
):
    found = routed(question, data)
    assert [r.expression for r in found.requests if r.operation == "evaluate"] == [offer]
    assert _derived(question, data) == [gap]


def test_an_offer_above_the_obligation_passes_it_by_a_positive_margin(data):
    question = (
        "A competitive radar contract of USD 22 million came with USD 14 million of offsets. "
        "By how much does that beat the requirement?"
    )
    (gap,) = _derived(question, data)
    assert gap == "USD 14 million − USD 11,000,000"


def test_the_rules_own_share_restated_is_not_an_offer():
    # "the 30% of the value the rule asks" is the rule, not what the supplier gave.
    assert share_of_contract("It gave 30% of the value the rule asks.", {Decimal(30)}) is None
    assert share_of_contract("It gave 18% of the deal's value.", {Decimal(30)}) == "18%"


def test_amounts_offered_instead_of_one_another_are_not_deliveries():
    assert deliveries(
        "USD 2 million in May and USD 3 million in June", ["USD 2 million", "USD 3 million"]
    )
    assert not deliveries(
        "a USD 2 million package or a USD 3 million one", ["USD 2 million", "USD 3 million"]
    )
