"""A side's case is what the side itself holds.

- "The board's own case for the toll", "the case against the levy", "make their case" and
  "pushback" ask for a side's position, as "argue" and "objections" do; "in that case" and "the
  case of the ferry" do not.
- A question that asks for things of another kind ("which sectors did the report criticise")
  names a position only as its setting: the things are the answer.
- A sentence states what a side holds when the side is its subject, named at its start, with a
  word of holding a position right after ("the board's stance against …", "the board (LB) has
  voiced its opposition …", "the board argues …"), or when it is the speaker the verb of saying
  names. A sentence that names the side as an object, an aside, or the owner of another subject
  ("the board's plan for the harbour's renewal has called for …") does not.
- Its case leads the answer with its grounds: asked for a side's case, the answer holds the
  sentence giving the side's reasons, not only its spokesperson's words.
"""

from __future__ import annotations

import re

import pytest

from assistant.answering import compose
from assistant.answering.compose import _holds_position
from assistant.answering.frame import answer_type, asks_for_things
from assistant.knowledge.names import NameTable

_BOARD = re.compile(r"(?<![\w-])(?:Levy Board|LB)(?![\w-])", re.I)


@pytest.fixture
def names(monkeypatch):
    table = NameTable({"organisations": {"Levy Board": _BOARD}})
    monkeypatch.setattr(compose, "name_table", lambda: table)
    return table


@pytest.mark.parametrize(
    "question",
    [
        "What's the Levy Board's own case for raising the toll?",
        "Set out the growers' case against the grazing fee.",
        "How do the pilots make their case for a second dredger?",
        "What pushback has the harbour union given to the new fee?",
    ],
)
def test_a_side_s_case_is_asked_as_its_position(question):
    assert answer_type(question) == "position"


@pytest.mark.parametrize(
    "question",
    [
        "In that case, what does the ferry pay?",
        "What happened in the case of the northern ferry?",
    ],
)
def test_a_case_that_is_no_one_s_argument_asks_no_position(question):
    assert answer_type(question) != "position"


def test_things_asked_of_a_position_are_the_answer_not_the_position():
    assert asks_for_things("Which ports are on the list the auditors criticised?")
    assert not asks_for_things("What arguments has the board made for the toll?")
    assert not asks_for_things("What case do the growers make against the fee?")
    assert not asks_for_things("What's the board's own case for the toll?")


@pytest.mark.parametrize(
    "text",
    [
        "The Levy Board's stance against the toll stems from its cost to small ports.",
        "The Levy Board (LB) has voiced its opposition to a second toll.",
        "However, LB argues that the fee pays for the silos.",
        "“Most ports charge a fee,” a spokesperson of the Levy Board said on Tuesday.",
    ],
)
def test_a_sentence_whose_subject_or_speaker_is_the_side_holds_its_position(names, text):
    assert _holds_position("Levy Board", text)


@pytest.mark.parametrize(
    "text",
    [
        # another subject, which the side only owns
        "The Levy Board's plan for the renewal of the northern harbour has called for a fee.",
        # an aside, far into the sentence
        "Meetings should be held across the agencies (the Levy Board and others) and forums "
        "organised at trade fairs abroad to explain the policy.",
        # the side's act, with no word of holding a position
        "The Levy Board should drop the toll.",
    ],
)
def test_a_sentence_naming_the_side_otherwise_holds_no_position_of_its(names, text):
    assert not _holds_position("Levy Board", text)


@pytest.mark.slow
def test_an_agency_s_case_is_answered_by_its_grounds(assistant):
    answer = assistant.ask("Give me DAPA's own case for shrinking offset trade.")
    assert not answer.abstained
    assert "selecting technology items" in answer.answer


@pytest.mark.slow
def test_the_case_of_a_body_the_sources_never_mention_is_refused(assistant):
    answer = assistant.ask("What is the European Commission's case against Korea's offsets?")
    assert answer.abstained
