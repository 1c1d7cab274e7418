"""A reason is given only for the event it explains, and a party's reply only by that party.

- A sentence that gives a cause answers "why" only for the event it explains: the years and
  quoted names the question ties the event to stand in it (or in the sentence it points back
  to), and what it explains went the way the event went (the causes of a fall are no reasons
  for a rise or a high level).
- "Why was it raised in 1990, and again in 1995?" asks a cause in every part.
- "How did the harbour board respond", "the inspectors' findings", "what reason does the union
  give": only a statement in which that party speaks or finds answers; its spokesperson is not
  its head, and another body's explanation is not its own.
"""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, unmet
from assistant.answering.causes_asked import asked_event, direction, explains_event, only_why
from assistant.answering.frame import frame_of
from assistant.answering.own_words import Party, asked_party, party_of, speaks, voice
from assistant.answers import Answer, Citation


def _said(*sentences: str) -> Answer:
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(sentences, start=1)
    ]
    text = " ".join(f"{q} [{i}]" for i, q in enumerate(sentences, start=1))
    return Answer(question="q", answer=text, citations=citations)


def _no_names(text: str, kind: str) -> frozenset[str]:
    return frozenset()


# Causes of another event

RENAMED = "In 2019 the port authority relabelled its levy as the 'harbour dues'."
STANCE = "The port authority's dislike of the levy stems from the cost of collecting it."


def test_a_cause_of_a_stance_is_no_reason_for_a_renaming_in_a_year_it_never_names():
    question = "Why did the port authority relabel the levy as 'harbour dues' in 2019?"
    assert unmet(frame_of(question), _said(RENAMED, STANCE)) is not None


def test_the_cause_of_the_stance_still_answers_why_the_stance_is_held():
    question = "Why has the port authority turned against the levy?"
    assert unmet(frame_of(question), _said(RENAMED, STANCE)) is None


FELL = "Catches fell to 2,000 tonnes in 2020, down from 9,000 tonnes in 2012 to 2016."
REASONS = "Reasons for this steep drop include warmer water and a shorter season."


def test_the_reasons_for_a_fall_are_no_reasons_for_the_high_level_before_it():
    question = "Set out the reasons the survey gives for the high catches of 2012-2016."
    assert unmet(frame_of(question), _said(FELL, REASONS)) is not None


def test_the_reasons_for_a_fall_answer_why_it_fell():
    question = "Set out the reasons the survey gives for the slump in catches."
    assert unmet(frame_of(question), _said(FELL, REASONS)) is None


def test_a_cause_pointing_back_takes_the_years_of_the_sentence_before_it():
    event = asked_event("Why did catches drop in 2017?")
    assert event is not None and event.years == {"2017"}
    assert explains_event(event, REASONS, "Catches fell to 2,000 tonnes in 2017.")
    assert not explains_event(event, REASONS, "Catches were steady for years.")
    # A decade or a span's bound ties the event to no one year.
    for loose in ("Why did catches drop in the 2010s?", "Why have catches dropped since 2016?"):
        found = asked_event(loose)
        assert found is not None and not found.years, loose


def test_direction_reads_a_rise_or_a_fall_and_nothing_from_both():
    assert direction("the surge in fees") == "up"
    assert direction("the collapse in orders") == "down"
    assert direction("fees rose while orders fell") == ""


def test_every_part_of_a_question_asking_only_why_asks_a_cause():
    question = "chart the dock fee: why was it raised in 1990, and again in 1995?"
    assert only_why(question)
    raised = "The dock fee was raised to USD 3 in 1990 and to USD 4 in 1995."
    assert unmet(frame_of(question), _said(raised)) is not None
    assert not only_why("Why was it raised, and when?")


# A party's own words


@pytest.mark.parametrize(
    ("question", "party"),
    [
        (
            "How did the harbour board's chairman react to the ruling?",
            "the harbour board's chairman",
        ),
        ("What reason does Lisbon give for the delay?", "Lisbon"),
        ("Set out the inspectors' three main findings on the dredging.", "the inspectors"),
        ("What was the Pilots Union's response to the new tariff?", "Pilots Union"),
        # A pronoun, a bare plural or the source itself names no party; nor does a noun that is
        # no reply.
        ("How did they respond to the ruling?", None),
        ("What reasons do economists give for the slump?", None),
        ("What are the report's findings on dredging?", None),
        ("Why is the port's defence industry growing?", None),
        ("How does Lisbon's counter-offer compare with the port's?", None),
    ],
)
def test_the_party_asked_for_is_the_one_named_as_replying_or_finding(question, party):
    assert asked_party(question) == party


def _party(who: str, question: str = "") -> Party:
    found = party_of(who, question or who, _no_names)
    assert found is not None
    return found


def test_a_spokesperson_speaks_for_no_chairman():
    said = "“We will appeal,” Ana Reis, spokesperson of the Harbour Board, said on Monday."
    assert "spokesperson of the Harbour Board" in voice(said)
    assert speaks(_party("the Harbour Board's spokesman"), said, _no_names)
    assert not speaks(_party("the chairman of the Harbour Board"), said, _no_names)


def test_another_body_s_explanation_is_not_the_party_s_reason():
    said = "The shipping trade explains that since 2015 the port office has refused new berths."
    assert speaks(_party("the shipping trade"), said, _no_names)
    assert not speaks(_party("the Lisbon Port Office"), said, _no_names)


def test_a_country_or_its_government_is_no_one_office_to_look_for():
    names = Entities().names
    assert party_of("Washington", "How did Washington react?", names) is None
    assert (
        party_of("the government of Korea", "How did the government of Korea react?", names) is None
    )


def test_a_party_only_named_in_the_statements_gives_no_reply():
    question = "How has the Harbour Safety Office defended its new inspection rules?"
    answer = _said(
        "The Harbour Safety Office introduced the inspection rules in 2018.",
        "Shipowners argue the rules are an unnecessary burden.",
    )
    problem = unmet(frame_of(question), answer, Entities())
    assert problem is not None and "Harbour Safety Office" in problem.reason


def test_a_party_that_speaks_answers_its_own_reply():
    question = "How has the Harbour Safety Office defended its new inspection rules?"
    answer = _said(
        "The Harbour Safety Office said the rules had halved accidents since 2018.",
    )
    assert unmet(frame_of(question), answer, Entities()) is None


def test_a_name_ending_like_a_participle_or_a_later_clause_s_verb_asks_no_event():
    # "Why are they unhappy …" asks the grounds of a state; "Ahmed" is a name, and "objected"
    # is the verb of the clause after "that", not a passive of the question's own.
    assert asked_event("Why are Reed and Ahmed unhappy with the levy?") is None
    assert asked_event("Why is it strange that the inspectors objected to the levy?") is None
    assert asked_event("Why was the harbour fee raised in 1997?") is not None


def test_a_government_named_by_its_country_s_adjective_is_no_one_office_to_look_for():
    names = Entities().names
    assert (
        party_of("the Portuguese government", "How did the Portuguese government react?", names)
        is None
    )


def test_a_country_named_in_two_words_ending_in_a_verb_is_the_speaker_whole():
    # "States" in a country's name is no verb of saying: the speaker is the whole name.
    said = "The Federated States of Micronesia announced that tuna licences would cost more."
    assert "Federated States of Micronesia" in voice(said)
    assert speaks(_party("the Federated States of Micronesia"), said, _no_names)
    # A sentence opening on the verb itself still reports words ("States the board: …").
    assert voice("Says the harbour board: fees will rise.") == ""


# The grounds of a party's own course, told in the sources' voice

GROUNDS = (
    "The Harbour Safety Office's stance against night pilotage stems from the cost of staffing "
    "the tugs and the delays it brings to berthing."
)


def test_the_cause_of_a_party_s_own_stance_gives_that_party_s_reasons():
    question = "What reasons does the Harbour Safety Office give for curbing night pilotage?"
    assert unmet(frame_of(question), _said(GROUNDS), Entities()) is None


def test_the_cause_of_another_party_s_stance_gives_none_of_the_party_s_reasons():
    question = "What reasons does the Pilots Guild give for curbing night pilotage?"
    problem = unmet(frame_of(question), _said(GROUNDS), Entities())
    assert problem is not None and "Pilots Guild" in problem.reason


def test_a_stance_named_without_its_cause_gives_no_reasons():
    question = "What reasons does the Harbour Safety Office give for curbing night pilotage?"
    named = "The Harbour Safety Office's stance against night pilotage hardened in 2021."
    assert unmet(frame_of(question), _said(named), Entities()) is not None
