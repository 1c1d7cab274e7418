"""Calculations asked in free wording: a total and a part told in any words, an average of a
year's statistics asked per the thing named, an offset asked in another currency than the
contract's, and thresholds stated in the words their rules use."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.reading import currency_asked
from assistant.answering.routing import route
from assistant.calculator.arithmetic import Quantity, compact
from assistant.calculator.operations import calculate


def _only(question, data):
    found = route(question, data)
    assert found is not None, question
    assert len(found.requests) == 1, found.requests
    return found.requests[0]


# ------------------------------------------------- thresholds in the words of their rules


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("10000000", "USD 10 million"),
        ("1500000", "USD 1.5 million"),
        ("13200000000", "USD 13.2 billion"),
        ("8979591.84", "USD 8,979,591.84"),  # not round: stays exact
        ("1234567", "USD 1,234,567"),
        ("750000", "USD 750,000"),  # under a million: as written in full
    ],
)
def test_a_round_amount_is_stated_as_rules_state_it(value, shown):
    assert compact(Quantity(Decimal(value), "USD")) == shown


def test_a_contract_under_the_threshold_names_the_threshold_as_the_rule_does(data):
    found = calculate(
        {
            "operation": "offset_obligation",
            "amount": "$6.5 million",
            "contract_type": "competitive",
        },
        data,
    )
    # Full digits as every answer writes them, and the rule's own words beside them.
    assert "below the USD 10,000,000 threshold (USD 10 million, " in found.summary
    # The working keeps the exact figures.
    assert any("USD 6,500,000 < USD 10,000,000" in line for line in found.working)


def test_an_early_rule_states_its_threshold_and_offset_in_millions(data):
    found = calculate(
        {
            "operation": "offset_obligation",
            "amount": "$4 million",
            "contract_type": "competitive",
            "year": 1983,
        },
        data,
    )
    assert "meets the USD 1,000,000 threshold (USD 1 million, " in found.summary
    assert "USD 2,000,000" in found.summary


def test_a_met_foreign_threshold_is_stated_beside_a_missed_home_one(data):
    found = calculate(
        {
            "operation": "compare_policies",
            "amount": "$6 million",
            "countries": ["Türkiye", "Korea"],
        },
        data,
    )
    notes = " ".join(found.notes)
    assert "threshold is USD 5 million" in notes
    assert "below its USD 10,000,000 threshold (USD 10 million)" in notes


def test_a_compared_difference_rounded_as_asked_is_rounded_in_the_prose(data):
    found = calculate(
        {
            "operation": "compare_policies",
            "amount": "$9 million",
            "countries": ["Türkiye", "Korea"],
            "places": 0,
            "scale": "million",
        },
        data,
    )
    assert "seeks USD 6 million more" in found.summary


# ------------------------------------------------ an offset asked in another currency


@pytest.mark.parametrize(
    ("question", "currency"),
    [
        ("one decimal, in USD millions", "USD"),
        ("how much is that in millions of dollars?", "USD"),
        ("to the nearest million dollars", "USD"),
        ("give it in KRW billions", "KRW"),
        ("rounded to 0.1 billion won", "KRW"),
        ("two decimals, please", None),
    ],
)
def test_the_currency_a_rounding_names_is_read(question, currency):
    assert currency_asked(question) == currency


def test_a_won_contracts_offset_asked_in_dollar_millions_is_stated_in_dollars(data):
    request = _only(
        "A sole-source deal worth KRW 30 billion at 1,450 won to the dollar: what offset do "
        "the current rules call for? Give it in USD millions to one decimal.",
        data,
    )
    assert request.operation == "offset_obligation" and request.to_currency == "USD"
    found = calculate(request, data)
    assert found.display == "USD 6.2 million"
    assert "(USD 6.2 million)" in found.summary


def test_a_won_contracts_offset_asked_in_won_stays_in_won(data):
    request = _only(
        "A sole-source deal worth KRW 30 billion at 1,450 won to the dollar: what offset do "
        "the current rules call for? Billions of won, one decimal.",
        data,
    )
    assert request.to_currency != "USD"
    assert calculate(request, data).display == "KRW 9.0 billion"


# ------------------------------------------------------- the rest of a told total


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "Seoul spent USD 4 billion on imported arms that year, with direct commercial "
            "sales accounting for USD 1.5 billion. How much went through other channels?",
            "USD 4 billion − USD 1.5 billion",
        ),
        (
            "A total of USD 900 million was pledged, and USD 250 million of it was technology "
            "transfer. What was the remainder?",
            "USD 900 million − USD 250 million",
        ),
        (
            "Imports came to KRW 13.6 trillion in all; offsets covered KRW 1 trillion. How much "
            "was not covered by offsets?",
            "KRW 13.6 trillion − KRW 1 trillion",
        ),
    ],
)
def test_the_rest_of_a_told_total_is_the_total_less_its_part(question, expression, data):
    assert _only(question, data).expression == expression


def test_two_amounts_not_told_as_whole_and_part_are_no_rest(data):
    found = route(
        "Korea imported USD 7.99 billion in 2011-2015 and USD 800 million in 2016-2020. "
        "How much was not repeated?",
        data,
    )
    assert found is None or "−" not in (found.requests[0].expression or "")


# ----------------------------------------------- an average of a year's statistics


@pytest.mark.parametrize(
    ("question", "divisor"),
    [
        ("What did the US offset deals of 2022 average per contract, in USD millions?", "27"),
        ("In 2022, what was the average value of US offset deals per partner country?", "13"),
        # A country inside a newspaper's name is no country asked about.
        ("As the Korea Herald would put the 2022 BIS data, what was the mean deal size?", "27"),
    ],
)
def test_a_years_total_is_averaged_over_the_count_asked_per(question, divisor, data):
    request = _only(question, data)
    assert request.expression == f"USD 5.88 billion / {divisor}"


# ------------------------------------------------------------------ end to end


def test_the_rest_of_a_told_total_is_answered_from_a_recorded_call(assistant):
    answer = assistant.ask(
        "Arms imports reached KRW 20 trillion overall, with US foreign military sales making "
        "up KRW 15 trillion. What went through other routes, in trillions of won?"
    )
    (call,) = answer.tool_calls
    assert Decimal(call.output["result"]) == Decimal("5000000000000")
    assert "KRW 5" in answer.answer


def test_a_won_offset_asked_in_dollars_answers_in_dollars(assistant):
    answer = assistant.ask(
        "A competitive buy of KRW 50 billion at 1,400 won per dollar: how large is the offset "
        "under today's rules, in USD millions with two decimals?"
    )
    assert "USD 17.86 million" in answer.answer


# ------------------------------------- an FMS buy, the home rule and another country's minimum


def test_an_fms_buy_gets_the_home_rule_and_the_other_countrys_minimum(data):
    found = route(
        "Seoul orders USD 250 million of radars via FMS. Would Korea's rules require an "
        "offset, and what would Taiwan's minimum share yield on that deal?",
        data,
    )
    assert found is not None
    home, foreign = found.requests
    assert (home.operation, home.contract_type) == ("offset_obligation", "fms")
    assert foreign.expression == "35% × USD 250 million"
    assert calculate(home, data).triggers is None  # FMS: no fixed rule decides it
    assert "tw-share" in found.cites


def test_a_foreign_fms_minimum_weighed_against_the_home_rule_is_a_comparison(data):
    found = route(
        "For a $30 million purchase, does Taiwan's FMS minimum ask less than Korea's "
        "competitive rule, and by how much?",
        data,
    )
    assert found is not None
    assert all(r.operation != "offset_obligation" for r in found.requests)


def test_an_fms_buy_with_only_the_other_country_named_gets_its_minimum_alone(data):
    request = _only(
        "Under Taiwan's minimum, how much offset would a $40 million FMS purchase carry?", data
    )
    assert request.expression == "35% × $40 million"


# ------------------------------------------- a sum of parts set against the stated total


@pytest.mark.parametrize(
    "question",
    [
        "Add up the tanker program's offset items by category, then give the shortfall "
        "against the overall package figure.",
        "Sum the KC-X offset pledges and set that beside the total the article states.",
        "Add the KC-X offset categories together: how far off is that from the reported package?",
    ],
)
def test_the_sum_of_parts_is_set_against_the_whole_the_sources_state(question, data):
    found = route(question, data)
    assert found is not None and len(found.requests) == 2
    gap = calculate(found.requests[1], data)
    assert Decimal(gap.result) == Decimal("35700000")


def test_a_sum_asked_alone_is_not_set_against_the_whole(data):
    found = route("What do the KC-X offset categories add up to?", data)
    assert found is not None and len(found.requests) == 1
