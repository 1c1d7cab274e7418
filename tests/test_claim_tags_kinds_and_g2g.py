"""Issue 11's mechanical items: a restated fact in hasty writing is still a claim, a share
claimed of one kind of contract is judged by that kind's share, and a government-to-government
purchase is the FMS kind."""

from __future__ import annotations

import pytest

from assistant.answering.claims import is_claim, judge
from assistant.answering.frame import asserted_kinds


def _kinds_named(text: str) -> dict[str, frozenset[str]]:
    return {"contracts": frozenset(asserted_kinds(text)[0])}


@pytest.mark.parametrize(
    "question",
    [
        "the port levy is 4 percent. right",
        "'Chile opened the line in 1998' - accurate",
        "Peru bought six ships, correct",
        "A memo says the fund lent $3bn to the mill. Is the loan figure correct?",
        "Are those two counts right?",
    ],
)
def test_a_statement_closed_by_a_bare_tag_or_a_question_of_its_figure_is_a_claim(question):
    assert is_claim(question)


@pytest.mark.parametrize(
    "question",
    [
        "Which figure is correct?",
        "What fee applies to a $30 million order, correct to the cent?",
        "the grant is for $25 million. type: open tender, competitive. levy due?",
    ],
)
def test_a_question_that_asks_is_no_claim(question):
    assert not is_claim(question)


ANSWER = (
    "The agency must seek a rebate of at least 40 percent of each competitively tendered contract and at "
    "least 25 percent of each sole-source contract. The rebate was cut from 40 to 25 percent "
    "in 1999."
)


def test_a_share_claimed_of_one_kind_of_contract_is_corrected_by_that_kinds_share():
    claim = "My memo says sole-source contracts need a 40% rebate."
    assert judge(claim, ANSWER, _kinds_named) == "no"


def test_the_kinds_own_share_confirms_the_claim():
    claim = "My memo says sole-source contracts need a 25% rebate."
    assert judge(claim, ANSWER, _kinds_named) == "yes"


def test_a_share_claimed_of_no_kind_is_judged_by_its_figures_alone():
    claim = "My memo says the rebate is 40 percent."
    assert judge(claim, ANSWER, _kinds_named) != "no"


@pytest.mark.parametrize(
    "question",
    ["A government-to-government buy of $70 million", "a G2G purchase worth 2 billion won"],
)
def test_a_sale_between_governments_is_the_fms_kind(question):
    assert asserted_kinds(question)[0] == ("fms",)


def test_an_amount_with_a_one_letter_scale_is_claimed_at_its_scale():
    answer = "The mill agreed to rebates worth $410 million (tooling $52.7 million)."
    assert judge("My notes say the tooling part was $52.7M. right?", answer, _kinds_named) == "yes"


def test_a_claim_naming_no_kind_is_judged_by_the_kind_the_conversation_is_about():
    claim = "A colleague claims it's about half the contract value."
    assert judge(claim, ANSWER, _kinds_named, frozenset({"non-competitive"})) == "no"
    assert judge(claim, ANSWER, _kinds_named, frozenset({"competitive"})) == "yes"
