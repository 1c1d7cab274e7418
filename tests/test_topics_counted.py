"""A part of a counted whole picked out by what it is about is counted with that subject: the
whole's own count does not answer it."""

from __future__ import annotations

from assistant.answering.answerability import _counts, _plain_counts
from assistant.answering.topics_counted import amount_topic_asked, topic_asked, topic_counted

WHOLE = "The regulator opened 30 complaints in 2019, against 22 the year before."


def test_the_subject_after_a_verb_of_relation_is_the_part_asked():
    assert topic_asked("How many of the 30 complaints concerned fishing?") == ("fishing",)
    assert topic_asked("How many of them dealt with port fees?") == ("port", "fees")
    assert topic_asked("Of the 30 complaints, how many related to tariffs?") == ("tariffs",)
    assert topic_asked("How many of those fell under the coastguard, per the regulator?") == (
        "coastguard",
    )


def test_a_part_picked_by_another_verb_is_not_read_here():
    assert topic_asked("How many of the 30 complaints were upheld?") == ()
    assert topic_asked("How many complaints concerned fishing?") == ()


def test_the_whole_s_count_does_not_count_the_part():
    assert not topic_counted(("fishing",), [WHOLE], _plain_counts)


def test_a_count_written_with_the_subject_answers():
    part = "Of those, 11 concerned fishing licences."
    assert topic_counted(("fishing",), [WHOLE, part], _plain_counts)
    # In the statement it carries on from too, and in another form of the word.
    assert topic_counted(("tariffs",), ["On tariffs:", "7 complaints were upheld."], _plain_counts)


def test_a_whole_named_by_its_owner_and_a_part_that_belongs_to_a_subject():
    assert topic_asked("How many of the ministry's 14 projects belong to the navy?") == ("navy",)
    assert topic_asked("Of the harbour board's 9 tenders, how many belonged to dredging?") == (
        "dredging",
    )


def test_the_part_of_an_amount_spent_on_a_subject_is_asked_by_that_subject():
    assert amount_topic_asked("Of the NOK 40 million the port spent, how much went to cranes?") == (
        "cranes",
    )
    assert amount_topic_asked("How much of the agency's budget was spent on training?") == (
        "training",
    )
    # The part's words end where a comparison or the unit asked begins.
    assert amount_topic_asked(
        "How much of the grant went to Peru compared with Chile and Ecuador?"
    ) == ("peru",)


def test_an_amount_passed_through_a_channel_or_from_a_source_is_not_read_here():
    assert amount_topic_asked("How much of the budget went through the tender office?") == ()
    assert amount_topic_asked("How much of the budget came from fees?") == ()
    assert amount_topic_asked("How much did the port spend on cranes?") == ()


def test_the_whole_amount_does_not_give_the_part_spent_on_a_subject():
    total = "The port spent NOK 40 million on equipment between 2015 and 2019."
    assert not topic_counted(("cranes",), [total], _counts)
    part = "Cranes took NOK 12 million of it."
    assert topic_counted(("cranes",), [total, part], _counts)
