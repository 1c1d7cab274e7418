"""A change asked "by how much" with no measure named ("by how much did the catch shrink?") asks
the size of a move in the unit of what moved: an amount, not a percent. Both are worked out, the
amount first, since readers also take "by how much" as relative. A question that names its
measure anywhere (a percentage, a share, a multiple, a currency) is read as it names it."""

from __future__ import annotations

import pytest

from assistant.answering.change_measure import measure_unnamed
from tests.routed import requests_of


@pytest.mark.parametrize(
    "question",
    [
        "By how much did the harbour's catch shrink between 2010 and 2014?",
        "How much did the toll go up after the bridge reopened?",
        "In crowns, how much did the levy drop?",
    ],
)
def test_a_move_asked_without_a_measure(question):
    assert measure_unnamed(question)


@pytest.mark.parametrize(
    "question",
    [
        # A measure named anywhere decides it.
        "By what percent did the harbour's catch shrink?",
        "How much did the catch fall, as a share of the first year's?",
        "How many times larger was the old catch?",
        # "How much of" asks a part; no move at all asks no change.
        "How much of the budget went to roads after it grew?",
        "How much was the toll?",
        # "How far did it fall" asks how deep the fall went: a percent change, as before.
        "How far did the levy fall from EUR 8 million to EUR 6 million?",
    ],
)
def test_a_measure_named_or_no_move_asked(question):
    assert not measure_unnamed(question)


def test_two_stated_amounts_get_the_amount_then_the_percent(data):
    requests = requests_of(
        "Harbour dues fell from EUR 80 million to EUR 60 million. By how much did they fall?", data
    )
    assert [r["operation"] for r in requests] == ["evaluate", "percent_change"]
    assert requests[0]["expression"] == "EUR 80 million − EUR 60 million"


def test_two_periods_of_the_sources_get_the_amount_then_the_percent(data):
    requests = requests_of(
        "By how much did Korea's offset take slide between 2011-2015 and 2016-2020?", data
    )
    assert requests[0]["operation"] == "evaluate"
    assert requests[0]["expression"].startswith("USD 7.99 billion −")
    assert "percent_change" in [r["operation"] for r in requests]


def test_a_percentage_asked_stays_a_percent_change(data):
    requests = requests_of(
        "By what percentage did Korea's offset take slide between 2011-2015 and 2016-2020?", data
    )
    assert {r["operation"] for r in requests} == {"percent_change"}
