"""Things asked by what they are are not answered by how many there were, whatever noun the
question and the source each use for them."""

from __future__ import annotations

from assistant.answering.counted_not_listed import counted_not_listed, subjects_not_listed

BOUGHT = "The ministry put forward 120 parts from 40 firms, and only 15 items were purchased."


def test_which_things_were_bought_is_not_answered_by_a_count_under_another_noun():
    assert counted_not_listed("Which components did the shipyard buy from local firms?", [BOUGHT])
    assert counted_not_listed("What goods ended up being bought by the shipyard?", [BOUGHT])
    assert counted_not_listed("Name the parts the shipyard procured from local firms.", [BOUGHT])


def test_a_statement_that_lists_the_things_answers():
    listed = "The shipyard bought 15 items, including valves, pumps and winches."
    assert not counted_not_listed("Which components did the shipyard buy?", [listed])


def test_how_many_and_questions_of_no_act_are_left_to_other_checks():
    assert not counted_not_listed("How many components did the shipyard buy?", [BOUGHT])
    # No statement writes the act asked about: nothing here to judge.
    assert not counted_not_listed(
        "Which components did the shipyard refuse?", ["The shipyard has 3 docks."]
    )


# What counted things were about: "the 12 rulings", "the 40 parts".
RULINGS = "The tribunal issued 12 rulings last year, up from 9 the year before."


def test_what_counted_things_were_about_is_not_answered_by_their_number():
    assert subjects_not_listed("What topics did the 12 rulings cover?", [RULINGS])
    assert subjects_not_listed("What kinds of disputes made up the 12 rulings?", [RULINGS])
    assert subjects_not_listed("What were the tribunal's 12 rulings about?", [RULINGS])
    # A data row gives the number after its label.
    assert subjects_not_listed("Which issues did the 12 rulings settle?", ["Rulings issued: 12"])


def test_a_year_before_the_number_is_not_the_count():
    assert subjects_not_listed("What subjects did the 2019 12 rulings cover?", [RULINGS])


def test_a_count_given_with_its_subjects_answers():
    listed = "The tribunal issued 12 rulings, including ones on fishing quotas and tariffs."
    assert not subjects_not_listed("What topics did the 12 rulings cover?", [listed])


def test_subjects_of_things_the_question_does_not_count_are_left_to_other_checks():
    # No number in the question: which rulings is another check's matter.
    assert not subjects_not_listed("What topics did the rulings cover?", [RULINGS])
    # Another number than the statements give: nothing here to judge.
    assert not subjects_not_listed("What topics did the 30 rulings cover?", [RULINGS])
    # A count asked is no subject asked.
    assert not subjects_not_listed("How many rulings did the tribunal issue?", [RULINGS])
