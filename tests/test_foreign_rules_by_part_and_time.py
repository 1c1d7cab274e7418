"""Another country's offset rule is applied only with the parts the data give for it at the time
asked. A calculation that needs a country's threshold (asked wherever the question names the
country) or its rule before a change (its share, and its threshold unless the contract is said to
clear it) is declined when the data lack that part, naming what is missing. A raise the data do
record is worked out as the new share less the old. And the home country's rule is set beside
another country's only when the question names the home country."""

from __future__ import annotations

from decimal import Decimal

from routed import routed

from assistant.answering.rule_coverage import declined
from assistant.calculator.operations import CalculatorInput, calculate


def _declined(question, data):
    found = routed(question, data)
    return declined(question, found.requests, found.cites, data)


# ------------------------------------------------------------------- the threshold asked


def test_a_threshold_asked_where_the_country_is_named_again_is_declined(data):
    question = (
        "Two radars are bought by the Netherlands, one at USD 4 million and one at USD 9 million. "
        "Going by the Netherlands' cut-off and its minimum share, what offset is due in all?"
    )
    why = _declined(question, data)
    assert why is not None and "no offset threshold for Netherlands" in why


def test_a_threshold_asked_after_the_share_of_the_same_country_is_declined(data):
    question = (
        "Oslo orders USD 6 million of sonar. Applying the Norway minimum and the Norway trigger, "
        "what offset follows?"
    )
    why = _declined(question, data)
    assert why is not None and "no offset threshold for Norway" in why


def test_a_threshold_the_data_hold_is_applied_where_it_is_asked(data):
    question = (
        "Ankara signs a USD 9 million radar deal. Using Türkiye's share and Türkiye's trigger, "
        "what offset is owed?"
    )
    assert _declined(question, data) is None


# ---------------------------------------------------------------- the rule before a change


def test_a_rule_before_a_change_whose_threshold_is_not_given_is_declined_naming_it(data):
    question = (
        "Before Ankara raised its floor, what offset would a USD 2 million Turkish contract have "
        "owed?"
    )
    why = _declined(question, data)
    assert why is not None
    assert "Türkiye's threshold contract value only as it now stands" in why
    assert "earlier minimum offset share" in why


def test_an_old_share_of_a_country_whose_change_is_not_recorded_is_declined(data):
    question = (
        "Suppose the UAE has tightened its minimum. On a USD 30 million deal over its trigger, "
        "what more does the current minimum take than the old one?"
    )
    why = _declined(question, data)
    assert why is not None and "UAE's minimum offset share only as it now stands" in why


def test_a_recorded_raise_is_worked_out_as_the_new_share_less_the_old(data):
    question = (
        "Türkiye moved its minimum up. On a USD 40 million deal past its threshold, how much "
        "more does the current minimum take than the previous one?"
    )
    assert _declined(question, data) is None
    found = routed(question, data)
    results = [Decimal(calculate(r, data).result) for r in found.requests]
    assert results == [Decimal("28000000"), Decimal("8000000")]
    assert "tr-threshold" in found.cites


# ------------------------------------------------------------ the home rule, only if asked


def test_another_country_s_rule_alone_is_not_set_beside_the_home_rule(data):
    found = routed("What offset would Norway demand on a USD 30 million purchase?", data)
    (request,) = found.requests
    assert request.countries == ["Norway"]
    result = calculate(request, data)
    assert Decimal(result.result) == Decimal("30000000")
    assert "Korea" not in result.summary


def test_the_home_rule_named_beside_another_country_is_compared(data):
    found = routed(
        "What offset would Norway demand on a USD 30 million purchase, and how much more "
        "is that than Korea's?",
        data,
    )
    assert any(r.countries == ["Norway", "Korea"] for r in found.requests)


def test_one_country_s_rule_weighs_the_contract_against_its_threshold(data):
    result = calculate(
        CalculatorInput(
            operation="compare_policies", amount="USD 4 million", countries=["Türkiye"]
        ),
        data,
    )
    assert Decimal(result.result) == 0
    assert any("below its" in note for note in result.notes)
    assert "Türkiye would seek" in result.summary


def test_the_home_country_named_in_a_later_ask_keeps_the_comparison(data):
    found = routed(
        "A USD 9 million sole-source deal: what would the UAE seek on it, and how much? "
        "Would Korea seek anything? USD millions to one decimal.",
        data,
    )
    assert [r.countries for r in found.requests] == [["UAE", "Korea"]]
