"""A contract the question describes is worked out under the rule of the period it names, and a
claim about a rule is a question for the sources, not for the calculator."""

from __future__ import annotations

import pytest

from assistant.answering.reading import reading
from assistant.answering.routing import route
from assistant.calculator.operations import CalculatorInput, calculate


@pytest.mark.parametrize(
    "question",
    [
        "I read that back in 1986 Korea asked for 30% on any purchase of $5 million or more. Correct?",
        "Someone told me that in 1984 the trigger went up to USD 2 million for any deal. True?",
    ],
)
def test_a_claim_about_a_past_rule_placed_at_its_year_is_no_calculation(question, data):
    assert route(question, data) is None


def test_a_claim_that_poses_a_contract_is_still_worked_out(data):
    found = route(
        "If Korea signed a $12 million competitive deal in 2024, is an offset owed?", data
    )
    assert found is not None
    assert found.requests[0].operation == "offset_obligation"


@pytest.mark.parametrize(
    ("words", "places", "scale"),
    [
        ("to the nearest hundred thousand dollars", -2, "thousand"),
        ("to the nearest ten million dollars", -1, "million"),
    ],
)
def test_a_rounding_step_written_in_words_is_no_amount(words, places, scale, data):
    question = f"A USD 7 million purchase signed in 1999: what offset was owed? Round it {words}."
    asked = reading(question)
    assert (asked.places, asked.scale) == (places, scale)
    found = route(question, data)
    assert found is not None
    assert {r.amount for r in found.requests} == {"USD 7 million"}


def test_an_import_told_by_its_verb_is_a_contract(data):
    found = route("Had Korea imported a $3 million radar in 1983, what offset would it owe?", data)
    assert found is not None
    assert {(r.operation, r.year) for r in found.requests} == {("offset_obligation", 1983)}


def test_a_contract_below_its_years_trigger_says_so_for_that_year(data):
    result = calculate(
        CalculatorInput(
            operation="offset_obligation",
            amount="USD 4 million",
            contract_type="competitive",
            year=1995,
        ),
        data,
    )
    assert result.triggers is False
    assert "in force in 1995" in result.summary
    assert "no offset obligation" in result.summary


def test_a_contract_without_a_year_names_no_year_in_its_rule(data):
    result = calculate(
        CalculatorInput(
            operation="offset_obligation", amount="USD 40 million", contract_type="competitive"
        ),
        data,
    )
    assert "in force in" not in result.summary


def test_todays_trigger_converted_cites_the_row_stating_it_today(data):
    found = route("What is the $10 million offset threshold in won at 1,450 won per dollar?", data)
    assert found is not None
    assert found.requests[0].operation == "convert"
    assert found.cites == ["ustr-offsets-threshold"]


def test_a_past_years_trigger_converted_cites_that_years_rule(data):
    found = route(
        "Convert the 1984 threshold of USD 2 million into won at 1,100 won per dollar.", data
    )
    assert found is not None
    assert found.cites == ["policy-1984"]


def test_an_amount_that_is_no_threshold_is_converted_without_a_source(data):
    found = route("Convert the USD 12 million threshold into won at 1,300 won per dollar.", data)
    assert found is not None
    assert found.cites == []


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Going by the 1984 rule, what would a USD 9 million radar deal have carried?", 1984),
        ("What would a $40 million purchase have had to return under the rules of 1995?", 1995),
        ("Under the 2010 regulations, what does a USD 25 million contract come to?", 2010),
    ],
)
def test_a_rule_named_by_its_year_asks_the_offset_without_the_word(question, year, data):
    found = route(question, data)
    assert found is not None
    assert {(r.operation, r.year) for r in found.requests} == {("offset_obligation", year)}


def test_a_rule_named_by_its_year_with_no_contract_stays_a_fact(data):
    assert route("What was the trigger value under the 1984 rule?", data) is None
