"""A factoid answer cites the sentence that meets what the question asks, not one that only
shares its words: a "when" question is answered by a sentence stating a date together with every
amount the question names, and by the one dating the event to its month when another gives only
the year; a figure's note answers what the figure's numbers stand for; a contract's size is an
amount of money; a level that climbs or rises "to" a figure is a change that was made.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import _asks_change, date_precision
from assistant.answering.frame import answer_type, threshold_named

# -- what is asked for --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What contract size brought the rule into play in 1990?",
        "Which deal size did the ministry use as its floor?",
    ],
)
def test_the_size_of_a_contract_is_an_amount_of_money(question):
    assert answer_type(question) == "money"


def test_a_contract_size_that_sets_the_rule_off_is_its_threshold():
    assert "threshold" in threshold_named("and what contract size set it off in 1990?")
    assert "threshold" in threshold_named("what deal value triggered offsets then?")


@pytest.mark.parametrize(
    "rest",
    [
        "trigger for industrial participation climb to five million dollars",
        "floor rise to USD 3 million",
        "limit go from 1 million",
    ],
)
def test_a_level_moving_to_a_figure_is_a_change_asked_of(rest):
    assert _asks_change(rest)


def test_a_verb_with_no_figure_after_it_is_no_change():
    assert not _asks_change("sign the pact with the allies")


@pytest.mark.parametrize(
    ("text", "finer"),
    [
        ("Since adopting the levy in March 2017, the board has ignored it.", 1),
        ("The levy was adopted on June 3, 2017.", 1),
        ("The levy was adopted in 2017.", 0),
        ("Observers said Tuesday that the levy was adopted in 2017.", 0),
    ],
)
def test_a_month_with_its_year_dates_more_finely_than_a_year(text, finer):
    assert date_precision(text) == finer


# -- the sentence cited ---------------------------------------------------------------------------


def test_a_when_question_naming_an_amount_cites_the_sentence_stating_both(assistant):
    answer = assistant.ask("In what year did the offset threshold go up to USD 5 million?")
    assert not answer.abstained
    assert "1986" in answer.answer
    assert "USD 5 million" in answer.answer


def test_a_when_question_cites_the_sentence_dating_the_event_to_its_month(assistant):
    answer = assistant.ask("When did DAPA introduce offset banking?")
    assert not answer.abstained
    assert "December 2018" in answer.answer


def test_what_a_chart_s_figures_stand_for_is_answered_by_its_note(assistant):
    answer = assistant.ask(
        "In the KIET chart of arms imports from the US, what do the FMS figures stand for?"
    )
    assert not answer.abstained
    assert "offers accepted" in answer.answer
