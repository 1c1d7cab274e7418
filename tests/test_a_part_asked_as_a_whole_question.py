"""A part of a question of several parts that every lookup made for it as a part leaves
unanswered is asked once more as a question of its own, every way a whole question is answered;
it is said to be unanswered only when that finds nothing either."""

from __future__ import annotations


def test_a_part_the_other_parts_words_hide_is_answered_as_it_would_be_alone(assistant):
    # Asked alone, the hour of the tariff announcement is answered; beside an ask about the task
    # force's meeting, whose words bring back other statements, it must be answered too.
    alone = assistant.ask("At what time was the announcement due?")
    assert "3 PM" in alone.answer and not alone.abstained
    both = assistant.ask(
        "Who led the Economic Security Strategy Task Force meeting, and at what time was the "
        "announcement due?"
    )
    assert "Han Duck-soo" in both.answer
    assert "3 PM" in both.answer
    assert "do not answer this part" not in both.answer


def test_a_part_no_way_answers_is_still_said_to_be_unanswered(assistant):
    answer = assistant.ask(
        "Who led the Economic Security Strategy Task Force meeting, and at what time did it end?"
    )
    assert "Han Duck-soo" in answer.answer
    assert "3 PM" not in answer.answer
