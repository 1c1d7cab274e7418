"""A question that asks for causes, recommendations, benefits or drawbacks is answered by the
sentences that give them, found by what they do rather than by the question's words."""

from __future__ import annotations

import pytest

from assistant.answering.compose import intent_of
from assistant.answering.sentence_kinds import (
    ARGUMENT,
    BENEFIT,
    CAUSE,
    DRAWBACK,
    FULFILMENT,
    MOTIVE,
    RECOMMENDATION,
    SIGNIFICANCE,
    SURROUNDINGS,
    asked_kind,
    asking_words,
    without_asking,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Why did the port authority raise its fees?", CAUSE),
        ("What drove the fall in grain exports?", CAUSE),
        ("How come grain exports fell after the drought?", CAUSE),
        ("What does the audit office recommend for the tender rules?", RECOMMENDATION),
        ("What do shipyards want the ministry to do about permits?", RECOMMENDATION),
        ("What are the advantages of pooled purchasing?", BENEFIT),
        ("What does a framework deal offer that single orders don't?", BENEFIT),
        ("What are the drawbacks of the current quota system?", DRAWBACK),
        # Why one thing beats another asks for its advantages, not a cause.
        ("Why do planners think leasing beats buying outright?", BENEFIT),
        ("why is rail freight better than trucking, in the ministry's view", BENEFIT),
        ("How many ships were ordered in 2019?", None),
        # An explanation for a thing is its cause; one of a thing may be what it is.
        ("What explanations has the port offered for the slump in tonnage?", CAUSE),
        ("What justification did the board give for the higher fees?", CAUSE),
        ("What explanation of the tender rules does the guide give?", None),
        # Pushback against a thing is a side's case against it.
        ("What pushback came from the growers against the quota?", ARGUMENT),
        ("What backlash has there been against the new levy?", ARGUMENT),
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


def test_a_writer_s_prescriptions_are_its_recommendations():
    question = "Lay out the audit office's prescriptions for the tender rules."
    assert asked_kind(question) is RECOMMENDATION
    # The word naming the kind says what the answer must do, not what it is about.
    assert "prescriptions" not in without_asking(question)
    assert asked_kind("What policy prescription does the guild offer on tolls?") is RECOMMENDATION


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


@pytest.mark.parametrize(
    "question",
    [
        "How well have the dredging firms kept their harbour pledges?",
        "How far the ferry operators have met their timetable commitments, in short?",
        "Summarise how the builders lived up to their housing promises.",
        "What is the rail consortium's track record on its station obligations?",
        "Have the vendors delivered on their training promises to the navy?",
    ],
)
def test_how_well_promises_were_kept_asks_for_what_was_done_of_them(question):
    assert asked_kind(question) is FULFILMENT


def test_what_was_done_of_a_promise_is_its_implementation_or_that_it_was_not_kept():
    assert FULFILMENT.marked_by.search("By 2021 the implementation rate was only 40%.")
    assert FULFILMENT.marked_by.search("The yard reportedly refused to share its designs.")
    assert FULFILMENT.marked_by.search("Deliveries fell short of the agreed volume.")
    # Bringing a policy in, or what a scheme lets one do, says nothing of a promise kept.
    assert not FULFILMENT.marked_by.search("The ministry implemented the levy in 1990.")
    assert not FULFILMENT.marked_by.search("Pooling lets sellers fulfil their terms early.")
    # "Make good on its promise to …" is a pledge still to keep.
    assert not FULFILMENT.marked_by.search("The agency must make good on its promise to act.")


def test_the_promise_words_are_the_asking_not_the_topic():
    question = "How well have the dredging firms kept their harbour pledges?"
    assert "pledges" not in without_asking(question)
    assert "harbour" in without_asking(question)
    assert "dredging firms" not in asking_words(question)


@pytest.mark.parametrize(
    "question",
    [
        "Why does the closure of the north quay matter?",
        "Why is the court's ruling on berth fees so important for the ferry lines?",
        "What does the new tender rule mean for small yards?",
        "What are the implications of the toll freeze?",
    ],
)
def test_why_a_thing_matters_asks_for_what_follows_from_it_not_its_cause(question):
    assert asked_kind(question) is SIGNIFICANCE


def test_what_follows_from_a_thing_is_said_by_a_sentence_looking_ahead_or_weighing_it():
    assert SIGNIFICANCE.marked_by.search("The ruling will likely set the stage for more suits.")
    assert SIGNIFICANCE.marked_by.search("The freeze could deprive the port of new berths.")
    assert SIGNIFICANCE.marked_by.search("Imports were the leading factor behind the fall.")
    assert not SIGNIFICANCE.marked_by.search("The court ruled on the fees in May.")


@pytest.mark.parametrize(
    "question",
    [
        "Put the toll freeze in context: what else was going on that month?",
        "What was the backdrop to the ministry's criticism of the ferry lines?",
        "Place the court's ruling in its wider context.",
    ],
)
def test_a_request_for_context_asks_for_what_surrounded_a_thing(question):
    assert asked_kind(question) is SURROUNDINGS


def test_what_surrounded_a_thing_is_said_by_a_sentence_setting_it_among_other_events():
    assert SURROUNDINGS.marked_by.search("The ruling came as the yards braced for new tariffs.")
    assert SURROUNDINGS.marked_by.search("It was the latest addition to the ports' troubles.")
    assert SURROUNDINGS.marked_by.search("The audit was published ahead of the budget vote.")
    assert not SURROUNDINGS.marked_by.search("The audit found three faults in the tender.")


def test_an_aside_in_brackets_says_what_an_ask_is_about_not_what_kind_it_is():
    assert asked_kind("How did the unions respond (the toll freeze in context)?") is None


def test_why_someone_favours_a_thing_asks_for_its_advantages():
    assert asked_kind("Why does the audit office favour pooled buying?") is BENEFIT
    assert asked_kind("Why are the growers so keen on the levy?") is BENEFIT
    assert asked_kind("why do the port's planners like the new berth scheme so much") is BENEFIT
    # Why someone did something is still a cause.
    assert asked_kind("Why did the growers drop the levy?") is CAUSE


def test_whether_promises_were_kept_is_answered_as_widely_as_how_well_they_were():
    for question in (
        "Did the dredging firms deliver the quays they promised the port?",
        "Have the ferry operators followed through on their timetable commitments?",
    ):
        assert asked_kind(question) is FULFILMENT, question
        assert intent_of(question).wide, question
    # A yes-or-no question of no such kind stays a yes or no.
    assert not intent_of("Did the ferry operators publish a timetable?").wide


def test_why_someone_wants_a_thing_used_more_asks_for_its_advantages():
    assert asked_kind("Why do the planners want the port to rely on pooled buying?") is BENEFIT
    # Wanting something done to a thing is no liking of it.
    assert asked_kind("Why do the planners want the port to drop pooled buying?") is CAUSE


@pytest.mark.parametrize(
    "question",
    [
        "What can the harbour board learn from Rotterdam's tendering rules?",
        "Which of Norway's procurement habits are worth emulating?",
        "What lessons does the audit draw from the Danish levy?",
        "Is there anything in Finland's levy worth copying, in the institute's view?",
    ],
)
def test_a_lesson_or_a_model_to_copy_is_asked_as_a_recommendation(question):
    # What one should take from another's example is advice, said with "should" and "needs to".
    assert asked_kind(question) is RECOMMENDATION


def test_a_verb_worth_doing_is_a_judgment_not_an_amount():
    from assistant.answering.frame import answer_type

    assert answer_type("What does Chile do on tenders that the study finds worth copying?") != (
        "money"
    )
    assert answer_type("How much was the tanker deal worth?") == "money"
    assert answer_type("Was the old licence worth nothing in the end?") == "money"


@pytest.mark.parametrize(
    "question",
    [
        "Why is Brussels taking aim at Oslo's fishing quotas this year?",
        "What's the ministry after with this complaint about port fees?",
        "What motives do analysts see behind the regulator's decision to fine the airline?",
        "Give me the theories for why Tokyo went after the steel mills.",
    ],
)
def test_why_an_actor_did_something_asks_for_its_motive(question):
    assert asked_kind(question) is MOTIVE


@pytest.mark.parametrize(
    "question",
    ["Why did grain exports fall in 2019?", "What is the status after the vote?"],
)
def test_the_cause_of_a_trend_or_a_state_after_an_event_is_no_motive(question):
    assert asked_kind(question) is not MOTIVE


def test_a_motive_is_said_by_a_sentence_giving_an_actor_a_purpose():
    assert MOTIVE.marked_by.search("Tokyo named the mills in a bid to win concessions on cars.")
    assert MOTIVE.marked_by.search("The fine may serve as a bargaining chip in the air talks.")
    assert MOTIVE.marked_by.search("It may press the port as the ministry wants lower fees.")
    assert not MOTIVE.marked_by.search("Exports fell because demand in Europe collapsed.")


def test_a_government_s_reaction_is_asked_of_a_government_and_told_by_its_acts():
    from assistant.answering.compose import _GOVERNMENT_ACTS, _asks_government_reaction

    assert _asks_government_reaction("How did the cabinet in Oslo respond to the quota ruling?")
    assert _asks_government_reaction("What was the ministry's reaction?")
    assert not _asks_government_reaction("How did the shipyards react to the levy?")
    assert _GOVERNMENT_ACTS.search("The premier convened an emergency meeting on Sunday.")
    assert _GOVERNMENT_ACTS.search("The cabinet set up a task force on port fees.")
    assert not _GOVERNMENT_ACTS.search("The ministry said it regretted the decision.")


def test_a_complaint_set_against_a_reply_is_no_side_s_case_against_a_thing():
    # "Against" there sets one statement beside another; pushback against a plan argues with it.
    question = "Set the harbour board's complaint about the levy against the growers' reply."
    assert asked_kind(question) is not ARGUMENT
    assert asked_kind("What pushback came from the growers against the quota?") is ARGUMENT


@pytest.mark.parametrize(
    "question",
    [
        "What did the fishing quota do for the coastal towns?",
        "What does the rail subsidy do for farmers in the north?",
        "What has the export credit scheme delivered for Peru's shipyards?",
    ],
)
def test_what_a_thing_did_for_someone_asks_for_what_it_brought_them(question):
    assert asked_kind(question) is BENEFIT


@pytest.mark.parametrize(
    "question",
    [
        "What effect did the 2009 tariff ruling have on Chile's copper exports?",
        "What impact has the port strike had on grain shipments?",
        "What effects will the new levy have?",
    ],
)
def test_the_effect_of_a_thing_asks_for_what_follows_from_it(question):
    assert asked_kind(question) is SIGNIFICANCE


def test_what_a_thing_lets_someone_do_names_no_kind_by_itself():
    # "let" tells of a specific event's result, which the sentences about that event give;
    # a list of some other thing's benefits does not answer it.
    assert asked_kind("What did the 1994 reform of the port rules let Chile do?") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Following a 2009 review by the audit office, a dispute erupted over the port fees.",
        "Ever since the strike, the union has been pressing for a new contract.",
        "The ruling led to a wave of appeals from exporters.",
        "The fee rise prompted shippers to move to Valparaiso.",
    ],
)
def test_what_a_past_event_set_off_is_said_by_a_sentence_dating_a_result_from_it(sentence):
    assert SIGNIFICANCE.marked_by.search(sentence)


def test_the_following_items_of_a_list_are_no_result():
    assert not SIGNIFICANCE.marked_by.search("The following ports charge the fee.")
