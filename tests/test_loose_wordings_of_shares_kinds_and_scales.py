"""Calculator questions worded loosely: a whole implied by a share hedged or dated ("precisely
6% of 2011-2014 freight"), an FMS deal weighed under the home rule (which excepts it) and another
country's minimum, two foreign minimums set against each other by a "gap" or "how much bigger",
a bare noun phrase asked after a statement in small letters ("... to $3m. percentage fall?"), and
a scale named once after a currency's code ("in KRW billion")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from routed import requests_of as _requests
from routed import routed

from assistant.answering.claims import states_and_asks
from assistant.answering.reading import reading
from assistant.calculator.operations import calculate


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "If USD 30 million of fees were precisely 6% of 2011-2014 freight, how large was "
            "that freight?",
            "USD 30 million / 6%",
        ),
        (
            "The levies (USD 2.4bn) were 12% of all port revenue. The implied overall figure for that "
            "revenue?",
            "USD 2.4bn / 12%",
        ),
    ],
)
def test_a_whole_is_worked_back_from_a_hedged_or_dated_share(data, question, expression):
    assert [r["expression"] for r in _requests(question, data)] == [expression]


@pytest.mark.parametrize(
    "question",
    [
        "Norway and Korea each buy a USD 70 million radar through FMS. What offset does each "
        "country require?",
        "A USD 70 million FMS purchase: how much more offset would Norway demand than Korea?",
    ],
)
def test_an_fms_deal_is_the_home_rule_s_exception_beside_the_other_minimum(data, question):
    requests = _requests(question, data)
    assert requests[0]["operation"] == "offset_obligation"
    assert requests[0]["contract_type"] == "fms"
    assert requests[1]["expression"] == "100% × USD 70 million"


def test_an_fms_deal_abroad_against_a_home_contract_of_its_own_kind_compares_shares(data):
    question = (
        "Norway buys a USD 70 million radar through FMS; Korea buys the same radar for USD 70 "
        "million in an open tender. How much more offset does Norway demand than Korea?"
    )
    (request,) = _requests(question, data)
    assert request["operation"] == "compare_policies"
    assert request["contract_type"] == "competitive"


@pytest.mark.parametrize(
    "question",
    [
        "On a USD 90 million FMS deal, what is the gap between the UAE's minimum offset and "
        "Saudi Arabia's?",
        "Take a USD 90 million FMS deal. Using the minimums for the UAE and for Saudi Arabia, "
        "how much bigger is the UAE's minimum?",
    ],
)
def test_two_foreign_minimums_set_against_each_other_are_compared(data, question):
    (request,) = _requests(question, data)
    assert request["operation"] == "compare_policies"
    assert set(request["countries"]) == {"UAE", "Saudi Arabia"}


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Harbour fees went from $4m to $3m. percentage fall, one decimal?", False),
        ("Harbour fees went from $4m (2019) to $3m (2021). the drop in percent?", False),
        # still a statement asked back
        ("Harbour fees went from $4m to $3m?", True),
        # an abbreviation's stop ends no sentence
        ("The fee was approx. four million dollars?", True),
    ],
)
def test_a_stop_after_a_figure_ends_a_sentence_written_in_small_letters(question, claim):
    assert states_and_asks(question) is claim


@pytest.mark.parametrize(
    ("question", "places", "scale"),
    [
        ("Per crane, how much is that in KRW billion, rounded to a whole number?", 0, "billion"),
        ("What does the levy come to in USD million?", None, "million"),
        # an amount, not a scale
        ("Is a contract in USD 12 million above the floor?", None, None),
    ],
)
def test_a_scale_named_once_after_a_currency_code_is_the_scale_asked(question, places, scale):
    found = reading(question)
    assert (found.places, found.scale) == (places, scale)


def test_a_result_asked_in_a_singular_scale_is_stated_in_it(data):
    found = routed("What is KRW 7.5 trillion / 30, in KRW billion?", data)
    result = calculate(found.requests[-1], data)
    assert Decimal(result.result) == Decimal(250_000_000_000)
    assert result.display == "KRW 250.00 billion"


@pytest.mark.parametrize(
    ("home", "kind"),
    [("in an open tender", "competitive"), ("from a sole source", "non-competitive")],
)
def test_the_home_contract_s_own_kind_is_the_share_compared_with_an_fms_deal_abroad(
    data, home, kind
):
    question = (
        f"Norway buys a USD 70 million radar through FMS; Korea buys the same radar for USD 70 "
        f"million {home}. How much larger is the Norwegian offset?"
    )
    (request,) = _requests(question, data)
    assert request["operation"] == "compare_policies"
    assert request["contract_type"] == kind
