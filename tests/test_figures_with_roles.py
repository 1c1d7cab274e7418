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


def test_a_share_of_the_remainder_is_taken_of_what_is_left(data):
    # "30% of the rest" is of the whole less the part, a step chained on that remainder.
    requests = requests_of(
        "Of a EUR 60 million harbour budget, EUR 20 million went to cranes and 30% of the rest "
        "to dredging. How much went to dredging?",
        data,
    )
    assert requests[-2:] == [
        {"operation": "evaluate", "expression": "EUR 60 million − EUR 20 million"},
        {"operation": "evaluate", "expression": "30% × EUR 40,000,000"},
    ]


def test_half_of_what_was_left_divides_the_remainder(data):
    requests = requests_of(
        "We had $50M and spent $10M; half of what was left went to tugs. How much?", data
    )
    assert requests[-1] == {"operation": "evaluate", "expression": "USD 40,000,000 ÷ 2"}


def test_a_currency_word_after_an_amount_of_another_currency_is_no_currency():
    # "$12M won in a tender": the amount is in dollars; "won" is the verb.
    from assistant.quantities import lex

    tokens = lex("A $12M won in a tender and a $20M sole-source deal")
    assert [(t.text, t.currency) for t in tokens] == [("$12M", "USD"), ("$20M", "USD")]


def test_a_contract_type_named_before_each_amount_goes_with_it(data):
    requests = requests_of(
        "Two buys: a competitive contract worth USD 14 million and a non-competitive contract "
        "worth USD 40 million. Total offsets?",
        data,
    )
    assert [(r["amount"], r["contract_type"]) for r in requests] == [
        ("USD 14 million", "competitive"),
        ("USD 40 million", "non-competitive"),
    ]


def test_an_amount_said_to_have_been_delivered_is_an_offset():
    from assistant.answering.amounts import stated_amounts

    stated = stated_amounts(
        "A USD 44 million competitive ferry contract; USD 6 million has already been delivered."
    )
    assert [a.role for a in stated] == ["contract", "offset"]


def test_what_remains_of_several_obligations_is_measured_from_their_sum(data):
    found = route(
        "Two competitive contracts of USD 20 million and USD 40 million: what offset do they "
        "require together, and what remains once USD 12 million has been delivered?",
        data,
    )
    assert found is not None and found.total
    assert found.offered == "USD 12 million"
