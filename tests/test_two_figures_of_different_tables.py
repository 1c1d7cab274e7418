"""Two money figures of different tables, one named on each side of a pivot word (a program's
pledge, the seller country's offset deals of a year, a period's offset value), reach the
calculator worked on as the question asks; one figure alone, or a figure restated, asks nothing."""

from __future__ import annotations

import pytest

from assistant.answering.figures_across_tables import figures_either_side
from assistant.answering.routing import route
from tests.routed import requests_of


def test_a_gap_is_the_larger_less_the_smaller(data):
    question = (
        "How much bigger were the offset contracts the US signed in 2022 than "
        "Lockheed Martin's F-35A SME export pledge?"
    )
    assert requests_of(question, data)[0]["expression"] == "USD 5.88 billion − USD 300 million"


def test_a_sum_keeps_the_order_named(data):
    question = (
        "What are Korea's 2011-2015 offsets and the offset contracts the US signed in 2022 "
        "worth added together?"
    )
    assert requests_of(question, data)[0]["expression"] == "USD 7.99 billion + USD 5.88 billion"


def test_a_share_is_of_the_figure_named_after_percentage_of(data):
    question = (
        "Airbus's KC-X offset package was what percentage of the offset contracts "
        "the US signed in 2022?"
    )
    (request,) = requests_of(question, data)
    assert (request["operation"], request["part"], request["whole"]) == (
        "share_of",
        "USD 662.6 million",
        "USD 5.88 billion",
    )


def test_a_share_of_a_whole_named_in_words_of_its_own_is_no_share_of_the_other_figure(data):
    # "as a share of the arms sales behind them" names a whole neither figure is: each side's
    # own share, which a table or sentence states, is asked, not one figure over the other.
    question = (
        "As a share of the arms sales behind them, how do the offset contracts the US signed "
        "in 2022 compare with Korea's 2011-2015 offsets?"
    )
    assert route(question, data) is None


def test_a_multiple_is_the_larger_over_the_smaller(data):
    question = "Korea's 2011-2015 offsets were how many times Airbus's KC-X offset package?"
    assert requests_of(question, data)[0]["expression"] == "USD 7.99 billion / USD 662.6 million"


def test_both_rows_are_cited(data):
    question = (
        "The offset contracts the US signed in 2022 against Korea's 2021-2022 offsets: "
        "what multiple?"
    )
    found = route(question, data)
    assert found is not None
    assert set(found.cites) == {"value-2021-2022-kiet", "bis-2022-value"}


@pytest.mark.parametrize(
    "question",
    [
        "What was the value of the offset contracts the US signed in 2022?",
        "Is it true that the US signed offset contracts worth $5.88 billion in 2022?",
    ],
)
def test_one_figure_asks_nothing(question, data):
    assert figures_either_side(question, data) is None
    assert route(question, data) is None
