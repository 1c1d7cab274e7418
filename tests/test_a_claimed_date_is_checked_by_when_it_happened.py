"""A claim of when something happened restates a when-question: "the agency opened its office in
May 2015, right?" asks when the agency opened its office. The claim is checked against the answer
to that question, not against any sentence that happens to carry the claimed date."""

from __future__ import annotations

import pytest

from assistant.answering.claimed_when import dates_only, when_asked


@pytest.mark.parametrize(
    ("claim", "asked"),
    [
        (
            "The agency opened its Lima office in May 2015, correct?",
            "When The agency opened its Lima office?",
        ),
        ("Is it true that the ferry line closed in 1998?", "When the ferry line closed?"),
        (
            "I believe the council adopted the harbour plan in June 2004.",
            "When the council adopted the harbour plan?",
        ),
        ("The museum reopened on 3 May 2011, didn't it?", "When The museum reopened?"),
        ("Quick check - Chile joined the treaty back in 1990?", "When Chile joined the treaty?"),
    ],
)
def test_a_claimed_date_is_asked_as_when_the_thing_happened(claim: str, asked: str) -> None:
    assert dates_only(claim)
    assert when_asked(claim) == asked


@pytest.mark.parametrize(
    "claim",
    [
        "The levy rose to 12 percent in 2009, right?",
        "Peru bought 40 trucks in March 2018, correct?",
    ],
)
def test_a_claim_of_an_amount_with_its_date_is_no_claim_of_a_date_alone(claim: str) -> None:
    assert not dates_only(claim)


def test_a_claim_dating_two_things_restates_no_one_when_question() -> None:
    claim = "The bridge opened in 1990 and closed in 2001, right?"
    assert when_asked(claim) is None


def test_a_claim_without_a_date_phrase_restates_no_when_question() -> None:
    assert when_asked("The 1990 bridge is still open, right?") is None
