"""The period a question asks what is left for ("what does that leave for 2016-2020?") is the
unknown: a figure the sources give for it is no input. What is left is the figure of the period
joining it to the other period named, less that other period's figure."""

from __future__ import annotations

from assistant.answering.periods_left import joined, period_left_asked
from assistant.answering.routing import route


def test_the_period_after_left_for_is_the_one_asked():
    assert period_left_asked("Take out the later years: what is left for 2031-2035?") == "2031-2035"
    assert period_left_asked("What remains for 2031 through 2035?") == "2031-2035"
    assert period_left_asked("What does that leave for 2031-35?") == "2031-2035"
    assert period_left_asked("What did the 2031-2035 period bring?") is None


def test_two_periods_join_only_when_they_adjoin():
    assert joined("2031-2035", "2036-2037") == "2031-2037"
    assert joined("2036-2037", "2031-2035") == "2031-2037"
    assert joined("2031-2034", "2036-2037") is None


def test_what_is_left_is_the_joined_period_less_the_other_named(data):
    # The tables hold 2016-2022 and 2021-2022 (and 2016-2020 itself, which is not an input).
    found = route("What was left for 2016-2020 once the 2021-2022 offsets are taken out?", data)
    assert found is not None
    assert [r.expression for r in found.requests] == ["USD 1.06 billion − USD 270 million"]
