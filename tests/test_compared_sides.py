"""A question weighing two things of one kind against each other is answered with each side's
own statement, side by side: a choice between named things ("whose …, A's or B's?") as much as
an outright comparison, and a comparison of two parts of one whole a table breaks down."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_choice_between_two_named_firms_states_each_firm_s_figure(assistant):
    answer = assistant.ask(
        "Whose small-business export commitment had progressed more as of 2022: "
        "Lockheed Martin's or Airbus's?"
    )
    assert not answer.abstained
    assert "23.4%" in answer.answer
    assert "10% for SME exports" in answer.answer


def test_a_choice_between_two_named_programs_states_each_program_s_figure(assistant):
    answer = assistant.ask(
        "Which program saw a higher SME export implementation rate in 2022, the F-35A or KC-X?"
    )
    assert "23.4%" in answer.answer
    assert "10% for SME exports" in answer.answer


def test_a_choice_repeats_no_statement_the_answer_already_makes(assistant):
    answer = assistant.ask(
        "Whose small-business export commitment had progressed more as of 2022: "
        "Lockheed Martin's or Airbus's?"
    )
    claims = [c.strip() for c in answer.answer.split("[") if len(c.strip()) > 40]
    assert len(claims) == len(set(claims))


def test_two_parts_of_a_table_s_whole_compared_are_both_given(assistant):
    answer = assistant.ask(
        "Over 1983-2022, contrast technology for indigenous arms with equipment acquisition "
        "as offset value sources."
    )
    assert not answer.abstained
    assert "10.67 billion" in answer.answer
    assert "5.36 billion" in answer.answer


def test_a_comparison_with_unnamed_others_tells_the_others_practice_too(assistant):
    answer = assistant.ask("How do Korea's offset demands compare with those of other nations?")
    assert not answer.abstained
    assert "Netherlands" in answer.answer and "Norway" in answer.answer


def test_the_others_side_is_told_by_a_sentence_about_them_not_about_the_compared_one(assistant):
    answer = assistant.ask(
        "Compared with other countries buying American weapons, how is Korea's handling "
        "of FMS offsets different?"
    )
    assert "Netherlands" in answer.answer
    assert "Korea's own experience exporting" not in answer.answer


def test_periods_compared_in_won_are_each_given_in_won_not_only_in_dollars(assistant):
    # The dollar figures of both periods are no answer when the sides are to be weighed in won.
    answer = assistant.ask(
        "Using won, how did the offsets obtained by Korea in 2011-2015 compare with 2016-2020?"
    )
    assert not answer.abstained
    assert "10.4509 trillion" in answer.answer
    assert "1 trillion" in answer.answer


def test_sides_named_as_a_table_s_categories_each_get_their_row_however_loosely_worded(
    assistant,
):
    # Words the sources never use ("tallying", "slice", "gathered") keep the rows from covering
    # the question; each side is still a category row of the one table that period has, the
    # technology row too, though its sentence is another than the equipment row's.
    answer = assistant.ask(
        "Tallying everything gathered between 1983 and 2022, how does the equipment slice "
        "measure up against technology?"
    )
    assert not answer.abstained
    assert "5.36 billion" in answer.answer
    assert "10.67 billion" in answer.answer


def test_every_category_a_question_lists_is_given_not_only_those_sharing_a_quote(assistant):
    # Two categories are stated in one sentence, the third in another: the listed three all
    # answer, each with its share and its amount.
    answer = assistant.ask(
        "For 1983 to 2022, give the dollar value and share of offsets from equipment "
        "acquisition, from parts manufacturing, and from technology for indigenous weapons."
    )
    assert not answer.abstained
    for figure in ("10.67 billion", "46%", "7.14 billion", "30.8%", "5.36 billion", "23.1%"):
        assert figure in answer.answer
