"""Arithmetic on figures a question lists: a bare "Total?" (or "what is their total?") adds the
amounts stated; a gap asked as "how much below/above X" sets the sum against X rather than
adding X; "how many times as many" of two stated counts is the larger over the smaller."""

from __future__ import annotations

from routed import requests_of

from assistant.answering.routing import route


def test_a_bare_total_adds_the_amounts_listed(data):
    requests = requests_of(
        "The three port levies were EUR 4 million, EUR 2.5 million and EUR 1 million. Total?", data
    )
    assert requests == [
        {"operation": "evaluate", "expression": "EUR 4 million + EUR 2.5 million + EUR 1 million"}
    ]


def test_their_total_asked_adds_the_amounts_listed(data):
    requests = requests_of(
        "Two grants of EUR 3 million and EUR 750,000: what is their total?", data
    )
    assert requests[0]["expression"].count("+") == 1


def test_how_much_below_a_figure_measures_the_sum_against_it(data):
    requests = requests_of(
        "Fees of EUR 1.5 million, EUR 2 million and EUR 500,000. How much is that altogether, "
        "and how much below EUR 5 million is it?",
        data,
    )
    assert requests[0] == {
        "operation": "evaluate",
        "expression": "EUR 1.5 million + EUR 2 million + EUR 500,000",
    }
    assert requests[1]["expression"].startswith("EUR 5 million − ")


def test_how_many_times_as_many_divides_the_larger_count_by_the_smaller(data):
    requests = requests_of(
        "Berth A took 52 ships and berth B 8. How many times as many did A take?", data
    )
    assert requests == [{"operation": "evaluate", "expression": "52 / 8"}]


def test_times_fewer_is_not_read_as_the_larger_over_the_smaller(data):
    question = "Berth A took 52 ships and berth B 8. How many times fewer did B take?"
    routed = route(question, data)
    assert routed is None or all(r.expression != "52 / 8" for r in routed.requests)


def test_the_ends_of_a_move_are_no_counts_to_set_one_against_the_other(data):
    question = "Visitors rose from 40 to 50 in a year: by what percent? How many times as many?"
    routed = route(question, data)
    assert routed is None or all(r.expression != "50 / 40" for r in routed.requests)
