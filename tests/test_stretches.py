"""A stretch of years told in words is searched for by the years it names."""

from __future__ import annotations

import pytest

from assistant.answering.stretches import period_written, stretch_written


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("fees over the two years right after 2018", "fees over 2019 to 2020"),
        ("the three years following 2010", "2011 to 2013"),
        ("in the 4 years before 2015", "in 2011 to 2014"),
        ("the two years just prior to 2009", "2007 to 2008"),
    ],
)
def test_a_count_of_years_off_a_year_is_written_as_its_first_and_last_years(text, written):
    assert stretch_written(text) == written


def test_text_without_such_a_stretch_is_left_as_it_is():
    for text in ("the two years of the pilot", "in 2018 and 2019", "twenty years after 1990"):
        assert stretch_written(text) == text


# The periods a body of sources counts figures for, by first and last year.
_COUNTED = frozenset({(1983, 2022), (2011, 2015), (2016, 2020), (2016, 2022), (2021, 2022)})


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # An open period is the longest-running period the sources count that opens in the
        # years it names.
        ("gains since the early 1980s", "gains 1983 to 2022"),
        ("what it earned since the eighties", "what it earned 1983 to 2022"),
        ("from the early '80s onward", "1983 to 2022"),
        ("the haul after 2020", "the haul 2021 to 2022"),
        ("all the years since 2015", "all the years 2016 to 2022"),
        # A length counted back from now is the latest period as long as it says.
        ("over the past four decades", "over the past four decades (1983 to 2022)"),
        ("in the last two years", "in the last two years (2021 to 2022)"),
    ],
)
def test_a_period_in_words_is_written_as_the_period_the_sources_count_for_it(text, written):
    assert period_written(text, _COUNTED) == written


def test_a_period_the_sources_count_nothing_for_keeps_its_words():
    for text in (
        "since the nineties",  # no counted period opens in the 1990s
        "after 2023",
        "over the last thirty years",
        "a report from 2016",  # a date, no period
        "from 2016 to 2020",  # written out already
    ):
        assert period_written(text, _COUNTED) == text
