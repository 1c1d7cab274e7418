"""A question may name the doer ("the lender", "the inspector") where a source writes the act
("lending banks", "an inspection"). The stemmer keeps "lender" apart from "lend"; the weak-match
gate counts the doer's noun met by a sentence writing the act, when the sources write that act.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

from assistant.answering.agent_nouns import agent_base, met_as_act

_VOCABULARY = frozenset({"lend", "bank", "inspect", "chile", "off", "lender"})


def test_an_agent_noun_is_the_act_without_its_ending():
    assert agent_base("lender", _VOCABULARY) == "lend"
    assert agent_base("inspector", _VOCABULARY) == "inspect"


def test_an_act_no_source_writes_is_no_base():
    assert agent_base("builder", _VOCABULARY) is None


def test_a_base_too_short_to_be_an_act_is_none():
    # "offer" is no one who offs.
    assert agent_base("offer", _VOCABULARY) is None


def test_a_sentence_writing_the_act_meets_the_doer():
    # "Which lender did Chile pick?" met by "Chile turned to lending banks".
    assert met_as_act({"lender", "chile"}, {"lend", "bank", "chile"}, _VOCABULARY) == {"lender"}


def test_a_sentence_writing_the_noun_itself_needs_no_act():
    assert met_as_act({"lender"}, {"lender", "lend"}, _VOCABULARY) == frozenset()


def test_a_sentence_writing_neither_does_not_meet_it():
    assert met_as_act({"lender"}, {"bank", "chile"}, _VOCABULARY) == frozenset()
