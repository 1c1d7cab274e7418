"""A side's stance is what the side says or does; advice given to it is its adviser's stance.

- ``speakers.advised`` reads whom a sentence tells what to do: the subject of each modal of
  obligation ("should", "must", "needs to", "ought to") in the modal's own clause. A subject that
  states its own view ("the board said it must …") is not advised: that is its stance.
- A position question about a side ("what is the harbour board's stance on the levy") neither
  leads with nor shows advice to that side ("the harbour board should cut the levy"), unless the
  source giving the advice speaks for a side the question asks of (the institute's own report,
  asked what the institute argues). A government asked of by that word is advised by that word.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from assistant.answering import compose
from assistant.answering.compose import Composer
from assistant.answering.speakers import advised
from assistant.knowledge.names import NameTable


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Amid the slump, the harbour board should cut its berth fees.", ["the harbour board"]),
        (
            "The institute argues that the harbour board must widen the rebate.",
            ["the harbour board"],
        ),
        ("Moreover, the government needs to review the crane levy.", ["the government"]),
        (
            "The staff at the board and the ministry dedicated to tolls needs to be doubled.",
            ["The staff at the board and the ministry dedicated to tolls"],
        ),
        ("The pilots ought to ask the board for a waiver.", ["The pilots"]),
        # A subject stating its own view is not told what to do: that is its own stance.
        ("The harbour board said it must raise the levy next spring.", []),
        ("The harbour board believes it should keep the levy.", []),
        ("The harbour board cut its berth fees in 2019.", []),
    ],
)
def test_whom_a_sentence_advises_is_the_subject_of_its_modal(text, subjects):
    assert advised(text) == subjects


_BOARD = re.compile(r"(?<![\w-])(?:Harbour Board|the board)(?![\w-])", re.I)
_INSTITUTE = re.compile(r"(?<![\w-])(?:Port Institute|the institute)(?![\w-])", re.I)


@pytest.fixture
def names(monkeypatch):
    table = NameTable({"organisations": {"Harbour Board": _BOARD, "Port Institute": _INSTITUTE}})
    monkeypatch.setattr(compose, "name_table", lambda: table)
    return table


def _unit(text: str, source: str = "news") -> SimpleNamespace:
    return SimpleNamespace(text=text, source_id=source)


def _composer(sides: list[str]) -> Composer:
    composer = object.__new__(Composer)
    composer.called = {"paper": ("Port Institute",), "news": ("Daily Wire",)}
    composer._sides = lambda question: sides  # type: ignore[method-assign]
    return composer


def test_advice_to_a_side_asked_is_no_statement_of_its_own(names):
    composer = _composer(["Harbour Board"])
    question = "What is the Harbour Board's stance on the crane levy?"
    shown = [
        _unit("The Harbour Board argues that the levy pays for the new cranes."),
        _unit("The Harbour Board should scrap the levy for small ferries.", "paper"),
        _unit("“The levy stays,” a spokesperson of the Harbour Board said."),
    ]
    kept = composer._without_advice_to_sides(question, shown)
    assert [u.text for u in kept] == [shown[0].text, shown[2].text]


def test_advice_in_the_adviser_s_own_source_is_the_adviser_s_stance_when_asked(names):
    composer = _composer(["Port Institute", "Harbour Board"])
    advice = _unit("The Harbour Board should scrap the levy for small ferries.", "paper")
    question = "What does the Port Institute argue about the Harbour Board's levy?"
    assert not composer._advice_to_sides(question, ["Port Institute", "Harbour Board"], advice)
    # The same advice, reported by a paper that speaks for neither, is advice to the board.
    elsewhere = _unit(advice.text, "news")
    assert composer._advice_to_sides(question, ["Port Institute", "Harbour Board"], elsewhere)


def test_a_government_asked_of_by_that_word_is_advised_by_it(names):
    composer = _composer([])
    advice = _unit("Moreover, the government needs to review the crane levy.", "paper")
    assert composer._advice_to_sides("What is the government's position on the levy?", [], advice)
    assert not composer._advice_to_sides("What do the dockers argue about the levy?", [], advice)


def test_when_every_sentence_is_advice_the_answer_keeps_them(names):
    composer = _composer(["Harbour Board"])
    shown = [_unit("The Harbour Board should scrap the levy.", "paper")]
    question = "What is the Harbour Board's position on the levy?"
    assert composer._without_advice_to_sides(question, shown) == shown
