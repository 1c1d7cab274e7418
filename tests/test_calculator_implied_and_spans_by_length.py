"""Calculations asked without their operation's usual words: a rate or ratio inferred from two
amounts in one currency is the smaller's share of the larger; a move asked in a scale of money
("in trillions") is the amount it moved, not a percentage; a span named only by its length is the
one period of that length the tables give; and asks named by their place ("for the first") are
each read as their own clause says."""

from __future__ import annotations

from decimal import Decimal

import pytest
from routed import requests_of, results_of

from assistant.answering.reading import names_its_readings, readings_named

# ------------------------------------------------- a rate implied by two amounts of one currency


@pytest.mark.parametrize(
    "question",
    [
        "Suppose a buyer obtained $45 million of offsets on $900 million of imports. What rate is "
        "implied?",
        "A program brought USD 900 million in purchases and USD 45 million in offsets: the implied "
        "offset ratio?",
    ],
)
def test_a_rate_implied_by_two_amounts_in_one_currency_is_the_smaller_share(question, data):
    assert [r["operation"] for r in requests_of(question, data)] == ["share_of"]
    assert results_of(question, data) == [Decimal("0.05")]  # a fraction, shown as 5%


def test_a_rate_implied_by_two_currencies_is_still_an_exchange_rate(data):
    (request,) = requests_of(
        "If USD 2 million is KRW 2.7 billion, what rate does that imply?", data
    )
    assert request["operation"] != "share_of"


def test_a_rate_asked_of_contracts_without_implying_is_no_share(data):
    found = requests_of(
        "What offset rate applies to a $40 million and an $80 million contract?", data
    )
    assert all(r["operation"] != "share_of" for r in found)


# ------------------------------------------------- a move asked in a scale of money


def test_a_fall_named_by_its_noun_then_its_currency_is_an_amount(data):
    (request,) = requests_of(
        "Give the decline in offset value in won from 2011-2015 to 2016-2020.", data
    )
    assert request["operation"] == "evaluate"


def test_a_fall_asked_in_trillions_is_an_amount_not_a_percentage(data):
    (request,) = requests_of(
        "How large was the offsets slump between 2011-2015 and 2016-2020 in won terms? In "
        "trillions, please.",
        data,
    )
    assert request["operation"] == "evaluate"
    assert request["scale"] == "trillion"


def test_a_fall_asked_in_percent_stays_a_percentage_change(data):
    found = requests_of(
        "By what percent did offsets decline from 2011-2015 to 2016-2020, in billions of dollars?",
        data,
    )
    assert {r["operation"] for r in found} == {"percent_change"}


# ------------------------------------------------- a span named by its length alone


def test_a_yearly_average_over_the_only_span_of_that_length(data):
    # The tables give one forty-year period of offsets (1983-2022).
    assert results_of(
        "Spread evenly over its forty years, what did offsets yield per year?", data
    ) == [Decimal("580000000")]


def test_a_length_two_periods_share_names_no_period(data):
    # 2011-2015 and 2016-2020 are both five years long: the length does not say which.
    from assistant.answering.routing import route

    assert route("What was the yearly average over the five years?", data) is None


def test_the_average_after_a_backed_out_figure_is_over_the_span_its_length_names(data):
    question = (
        "KIET gives a total for 2016-2022 and a figure for 2021-2022. Back out 2016-2020, then "
        "give the average per year over all seven years."
    )
    assert [r["expression"] for r in requests_of(question, data)] == [
        "USD 1.06 billion − USD 270 million",
        "USD 1.06 billion / 7",
    ]


# ------------------------------------------------- asks named by their place


def test_a_reading_may_name_its_ask_by_place():
    assert names_its_readings("Nearest million for the first, two decimals for the second.")
    found = readings_named("x", ["what is left for 2016-2020", "what is the mean per year"])
    assert found == [None, None]  # no sentence of "x" names a reading


def test_asks_named_by_place_each_take_their_own_places(data):
    question = (
        "KIET gives a total for 2016-2022 and a figure for 2021-2022. What do they imply for "
        "2016-2020, and what is the yearly average over the seven years? Nearest million for the "
        "first, two decimals for the second."
    )
    places = [r.get("places") for r in requests_of(question, data)]
    assert places == [0, 2]
