"""A rounding step written as a part of a scale ("to the nearest tenth of a million dollars")
says how to read the result (one place, in millions); its "a million dollars" is no amount."""

from __future__ import annotations

from assistant.answering.reading import reading


def test_the_nearest_tenth_of_a_scale_is_a_reading_not_an_amount():
    # "to the nearest tenth of a million dollars" reads the result in millions to one place; its
    # "a million dollars" is no figure to work on.
    asked = reading(
        "The mean of the harbour's four leases, to the nearest tenth of a million dollars?"
    )
    assert (asked.places, asked.scale) == (1, "million")
    assert "million" not in asked.question
