"""An amount said to be a share of something ("USD 40 million was 8% of the shipments") and then
asked for that something by the same name ("how large were the shipments?") is asked for the
whole: the amount over the share, worked out by the calculator. The name alone is not enough when
the words before it ask for a measure of it (an average per item, a share of it)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from routed import requests_of as _requests
from routed import results_of as _results

from assistant.answering.routing import route


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "Suppose USD 40 million of tariffs was 8% of all shipments; how large were the "
            "shipments?",
            "USD 40 million / 8%",
        ),
        (
            "If KRW 3 trillion of pledges were 12% of the procurement budget, what was the "
            "budget worth?",
            "KRW 3 trillion / 12%",
        ),
        (
            "USD 900 million in grants equalled 15% of the agency's outlays. Implied outlays?",
            "USD 900 million / 15%",
        ),
    ],
)
def test_the_whole_named_again_after_its_share_is_worked_back(data, question, expression):
    requests = _requests(question, data)
    assert [r["expression"] for r in requests] == [expression]


def test_the_whole_worked_back_is_the_amount_over_the_share(data):
    (result,) = _results(
        "Suppose USD 40 million of tariffs was 8% of all shipments; how large were the shipments?",
        data,
    )
    assert result == Decimal(500_000_000)


@pytest.mark.parametrize(
    "question",
    [
        # a measure of the thing named, not the thing
        "USD 60 million was 20% of the fleet contracts. What was the average per contract?",
        # another thing asked
        "USD 3 billion was 12% of the navy's budget. What was the army's share?",
    ],
)
def test_a_measure_of_the_named_whole_or_another_thing_is_not_the_whole(data, question):
    found = route(question, data)
    assert found is None or all("%" not in (r.expression or "") for r in found.requests)
