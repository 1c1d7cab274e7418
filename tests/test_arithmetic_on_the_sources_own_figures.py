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
    assert (requests[0]["places"], requests[0]["scale"]) == (-1, "million")


def test_a_rounding_step_written_in_words_is_no_amount_to_work_on(data):
    requests = _requests(
        "From the 2016-2022 and 2021-2022 figures, derive 2016-2020. To the nearest ten million "
        "dollars.",
        data,
    )
    assert requests == [
        {
            "operation": "evaluate",
            "expression": "USD 1.06 billion − USD 270 million",
            "places": -1,
            "scale": "million",
        }
    ]


# ----------------------------------------- a period backed out and set against its stated figure


def test_the_period_a_clause_asks_implied_is_the_one_backed_out(data):
    # The period sits before the verb ("what 2016-2020 sum do they imply"), and the spans are
    # named by their length alone: the seven-year total less the two-year figure.
    requests = _requests(
        "KIET gives a seven-year total and a two-year number. What 2016-2020 sum do they imply?",
        data,
    )
    assert requests[0]["expression"] == "USD 1.06 billion − USD 270 million"


def test_a_restated_figure_for_the_period_backed_out_is_set_against_the_result(data):
    requests = _requests(
        "Taking the seven-year total and the two-year figure, which 2016-2020 amount is implied, "
        "and how far is it from the USD 800 million the report states?",
        data,
    )
    assert [r["expression"] for r in requests] == [
        "USD 1.06 billion − USD 270 million",
        "USD 800 million − USD 790,000,000",
    ]


def test_an_amount_of_the_questions_own_is_worked_against_as_its_own_ask(data):
    # No period figure of the tables: the gap is the second ask's, on the result, and no row of
    # the tables is cited for the question's own amount.
    found = route(
        "Taking the seven-year total and the two-year figure, which 2016-2020 amount is implied, "
        "and how far is it from USD 650 million?",
        data,
    )
    assert found is not None
    assert [r.expression for r in found.requests] == [
        "USD 1.06 billion − USD 270 million",
        "USD 790,000,000 − USD 650 million",
    ]
    assert set(found.cites) == {"value-2016-2022-kiet", "value-2021-2022-kiet"}


# ------------------------------------------- two periods named by one length, the thing loosely


def test_the_previous_span_beside_an_undated_one_names_the_two_periods_of_that_length(data):
    requests = _requests(
        "Offsets fell to about a tenth of the previous five years. What exact percentage, "
        "taking the won figures?",
        data.stated_by(("000_698068ed5c1850f6",)),
    )
    assert requests == [
        {"operation": "percent_change", "old": "KRW 10450900000000", "new": "KRW 1000000000000"}
    ]


def test_a_share_worked_from_a_sources_figures_reads_the_one_measure_both_periods_hold(data):
    requests = _requests(
        "The 2016-2020 intake dropped to 'about 10%' of the five years before. Compute the precise "
        "percentage from the paper's own won numbers.",
        data.stated_by(("000_698068ed5c1850f6",)),
    )
    assert requests[0]["operation"] == "percent_change"


def test_a_loosely_named_thing_without_a_worked_share_asked_is_no_change_of_offsets(data):
    assert route("How did the haul of 2016-2020 compare with that of 2011-2015?", data) is None


# ------------------------------------------------ an average of a counted thing, however asked


def test_the_average_of_a_counted_thing_is_the_years_total_over_its_count(data):
    results = _results(
        "Per the BIS numbers, what did the mean American offset deal of 2022 amount to?", data
    )
    assert [round(r) for r in results] == [217777778]


def test_an_average_of_a_thing_no_statistic_counts_is_not_the_contracts_average(data):
    found = route("What did the average Korean SME earn from offsets in 2022?", data)
    assert found is None or all("/ 27" not in (r.expression or "") for r in found.requests)


# ---------------------------------------------------------------- a year is no amount of money


def test_the_last_year_of_a_span_before_a_currency_word_is_no_amount(data):
    from assistant.answering.routing import amounts

    assert amounts("Going by the 2011-2022 won figures, what share went through FMS?") == []
    assert amounts("Going by the 2011 to 2022 won figures, what share went through FMS?") == []
    assert amounts("What is 2,022 won in dollars at 1,300?") == ["2,022 won"]


@pytest.mark.slow
def test_a_sources_own_two_periods_give_the_exact_share_with_one_call(assistant):
    answer = assistant.ask(
        "The Asia Business Daily puts the later offsets at about 10% of the previous five years. "
        "From its own won figures, what is that share exactly? One decimal."
    )
    assert not answer.abstained
    assert "9.6%" in answer.answer
    assert [c.input["operation"] for c in answer.tool_calls] == ["percent_change"]
    assert {c.source_id for c in answer.citations} == {"000_698068ed5c1850f6"}
