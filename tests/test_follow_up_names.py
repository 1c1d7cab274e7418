"""A follow-up that names something else of a kind the earlier question named ("And Chile?")
asks the earlier question of it; one that says "back then" asks of the year the last answer
gave."""

from __future__ import annotations

import re

import pytest

from assistant.answering.followup import resolve
from assistant.answers import Turn

_COUNTRIES = ("Peru", "Chile", "Bolivia", "Ecuador")
_FIRMS = ("Acme Aero", "Borealis")


def _spans(text: str) -> list[tuple[str, str, int, int]]:
    # A stand-in for the composer's name table: four countries and two firms.
    return [
        (kind, name, m.start(), m.end())
        for kind, names in (("countries", _COUNTRIES), ("companies", _FIRMS))
        for name in names
        for m in re.finditer(re.escape(name), text)
    ]


def _asked(*questions: str) -> list[Turn]:
    turns = []
    for question in questions:
        turns += [Turn(role="user", content=question), Turn(role="assistant", content="…")]
    return turns


def test_a_follow_up_naming_another_country_in_the_possessive_asks_the_same_of_it():
    history = _asked("What's Peru's levy on imported steel?")
    resolved = resolve("And Bolivia's?", history, 1, spans=_spans)
    assert resolved.question == "What's Bolivia's levy on imported steel?"
    resolved = resolve("What about Chile’s?", history, 1, spans=_spans)
    assert resolved.question == "What's Chile's levy on imported steel?"


def test_a_follow_up_naming_only_another_country_asks_the_earlier_question_of_it():
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve("And Chile?", history, 1, spans=_spans)
    assert resolved.question == "What levy does Chile charge on imported steel?"
    assert "Peru" not in resolved.query


@pytest.mark.parametrize("follow_up", ["What about Chile?", "How about for Chile, then?"])
def test_other_openings_of_the_same_follow_up_are_read_alike(follow_up):
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve(follow_up, history, 1, spans=_spans)
    assert resolved.question == "What levy does Chile charge on imported steel?"


@pytest.mark.parametrize("follow_up", ["And the Chile one?", "and the Chile ones?"])
def test_one_standing_for_the_earlier_thing_after_a_name_still_asks_of_that_name(follow_up):
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve(follow_up, history, 1, spans=_spans)
    assert resolved.question == "What levy does Chile charge on imported steel?"


def test_a_chain_of_such_follow_ups_keeps_asking_the_first_question():
    history = _asked("What levy does Peru charge on imported steel?", "And Chile?")
    resolved = resolve("And Bolivia?", history, 1, spans=_spans)
    assert resolved.question == "What levy does Bolivia charge on imported steel?"


def test_a_firm_put_in_place_of_a_firm_leaves_the_countries_alone():
    history = _asked("What did Acme Aero promise Peru?")
    resolved = resolve("What about Borealis?", history, 1, spans=_spans)
    assert resolved.question == "What did Borealis promise Peru?"


def test_a_follow_up_with_words_of_its_own_is_asked_beside_the_earlier_question_minus_its_name():
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve("And what did Chile's minister say about it?", history, 3, spans=_spans)
    assert resolved.question == "And what did Chile's minister say about it?"
    assert "Peru" not in resolved.context and "levy" in resolved.context


def test_a_follow_up_that_sets_the_new_name_beside_the_old_keeps_both():
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve("How does Chile compare?", history, 1, spans=_spans)
    assert "Peru" in resolved.query and "Chile" in resolved.query


def test_the_same_name_again_is_no_new_question():
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve("And Peru?", history, 1, spans=_spans)
    assert resolved.question == "And Peru?"


def test_back_then_asks_of_the_year_the_last_answer_gave_to_a_when_question():
    history = [
        Turn(role="user", content="When was the harbour levy first charged?"),
        Turn(role="assistant", content="The levy was first charged in 1957 [1]."),
    ]
    resolved = resolve("What rate applied back then?", history, 2)
    assert resolved.question == "What rate applied in 1957?"


@pytest.mark.parametrize(
    "follow_up", ["What was the rate at the time?", "Which rate was charged then?"]
)
def test_a_time_referred_to_in_other_words_is_the_year_the_last_answer_gave(follow_up):
    history = [
        Turn(role="user", content="When was the harbour levy first charged?"),
        Turn(role="assistant", content="The levy was first charged in 1957 [1]."),
    ]
    # Three words of topic of its own: only the reference to a time makes it a follow-up.
    resolved = resolve(follow_up, history, 3)
    assert "1957" in resolved.question
    assert resolved.context == "When was the harbour levy first charged?"


@pytest.mark.parametrize(
    "follow_up", ["What did the mayor say at the time of the strike?", "What then?"]
)
def test_a_time_the_question_names_itself_or_a_bare_then_is_no_year_answered(follow_up):
    history = [
        Turn(role="user", content="When was the harbour levy first charged?"),
        Turn(role="assistant", content="The levy was first charged in 1957 [1]."),
    ]
    assert "1957" not in resolve(follow_up, history, 3).question


@pytest.mark.parametrize(
    "follow_up", ["And then what happened to the rate?", "What rate applied back then?"]
)
def test_no_year_is_put_in_after_a_question_that_did_not_ask_when(follow_up):
    history = [
        Turn(role="user", content="What did the harbour levy fund?"),
        Turn(role="assistant", content="In 1957 it funded the new pier [1]."),
    ]
    assert resolve(follow_up, history, 2).question == follow_up


@pytest.mark.slow
def test_a_country_named_alone_after_a_question_about_another_gets_its_own_figure(assistant):
    history = []
    for question in (
        "Which minimum offset share applies to FMS contracts in Norway?",
        "How about Saudi Arabia?",
    ):
        answer = assistant.ask(question, history)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
    assert "35%" in answer.answer and "100%" not in answer.answer


def _without_source(text: str) -> str:
    # A stand-in for the composer's reading of attributions: "according to <firm>" names a source.
    return re.sub(r",?\s*according to (?:Acme Aero|Borealis)", "", text)


def test_a_firm_named_only_as_the_source_asked_does_not_replace_the_earlier_firm():
    # "According to Borealis" says whose account is wanted: the question is still about Acme Aero.
    history = _asked("When did Acme Aero open its plant in Peru?")
    resolved = resolve(
        "why has it struggled, according to Borealis?",
        history,
        3,
        spans=_spans,
        unattributed=_without_source,
    )
    assert "Acme Aero" in resolved.context


def test_a_firm_named_as_the_subject_of_a_follow_up_still_replaces_the_earlier_firm():
    history = _asked("When did Acme Aero open its plant in Peru?")
    resolved = resolve(
        "why has Borealis struggled there?", history, 3, spans=_spans, unattributed=_without_source
    )
    assert "Acme Aero" not in resolved.context


@pytest.mark.parametrize(
    "correction",
    ["no, I meant Chile", "Sorry, I meant Chile.", "oh, I was asking about Chile", "I mean Chile"],
)
def test_a_correction_naming_another_country_asks_the_earlier_question_of_it(correction):
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve(correction, history, 1, spans=_spans)
    assert resolved.question == "What levy does Chile charge on imported steel?"


def test_a_correction_with_a_question_of_its_own_leans_on_the_earlier_question():
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve("no, I meant the older one: when was it set?", history, 4, spans=_spans)
    assert resolved.context == "What levy does Peru charge on imported steel?"


def test_meaning_something_inside_a_question_of_its_own_is_no_correction():
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve(
        "What did the Acme Aero board mean by a fair levy on copper?", history, 6, spans=_spans
    )
    assert resolved.context == ""


@pytest.mark.parametrize(
    "follow_up",
    [
        "How does that compare with Chile?",
        "how does Chile compare?",
        "And how would Chile's stack up?",
        "How does it compare to Chile's?",
    ],
)
def test_a_follow_up_that_only_sets_another_country_beside_asks_the_earlier_question_of_both(
    follow_up,
):
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve(follow_up, history, 2, spans=_spans)
    assert resolved.question == "What levy does Peru charge on imported steel, and Chile?"


def test_a_comparison_that_asks_more_than_the_comparison_is_left_to_the_earlier_question():
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve(
        "How does that compare with Chile's copper tariff?", history, 2, spans=_spans
    )
    assert resolved.question == "How does that compare with Chile's copper tariff?"


def test_a_comparison_after_a_question_naming_more_than_the_one_thing_is_not_joined():
    # The firm would be asked of Chile too: the earlier question names more than the country.
    history = _asked("What levy did Acme Aero pay in Peru?")
    resolved = resolve("How does that compare with Chile?", history, 2, spans=_spans)
    assert resolved.question == "How does that compare with Chile?"


@pytest.mark.parametrize(
    "follow_up", ["Chile?", "the Chile one?", "okay, Chile?", "Right. And Chile?"]
)
def test_a_name_alone_without_an_opening_still_asks_the_earlier_question_of_it(follow_up):
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve(follow_up, history, 1, spans=_spans)
    assert resolved.question == "What levy does Chile charge on imported steel?"


def test_a_name_alone_of_another_kind_is_no_swap():
    # A firm after a question naming only a country has nothing of its kind to replace.
    history = _asked("What levy does Peru charge on imported steel?")
    resolved = resolve("Borealis?", history, 1, spans=_spans)
    assert resolved.question == "Borealis?"
