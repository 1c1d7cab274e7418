"""A condition on the asker ("if I read it right", "if we have it correctly") supposes nothing
about the matter: the statement it hedges is a claim to check, never a hypothetical case for the
calculator (assistant/answering/hedges.py). All wordings are invented."""

import pytest

from assistant.answering.hedges import without_hedge
from assistant.answering.put_claims import as_claim


@pytest.mark.parametrize(
    ("hedged", "plain"),
    [
        (
            "If I read it right, the guild signed 9 charters worth 4 million crowns in 2011.",
            "The guild signed 9 charters worth 4 million crowns in 2011.",
        ),
        ("If we have it correctly, the toll is 3 crowns?", "The toll is 3 crowns?"),
        ("The toll is 3 crowns, if I'm not mistaken?", "The toll is 3 crowns?"),
    ],
)
def test_a_hedge_of_the_asker_is_set_aside(hedged, plain):
    assert without_hedge(hedged) == plain


@pytest.mark.parametrize(
    "supposed",
    [
        # A hypothesis about the matter: its figures are what the answer works with.
        "If a charter is worth 5 million crowns, what toll is due?",
        # The asker as an actor with a figure or a name supposes a case too.
        "If we sign a 5 million crown charter, what toll is due?",
        "If I buy from Northwind, which toll applies?",
        # A hedge that is not set off by a comma is part of a sentence of its own.
        "Correct me if I'm wrong that the toll is 3 crowns.",
    ],
)
def test_a_hypothesis_stays_as_asked(supposed):
    assert without_hedge(supposed) == supposed


def test_the_hedged_statement_is_put_as_a_claim():
    told = "If I read it right, the guild signed 9 charters worth 4 million crowns in 2011."
    assert as_claim(told) == "The guild signed 9 charters worth 4 million crowns in 2011, right?"


def test_a_hedge_before_no_statement_leaves_the_question_as_asked():
    # The rest is a request, not a statement: there is no claim to put.
    asked = "If I may ask, list the charters of 2011."
    assert as_claim(asked) == asked
