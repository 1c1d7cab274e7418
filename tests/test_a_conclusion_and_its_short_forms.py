"""A wide answer (a summary, a side's case, a position) quotes an argument whole and each point
once.

- A sentence that concludes from what came before ("It is hard to single the port out in this
  regard.", "… therefore …") comes with the sentences it argues from, read just before it, in
  room of their own: without them it says only that something follows, not from what.
- A summary's bullet ("- The board cut the levy …") or a heading, ranked below the best, that
  says again in short what one sentence of its story's body says gives way to that sentence:
  the short form would take the answer's room twice for one point. The best stays.
"""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from assistant.answering.compose import Candidate, Composer
from assistant.answering.discourse import concludes
from assistant.knowledge.chunks import Unit


def _composer(lines: list[tuple[str, str]]) -> Composer:
    """A composer over one source whose units are ``lines`` of (kind, text), one a paragraph;
    their terms are their lower-case words."""
    units: dict[str, Unit] = {}
    terms: dict[str, list[str]] = {}
    for number, (kind, text) in enumerate(lines):
        unit_id = f"s#u{number:04d}"
        units[unit_id] = Unit(
            unit_id, "s", number * 100, number * 100 + len(text), kind, text, text,
            f"s#p{number}", number,
        )  # fmt: skip
        terms[unit_id] = [w.strip('.,-“”"').lower() for w in text.split() if w.strip("-")]
    index = SimpleNamespace(units=units, unit_terms=terms, idf=lambda term: math.log(40))
    composer = object.__new__(Composer)
    composer.index = index  # type: ignore[attr-defined]
    return composer


def _ranked(composer: Composer) -> list[Candidate]:
    units = list(composer.index.units.values())  # type: ignore[attr-defined]
    return [
        Candidate(u, 1.0 - i / 10, 0.5, 0.5, frozenset(), frozenset()) for i, u in enumerate(units)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It is hard to single the port out in this regard.",
        "The guild therefore sees no case for the levy.",
        "For these reasons, the board dropped the plan.",
    ],
)
def test_a_sentence_that_draws_a_conclusion_concludes(text):
    assert concludes(text)


@pytest.mark.parametrize(
    "text",
    ["The board cut the levy in May.", "It is the first such levy in the region."],
)
def test_a_sentence_of_its_own_concludes_nothing(text):
    assert not concludes(text)


def test_a_summary_bullet_gives_way_to_the_body_sentence_it_restates():
    composer = _composer(
        [
            ("sentence", "Shippers welcomed the cut."),
            ("sentence", "- The board cut the harbour levy ahead of the vote."),
            (
                "sentence",
                "The board has cut the harbour levy, paid by every ship, ahead of the vote.",
            ),
        ]
    )
    kept = [c.unit.text for c in composer._without_restatements(_ranked(composer))]
    assert kept == [
        "Shippers welcomed the cut.",
        "The board has cut the harbour levy, paid by every ship, ahead of the vote.",
    ]


def test_the_best_candidate_stays_though_it_is_a_summary_line():
    # The summary's lines, read together, lead the answer.
    composer = _composer(
        [
            ("sentence", "- The board cut the harbour levy ahead of the vote."),
            (
                "sentence",
                "The board has cut the harbour levy, paid by every ship, ahead of the vote.",
            ),
        ]
    )
    assert len(composer._without_restatements(_ranked(composer))) == 2


def test_a_heading_gives_way_to_the_sentence_it_names_in_short():
    composer = _composer(
        [
            ("sentence", "Shippers welcomed the cut."),
            ("heading", "Board Cuts Harbour Levy"),
            ("sentence", "The board cuts the harbour levy by half this year."),
        ]
    )
    kept = [c.unit.text for c in composer._without_restatements(_ranked(composer))]
    assert kept == [
        "Shippers welcomed the cut.",
        "The board cuts the harbour levy by half this year.",
    ]


def test_a_bullet_that_says_more_than_any_body_sentence_stays():
    composer = _composer(
        [
            ("sentence", "Shippers welcomed the cut."),
            ("sentence", "- The levy is common worldwide but brought the port little."),
            ("sentence", "The levy is common worldwide."),
        ]
    )
    assert len(composer._without_restatements(_ranked(composer))) == 3


@pytest.mark.slow
def test_a_conclusion_ranked_below_the_best_comes_with_its_premises(assistant):
    answer = assistant.ask("According to Hankyung, why is Korea an unlikely target here?")
    assert not answer.abstained
    text = answer.answer
    # "It is difficult for Korea to be singled out … in this regard" reads after what it
    # concludes from: offsets are a global practice, 32.8% of US defense export contracts.
    places = [text.find(words) for words in ("global practice", "32.8%", "in this regard")]
    assert all(place >= 0 for place in places), text
    assert places == sorted(places), text


@pytest.mark.slow
def test_a_summary_line_gives_way_to_the_story_sentence_it_shortens(assistant):
    answer = assistant.ask(
        "What else was going on between Washington and Seoul on trade when the barrier report "
        "came out?"
    )
    assert not answer.abstained
    assert "has pointed out South Korea's defense offset trade" in answer.answer
    assert "- The Donald Trump administration pointed out" not in answer.answer
