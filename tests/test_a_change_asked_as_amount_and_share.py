"""A change between two figures the question states, asked both as an amount and as a share of
the figure it started from ("how many more, and what is that as a percentage of last year's?"):
the amount is the larger less the smaller, the share the percent change from the earlier figure,
never one figure as a share of the other. The earlier figure is the one the words after it place
first ("last year", "in 2019", "now"), else the one written after "from", "against" or "than"."""

from __future__ import annotations

from routed import requests_of

from assistant.answering.change_and_share import asks_change_and_its_share, said_earlier_first


def test_a_rise_asked_as_a_count_and_as_a_share_of_the_year_before(data):
    requests = requests_of(
        "A ferry line carried 80 trucks last year and 92 this year. How many more is that, and "
        "what is the rise as a percentage of last year's figure?",
        data,
    )
    assert requests == [
        {"operation": "evaluate", "expression": "92 − 80"},
        {"operation": "percent_change", "old": "80", "new": "92"},
    ]


def test_the_later_figure_written_first_is_measured_from_the_earlier(data):
    requests = requests_of(
        "A depot logged 33 repairs this year against 30 the year before. By how many did repairs "
        "rise, and what is that rise as a share of the earlier count, to one decimal?",
        data,
    )
    assert {"operation": "percent_change", "old": "30", "new": "33", "places": 1} in requests
    assert {"operation": "evaluate", "expression": "33 − 30"} in requests


def test_a_drop_in_money_asked_as_a_share_of_the_earlier_amount(data):
    requests = requests_of(
        "By how many euros did the grant fall from EUR 4 million (2015-2019) to EUR 3 million "
        "(2020-2024), and what percentage of the earlier figure is that fall?",
        data,
    )
    assert requests == [
        {"operation": "evaluate", "expression": "EUR 4 million − EUR 3 million"},
        {"operation": "percent_change", "old": "EUR 4 million", "new": "EUR 3 million"},
    ]


def test_a_share_asked_alone_is_not_this_rule():
    assert not asks_change_and_its_share(
        "A ferry went from 80 trucks to 92. What is the increase as a percentage of the earlier "
        "figure?"
    )
    assert asks_change_and_its_share(
        "A ferry went from 80 trucks to 92. What was the increase, and how large is it against "
        "the earlier count, in percent?"
    )


def test_the_words_after_each_figure_place_it_in_time():
    text = "12 in 2019 and 15 in 2021"
    assert said_earlier_first(text, 2, 15, 2025) is True
    text = "15 now against 12 last year"
    assert said_earlier_first(text, 2, 18, 2025) is False
    assert said_earlier_first("12 and 15", 2, 9, 2025) is None
