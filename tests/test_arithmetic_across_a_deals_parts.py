"""Arithmetic across the parts of one deal the sources break down, which they do not do
themselves, goes to the calculator: the largest part less the smallest, the rest once a named
part is set aside, the mean of the parts. Listing or ranking the parts stays a reading."""

from __future__ import annotations

from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _results(question, data):
    found = route(question, data)
    assert found is not None, question
    return [calculate(request, data).result for request in found.requests]


def test_the_spread_of_a_deals_parts_is_its_largest_less_its_smallest(data):
    assert _results(
        "For the tanker deal, what separates its top item from its least one?", data
    ) == ["530000000"]
    assert _results(
        "What is the difference between Lockheed's biggest and smallest fighter offset pieces?",
        data,
    ) == ["1800000000"]


def test_the_largest_and_smallest_asked_each_for_themselves_are_no_spread(data):
    assert (
        route("Which of the fighter offset pledges was biggest and which smallest?", data) is None
    )


def test_a_part_set_aside_leaves_the_stated_whole_less_that_part(data):
    results = _results(
        "Apart from military support, what did Airbus's tanker offsets amount to, and what "
        "fraction of the package is that?",
        data,
    )
    assert results[0] == "656300000"
    assert results[1].startswith("0.99049")


def test_without_a_stated_whole_the_other_parts_are_added(data):
    assert _results(
        "Excluding the SME exports, what do Lockheed's F-35A offset items come to?", data
    ) == ["3500000000"]


def test_the_mean_of_a_deals_parts_is_their_sum_over_their_count(data):
    (mean,) = _results("What is the mean value of Airbus's three tanker offset items?", data)
    assert mean.startswith("208966666.666")


def test_a_pledges_progress_is_left_to_the_routes_that_read_implementation(data):
    found = route(
        "Apart from technology transfer, how much of Airbus's tanker offsets had been "
        "implemented by 2022?",
        data,
    )
    assert found is None or not any("662.6" in (r.expression or "") for r in found.requests)


def test_a_figure_of_the_questions_own_is_no_part_of_the_deal(data):
    found = route(
        "If Lockheed's fighter offsets had been $5 billion, what would be left after the "
        "satellites were set aside?",
        data,
    )
    assert found is None or not any("1.4 billion" in (r.expression or "") for r in found.requests)


def test_a_part_set_aside_in_a_question_asking_what_not_how_much_is_no_arithmetic(data):
    assert (
        route("Besides the satellites, which other items did Lockheed offer Seoul?", data) is None
    )
