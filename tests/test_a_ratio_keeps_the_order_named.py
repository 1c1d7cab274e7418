"""A ratio asked of two figures sets the first figure named over the second, worked out by the
calculator; a multiple ("how many times") sets the larger over the smaller; a change "in percent"
between two minimum shares is measured from the one named after "than"."""

from __future__ import annotations

import pytest

from assistant.answering.ratios_asked import asks_ratio
from assistant.answering.routing import route
from tests.routed import requests_of


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "Express the UAE's minimum per contract as a ratio to the Netherlands' minimum.",
            "60% / 100%",
        ),
        ("Ratio of Türkiye's minimum offset value per contract to Taiwan's, please.", "70% / 35%"),
        ("What ratio does Saudi Arabia's minimum offset share bear to Norway's?", "35% / 100%"),
    ],
)
def test_a_ratio_of_two_countries_minimums_is_the_first_over_the_second(question, expression, data):
    assert requests_of(question, data)[0]["expression"] == expression


def test_the_home_countrys_two_rates_in_the_order_named(data):
    question = "What is the ratio of Korea's non-competitive offset rate to its competitive one?"
    assert requests_of(question, data)[0]["expression"] == "30% / 50%"


def test_a_multiple_of_two_minimums_is_the_larger_over_the_smaller(data):
    question = "How many times Saudi Arabia's minimum offset share is the Netherlands'?"
    assert requests_of(question, data)[0]["expression"] == "100% / 35%"


def test_a_ratio_with_no_reading_is_read_at_two_places(data):
    question = "What is the ratio of Norway's minimum offset share to the UAE's?"
    assert requests_of(question, data)[0]["places"] == 2


@pytest.mark.parametrize(
    ("question", "old", "new"),
    [
        (
            "In percent, how much higher is the UAE's minimum offset share than Taiwan's?",
            "35%",
            "60%",
        ),
        (
            "How many percent lower is Saudi Arabia's minimum offset share than Türkiye's?",
            "70%",
            "35%",
        ),
    ],
)
def test_a_change_in_percent_is_measured_from_the_share_after_than(question, old, new, data):
    (request,) = requests_of(question, data)
    assert (request["operation"], request["old"], request["new"]) == ("percent_change", old, new)


def test_a_ratio_of_two_period_values_keeps_their_order(data):
    question = "What is the ratio of the 2021-2022 offsets to the 2016-2022 total?"
    assert requests_of(question, data)[0]["expression"].startswith("USD 270 million / ")


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that Norway's minimum offset share is 100%?",
        "What minimum offset share does the UAE require?",
    ],
)
def test_one_stated_share_asks_no_ratio(question, data):
    assert route(question, data) is None


def test_ratio_words():
    assert asks_ratio("the ratio of the grant to the loan")
    assert not asks_ratio("how rational was the decision")
