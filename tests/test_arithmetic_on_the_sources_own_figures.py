"""Arithmetic asked on figures the sources themselves give is worked out, each computation its own
calculator request: a whole implied by an amount with its share set beside it (", or N% of"); an
average per item of a total the question restates from the tables; the rest of a whole named by
the other ways it went; the share of one economy among counts listed and summed in the share's
own words; a count's change from a year named from the present ("last year"); and the exchange
rate behind a source's own two-currency figure, the figure named by the question."""

from __future__ import annotations

from decimal import Decimal

import pytest
from routed import requests_of as _requests
from routed import results_of as _results

from assistant.answering.routing import route

# ---------------------------------------------- a whole implied by an amount and its share beside it


def test_an_amount_restated_as_a_share_beside_it_implies_the_whole(data):
    requests = _requests(
        "Offsets of $5.88 billion, or 32.8% of US arms export deals that year: what total does "
        "that point to?",
        data,
    )
    assert requests[0]["expression"] == "$5.88 billion / 32.8%"


def test_a_list_of_amounts_joined_by_or_is_no_share_of_a_whole(data):
    found = route("Was it $5 billion, or $6 billion? What was the total?", data)
    assert found is None or all("%" not in (r.expression or "") for r in found.requests)


# ------------------------------------------- an average over the tables' count, of a restated total


def test_a_total_restated_from_the_tables_is_averaged_over_their_count(data):
    results = _results(
        "The BIS counted $5.88 billion of US offset agreements in 2022. Average per agreement?",
        data,
    )
    assert [round(r) for r in results] == [217777778]  # USD 5.88 billion over 27 contracts


def test_a_total_of_the_questions_own_is_not_averaged_over_the_tables_count(data):
    found = route(
        "Suppose US offset agreements in 2022 came to $4 billion. Average per agreement?", data
    )
    assert found is None or all("/ 27" not in (r.expression or "") for r in found.requests)


# ------------------------------------------------- the rest named by the other ways it went


def test_the_rest_named_by_other_routes_is_worked_out_beside_the_share(data):
    requests = _requests(
        "Using KIET's won totals for arms bought from the US in 2011-2022, work out the FMS "
        "percentage and what was bought by other routes.",
        data,
    )
    assert {"operation": "evaluate", "expression": "KRW 33.8 trillion − KRW 25 trillion"} in [
        {k: r[k] for k in ("operation", "expression") if k in r} for r in requests
    ]
    assert any(r["operation"] == "share_of" for r in requests)


def test_a_share_asked_alone_works_out_no_rest(data):
    found = route("Over 2011-2022, what share of Korea's US weapons buys went through FMS?", data)
    assert found is None or all(r.operation != "evaluate" for r in found.requests)


# ---------------------------------------- a share of counts listed and summed in the share's words


def test_the_part_named_after_the_listed_sum_is_the_share_asked(data):
    requests = _requests(
        "Of the report's pages on China, Japan and Korea taken together, what percentage "
        "covered Japan?",
        data,
    )
    assert requests[-1] == {"operation": "share_of", "part": "11", "whole": "66"}


# --------------------------------------------- a count's change from a year named from the present


def test_a_count_change_from_last_year_is_read_from_the_report_rows(data):
    requests = _requests(
        "How much, in percent, did the report's Korea cases grow on last year?", data
    )
    assert requests == [{"operation": "percent_change", "old": "18", "new": "21"}]


def test_a_count_given_only_roughly_is_no_operand_of_a_change(data):
    # The 2023 report's count is "more than 40": no exact figure to measure a change from.
    assert (
        route("By what percent did the report's Korea cases fall from 2023 to 2025?", data) is None
    )


def test_a_change_in_counts_and_a_share_of_pages_are_each_worked_out(data):
    kinds = [
        r["operation"]
        for r in _requests(
            "What fraction of the pages on the EU and Korea combined covered Korea? And by what "
            "percent did the Korean cases go up from last year?",
            data,
        )
    ]
    assert "share_of" in kinds and "percent_change" in kinds


# ---------------------------------------------- the rate behind a source's own two-currency figure


def test_the_rate_behind_the_sources_own_threshold_conversion_is_worked_out(data):
    results = _results(
        "Which won per dollar rate underlies the NTE's won figure for its $10 million line?", data
    )
    assert results == [Decimal(1470)]


def test_an_amount_of_the_questions_own_is_converted_not_a_rate_asked(data):
    found = route("What is $7 million in won?", data)
    assert found is not None and found.requests[0].operation == "convert"


@pytest.mark.slow
def test_the_answer_cites_the_report_and_records_both_calls(assistant):
    answer = assistant.ask(
        "Of the pages the report gave the EU, China, Japan and Korea combined, what percentage "
        "went to Korea, and how much did Korea's case count rise from last year in percent? "
        "One decimal each."
    )
    assert not answer.abstained
    assert "6.9%" in answer.answer and "16.7%" in answer.answer
    assert {c.source_id for c in answer.citations} == {"004_840937613cbc5a16"}
    assert {c.input["operation"] for c in answer.tool_calls} >= {"share_of", "percent_change"}


# ------------------------------------------------ a period backed out, read to a step of ten


def test_backing_out_a_period_subtracts_the_rest_from_the_span(data):
    requests = _requests(
        "Back out the 2016-2020 offsets from KIET's figures for 2016-2022 and 2021-2022.", data
    )
    assert requests == [
        {"operation": "evaluate", "expression": "USD 1.06 billion − USD 270 million"}
    ]


def test_a_rounding_step_of_ten_million_is_no_amount_to_work_on(data):
    requests = _requests(
        "Averaged over the four decades 1983-2022, what did offsets bring in per year? "
        "Nearest USD 10 million.",
        data,
    )
    assert requests[0]["expression"] == "USD 23.2 billion / 40"
    assert (requests[0]["places"], requests[0]["scale"]) == (0, "million")
