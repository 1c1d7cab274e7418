"""A contract the asker describes is read as described: each contract gets one call with the type
its words give; a rate the question states wins over the rates the sources imply; amounts in
rounding clauses and thresholds are never contracts; "altogether" adds the obligations with a
call; a margin to the threshold is given only when asked; a share a proposal sets is applied to
the same contract beside the rule in force."""

from __future__ import annotations

import pytest
from routed import requests_of as _requests

from assistant.answering.amounts import stated_amounts
from assistant.answering.reading import reading, readings_by_currency
from assistant.answering.routing import fact_asks, route

# ------------------------------------------------------ a rate stated, rounding steps apart


def test_a_rate_the_question_states_converts_the_obligation_and_no_rounding_step_is_a_contract(
    data,
):
    requests = _requests(
        "A $30 million sole-source purchase, outside FMS. Taking 1,350 won to the dollar, what "
        "offset applies in dollars and in won? Round to 0.1 million USD and 0.01 trillion KRW.",
        data,
    )
    assert [r["operation"] for r in requests] == ["offset_obligation", "convert"]
    obligation, converted = requests
    assert (obligation["amount"], obligation["contract_type"]) == ("$30 million", "non-competitive")
    assert converted["rate"] == "1,350"
    assert (converted["places"], converted["scale"]) == (2, "trillion")


def test_rounding_steps_joined_by_and_each_read_their_own_currency():
    question = "What is owed? Round to 0.1 million USD and 0.1 billion KRW."
    asked = reading(question)
    assert "0.1" not in asked.question
    by_currency = readings_by_currency(question)
    assert (by_currency["USD"].places, by_currency["USD"].scale) == (1, "million")
    assert (by_currency["KRW"].places, by_currency["KRW"].scale) == (1, "billion")


# ------------------------------------------------------------------ thresholds are no contracts


def test_an_amount_a_threshold_is_moved_to_is_a_threshold():
    found = stated_amounts(
        "Under the new rules (share raised to 60%, threshold cut to $4 million), what would a $9 "
        "million order owe?"
    )
    assert [(a.text, a.role) for a in found] == [
        ("$4 million", "threshold"),
        ("$9 million", "contract"),
    ]


def test_the_trigger_named_by_a_definite_word_is_a_threshold_whatever_follows_it():
    found = stated_amounts(
        "Reports put the $10 million trigger a little apart. Is a $10 million buy caught?"
    )
    assert [a.role for a in found] == ["threshold", "contract"]


# ---------------------------------------------------- the home capital beside another country


def test_the_home_capital_beside_another_country_asks_the_home_rule_on_the_same_contract(data):
    (compared,) = _requests(
        "What would Oslo seek on a $25 million purchase, and would Seoul seek anything if it "
        "were sole-sourced?",
        data,
    )
    assert compared["operation"] == "compare_policies"
    assert compared["countries"] == ["Norway", "Korea"]
    assert compared["contract_type"] == "non-competitive"


# ----------------------------------------------------------- the type the negations give


def test_a_floor_asked_of_a_contract_described_as_sole_source_outside_fms_is_worked_out(data):
    (obligation,) = _requests(
        "Same $18 million purchase, but sole-source and bought outside FMS: what is the minimum "
        "now?",
        data,
    )
    assert obligation["operation"] == "offset_obligation"
    assert obligation["contract_type"] == "non-competitive"


# ------------------------------------------------------------------- totals and margins


def test_a_total_of_several_contracts_is_asked_even_when_one_is_below_the_threshold(data):
    found = route(
        "Two deals: a sole-source one for $7 million and a competitive one for $40 million, not "
        "FMS. What offset is owed altogether under the current threshold?",
        data,
    )
    assert found is not None and found.total
    assert not found.below  # "under the current threshold" asks no margin


def test_a_margin_to_the_threshold_is_worked_out_only_when_asked(data):
    asked = route(
        "A competitive $8 million deal, not FMS: by how much does it fall short of the threshold?",
        data,
    )
    unasked = route(
        "A competitive $8 million deal, not FMS: does it owe offsets under the current threshold?",
        data,
    )
    assert asked is not None and asked.below
    assert unasked is not None and not unasked.below


def test_a_threshold_described_differently_asks_no_gap_between_obligations(data):
    found = route(
        "Two reports word the $10 million trigger differently. Would a contract of exactly $10 "
        "million trigger offsets under each?",
        data,
    )
    assert found is not None and not found.difference
    operations = [r.model_dump(exclude_none=True) for r in found.requests]
    assert len(operations) == len({tuple(sorted(r.items())) for r in operations})


def test_the_sum_adds_the_contract_below_the_threshold_as_nothing(assistant):
    answer = assistant.ask(
        "Two purchases, neither through FMS: a sole-source one of $6 million and a competitive "
        "one of $30 million. How much offset must be sought altogether? Millions of USD, one "
        "decimal."
    )
    assert "In total, the offsets to be sought come to USD 15.0 million" in answer.answer
    sums = [c.input for c in answer.tool_calls if c.input["operation"] == "evaluate"]
    assert sums and "USD 0" in sums[0]["expression"]
    assert "exceeds the" not in answer.answer and "falls short of the" not in answer.answer


def test_a_margin_asked_over_the_threshold_is_worked_out_as_a_positive_amount(assistant):
    answer = assistant.ask(
        "A competitive $14 million purchase, not FMS: by how much does it clear the threshold?"
    )
    assert "exceeds the USD 10,000,000 threshold by USD 4,000,000" in answer.answer
    assert "−USD" not in answer.answer


# ------------------------------------------------------------------ a proposal's shares


def test_the_shares_a_proposal_sets_are_applied_to_the_contract_beside_the_rule(data):
    question = (
        "A think tank proposes offsets of 60 to 90 percent on all imports. For a $50 million "
        "competitive contract outside FMS, what is owed now, and what would its proposal require?"
    )
    requests = _requests(question, data)
    assert requests[0]["operation"] == "offset_obligation"
    assert [r.get("expression") for r in requests[1:]] == [
        "60 percent × $50 million",
        "90 percent × $50 million",
    ]
    assert fact_asks(question, data) == []


@pytest.mark.parametrize(
    "question",
    [
        "A research group urges 40 to 80 percent on every weapons import, whatever the tender "
        "type. What span would that give on a $25 million single-source buy, against today's?",
        "On a $25 million single-source buy, what would the institute's recommended 40 to 80 "
        "percent band come to, next to what is owed now?",
    ],
)
def test_a_proposal_stating_its_shares_is_a_rule_asked_without_the_word_offset(data, question):
    requests = _requests(question, data)
    assert requests[0]["operation"] == "offset_obligation"
    assert requests[0]["contract_type"] == "non-competitive"
    assert [r.get("expression") for r in requests[1:]] == [
        "40 percent × $25 million",
        "80 percent × $25 million",
    ]


def test_a_share_wanted_off_a_price_is_no_proposed_offset_rule(data):
    found = route(
        "The buyer wants a 15% discount on a $30 million deal. How much is knocked off?", data
    )
    assert found is None or all(r.operation != "offset_obligation" for r in found.requests)
