"""A sentence near the question is no answer to it: whether an act was done is not answered by
a statement that the act is sought or under way; who leads a body is answered by a person's name,
not by a sentence that uses "lead" of something else; a threshold amount is not answered by a
table row that gives the country asked a share; and the cause of an event tied to a month is not
the cause of another event that month never names.

Every question and source text is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import asks_person, frame_of
from assistant.answers import Answer, Citation


def _answer(*claims: str) -> Answer:
    text = " ".join(f"{claim} [{i}]" for i, claim in enumerate(claims, start=1))
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=claim, start=0, end=len(claim))
        for i, claim in enumerate(claims, start=1)
    ]
    return Answer(question="q", answer=text, citations=citations)


# -- whether an act was done ------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Did the two ports finally conclude the pilotage treaty?",
        "Have the harbour boards actually concluded the pilotage treaty yet?",
        "Did the two ports end up concluding the pilotage treaty last year?",
    ],
)
@pytest.mark.parametrize(
    "sought",
    [
        "The two ports have been negotiating since 2019 to conclude a pilotage treaty.",
        "The boards said the levy would be settled in the process of concluding the treaty.",
        "The ports could conclude the pilotage treaty next spring, officials said.",
    ],
)
def test_an_act_told_only_as_sought_or_under_way_does_not_say_whether_it_was_done(question, sought):
    problem = unmet(frame_of(question), _answer(sought))
    assert problem is not None and "happened" in problem.reason


@pytest.mark.parametrize(
    "told",
    [
        "The two ports concluded the pilotage treaty in March 2021.",
        "The ports have not concluded the pilotage treaty.",
        "The boards decided not to conclude the pilotage treaty.",
    ],
)
def test_an_act_told_as_done_or_denied_answers_whether_it_was_done(told):
    frame = frame_of("Did the two ports finally conclude the pilotage treaty?")
    assert unmet(frame, _answer(told)) is None


def test_a_statement_in_other_words_than_the_act_is_left_to_the_other_checks():
    frame = frame_of("Did the two ports ratify the pilotage treaty?")
    assert unmet(frame, _answer("The pilotage treaty took effect in 2020.")) is None


@pytest.mark.parametrize(
    "question",
    [
        "When was the pilotage treaty between the two ports ratified?",
        "When did the two ports seal the pilotage treaty?",
        "Did the two ports seal the pilotage treaty?",
        "Has the pilotage treaty been ratified yet?",
    ],
)
def test_a_thing_named_only_as_what_an_infinitive_seeks_was_not_acted_on_whatever_the_verb(
    question,
):
    # The question's verb (ratify, seal) is not the statement's (conclude): the treaty itself
    # is named only as what the ports are working to conclude, and its date is the talks'.
    sought = "The two ports have been in talks since 2019 to conclude a pilotage treaty."
    problem = unmet(frame_of(question), _answer(sought))
    assert problem is not None


def test_a_thing_named_outside_an_infinitive_is_left_to_the_other_checks():
    frame = frame_of("When was the pilotage treaty ratified?")
    told = "Talks to conclude it began in 2019, and the pilotage treaty took effect in 2021."
    assert unmet(frame, _answer(told)) is None


def test_talks_on_a_thing_are_dated_by_a_statement_of_the_talks():
    frame = frame_of("When were talks on the pilotage treaty launched?")
    sought = "The two ports have been in talks since 2019 to conclude a pilotage treaty."
    assert unmet(frame, _answer(sought)) is None


def test_a_purpose_after_a_done_act_is_no_act_only_sought():
    # "to make the levy optional" is what the dated revision did, not an aim still open.
    frame = frame_of("When did the board first make the levy optional in its rules?")
    told = "The board revised its rules in June 2017 to make the levy optional for ferries."
    assert unmet(frame, _answer(told)) is None


def test_an_act_asked_as_under_way_is_dated_by_the_talks():
    frame = frame_of("Since when have the two ports been negotiating a pilotage treaty?")
    sought = "The two ports have been in talks since 2019 to conclude a pilotage treaty."
    assert unmet(frame, _answer(sought)) is None


def test_a_claim_put_to_the_test_is_judged_not_declined():
    frame = frame_of("Is it true that the ports have been working to conclude a treaty?")
    assert unmet(frame, _answer("The ports have been working to conclude a treaty.")) is None


# -- who leads ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who leads the harbour board's negotiating team?",
        "Who led the customs delegation at the ferry talks?",
        "Who is heading the port authority's side in the levy talks?",
    ],
)
def test_who_leads_or_heads_a_body_asks_for_a_person(question):
    assert asks_person(question)
    assert frame_of(question).answer_type == "person"


@pytest.mark.parametrize(
    "question",
    ["Who leads in ferry exports, Norway or Taiwan?", "Who led to the levy being cut?"],
)
def test_leading_in_a_ranking_or_leading_to_an_outcome_asks_no_person(question):
    assert not asks_person(question)


def test_lead_used_of_something_else_names_no_leader():
    frame = frame_of("Who leads the customs delegation in the ferry talks?")
    people = Entities({"person": lambda text: "Kim Min-su" in text})
    other_sense = _answer(
        "Some analysts said the customs service may use the levy to lead the ferry talks."
    )
    problem = unmet(frame, other_sense, people)
    assert problem is not None and "person" in problem.reason
    named = _answer("Kim Min-su leads the customs delegation in the ferry talks.")
    assert unmet(frame, named, people) is None


# -- a threshold asked, a share given ------------------------------------------------------------

_FEE_TABLE = (
    "Table 4. Berth Fees Abroad — Fee per berth: Norway: Min. 5%; Taiwan: Min. 3% [1] "
    "Table 4. Berth Fees Abroad — Window of payment: Norway: Up to 2 years; Taiwan: n/a [2]"
)


def _table_answer(text: str) -> Answer:
    quote = "Fee per berth\tMin. 5%\tMin. 3%"
    citations = [
        Citation(marker=i, source_id="s1", title="t", quote=quote, start=0, end=len(quote))
        for i in (1, 2, 3)
    ]
    return Answer(question="q", answer=text, citations=citations)


@pytest.mark.parametrize(
    "question",
    [
        "What is the threshold berth value for Norway in the fee table?",
        "What is the trigger amount for Norway in the table comparing berth fees and shares?",
    ],
)
def test_a_threshold_amount_is_not_answered_by_a_row_giving_the_country_a_share(question):
    problem = unmet(frame_of(question), _table_answer(_FEE_TABLE), Entities())
    assert problem is not None and "amount" in problem.reason


def test_a_share_asked_of_the_same_row_is_answered():
    frame = frame_of("What is the minimum fee share per berth for Norway?")
    assert unmet(frame, _table_answer(_FEE_TABLE), Entities()) is None


def test_a_threshold_the_sources_state_in_money_for_the_country_is_answered():
    frame = frame_of("What is the threshold berth value for Norway in the fee table?")
    stated = _FEE_TABLE + " Norway raised its threshold berth value to USD 4 million. [3]"
    assert unmet(frame, _table_answer(stated), Entities()) is None


# -- a cause tied to a month ----------------------------------------------------------------------


def test_a_cause_of_another_event_does_not_explain_one_the_question_ties_to_a_month():
    frame = frame_of("Why did the gazette date the levy notice to November?")
    other = _answer(
        "The ministry issued the levy notice in a bid to curb late berthing by ferries."
    )
    problem = unmet(frame, other)
    assert problem is not None and "reason" in problem.reason
    tied = _answer(
        "The gazette dated the notice to November because the levy took effect that month."
    )
    assert unmet(frame, tied) is None


# -- on the sources -------------------------------------------------------------------------------


@pytest.mark.slow
def test_whether_the_procurement_pact_was_signed_is_not_told(assistant):
    # The stories tell the signing only as what the talks aim at.
    answer = assistant.ask("Did the two allies ever sign the RDP agreement?")
    assert answer.abstained


@pytest.mark.slow
def test_who_led_the_offset_bill_is_named(assistant):
    answer = assistant.ask("Who led the 2023 bill to strengthen offset trade in the Assembly?")
    assert not answer.abstained
    assert "Sul Hoon" in answer.answer


@pytest.mark.slow
def test_a_row_that_names_the_lawmaker_but_no_party_gives_way_to_the_sentence_that_does(
    assistant,
):
    answer = assistant.ask("Which party does Assemblyman Sul Hoon belong to?")
    assert not answer.abstained
    assert "Democratic Party" in answer.answer
