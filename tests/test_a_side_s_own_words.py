"""A side's position is what the side itself says; a reason is asked in the words of its kind; an
argument keeps its points.

- A position or a reaction question about a named body is led by a statement whose speaker is
  that body ("…,” a spokesperson of the board said; "the board argues that …"), not by one that
  only names it beside a verb of saying ("the board's plan has called for …", "critics said the
  board …"). A reply is given by the people who speak for a body: their words come before the
  body's own word in a paper that sums up where it stands.
- "How did officials react?" asks for what a government's people said, as "how did the
  government react?" does.
- "Why does the auditor say the scheme works poorly?" asks for the scheme's faults (drawbacks),
  not for the causes of whatever trend stands near it.
- "What consequences does the columnist foresee?" asks for sentences that look ahead: the noun
  names that kind of sentence, not a thing the sources would have to call by that word; and a
  writer who foresees speaks in their own piece.
- An open answer led by a sentence that concludes from the ones before it ("… in this regard")
  shows them to say what it concludes from, in room of their own: the points its paragraph makes
  after it are the argument asked for.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from cited import cited_text as _quotes

from assistant.answering import compose
from assistant.answering.attribution import attributed
from assistant.answering.compose import _REACTS, _SPEAKS_FOR, _names_kind_asked, own_words
from assistant.answering.sentence_kinds import CAUSE, DRAWBACK, SIGNIFICANCE, asked_kind
from assistant.knowledge.names import NameTable

_BOARD = re.compile(r"(?<![\w-])(?:Levy Board|the board)(?![\w-])", re.I)
_PEOPLE = re.compile(r"(?<![\w-])(?:Ana Quispe|Quispe)(?![\w-])")


@pytest.fixture
def names(monkeypatch):
    table = NameTable({"organisations": {"Levy Board": _BOARD}, "people": {"Ana Quispe": _PEOPLE}})
    monkeypatch.setattr(compose, "name_table", lambda: table)
    return table


def _said(*texts: str) -> list:
    return [SimpleNamespace(unit=SimpleNamespace(text=text)) for text in texts]


def test_a_side_s_position_is_led_by_what_it_says_not_by_what_names_it(names):
    said = _said(
        "The Levy Board's five-year plan has called for a single pricing office.",
        "Critics said the Levy Board had ignored the growers.",
        "The Levy Board argues that the levy pays for the new silos.",
    )
    chosen = own_words("Levy Board", said, replies=False)
    assert chosen is not None and "argues that the levy pays" in chosen.unit.text


def test_a_reply_is_led_by_the_words_of_whoever_speaks_for_the_body(names):
    said = _said(
        "The Levy Board argues that the levy pays for the new silos.",
        "“Most exporters pay such levies,” Ana Quispe, spokesperson of the Levy Board, said.",
    )
    reply = own_words("Levy Board", said, replies=True)
    assert reply is not None and "Most exporters pay such levies" in reply.unit.text
    # Asked for its position rather than its reply, the better-ranked statement leads.
    position = own_words("Levy Board", said, replies=False)
    assert position is not None and "argues that the levy pays" in position.unit.text


def test_a_body_only_spoken_about_has_no_words_of_its_own(names):
    said = _said(
        "Critics said the Levy Board had ignored the growers.",
        "The Levy Board's five-year plan has called for a single pricing office.",
    )
    assert own_words("Levy Board", said, replies=True) is None


@pytest.mark.parametrize(
    "question",
    [
        "How did Peruvian officials react to the auditors' report on the levy?",
        "How have the ministry's spokespeople responded to the growers' complaint?",
    ],
)
def test_officials_who_react_are_a_government_s_people(question):
    found = _REACTS.search(question)
    assert found is not None and _SPEAKS_FOR.search(found.group("who"))


def test_growers_who_react_are_no_officials():
    found = _REACTS.search("How did the growers react to the new levy?")
    assert found is not None and not _SPEAKS_FOR.search(found.group("who"))


@pytest.mark.parametrize(
    "question",
    [
        "Why does the audit office say the board's two-tier levy works poorly?",
        "Why is the new pricing rule so flawed, according to the growers?",
        "Why doesn't the voucher scheme work, in the auditors' view?",
    ],
)
def test_why_a_thing_is_faulted_asks_for_its_drawbacks(question):
    assert asked_kind(question) is DRAWBACK


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Why did the board raise the levy in 2019?", CAUSE),
        ("Why does the voucher scheme work so well for the growers?", None),
    ],
)
def test_why_a_thing_happened_or_works_well_asks_for_no_drawbacks(question, kind):
    found = asked_kind(question)
    assert found is not DRAWBACK
    if kind is not None:
        assert found is kind


def test_the_consequences_a_writer_foresees_are_a_kind_of_sentence_not_a_thing():
    question = "What consequences does the columnist foresee from the new levy on growers?"
    assert asked_kind(question) is SIGNIFICANCE
    assert _names_kind_asked(question, "consequences")


def test_a_penalty_a_writer_foresees_is_still_a_thing_asked_by_its_name():
    question = "What penalty does the columnist foresee for the growers?"
    assert asked_kind(question) is not SIGNIFICANCE
    assert not _names_kind_asked(question, "penalty")


def test_a_writer_who_foresees_speaks_in_their_own_piece():
    called = {"blog-1": ("blog", "blogger")}
    found = attributed("What does the blogger foresee for the levy next year?", called)
    assert found is not None and found.sources == ("blog-1",)
    assert attributed("Did the blogger visit the growers in Peru?", called) is None


def test_officials_reacting_are_answered_by_each_body_s_spokespeople(assistant):
    answer = assistant.ask(
        "How did officials respond to the USTR listing Korea's offset program as a trade barrier?"
    )
    quotes = _quotes(answer)
    assert "Most countries utilize offset programs" in quotes
    assert "An official from the Ministry of Trade, Industry and Energy said" in quotes


def test_a_faulted_arrangement_is_answered_by_the_fault_the_source_finds(assistant):
    answer = assistant.ask(
        "Why do the KIET researchers think handling offsets per contract while also running "
        "offset banking works badly?"
    )
    assert "effectively nullifying any possible gains" in _quotes(answer)


def test_an_argument_concluded_in_its_paragraph_keeps_the_points_after_the_conclusion(assistant):
    # The best sentence concludes from the three before it ("… in this regard"): they come to say
    # what it concludes from, and the points its paragraph goes on to make still have room.
    answer = assistant.ask("Argue, as Hankyung does, that Korea is no special problem on offsets.")
    quotes = _quotes(answer)
    assert "global practice" in quotes and "in this regard" in quotes
    assert "since 2010" in quotes
