"""A part of a counted whole picked out by what it is about is counted with that subject: the
whole's own count does not answer it."""

from __future__ import annotations

from assistant.answering.answerability import _plain_counts
from assistant.answering.topics_counted import topic_asked, topic_counted

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
