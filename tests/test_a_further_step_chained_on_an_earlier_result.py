"""A clause that refers back to an earlier clause's result ("that mean", "it", "the rest") asks a
further step whose operand is that result, worked out by the calculator: never the question's
own figure the earlier step started from."""

from __future__ import annotations

from assistant.answering.rest_compared import against_rest_asked
from tests.routed import requests_of, routed


def test_a_margin_asked_of_an_earlier_mean_is_measured_from_that_mean(data):
    # Not "EUR 2.4 billion − EUR 90 million": "that mean" is the mean worked out first.
    question = (
        "A shipyard booked 16 repair orders worth EUR 2.4 billion. What was the mean order, "
        "and how far short of EUR 200 million was that mean?"
    )
    expressions = [r.get("expression") for r in requests_of(question, data)]
    assert expressions == ["EUR 2.4 billion / 16", "EUR 200 million − EUR 150,000,000"]


def test_a_part_set_against_the_rest_is_a_step_after_the_rest(data):
    question = (
        "Of USD 90 million of cargo, USD 60 million came by rail. How much came by other "
        "means, and by how much did the rail share outweigh it?"
    )
    expressions = [r.get("expression") for r in requests_of(question, data)]
    assert expressions == [
        "USD 90 million − USD 60 million",
        "USD 60 million − USD 30,000,000",
    ]


def test_a_comparison_reads_the_rest_only_when_it_is_named_or_referred_back_to():
    assert against_rest_asked("By how much did the grain exceed the rest of the cargo?")
    assert against_rest_asked("What was left, and by how much did the grain outweigh it?")
    # A comparison of two figures the question names is no part against a rest.
    assert not against_rest_asked("By how much did the grain exceed the timber?")


def test_how_far_a_contract_must_grow_before_the_rule_applies_is_its_gap_to_the_threshold(data):
    # The threshold described by what it does ("before offsets apply"), the margin asked with a
    # comparative ("how much larger"): the gap to the threshold, not a gap between obligations.
    found = routed(
        "A sole-source sonar deal is worth USD 6.5 million. How much larger must it grow "
        "before offsets apply?",
        data,
    )
    assert found.below
    assert not found.difference
