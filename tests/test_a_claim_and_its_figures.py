"""A wide answer that quotes a claim without a figure ("Such deals are common abroad.") quotes
with it the next sentence of its paragraph when that one backs it with figures ("Many buyers
ask for 100% …"): the claim says only that something is so, its next sentence how much.

- Only the same paragraph's next sentence, and only when it holds a figure.
- A claim that states its own figures needs no backing.
"""

from __future__ import annotations

from types import SimpleNamespace

from paragraphed import units_in_paragraphs

from assistant.answering.compose import Composer
from assistant.knowledge.chunks import Unit


def _composer(paragraphs: list[list[str]]) -> tuple[Composer, list[Unit]]:
    units = units_in_paragraphs(paragraphs)
    composer = object.__new__(Composer)
    composer.index = SimpleNamespace(units=units, unit_terms={})  # type: ignore[attr-defined]
    return composer, list(units.values())


def test_a_claim_comes_with_the_figures_its_paragraph_backs_it_with() -> None:
    composer, units = _composer(
        [["Asking for such returns is usual among buyers.", "Several ask for 100% of the price."]]
    )
    assert composer._backed_by(units[0]) == [units[1]]


def test_a_next_sentence_without_a_figure_or_in_another_paragraph_is_not_backing() -> None:
    composer, units = _composer(
        [
            ["Asking for such returns is usual among buyers.", "Critics see it otherwise."],
            ["The ministry is wary of them.", "Its rules date from 1983."],
        ]
    )
    assert composer._backed_by(units[0]) == []
    assert composer._backed_by(units[1]) == []


def test_a_claim_stating_its_own_figures_needs_no_backing() -> None:
    composer, units = _composer(
        [["Buyers ask for 50% in return.", "Some ask for 100% of the price."]]
    )
    assert composer._backed_by(units[0]) == []


def test_the_figures_run_on_into_a_sentence_leaning_on_them() -> None:
    composer, units = _composer(
        [
            [
                "Asking for such returns is usual among buyers.",
                "In 2022 sellers signed 27 such deals.",
                "This was a third of their sales.",
                "Buyers elsewhere differ.",
            ]
        ]
    )
    assert composer._backed_by(units[0]) == [units[1], units[2]]
