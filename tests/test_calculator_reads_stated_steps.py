"""A result rounded to a step written as tens or hundreds of a scale ("to the nearest ten million
dollars", "nearest hundred billion won", "nearest EUR 10 million") is shown at that step, never
finer: the step is negative places of the scale, and the exact result stays in the working."""

from __future__ import annotations

from routed import routed

from assistant.answering.reading import reading
from assistant.calculator.operations import CalculatorInput, calculate


def test_a_step_of_ten_of_a_scale_is_one_place_to_the_left():
    asked = reading("Average fee per berth, to the nearest ten million dollars?")
    assert (asked.places, asked.scale) == (-1, "million")


def test_a_step_of_a_hundred_written_in_figures_is_two_places_to_the_left():
    asked = reading("Cost per ship? Nearest USD 100 million.")
    assert (asked.places, asked.scale) == (-2, "million")


def test_a_result_read_to_tens_of_millions_shows_that_step(data):
    result = calculate(
        CalculatorInput(
            operation="evaluate", expression="USD 4.13 billion / 9", places=-1, scale="million"
        ),
        data,
    )
    assert result.display == "USD 460 million"
    assert "458,888,888.89" in " ".join(result.working)


def test_a_quotient_asked_to_the_nearest_ten_billion_won_is_rounded_so(data):
    found = routed(
        "KRW 5.31 trillion bought 12 frigates. Per ship, to the nearest ten billion won?", data
    )
    shown = [calculate(r, data).display for r in found.requests]
    assert shown == ["KRW 440 billion"]
