"""A result asked first may be the operand of the next ask, each its own calculator request: a
period backed out of a span's total, then spread over its own years (and the rest's figure over
its years, when that average is asked too); a span named by its length alone ("the seven-year
total") is the one period of that length the tables give the figure for; a span written with a
shortened last year ("2021-22") is a period; the gap between the obligation the rule in force
sets and the amount at one end of a proposed range; and a share worked out from a named source's
own figures ("going by its won figures")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from routed import requests_of as _requests
from routed import results_of as _results

from assistant.answering.routing import route

# ----------------------------------------------- a backed-out figure feeds the average after it


def test_a_backed_out_period_is_then_averaged_over_its_own_years(data):
    results = _results(
        "From KIET's 2016-2022 total and its 2021-2022 figure, derive the 2016-2020 offsets, "
        "then give their average per year.",
        data,
    )
    assert results == [Decimal(790_000_000), Decimal(158_000_000)]


def test_the_average_takes_the_backed_out_result_as_its_operand(data):
    requests = _requests(
        "Work out 2016-2020 from the 2016-2022 total and the 2021-2022 offsets, and set its "
        "annual average against that of 2021-2022.",
        data,
    )
    assert [r["expression"] for r in requests] == [
        "USD 1.06 billion − USD 270 million",
        "USD 790,000,000 / 5",
        "USD 270 million / 2",
    ]


def test_no_average_is_added_when_none_is_asked(data):
    requests = _requests(
        "Derive the 2016-2020 offsets from the 2016-2022 total and the 2021-2022 figure.", data
    )
    assert len(requests) == 1


# --------------------------------------------- spans named by their length or a shortened year


def test_a_span_named_by_its_length_alone_is_the_tables_period_of_that_length(data):
    results = _results(
        "Take the seven-year offset total and subtract the 2021-2022 figure: what does that "
        "imply for 2016-2020?",
        data,
    )
    assert results == [Decimal(790_000_000)]


def test_a_shortened_last_year_names_a_period(data):
    results = _results(
        "Deduct the 2021-22 offsets from the 2016-2022 total to infer 2016-2020.", data
    )
    assert results == [Decimal(790_000_000)]


def test_a_length_the_tables_hold_twice_names_no_period(data):
    # The tables give offsets for two five-year periods: "the five-year figure" is neither.
    found = route(
        "Subtract the five-year figure from the total to derive what offsets came to over "
        "2021-2022.",
        data,
    )
    assert found is None or all("−" not in (r.expression or "") for r in found.requests)


# ---------------------------------------------- the gap between today's rule and a proposal


def test_the_gap_to_the_low_end_of_a_proposed_range_is_its_own_request(data):
    results = _results(
        "A sole-source purchase of USD 40 million: how far apart are the offset required today "
        "and the lower end of a proposed 50-100% range?",
        data,
    )
    # 30% today, 50% and 100% proposed, then the gap to the low end.
    assert results == [
        Decimal(12_000_000),
        Decimal(20_000_000),
        Decimal(40_000_000),
        Decimal(8_000_000),
    ]


def test_the_gap_to_the_high_end_is_taken_when_the_top_is_named(data):
    results = _results(
        "A sole-source purchase of USD 40 million: what is the difference between today's "
        "required offset and the top of the 50-100% band that was proposed?",
        data,
    )
    assert results[-1] == Decimal(28_000_000)


def test_how_much_more_a_proposal_would_yield_is_the_gap_to_it(data):
    results = _results(
        "If every deal had to carry the 90 percent a committee proposes, how much more offset "
        "would a single-source USD 20 million purchase bring than under the current rule?",
        data,
    )
    # 30% today (USD 6 million), 90% proposed (USD 18 million), and the gap between them.
    assert results == [Decimal(6_000_000), Decimal(18_000_000), Decimal(12_000_000)]


# ------------------------------------------------- one contract under the rules of two years


def test_the_gap_between_two_years_rules_on_one_contract_is_worked_out(data):
    results = _results(
        "By how much did the offset on a USD 8 million purchase differ between the 1984 rule "
        "and the rule of 1986?",
        data,
    )
    # Each year's rule gives every contract one share: 50% in 1984, 30% in 1986; the answer
    # then works out the gap between the two obligations.
    assert results == [Decimal(4_000_000), Decimal(2_400_000)]
    assert route(
        "By how much did the offset on a USD 8 million purchase differ between the 1984 rule "
        "and the rule of 1986?",
        data,
    ).difference


def test_a_typed_contract_under_two_years_rules_gets_the_gap_too(data):
    results = _results(
        "How much more offset would a sole-source USD 20 million buy carry now than in 1995?",
        data,
    )
    assert results == [Decimal(6_000_000), Decimal(6_000_000)]
    assert route(
        "How much more offset would a sole-source USD 20 million buy carry now than in 1995?", data
    ).difference


def test_two_years_asked_without_a_gap_still_show_both_types(data):
    found = route("What offset did a USD 8 million purchase owe in 1984 and in 1986?", data)
    assert found is not None
    assert {r.contract_type for r in found.requests} == {"competitive", "non-competitive"}
    assert not found.difference


def test_no_gap_is_worked_out_when_none_is_asked(data):
    results = _results(
        "A sole-source purchase of USD 40 million: what offset is required today, and what "
        "would the proposed 50-100% range ask?",
        data,
    )
    assert len(results) == 3


# --------------------------------------------------- a share from a named source's own figures


def test_a_share_going_by_a_sources_won_figures_is_worked_out(data):
    requests = _requests(
        "Going by the newspaper's won numbers, what percent of the 2016-2020 arms imports did "
        "the offsets amount to?",
        data,
    )
    assert requests == [
        {"operation": "share_of", "part": "KRW 1 trillion", "whole": "KRW 13.6 trillion"}
    ]


@pytest.mark.slow
def test_the_answer_records_the_backed_out_figure_and_both_averages(assistant):
    answer = assistant.ask(
        "From the seven-year offset total and the two-year figure, back out 2016-2020, then "
        "compare its yearly average with that of 2021-2022. Whole USD millions."
    )
    assert not answer.abstained
    assert [c.output["result"] for c in answer.tool_calls] == [
        "790000000",
        "158000000",
        "135000000",
    ]
    assert "worked out above" in answer.answer
