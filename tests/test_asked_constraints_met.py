"""A question is answered only by what satisfies what it asks: the thing it asks for (an action
is not an amount), the country it names (a table cell left empty, or a side never named, gives
nothing for that country), the part of a promise it names (another part's rate is no answer).
The gates do not refuse for words that only say where the answer comes from: a source's own
name is never a name "the sources never mention".

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import (
    Entities,
    _only_blank_cells,
    _rate_of_another_part,
)
from assistant.answering.frame import answer_type

# -- what is asked for --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What do suppliers typically do about the cost of the offset they owe?",
        "What did the ministry say the agency should do with the money it saved?",
    ],
)
def test_what_someone_does_about_an_amount_asks_for_an_action(question):
    assert answer_type(question) == "other"


@pytest.mark.parametrize(
    "question",
    [
        "What does the offset cost the supplier?",
        "How much did the tankers cost?",
        "What did the ministry pay for the tankers?",
    ],
)
def test_an_amount_asked_outright_is_still_money(question):
    assert answer_type(question) == "money"


@pytest.mark.parametrize(
    "question",
    [
        "How large is the ministry's yearly budget for the program?",
        "How big was the agency's offset funding last year?",
    ],
)
def test_the_size_of_a_budget_is_an_amount_of_money(question):
    assert answer_type(question) == "money"


def test_the_size_of_a_staff_is_not_money():
    assert answer_type("How large is the agency's offset staff?") != "money"


# -- the country asked ------------------------------------------------------------------------


def test_a_country_whose_table_cell_is_empty_gets_nothing_from_that_row():
    row = (
        "Table 9. Windows — Window of execution: Netherlands: Up to 10 years after main "
        "contract; Türkiye: n/a"
    )
    assert _only_blank_cells(row, "How long may Turkey execute banked offsets?", Entities()) == [
        "Türkiye"
    ]
    assert _only_blank_cells(row, "How long may the Netherlands execute them?", Entities()) == []


def test_a_country_named_with_a_value_elsewhere_is_not_blank():
    said = "Window of execution: Türkiye: n/a. Window of negotiation: Türkiye: 2 to 5 years"
    assert _only_blank_cells(said, "What windows does Turkey allow?", Entities()) == []


def test_a_country_left_empty_in_the_row_asked_gets_nothing_though_named_elsewhere():
    said = (
        "Table 9. Windows — Window of execution: Netherlands: 10 years; Türkiye: n/a [1] "
        "Turkey, for example, keeps a yearly priority list. [2]"
    )
    asked = "What execution window does Turkey allow?"
    assert _only_blank_cells(said, asked, Entities()) == ["Türkiye"]
    # Another row's words: the country's other mention may answer it.
    assert _only_blank_cells(said, "What list does Turkey keep?", Entities()) == []


def test_a_rate_of_another_part_does_not_answer_how_far_one_part_was_kept():
    question = "How far has the contractor got with the military support part of its pledge?"
    assert _rate_of_another_part(question, ["The SME export rate was only 23.4% in 2022."]) == [
        "military support"
    ]
    assert (
        _rate_of_another_part(question, ["Only 1% of the military support was carried out."]) == []
    )


def test_a_question_naming_no_part_takes_any_rate():
    question = "How far has the contractor got with its pledge?"
    assert _rate_of_another_part(question, ["The SME export rate was only 23.4% in 2022."]) == []


# -- with the sources -------------------------------------------------------------------------


@pytest.mark.slow
def test_an_action_about_a_cost_is_answered_from_the_sentence_that_tells_it(assistant):
    answer = assistant.ask(
        "What do foreign sellers do with the cost of offsets, according to the expert at the "
        "GICA conference?"
    )
    assert not answer.abstained
    assert "final sales prices" in answer.answer


@pytest.mark.slow
def test_how_far_a_pledge_had_got_by_a_year_is_answered_by_that_year_s_rates(assistant):
    answer = assistant.ask("By 2022, how far had Airbus got with its KC-X offset pledge?")
    assert not answer.abstained
    assert "92.6%" in answer.answer


@pytest.mark.slow
def test_two_sources_named_side_by_side_are_not_unknown_names(assistant):
    answer = assistant.ask(
        "Do KIET and Asiae agree on whether Article 20 of the Defense Acquisition Program Act "
        "has been amended?"
    )
    assert not answer.abstained
    assert "never mention" not in answer.answer


@pytest.mark.slow
def test_an_empty_table_cell_for_the_country_asked_is_refused(assistant):
    answer = assistant.ask(
        "How long does Israel allow for executing banked offsets after the main contract?"
    )
    assert answer.abstained
    assert "Israel" in answer.answer


def test_a_country_left_empty_beside_another_given_its_value_leaves_the_row_an_answer():
    # Two countries asked, one with a value in the row asked: the row answers that side and
    # shows the other's empty cell, so the question is not refused whole.
    row = (
        "Table 9. Windows — Window of execution: Netherlands: Up to 10 years after main "
        "contract; Türkiye: n/a"
    )
    asked = "Compare how long Turkey and the Netherlands allow for executing banked offsets."
    assert _only_blank_cells(row, asked, Entities()) == []
    both_empty = "Table 9. Windows — Window of execution: Chile: 4 years; Türkiye: n/a; Norway: n/a"
    asked = "How long do Turkey and Norway allow for executing banked offsets?"
    assert _only_blank_cells(both_empty, asked, Entities()) == ["Norway", "Türkiye"]
