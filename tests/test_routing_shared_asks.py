"""Asks packed into one clause, and figures a question pairs with its own spans, each get their
calculation: a verb or ratio shared by two phrases is asked of each, an average over a span
divides the amount stated for that span, and an ask that names figures of the sources is worked
on those, not on the figures of the topic another ask works on."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.routing import _distributed_asks, route
from assistant.calculator.operations import calculate


def _results(question, data):
    found = route(question, data)
    assert found is not None, question
    return [Decimal(str(calculate(r, data).result)) for r in found.requests]


def test_a_ratio_repeated_for_two_wholes_is_one_share_of_each(data):
    shares = _results(
        "What is EUR 3 million as a share of EUR 12 million, and as a share of EUR 60 million?",
        data,
    )
    assert shares == [Decimal("0.25"), Decimal("0.05")]


def test_a_shared_verb_after_two_of_phrases_is_asked_of_each(data):
    found = route(
        "How many dollars of the KC-X military-support pledge and of its SME-export pledge "
        "had been implemented by 2022?",
        data,
    )
    assert found is not None
    assert [(r.operation, r.category) for r in found.requests] == [
        ("implemented", "military support"),
        ("implemented", "SME exports"),
    ]


def test_its_in_the_second_phrase_stands_for_the_first_phrases_owner():
    first, second = _distributed_asks(
        "How much of Alpha's road budget and of its rail budget was spent?"
    )
    assert first == "How much of Alpha's road budget was spent?"
    assert second == "How much of Alpha's rail budget was spent?"


def test_one_of_phrase_naming_two_things_is_not_split():
    assert _distributed_asks("What share of offsets and FMS contracts did KIET report?") == ()


def test_a_yearly_average_over_a_span_divides_the_amount_stated_for_it(data):
    assert _results(
        "Sales came to EUR 50 million in 2018–2022, EUR 16 million of it in 2021–22. "
        "What was the yearly average in 2021–22?",
        data,
    ) == [Decimal("8000000")]


def test_an_average_over_a_span_no_amount_is_stated_for_is_no_calculation(data):
    assert (
        route("Sales came to EUR 50 million. What was the yearly average in 2021–22?", data) is None
    )


def test_an_ask_naming_counts_of_the_sources_is_not_worked_on_the_topics_counts(data):
    found = route(
        "Complaints went from 30 to 36: by what percent? And how many times as many pages did "
        "China get as Japan?",
        data,
    )
    assert found is not None
    assert [r.expression or r.operation for r in found.requests] == ["percent_change", "48 / 11"]
