"""A claim about a deal that happened is a reported fact to check, never a contract to work
out, even when the asker names the deal by its size with "a"; a contract posed under the rule is
still worked out. The wordings are invented."""

from __future__ import annotations

import pytest

from assistant.answering.reported_deals import reports_a_deal
from assistant.answering.routing import route
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)


@pytest.mark.parametrize(
    "claim",
    [
        # a program of its own (a model code), told in the past
        "A 3 billion euro KX-9 frigate deal went ahead without offsets in 2019, right?",
        # a company of its own
        "Is it true that a $900 million tanker deal with Airbus was signed without offsets?",
        # a second figure, an outcome of the deal rather than a bound of the rule
        "I read a $2 billion helicopter order brought only $90 million in offsets. True?",
    ],
)
def test_a_deal_told_in_the_past_with_a_party_or_outcome_of_its_own_is_reported(claim):
    assert reports_a_deal(claim)
    assert route(claim, DATA) is None


@pytest.mark.parametrize(
    "posed",
    [
        # the rule stated in the present
        "A $60 million competitive contract carries a $30 million offset obligation, doesn't it?",
        "A USD 12 million contract is enough to trigger offsets, right?",
        # a past year's rule applied to a contract with no party of its own
        "Is it true that a $3 million purchase in 1985 required an offset?",
        # asked, not claimed
        "Did a $15 million non-competitive contract in 2011 trigger an offset?",
    ],
)
def test_a_contract_posed_under_the_rule_is_still_worked_out(posed):
    assert route(posed, DATA) is not None


def test_a_year_is_no_figure_of_the_deal():
    # "1985" places the claim in time; it is not a second figure told of the deal.
    assert not reports_a_deal("In 1985 a $3 million purchase already needed offsets, right?")
