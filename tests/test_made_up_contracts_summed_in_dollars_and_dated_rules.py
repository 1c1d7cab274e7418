"""Made-up contracts put to the offset rule. A sum or a gap of the obligations on contracts in
another currency is worked out in that currency and, at the rate used, in dollars too: each
obligation states its dollar figure, the currency the rule's threshold is set in. A contract set
under the rule of a year ("under the 1990 rules") is a contract posed, whatever article it has;
and asking what share "had to" be offset asks the rule, as "must" does."""

from __future__ import annotations

from assistant.answering.measures_asked import measure_only
from assistant.answering.routing import route
from assistant.calculator.operations import calculate
from assistant.pipeline import _with_derived


def _derived(question, data):
    """The expressions and sentences worked out after the obligations ``question`` routes to."""
    found = route(question, data)
    assert found is not None, question
    obligations = [calculate(r, data) for r in found.requests]
    derived = list(_with_derived(found.requests, found.labels, obligations, found))
    extra = derived[len(found.requests) :]
    return [
        (request.expression, label(calculate(request, data).display) if label else "")
        for request, label in extra
    ]


def test_a_total_over_contracts_in_euros_is_stated_in_dollars_too(data):
    derived = _derived(
        "Made-up case: two competitive contracts of EUR 16 million and EUR 24 million, at 1.25 "
        "dollars per euro. What offset do they need in total?",
        data,
    )
    expressions = [e for e, _ in derived]
    assert "EUR 8,000,000 + EUR 12,000,000" in expressions
    assert "USD 10,000,000 + USD 15,000,000" in expressions
    assert any("USD 25,000,000" in said for _, said in derived)


def test_a_gap_between_contract_kinds_in_yen_is_stated_in_dollars_too(data):
    derived = _derived(
        "At 120 yen per dollar, how much greater is the offset on a competitive JPY 6 billion "
        "contract than on a sole-source one of the same value?",
        data,
    )
    expressions = [e for e, _ in derived]
    assert "JPY 3,000,000,000 − JPY 1,800,000,000" in expressions
    assert "USD 25,000,000 − USD 15,000,000" in expressions


def test_a_total_over_dollar_contracts_is_stated_once(data):
    derived = _derived(
        "Two competitive contracts of USD 30 million and USD 50 million: total offset?", data
    )
    assert [e for e, _ in derived] == ["USD 15,000,000 + USD 25,000,000"]


def test_a_contract_set_under_the_rule_of_a_year_is_put_to_that_rule(data):
    found = route("$6.2M contract under the 1999 rules. Offset?", data)
    assert found is not None
    assert {(r.amount, r.year) for r in found.requests} == {("$6.2M", 1999)}
    assert all(calculate(r, data).details["rule_span"] == "1986–2005" for r in found.requests)


def test_the_share_that_had_to_be_offset_asks_the_rule():
    assert not measure_only(
        "What share of a USD 8 million order placed in 1997 had to be offset, and how much?"
    )
    assert measure_only("A EUR 80 million deal carried EUR 20 million of offsets: what share?")
