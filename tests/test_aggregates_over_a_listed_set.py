"""A mean or a total taken over things a question lists is one calculation over the list, not
one ask per listed thing; a share of such a total names its part before the share word or after
the total; a group set aside before the count it is taken from leaves the rest of that count."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _results(question, data):
    found = route(question, data)
    assert found is not None, question
    return [Decimal(calculate(r, data).result) for r in found.requests]


def test_a_mean_over_a_listed_set_is_one_calculation_over_the_list(data):
    assert _results(
        "On average, how many pages of the USTR report went to each of Japan, Korea and China?",
        data,
    ) == [Decimal("22")]


def test_a_share_of_a_listed_total_takes_the_part_named_before_the_share_word(data):
    total, share = _results(
        "China's pages came to what percentage of the pages on the EU, Japan and China combined?",
        data,
    )
    assert total == Decimal("94")
    assert share.quantize(Decimal("0.0001")) == Decimal("0.5106")


def test_a_group_set_aside_before_its_whole_leaves_the_rest(data):
    assert _results(
        "Excluding the non-competitive ones, how many offset-eligible programs are on DAPA's list?",
        data,
    ) == [Decimal("13")]


def test_listed_things_asked_each_for_themselves_are_no_aggregate(data):
    assert route("How many pages did the USTR give Japan, Korea and China?", data) is None
