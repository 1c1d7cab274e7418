"""How a contract was let, however it is worded or negated: a negation written as any verb's
contraction ("doesn't", "hasn't", "wouldn't") or as "barring" negates the kind after
it and no further; an award to the only party asked is one without competition; a kind named or
ruled out poses a contract to work out; and a sum of obligations that takes in an FMS deal decided
case by case counts it as nothing mandatory and says so."""

from __future__ import annotations

from decimal import Decimal

import pytest
from routed import routed

from assistant.answering.frame import contract_kinds
from assistant.calculator.operations import CalculatorInput, calculate
from assistant.pipeline import _total_label, _total_of_obligations


@pytest.mark.parametrize(
    ("question", "asserted", "excluded"),
    [
        ("a dredger order that hasn't gone to tender", "non-competitive", set()),
        ("a crane deal that wouldn't be put out to tender", "non-competitive", set()),
        ("a ferry lease that doesn't involve FMS", None, {"fms"}),
        (
            "a pump contract that didn't go through FMS but went to open tender",
            "competitive",
            {"fms"},
        ),
        ("an FMS pump buy set against the rule excepting FMS deals", "fms", set()),
        ("barring FMS, a competitive turbine deal", "competitive", {"fms"}),
        ("a lock gate bought from the only qualified vendor", "non-competitive", set()),
        ("a barge placed with no other bidders", "non-competitive", set()),
        ("a buoy order that went to competitive bidding", "competitive", set()),
    ],
)
def test_contractions_and_exceptions_negate_the_kind_after_them(question, asserted, excluded):
    assert contract_kinds(question) == (asserted, frozenset(excluded))


def test_a_kind_ruled_out_poses_a_contract_with_both_competition_rules(data):
    found = routed("Chile orders a USD 52 million crane outside FMS. What offset is sought?", data)
    assert [r.contract_type for r in found.requests] == ["competitive", "non-competitive"]
    assert "rules out FMS" in found.lead


def test_a_kind_named_without_a_contract_noun_still_poses_a_contract(data):
    found = routed("USD 14 million, sole-source: offset?", data)
    assert [(r.amount, r.contract_type) for r in found.requests] == [
        ("USD 14 million", "non-competitive")
    ]


def test_a_total_over_an_fms_deal_counts_it_as_nothing_mandatory(data):
    results = [
        calculate(CalculatorInput(operation="offset_obligation", amount=a, contract_type=k), data)
        for a, k in (("USD 24 million", "competitive"), ("USD 70 million", "fms"))
    ]
    owed = [r for r in results if r.result is not None]
    total = _total_of_obligations(results, owed, None)
    assert total is not None and total.expression == "USD 12,000,000 + USD 0"
    assert Decimal(calculate(total, data).result) == Decimal("12000000")
    assert "FMS contract of USD 70,000,000" in _total_label(results)("USD 12,000,000")


def test_a_total_over_an_fms_deal_the_sources_leave_unstated_is_not_summed(data):
    results = [
        calculate(
            CalculatorInput(operation="offset_obligation", amount=a, contract_type=k, year=1991),
            data,
        )
        for a, k in (("USD 24 million", "competitive"), ("USD 70 million", "fms"))
    ]
    owed = [r for r in results if r.result is not None]
    assert _total_of_obligations(results, owed, None) is None
