"""The value a figure had before it changed to one the question gives is answered only by a
statement of the change that gives the figure it moved from."""

from __future__ import annotations

from assistant.answering.prior_values import asks_prior, prior_unstated

ASKED = "What was the harbour's berth fee before it was raised to EUR 40?"


def test_a_question_giving_the_new_value_asks_the_old_one():
    assert asks_prior(ASKED)
    assert asks_prior("What was Latvia's levy before they cut it to 12 percent?")
    assert not asks_prior("What was the berth fee raised to?")
    assert not asks_prior("What was the fee before the reform?")


def test_only_the_new_value_does_not_answer():
    statements = ["The harbour raised the berth fee to EUR 40 in 2019."]
    assert prior_unstated(ASKED, statements) == "EUR 40"
    # Nor a figure of the same kind that is no part of a change: another port's fee.
    other = ["The harbour raised the berth fee to EUR 40.", "Riga charges EUR 25 a berth."]
    assert prior_unstated(ASKED, other) == "EUR 40"


def test_a_change_from_an_older_value_answers():
    assert prior_unstated(ASKED, ["The berth fee was raised from EUR 25 to EUR 40."]) is None
    # A chain of changes gives the step before, and a bare number takes the kind it moves to.
    chain = ["The fee went up to EUR 25 in 2010 and to EUR 40 in 2019."]
    assert prior_unstated(ASKED, chain) is None
    share = "What was the levy before it was lowered to 12 percent?"
    assert prior_unstated(share, ["The levy was lowered from 20 to 12 percent."]) is None


def test_a_change_of_another_kind_of_figure_does_not_answer():
    # The share moved from 40 to 65 percent; the fee's old amount is still not given.
    mixed = ["It lifted its share from 40 percent to 65 percent and its fee to EUR 40."]
    assert prior_unstated(ASKED, mixed) == "EUR 40"
