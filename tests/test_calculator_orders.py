"""Calculations asked by an order rather than a question word: an order to work out one result is
worked out; a whole the sources' share implies is worked out when an order asks for it backed out
of their figures; and a ratio named by its two terms joined ("the
offsets-to-arms-imports ratio") is asked however long the terms' name."""

from __future__ import annotations

from decimal import Decimal

import pytest
from routed import requests_of as _requests
from routed import results_of as _results

from assistant.answering.routing import route


def test_an_order_naming_one_result_works_out_one(data):
    question = (
        "A harbour signed 12 leases worth EUR 30 million. Work out the average size of a lease."
    )
    assert _results(question, data) == [Decimal("2500000")]


@pytest.mark.parametrize(
    "question",
    [
        "Work out the whole of US defense export contracts in 2022 from the bureau's figures.",
        "Back out the total US defense export contract value for 2022 using the BIS share, in "
        "billions to two decimals.",
    ],
)
def test_a_whole_backed_out_of_the_sources_share_is_their_total_over_it(question, data):
    (result,) = _results(question, data)
    assert round(result / Decimal(10) ** 9, 2) == Decimal("17.93")  # USD 5.88 billion ÷ 32.8%


def test_a_total_the_statistics_state_is_no_calculation(data):
    assert route("What was the total value of US offset contracts in 2022?", data) is None


@pytest.mark.parametrize(
    "question",
    [
        "Going by the won figures for 2016-2020, what's the exact offsets-to-arms-imports ratio?",
        "From the won numbers for 2016-2020, what is the precise offset-to-weapons-imports "
        "ratio, to two decimals?",
    ],
)
def test_a_ratio_named_by_its_joined_terms_is_the_share_worked_out(question, data):
    (request,) = _requests(question, data)
    assert request["operation"] == "share_of"
    assert (request["part"], request["whole"]) == ("KRW 1 trillion", "KRW 13.6 trillion")


# ------------------------------------- counts of a group the sources give within another count


def test_the_rest_of_a_sourced_count_is_the_whole_less_its_stated_group(data):
    found = route(
        "Among the 2023-2024 offset-eligible programs DAPA counts, how many are not "
        "non-competitive?",
        data,
    )
    assert found is not None
    assert [r.model_dump(exclude_none=True) for r in found.requests] == [
        {"operation": "evaluate", "expression": "59 − 46"}
    ]
    assert found.cites == ["dapa-eligible-programs", "dapa-eligible-non-competitive"]


def test_the_share_of_a_sourced_group_is_its_count_over_the_whole(data):
    (request,) = _requests(
        "What percentage of DAPA's offset-eligible programmes for 2023-2024 are "
        "non-competitive, to one decimal?",
        data,
    )
    assert (request["operation"], request["part"], request["whole"]) == ("share_of", "46", "59")
    assert request["places"] == 1


def test_the_count_of_the_group_itself_is_a_fact_of_the_sources(data):
    assert route("How many of DAPA's offset-eligible programs were non-competitive?", data) is None


@pytest.mark.parametrize(
    ("question", "request_"),
    [
        (
            "Of the agency's 59 offset-eligible programs, what fraction are non-competitive?",
            {"operation": "share_of", "part": "46", "whole": "59"},
        ),
        (
            "Among DAPA's 59 eligible programs, how many are not non-competitive ones?",
            {"operation": "evaluate", "expression": "59 − 46"},
        ),
    ],
)
def test_a_sourced_count_restated_by_the_question_is_still_worked_on(question, request_, data):
    found = route(question, data)
    assert found is not None
    assert [r.model_dump(exclude_none=True) for r in found.requests] == [request_]
    assert found.cites == ["dapa-eligible-programs", "dapa-eligible-non-competitive"]


def test_a_count_other_than_the_sources_is_not_taken_for_theirs(data):
    question = "Of DAPA's 70 eligible programs, what fraction are non-competitive?"
    found = route(question, data)
    assert found is None or found.cites != [
        "dapa-eligible-programs",
        "dapa-eligible-non-competitive",
    ]


def test_counts_the_question_states_are_its_own(data):
    question = (
        "Of 20 programs eligible for offsets, 5 are non-competitive. How many are competitive?"
    )
    assert _results(question, data) == [Decimal(15)]


@pytest.mark.parametrize(
    "question",
    [
        "How many programmes does DAPA expect to qualify for offsets over 2023-2024, and how many "
        "of those are non-competitive?",
        "Give the number of programs DAPA counts as offset-eligible and how many of them are "
        "non-competitive deals.",
    ],
)
def test_the_two_counts_the_sources_state_asked_together_are_facts(question, data):
    assert route(question, data) is None


# ------------------------------------- one count of the statistics per another of the same year


@pytest.mark.parametrize(
    "question",
    [
        "In the BIS figures, how many offset deals did American firms sign per partner country?",
        "On average, how many offset agreements were signed with each country that year?",
    ],
)
def test_a_count_per_another_count_of_the_statistics_divides_them(question, data):
    found = route(question, data)
    assert found is not None
    # A quotient with more places than a percentage is read at two, like a multiple.
    assert [r.model_dump(exclude_none=True) for r in found.requests] == [
        {"operation": "evaluate", "expression": "27 / 13", "places": 2}
    ]
    assert found.cites == ["bis-2022-contracts", "bis-2022-countries"]


def test_a_count_per_count_restating_a_count_of_its_own_is_not_the_statistics(data):
    found = route("If 40 offset deals were spread over 13 countries, how many per country?", data)
    assert found is None or found.cites != ["bis-2022-contracts", "bis-2022-countries"]


def test_a_share_per_contract_asks_no_count_per_count(data):
    question = (
        "Set the Norwegian minimum offset per contract beside the Emirati one in the country table."
    )
    found = route(question, data)
    assert found is None or found.requests[0].operation != "evaluate"


def test_a_question_about_the_parts_own_members_is_not_worked_on_the_whole(data):
    question = (
        "Of the 46 non-competitive programs on DAPA's eligible list, how many are sole-source?"
    )
    assert route(question, data) is None
