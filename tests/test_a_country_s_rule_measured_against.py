"""Another country's rule on a contract is measured as the home rule's obligation is: an offset
offered for the contract is set against what that country seeks (the gap worked out in a recorded
call), and a contract under that country's threshold is set against the threshold (how far under
it is). A verb between the contract and the offer ("a deal offered offsets of ...") leaves the
contract its role."""

from __future__ import annotations

from decimal import Decimal

from routed import routed

from assistant.answering.amounts import stated_amounts
from assistant.calculator.operations import CalculatorInput, calculate


def test_a_contract_that_came_with_an_offer_keeps_its_role():
    found = stated_amounts("A USD 9 million radar deal offered offsets of USD 2 million.")
    assert [(a.text, a.role) for a in found] == [
        ("USD 9 million", "contract"),
        ("USD 2 million", "offset"),
    ]


def test_an_offer_short_of_another_country_s_minimum_is_measured(data):
    found = routed(
        "Going by Türkiye's minimum, a USD 30 million radar contract offered offsets of "
        "USD 11 million. By how much does it fall short?",
        data,
    )
    assert found.offered == "USD 11 million"
    assert [r.operation for r in found.requests] == ["compare_policies"]


def test_a_contract_under_another_country_s_threshold_asks_the_margin(data):
    found = routed(
        "Does a USD 2.5 million Turkish sonar order reach Türkiye's offset threshold, and by how "
        "much does it miss it?",
        data,
    )
    assert found.below


def test_one_country_s_result_records_the_contract_and_its_threshold(data):
    result = calculate(
        CalculatorInput(
            operation="compare_policies", amount="USD 2.5 million", countries=["Türkiye"]
        ),
        data,
    )
    assert Decimal(result.result) == 0
    assert result.details["contract_usd"] == "USD 2,500,000"
    assert result.details["threshold_usd"] == "USD 5,000,000"


def test_the_gap_to_another_country_s_minimum_is_a_recorded_call(assistant):
    answer = assistant.ask(
        "Under Türkiye's current minimum, a USD 30 million contract offered offsets of "
        "USD 11 million. What is the shortfall?"
    )
    last = answer.tool_calls[-1]
    assert last.input["expression"] == "USD 21,000,000 − USD 11 million"
    assert Decimal(last.output["result"]) == 10_000_000


def test_the_margin_under_another_country_s_threshold_is_a_recorded_call(assistant):
    answer = assistant.ask(
        "Would a USD 2.5 million contract reach Türkiye's offset threshold? How much under it is it?"
    )
    last = answer.tool_calls[-1]
    assert last.input["expression"] == "USD 5,000,000 − USD 2,500,000"
    assert "falls short of the USD 5,000,000 threshold by USD 2,500,000" in answer.answer
