"""A stretch of years told in words is searched for by the years it names."""

from __future__ import annotations

import pytest

from assistant.answering.stretches import stretch_written


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
