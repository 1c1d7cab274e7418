"""A statistic named only by its description is the calculator's operand when the question
converts it at a rate of its own (assistant/answering/operand_selection.py)."""

from __future__ import annotations

from assistant.answering.operand_selection import period_statistic, seller_statistic
from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _converted(question, data):
    found = route(question, data)
    assert found is not None, question
    assert len(found.requests) == 1
    request = found.requests[0]
    assert request.operation == "convert"
    return found, calculate(request, data)


def test_arms_bought_from_the_us_over_a_period_are_converted_at_the_rate_stated(data):
    found, result = _converted(
        "Turned into dollars at 1,690 won per dollar, what did the arms Seoul purchased from "
        "America in 2011-2022 amount to?",
        data,
    )
    assert result.currency == "USD"
    assert result.display == "USD 20,000,000,000"
    assert len(found.cites) == 1


def test_the_channel_named_picks_the_part_not_the_whole(data):
    row = period_statistic("the FMS part of US weapons bought 2011 to 2022", data, "USD")
    assert row is not None and row.category == "FMS contracts"
    whole = period_statistic("all US weapons bought 2011 to 2022", data, "USD")
    assert whole is not None and whole.category == ""


def test_a_figure_is_taken_from_the_other_currency_than_the_one_asked(data):
    row = period_statistic("weapons imported over 2016 to 2020, in dollars", data, "USD")
    assert row is not None and row.currency == "KRW"


def test_no_period_or_no_purchase_named_selects_nothing(data):
    assert period_statistic("weapons imported lately, in dollars", data, "USD") is None
    assert period_statistic("offsets won over 2016 to 2020, in dollars", data, "USD") is None


def test_the_seller_countrys_offset_statistic_is_read_by_its_year(data):
    assert seller_statistic("the BIS tally of US offset deals in 2022, in won", data, "KRW")
    assert seller_statistic("the BIS tally of US offset deals in 2019, in won", data, "KRW") is None


def test_without_a_rate_of_its_own_the_statistic_is_not_converted(data):
    assert route("What were the American offset agreements of 2022 worth in won?", data) is None


def test_a_dollar_written_first_states_the_rate(data):
    found = route("If one dollar is 1,310 won, what is the tanker offset pledge in won?", data)
    assert found is not None
    assert found.requests[0].rate == "1,310"


def test_a_hyphenated_ordinal_names_the_phase(data):
    found = route(
        "Using 1,600 won a dollar, what was the second-phase F-35 buy worth in dollars?", data
    )
    assert found is not None
    assert "phase 2" in found.lead
