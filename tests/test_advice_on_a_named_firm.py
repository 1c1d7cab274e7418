"""A question for what a report advises doing with a firm it names ("what does the institute
urge doing with Acme?") is answered by the advice about that firm, not by the report's list of
recommendations in general, and that advice goes on in the next sentences that name the firm
without any "should"."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from assistant.answering import compose
from assistant.answering.compose import Composer
from assistant.answers import Answer, Citation
from assistant.knowledge.chunks import Unit
from assistant.knowledge.names import NameTable

_ACME = re.compile(r"(?<![\w-])Acme(?![\w-])", re.I)
_ZENITH = re.compile(r"(?<![\w-])Zenith Motors(?![\w-])", re.I)
_INSTITUTE = re.compile(r"(?<![\w-])(?:Port Institute|PI)(?![\w-])")


@pytest.fixture
def names(monkeypatch):
    table = NameTable(
        {
            "companies": {"Acme": _ACME, "Zenith Motors": _ZENITH},
            "organisations": {"Port Institute": _INSTITUTE},
        }
    )
    monkeypatch.setattr(compose, "name_table", lambda: table)
    return table


_PAPER = [
    "The levy should be kept for ten more years.",
    "Harbour deals should favour long-standing suppliers such as Acme and Zenith Motors.",
    "A joint crane project with Acme would be a good start.",
    "Dredging fees must also be reviewed.",
    "Acme built the old quay in 1970.",
]


def _unit(number: int, paragraph: int = 1) -> Unit:
    text = _PAPER[number]
    start = number * 100
    return Unit(
        f"paper#u{number:04d}", "paper", start, start + len(text), "sentence", text, text,
        f"paper#p{paragraph}", paragraph,
    )  # fmt: skip


def _composer() -> Composer:
    composer = object.__new__(Composer)
    units = {u.id: u for u in [_unit(0), _unit(1), _unit(2), _unit(3), _unit(4, paragraph=2)]}
    meta = SimpleNamespace(publisher="Port Institute", short_name="PI")
    composer.index = SimpleNamespace(units=units, source_meta=lambda source_id: meta)  # type: ignore[assignment]
    return composer


def test_advice_on_a_named_firm_goes_on_in_the_next_sentences_naming_it(names):
    composer = _composer()
    units = composer.index.units
    shown = composer._advice_on_named(
        [units["paper#u0001"], units["paper#u0003"]], "What does PI urge doing with Acme?"
    )
    assert [u.text for u in shown] == [_PAPER[1], _PAPER[2], _PAPER[3]]


def test_a_sentence_naming_the_firm_in_another_paragraph_is_another_point(names):
    composer = _composer()
    units = composer.index.units
    shown = composer._advice_on_named([units["paper#u0003"]], "What does PI urge doing with Acme?")
    assert [u.text for u in shown] == [_PAPER[3]]  # the quay's history is no advice


def test_a_question_naming_no_firm_keeps_the_advice_as_chosen(names):
    composer = _composer()
    chosen = [composer.index.units["paper#u0001"]]
    assert composer._advice_on_named(chosen, "What does the Port Institute recommend?") == chosen


def _answer(text: str) -> Answer:
    cited = Citation(
        marker=1,
        source_id="paper",
        title="Harbour Policy Brief",
        quote=text,
        start=0,
        end=len(text),
    )
    return Answer(question="q", answer=f"{text} [1]", citations=[cited])


def test_a_list_of_advice_that_never_names_the_firm_asked_about_does_not_answer(names):
    composer = _composer()
    outline = _answer("Dredging fees must also be reviewed.")
    assert not composer._names_every_subject(
        outline, "What does the Port Institute urge doing with Acme?"
    )
    # The adviser itself is named by the source's byline; only the firm is missing.
    assert composer._names_every_subject(outline, "What does the Port Institute recommend?")
    assert composer._names_every_subject(
        _answer(_PAPER[1]), "What does the Port Institute urge doing with Acme?"
    )
