"""Things asked by what they are are not answered by how many there were, whatever noun the
question and the source each use for them."""

from __future__ import annotations

from assistant.answering.counted_not_listed import counted_not_listed

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
