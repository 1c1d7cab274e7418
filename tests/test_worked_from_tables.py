"""Calculations a question asks for on the tables' figures or on the asker's own contract, and
questions that only look like one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _results(question, data):
    found = route(question, data)
    assert found is not None, question
    return found, [calculate(request, data) for request in found.requests]


def test_a_period_s_figure_is_derived_from_a_longer_total_less_the_rest_of_it(data):
    found, (result,) = _results(
        "Derive the 2016-2020 offset value from the 2016-2022 total and the 2021-2022 figure.", data
    )
    assert Decimal(result.result) == Decimal("790000000")
    assert set(found.cites) == {"value-2016-2022-kiet", "value-2021-2022-kiet"}
    assert "leaves" in found.labels[0](result.display)


def test_a_period_named_without_asking_for_a_derivation_is_a_question_for_the_sources(data):
    assert route("What were offsets worth in 2016-2020 and in 2016-2022?", data) is None


def test_a_share_worked_out_from_a_period_s_two_figures_uses_the_currency_asked(data):
    found, (result,) = _results(
        "Offsets as a percentage of weapons imports for 2016-2020, computed on the KRW amounts?",
        data,
    )
    (request,) = found.requests
    assert (request.part, request.whole) == ("KRW 1 trillion", "KRW 13.6 trillion")
    assert result.display == "7.35%"


def test_a_share_the_sources_state_is_read_from_them_not_worked_out(data):
    assert route("What percentage of weapons imports were offsets in 2016-2020?", data) is None


def test_per_a_named_study_is_no_average_per_unit(data):
    found = route(
        "Per the bureau's study, what was the total value of the 2022 offset contracts?", data
    )
    assert found is None or all(r.operation != "evaluate" for r in found.requests)
    averaged = route("What was each 2022 offset contract worth?", data)
    assert averaged is not None and averaged.requests[0].operation == "evaluate"


def test_the_asker_s_own_contract_is_worked_out(data):
    found, results = _results(
        "My firm's order is $11 million, competitive: what offset is owed?", data
    )
    assert [r.operation for r in found.requests] == ["offset_obligation"]
    assert Decimal(results[0].result) == Decimal("5500000")


def test_how_far_a_contract_is_from_the_threshold_is_worked_out(data):
    found, results = _results(
        "Our sole-source purchase is $8.5 million: does it trigger an offset, and how far from "
        "the threshold is it?",
        data,
    )
    assert found.below
    assert [r.operation for r in found.requests] == ["offset_obligation"]


def test_the_threshold_now_set_against_an_earlier_year_s_is_two_stated_figures_not_a_change(data):
    # Comparing two figures the sources state asks for the figures, as comparing two periods'
    # figures does; a change is worked out only when the question asks for one.
    for question in (
        "How does the offset threshold in force now compare with 1986's?",
        "Set the 1984 offset threshold against today's: how do they differ?",
    ):
        found = route(question, data)
        assert found is not None and found.requests == [], question
        assert "USD 10 million" in found.lead and (
            "USD 5 million" in found.lead or "USD 2 million" in found.lead
        )


def test_the_threshold_s_rise_since_an_earlier_year_is_a_change_worked_out(data):
    found, (result,) = _results(
        "By what percentage did the offset threshold rise between 1984 and today?", data
    )
    (request,) = found.requests
    assert (request.operation, request.old, request.new) == (
        "percent_change",
        "USD 2 million",
        "USD 10 million",
    )


def test_every_change_of_the_threshold_asked_in_order_is_a_history_not_a_calculation(data):
    assert route("Take me through every change to the offset threshold since 1982.", data) is None


@pytest.mark.slow
def test_a_rule_compared_across_two_kinds_of_contract_gives_each_kind_s_figure(assistant):
    answer = assistant.ask(
        "How do Korea's offset shares for competitive and non-competitive contracts compare?"
    )
    assert "50%" in answer.answer and "30%" in answer.answer
