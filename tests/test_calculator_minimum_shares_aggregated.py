"""An aggregate asked of several countries' minimum shares: the shares the data give for the
countries named, or for every country of the one table they come from, averaged, added, or the
highest less the lowest, each row cited."""

from __future__ import annotations

from decimal import Decimal

from routed import results_of as _results
from routed import routed

from assistant.answering.routing import route


def test_the_mean_of_two_named_countries_minimum_shares(data):
    question = "Between Norway and Taiwan, what is the mean minimum offset requirement?"
    assert _results(question, data) == [Decimal("0.675")]
    assert set(routed(question, data).cites) == {"no-share", "tw-share"}


def test_the_spread_across_every_country_of_the_table(data):
    question = "Across every country in the comparison table, what is the range of minimum shares?"
    assert _results(question, data) == [Decimal("0.65")]


def test_the_sum_over_the_table(data):
    question = "What do the minimum offset percentages in the table sum to?"
    assert _results(question, data) == [Decimal("4")]


def test_one_country_minimum_is_read_not_aggregated(data):
    found = route("What minimum offset share does Norway require?", data)
    assert found is None or all(r.operation != "evaluate" for r in found.requests)
