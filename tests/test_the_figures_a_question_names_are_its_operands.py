"""The operands are the figures the question points at: a period it gives a figure for is an
input, never the period asked; a part it names as what is averaged ("the FMS deals") is averaged,
not the whole it belongs to; and a span of years is not answered by one year's statistics."""

from __future__ import annotations

from tests.routed import requests_of


def test_a_period_given_a_figure_is_an_input_not_the_one_asked(data):
    requests = requests_of(
        "Working from the USD 1.06 billion for 2016-2022 and the USD 270 million for 2021-2022, "
        "which figure is implied for 2016-2020?",
        data,
    )
    assert requests[0]["expression"] == "USD 1.06 billion − USD 270 million"


def test_the_part_named_is_what_is_averaged(data):
    requests = requests_of(
        "Spread evenly over 2011-2022, what did the FMS deals within Korea's US arms buying "
        "come to per year?",
        data,
    )
    assert requests[0]["expression"] == "KRW 25 trillion / 12"


def test_the_whole_is_averaged_when_no_part_is_named(data):
    requests = requests_of(
        "Spread evenly over 2011-2022, what did Korea's US arms buying come to per year?", data
    )
    assert requests[0]["expression"] == "KRW 33.8 trillion / 12"
