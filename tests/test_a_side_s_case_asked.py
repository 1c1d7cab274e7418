"""A side's case is what it argues: "the board's own case for the toll", "the growers' case, per
the weekly, against the fee" ask for a position, not for a fact; and a drawback is told as a
delay, a cost or a raised price as well as by its name."""

from __future__ import annotations

import pytest

from assistant.answering.frame import answer_type
from assistant.answering.sentence_kinds import ARGUMENT, DRAWBACK, asked_kind


@pytest.mark.parametrize(
    "question",
    [
        "What is the Harbour Board's own case for the toll?",
        "Set out the growers' case, per the farm weekly, against scrapping the fee.",
        "Give me their case against the dredging plan.",
    ],
)
def test_a_side_s_case_asks_for_a_position(question):
    assert answer_type(question) == "position"


def test_a_group_s_case_with_an_aside_before_its_target_is_one_side_s_case():
    assert (
        asked_kind("Set out the growers' case, per the farm weekly, against the fee.") is ARGUMENT
    )


@pytest.mark.parametrize(
    "question",
    [
        "In case of a strike, what fee applies?",
        "What was the case number of the ruling?",
        "In Japan's case, what contract size triggers the rule?",
        "In Japan's case, for example, how large is the quota?",
    ],
)
def test_a_case_that_is_no_side_s_case_asks_for_no_position(question):
    assert answer_type(question) != "position"


@pytest.mark.parametrize(
    "sentence",
    [
        "Choosing the parts to ask for only delays the whole build.",
        "Sellers pass the costs of the levy on by increasing their final sales prices.",
        "The scheme proved costly for the smaller yards.",
    ],
)
def test_a_drawback_is_told_as_a_delay_a_cost_or_a_raised_price(sentence):
    assert DRAWBACK.marked_by.search(sentence)


def test_a_plain_figure_is_no_drawback():
    assert not DRAWBACK.marked_by.search("The levy was set at 2 percent of the price in 2019.")
