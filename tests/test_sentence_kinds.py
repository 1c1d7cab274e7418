"""A question that asks for causes, recommendations, benefits or drawbacks is answered by the
sentences that give them, found by what they do rather than by the question's words."""

from __future__ import annotations

import pytest

from assistant.answering.compose import intent_of
from assistant.answering.sentence_kinds import (
    BENEFIT,
    CAUSE,
    DRAWBACK,
    RECOMMENDATION,
    asked_kind,
    asking_words,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Why did the port authority raise its fees?", CAUSE),
        ("What drove the fall in grain exports?", CAUSE),
        ("What does the audit office recommend for the tender rules?", RECOMMENDATION),
        ("What do shipyards want the ministry to do about permits?", RECOMMENDATION),
        ("What are the advantages of pooled purchasing?", BENEFIT),
        ("What does a framework deal offer that single orders don't?", BENEFIT),
        ("What are the drawbacks of the current quota system?", DRAWBACK),
        # Why one thing beats another asks for its advantages, not a cause.
        ("Why do planners think leasing beats buying outright?", BENEFIT),
        ("why is rail freight better than trucking, in the ministry's view", BENEFIT),
        ("How many ships were ordered in 2019?", None),
    ],
)
def test_the_question_s_wording_says_which_kind_of_sentence_it_asks_for(question, kind):
    assert asked_kind(question) is kind


def test_sentences_are_marked_by_what_they_do():
    assert CAUSE.marked_by.search("The main reason is the strong currency.")
    assert RECOMMENDATION.marked_by.search("The ministry should publish its priorities.")
    assert BENEFIT.marked_by.search("Pooling enables buyers to negotiate for longer.")
    assert DRAWBACK.marked_by.search("The scheme places a heavy burden on small firms.")
    assert not RECOMMENDATION.marked_by.search("The ministry published its priorities in May.")
    # What someone wants explains what they do; what a program achieved is a benefit.
    assert CAUSE.marked_by.search("Fees rose as the authority seeks to fund a new quay.")
    assert BENEFIT.marked_by.search("The scheme achieved results such as two new ferry lines.")


def test_what_one_gets_out_of_a_thing_asks_for_its_benefits_and_what_one_stands_to_lose_for_its_drawbacks():
    assert asked_kind("What have the growers got out of the levy so far?") is BENEFIT
    assert asked_kind("What did small shops get from the voucher scheme?") is BENEFIT
    assert asked_kind("What would the port stand to lose by dropping the quota?") is DRAWBACK
    assert asked_kind("What are the risks of ending the quota early?") is DRAWBACK


def test_whether_a_thing_did_any_good_asks_for_the_good_it_did():
    # A yes-or-no question over "any" or "anything" is answered by the ones there are: it is
    # answered as openly as "what good did it do".
    for question in (
        "Has the island gained anything from the ferry subsidy?",
        "Did the toll road do the valley any good?",
        "What good has the voucher scheme done for small shops?",
    ):
        assert asked_kind(question) is BENEFIT
        assert intent_of(question).wide
    # What a thing has done for someone since it began asks for its benefits, not its history.
    for question in (
        "What has the levy done for the growers since it began?",
        "What have export credits achieved for the toolmakers?",
    ):
        assert asked_kind(question) is BENEFIT
        assert intent_of(question).wide
    assert not intent_of("Did the valley open the toll road in 2019?").wide


@pytest.mark.parametrize(
    "sentence",
    [
        # A past tense names a benefit as the present does.
        "The subsidy enabled the yard to build its first tanker.",
        "Pooled orders allowed small towns to buy buses at fleet prices.",
        # What something was crucial to, or laid the ground for.
        "Export credits have been pivotal to the growth of the toolmakers.",
        "The grants were instrumental in reviving the river port.",
        "The early contracts laid the foundations for a domestic engine industry.",
    ],
)
def test_a_benefit_is_marked_in_any_tense_and_by_what_it_was_crucial_to(sentence):
    assert BENEFIT.marked_by.search(sentence)


def test_what_one_wants_done_asks_for_recommendations():
    assert asked_kind("What do the dockers want done about night shifts?") is RECOMMENDATION


def test_a_compound_s_second_word_asks_for_no_kind():
    assert asked_kind("When did buyers start to ask for a counter-benefit?") is None
    assert asked_kind("Has anyone run a cost-benefit check on the quota?") is None


@pytest.mark.parametrize(
    ("question", "asking"),
    [
        # The words a phrase spans are its topic, not its asking.
        ("What do the growers want the ministry to do about fees?", {"want", "to", "do"}),
        ("What do dockers want done about night shifts?", {"want", "done"}),
        ("What have the growers gotten out of the levy?", {"gotten", "out", "of"}),
        ("What goes wrong with the quota for small buyers?", {"wrong", "with"}),
        ("What does a framework deal offer small towns?", {"what", "does", "offer"}),
        # A person asked for, or a cause: no words of asking are set aside.
        ("Who proposed the quota?", set()),
        ("Why did fees rise?", set()),
    ],
)
def test_the_asking_words_of_a_kind_are_those_outside_the_topic_it_spans(question, asking):
    assert set(asking_words(question).lower().split()) == asking
