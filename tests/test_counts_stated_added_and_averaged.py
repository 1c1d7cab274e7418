"""Counts of one thing the question states, asked added up ("how many in all?") or averaged
("the mean per depot"), are worked out: their sum, or their sum over how many there are. Counts
of different things ("80 parts from 20 firms") are not added. The counts the data give of one
thing for the economies named are averaged the same way when their mean is asked."""

from __future__ import annotations

from routed import requests_of

from assistant.answering.routing import route


def test_counts_of_one_thing_asked_in_all_are_added(data):
    requests = requests_of(
        "Harbours A, B and C berthed 14, 22 and 9 tankers. How many tankers is that in all?", data
    )
    assert requests == [{"operation": "evaluate", "expression": "14 + 22 + 9"}]


def test_counts_asked_as_a_mean_are_added_and_divided(data):
    requests = requests_of(
        "Four mills employ 30, 45, 25 and 40 welders. What is the mean per mill?", data
    )
    assert requests == [{"operation": "evaluate", "expression": "(30 + 45 + 25 + 40) / 4"}]


def test_counts_of_different_things_are_not_added(data):
    question = (
        "A fair showed 80 parts from 20 firms, and 12 parts from 5 firms sold. How many in total?"
    )
    found = route(question, data)
    assert found is None or all(
        r.expression != "80 + 20 + 12 + 5" for r in found.requests if r.expression
    )


def test_a_contract_named_by_how_it_was_let_is_a_contract(data):
    requests = requests_of(
        "Not FMS, competitively tendered, USD 26 million. Required offset?", data
    )
    assert requests == [
        {
            "operation": "offset_obligation",
            "amount": "USD 26 million",
            "contract_type": "competitive",
        }
    ]


def test_a_negation_ends_at_the_comma_after_the_kind_it_negates():
    from assistant.answering.frame import asserted_kinds

    assert asserted_kinds("Not FMS, openly tendered and competitive, EUR 9 million") == (
        ("competitive",),
        frozenset({"fms"}),
    )
    assert asserted_kinds("a lease, not FMS and competitive") == (
        ("competitive",),
        frozenset({"fms"}),
    )
    assert asserted_kinds("a lease that was not competitive") == (("non-competitive",), frozenset())
