"""A source's own year before its name says which piece is meant, no time of what is asked."""

from __future__ import annotations

from assistant.answering.source_years import without_source_years

_CALLED = {"gazette": ("Gazette", "Harbour Gazette"), "courier": ("Courier",)}
_DATES = {"gazette": "2031", "courier": "2029-06-02"}


def _undated(question: str) -> str:
    return without_source_years(question, _CALLED, _DATES.get)


def test_the_year_a_source_came_out_is_dropped_before_its_name():
    # The Gazette came out in 2031: "the 2031 Gazette survey" is the Gazette's survey, and a
    # sentence of it need not write 2031 to answer what it says.
    assert _undated("Per the 2031 Gazette survey, what were tolls worth?") == (
        "Per the Gazette survey, what were tolls worth?"
    )
    assert _undated("What does the 2029 Courier article say of tolls?") == (
        "What does the Courier article say of tolls?"
    )


def test_another_year_before_a_source_name_stays():
    # The sources hold no Gazette piece of 2027: that year is what makes the question
    # unanswerable, and the checks of years must still see it.
    asked = "Per the 2027 Gazette survey, what were tolls worth?"
    assert _undated(asked) == asked


def test_a_year_elsewhere_stays():
    # A year asked as a time, even the source's own, is the time of the figure asked.
    asked = "What did the Gazette say tolls were worth in 2031?"
    assert _undated(asked) == asked
