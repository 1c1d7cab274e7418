"""One group's case with an aside before what it argues against ("the growers' case, per the
weekly, against the fee") is still that group's case; and a drawback is told as a delay, a cost or
a raised price as well as by its name."""

from __future__ import annotations

import pytest

from assistant.answering.sentence_kinds import ARGUMENT, DRAWBACK, asked_kind


def test_a_group_s_case_with_an_aside_before_its_target_is_one_side_s_case():
    assert (
        asked_kind("Set out the growers' case, per the farm weekly, against the fee.") is ARGUMENT
    )


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
