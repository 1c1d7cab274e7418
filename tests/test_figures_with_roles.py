"""Figures of different roles in one calculator question: a change to a contract, a unit price
times a count, a part of the offset already delivered, and a list of figures averaged. Each
role comes from the figure's own clause, and each step is a recorded calculator request.
Wordings are invented: ferries, cranes and tugboats, not the sources' programs."""

from __future__ import annotations

from routed import requests_of

from assistant.answering.composed_contracts import composed_contract
from assistant.answering.routing import route
from assistant.answering.stated_means import listed_figures


def _operations(requests: list[dict]) -> list[str]:
    return [r["operation"] for r in requests]


def test_a_change_by_an_amount_moves_the_contract_it_follows(data):
    # "raised by $4 million" is no second contract: it grows the first, and the rule is asked
    # of the grown value only.
    requests = requests_of(
        "A competitive contract for ferries of USD 22 million was raised by USD 4 million. "
        "What offset is required now?",
        data,
    )
    assert requests[0] == {"operation": "evaluate", "expression": "USD 22 million + USD 4 million"}
    assert _operations(requests) == ["evaluate", "offset_obligation"]
    assert requests[1]["amount"] == "USD 26,000,000"


def test_a_cut_lowers_the_contract_and_can_take_it_below_the_threshold(data):
    requests = requests_of(
        "A USD 11 million competitive crane contract was later cut by USD 2 million. Does it "
        "still need an offset?",
        data,
    )
    assert requests[0]["expression"] == "USD 11 million − USD 2 million"
    assert requests[1]["amount"] == "USD 9,000,000"


def test_an_amount_taken_off_another_lowers_it():
    composed = composed_contract("They took $2M off a $17M tugboat deal. Offset now?")
    assert composed is not None
    assert composed.step.expression == "$17M − $2M"
    assert "$2M" not in composed.question


def test_a_price_each_times_a_count_is_the_contract(data):
    # "at $3 million each" prices one unit; the contract is the count times it.
    requests = requests_of(
        "The navy buys 7 tugboats at USD 3 million each without competition. What offset "
        "should it seek?",
        data,
    )
    assert requests[0]["expression"] == "7 × USD 3 million"
    assert requests[1]["amount"] == "USD 21,000,000"
    assert requests[1]["contract_type"] == "non-competitive"


def test_the_obligation_of_a_changed_contract_chains_the_delivered_part(data):
    # The gap to the delivered part is measured from the obligation on the grown contract.
    found = route(
        "A USD 20 million competitive contract grew by USD 6 million, and the seller has "
        "delivered USD 5 million of offsets so far. What remains to be delivered?",
        data,
    )
    assert found is not None
    assert [r.operation for r in found.requests] == ["evaluate", "offset_obligation"]
    assert found.requests[1].amount == "USD 26,000,000"
    assert found.offered == "USD 5 million"


def test_a_part_of_its_offset_takes_the_offset_role(data):
    # "USD 3 million of its offset" is a part already fulfilled, not a second contract.
    found = route(
        "On a competitive USD 30 million contract the vendor has already fulfilled USD 3 "
        "million of its offset. How much is left?",
        data,
    )
    assert found is not None
    assert [r.operation for r in found.requests] == ["offset_obligation"]
    assert found.offered == "USD 3 million"


def test_a_plain_contract_is_not_composed():
    assert composed_contract("What offset does a USD 40 million competitive deal need?") is None
    # Two contracts side by side are two contracts, not a change of one.
    assert composed_contract("Two deals, USD 12 million and USD 30 million: offsets?") is None


def test_the_mean_of_a_list_is_its_total_over_its_count(data):
    requests = requests_of(
        "Four ferry bids came in at EUR 8 million, EUR 9 million, EUR 13 million and EUR 10 "
        "million. What is the mean bid?",
        data,
    )
    assert requests == [
        {
            "operation": "evaluate",
            "expression": "EUR 8 million + EUR 9 million + EUR 13 million + EUR 10 million",
        },
        {
            "operation": "evaluate",
            "expression": "(EUR 8 million + EUR 9 million + EUR 13 million + EUR 10 million) / 4",
        },
    ]


def test_percentages_are_averaged_without_a_total(data):
    requests = requests_of("Crews hit 70%, 80% and 90% of their targets. The average?", data)
    assert requests == [{"operation": "evaluate", "expression": "(70% + 80% + 90%) / 3"}]


def test_two_figures_or_a_figure_outside_the_list_make_no_list():
    assert listed_figures("A EUR 5 million bid and a EUR 7 million bid: the average?") == []
    listed = listed_figures("Bids of $4M, $6M and $11M against a $5M cap: the average?")
    assert [t.text.strip() for t in listed] == ["$4M", "$6M", "$11M"]
