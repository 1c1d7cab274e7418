"""The answer type follows the question's main clause: a "when" or "where" that opens a clause
of time or place (a statement's word order after it) does not say what is asked."""

import pytest

from assistant.answering.clause_wh import without_clause_openers
from assistant.answering.frame import answer_type


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # The clause sets the time of the charge; an amount is asked, not a date.
        ("What fee does the guild charge when a member sells abroad?", "money"),
        ("What is the smallest rebate a port grants per ship when it docks at night?", "other"),
        ("What share of the catch does the cooperative keep when prices fall?", "percent"),
        # A clause of place: an office is asked, not a place.
        ("Which office signs the charter, where the charter is kept abroad?", "organisation"),
        ("How many ferries does the line run when the bridge is closed?", "count"),
        ("What did the mayor say when she opened the market?", "other"),
    ],
)
def test_a_clause_of_time_or_place_does_not_set_the_answer_type(question: str, kind: str) -> None:
    assert answer_type(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        # A question's own "when": the verb comes before the subject.
        "When did the guild raise its fee?",
        "When exactly was the charter signed?",
        # The clause's "when" is the only word that asks: read as asked.
        "When the charter was signed?",
        # A second question joined to the first still asks when.
        "What did the guild agree, and when?",
    ],
)
def test_a_question_whose_own_word_is_when_still_asks_a_date(question: str) -> None:
    assert answer_type(question) == "date"


def test_where_a_question_asks_where_it_stays_a_place() -> None:
    assert answer_type("Where is the charter kept?") == "place"


def test_the_blank_keeps_every_other_word_in_place() -> None:
    question = "What fee applies when a member sells?"
    blanked = without_clause_openers(question)
    assert len(blanked) == len(question)
    assert "when" not in blanked
    assert without_clause_openers("When was it signed?") == "When was it signed?"


def test_wh_words_joined_together_still_ask() -> None:
    # "about when and how" asks both, as an embedded question: not a clause of time.
    question = "What did the mayor say about when and how the fee would rise?"
    assert without_clause_openers(question) == question
