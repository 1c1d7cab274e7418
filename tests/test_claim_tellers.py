"""A claim passed on by a teller the question does not name is checked as the claim itself."""

from __future__ import annotations

import pytest

from assistant.answering.claim_tellers import without_teller
from assistant.answering.claims import is_claim


@pytest.mark.parametrize(
    ("asked", "claim"),
    [
        (
            "A Chilean weekly says the ferry line carried 4 million riders in 2019. Right?",
            "I read that the ferry line carried 4 million riders in 2019. Right?",
        ),
        (
            "An Austrian newspaper reported that Ferrania's tug fees doubled. Is that so?",
            "I read that Ferrania's tug fees doubled. Is that so?",
        ),
        (
            "I read in a Peruvian trade journal that the Port Board fined 12 shippers. True?",
            "I read that the Port Board fined 12 shippers. True?",
        ),
        (
            "We saw on a Danish news site that the harbour toll rose to 7%. Correct?",
            "I read that the harbour toll rose to 7%. Correct?",
        ),
        (
            "According to one Belgian think tank, pilotage costs fell by half. Accurate?",
            "I read that pilotage costs fell by half. Accurate?",
        ),
        (
            "A colleague told me that the dredging contract was worth $80 million. Is that right?",
            "I read that the dredging contract was worth $80 million. Is that right?",
        ),
        (
            "Some Irish paper's column claims Ferrania built 30 tugs. Can you check?",
            "I read that Ferrania built 30 tugs. Can you check?",
        ),
    ],
)
def test_an_unnamed_teller_gives_way_to_the_plainest_report(asked: str, claim: str) -> None:
    assert without_teller(asked) == claim


def test_the_claim_stays_a_claim_to_check() -> None:
    told = without_teller("A Chilean weekly says the ferry line carried 4 million riders.")
    assert is_claim(told)


@pytest.mark.parametrize(
    "asked",
    [
        # a source called by its kind with "the", or by its name: the steps that read named
        # sources answer from it
        "The Chilean weekly says the ferry line carried 4 million riders. Right?",
        "The Harbour Gazette reported that tug fees doubled. Is that so?",
        # a teller described by what it is about or who wrote it is no bare teller
        "A report by the Port Board says pilotage costs fell. True?",
        # a body or an official may be a side the sources report on
        "An official says the toll rose to 7%. Correct?",
        # a question about a publication, not a claim passed on from it
        "Which newspaper first reported the toll rise?",
        "What did a Chilean weekly say about the toll?",
    ],
)
def test_a_named_or_reported_on_teller_is_left_as_asked(asked: str) -> None:
    assert without_teller(asked) == asked


def test_a_teller_with_nothing_after_it_is_left_as_asked() -> None:
    assert without_teller("A Chilean weekly says that") == "A Chilean weekly says that"
