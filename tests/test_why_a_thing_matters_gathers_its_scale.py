"""A question asking why a thing matters ("why does the crane levy matter so much", "what makes
the crane levy such a big deal") asks for a reason, and its answer gathers what shows the thing's
weight: the causes given for it, what follows from it, and the figures that show its scale (its
share of the whole, its size; a year only dates it), one not shown yet. A question asking the
cause of an event ("why did the levy fall") or the grounds of a judgement ("why did the guild
call the levy steep") gathers causes only: the size of the thing that fell is no cause of its
fall. The words that ask for weight ("matter", "such a big deal") are the asking, not the
question's topic.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.compose import intent_of
from assistant.answering.frame import answer_type
from assistant.answering.synthesis import fact_wanted

_SHARE = "The crane levy brings in 40 percent of the port's income."
_CAUSE = "The crane levy fell because traffic moved to the river port."
_FOLLOWS = "Dropping the crane levy would leave the pilots unpaid."
_PLAIN = "The crane levy is paid by the shipowner."


def _wanted(question: str) -> list[str]:
    intent = intent_of(question)
    wanted = fact_wanted(question, intent.why, intent.chronological)
    assert wanted is not None
    return [t for t in (_SHARE, _CAUSE, _FOLLOWS, _PLAIN) if wanted(t) and wanted.adds(t, set())]


@pytest.mark.parametrize(
    "question",
    [
        "What makes the crane levy such a big deal for shipowners?",
        "What made the harbour pilots so important to the port?",
        "what makes the river port matter to the growers",
    ],
)
def test_asking_what_makes_a_thing_matter_asks_a_reason(question: str):
    assert answer_type(question) == "reason"
    assert intent_of(question).why


def test_asking_what_makes_a_thing_of_some_other_kind_asks_no_reason():
    # What makes a thing cheap or the largest is no question of its weight.
    assert answer_type("What makes the crane levy so cheap?") != "reason"


def test_why_a_thing_matters_gathers_its_scale_its_causes_and_what_follows():
    assert _wanted("Why does the crane levy matter so much to the port?") == [
        _SHARE,
        _CAUSE,
        _FOLLOWS,
    ]
    assert _wanted("What makes the crane levy such a big deal?") == [_SHARE, _CAUSE, _FOLLOWS]


def test_the_grounds_of_a_judgement_gather_causes_only():
    assert _wanted("Why did the guild call the crane levy steep?") == [_CAUSE]


def test_the_cause_of_a_fall_gathers_causes_only():
    assert _wanted("Why did the crane levy fall after 2020?") == [_CAUSE]


def test_a_figure_already_shown_adds_nothing_to_why_a_thing_matters():
    intent = intent_of("Why does the crane levy matter?")
    wanted = fact_wanted("Why does the crane levy matter?", intent.why, intent.chronological)
    assert wanted is not None
    assert not wanted.adds(_SHARE, {Decimal("40")})
    assert wanted.adds(_CAUSE, {Decimal("40")})


def test_a_year_is_no_scale():
    # A sentence that only dates a thing tells nothing of its size.
    dated = "The crane levy was set up in 2016 and widened in 2022."
    question = "Why does the crane levy matter so much?"
    intent = intent_of(question)
    wanted = fact_wanted(question, intent.why, intent.chronological)
    assert wanted is not None
    assert not wanted(dated)
