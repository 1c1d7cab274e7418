"""A part of a whole may be written as a percentage of it ("of which 30% went to cranes", "we paid
15% of a EUR 40 million order"). Asked a share of what is left, the remainder is the whole less
that percentage, a recorded step, and the share is chained on its result. A fraction of the rest
may take more than one part ("two-thirds", "three quarters"). Wordings are invented: harbours,
cranes and tugboats."""

from __future__ import annotations

from routed import requests_of

from assistant.answering.remainder_shares import of_remainder, percentage_part, share_of_remainder


def test_a_percentage_part_leaves_the_rest_of_the_whole(data):
    requests = requests_of(
        "A EUR 40 million harbour budget, of which 30% went to cranes. What is half of the rest?",
        data,
    )
    assert requests == [
        {"operation": "evaluate", "expression": "(100% − 30%) × EUR 40 million"},
        {"operation": "evaluate", "expression": "EUR 28,000,000 ÷ 2"},
    ]


def test_the_percentage_may_come_before_the_whole_it_is_part_of(data):
    requests = requests_of(
        "We paid 15% of a $60M tug order on signing; the yard now wants a third of the balance. "
        "How much is that?",
        data,
    )
    assert requests[-2:] == [
        {"operation": "evaluate", "expression": "(100% − 15%) × $60M"},
        {"operation": "evaluate", "expression": "USD 51,000,000 ÷ 3"},
    ]


def test_a_fraction_of_several_parts_multiplies_before_it_divides():
    assert share_of_remainder("three quarters of the rest went to tugs") == "three quarters"
    assert share_of_remainder("and two-thirds of what is left") == "two-thirds"
    step = of_remainder("two-thirds", "EUR 9,000,000")
    assert step.expression == "EUR 9,000,000 × 2 ÷ 3"
    assert of_remainder("a third", "EUR 9,000,000").expression == "EUR 9,000,000 ÷ 3"


def test_only_one_percentage_below_a_hundred_is_a_part():
    # Two percentages leave the part unclear; "120%" is no part of the whole.
    assert percentage_part("Of EUR 10 million, 20% and 30% went out. Half of the rest?") is None
    assert percentage_part("A EUR 10 million order grew 120%. Half of the rest?") is None
    assert percentage_part("Of EUR 10 million, 20% went out. Half of the rest?") == "20%"
    # no share of a remainder asked: no part read
    assert percentage_part("Of EUR 10 million, 20% went out. How much is that?") is None
