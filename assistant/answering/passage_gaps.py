"""The points a quoted passage holds between the sentences an answer quotes of it.

An account told in one paragraph runs from point to point: "The harbour board lacks a plan for
dredging. Rival ports publish theirs every year. The board allowed bids in 2019, but only from
local firms. This is because it has no list of priorities." An answer that quotes the first,
the second and the fourth of these has taken up the paragraph's account and left out a point
in the middle of it, the one the fourth leans on ("This is because"). What stands between two
quoted sentences of one paragraph is part of the same passage the answer already quotes from
both ends, so it comes too, in the paragraph's order; a sentence saying again what a shown one
says does not. Nothing is added beyond the first and last quoted sentences: where the passage
goes on before or after them is another question (the paragraph's lead, its last point)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.knowledge.chunks import Unit


def gaps_filled(
    units: list[Unit],
    between: Callable[[Unit, Unit], list[Unit]],
    repeats: Callable[[Unit, list[Unit]], bool],
) -> list[Unit]:
    """``units`` with, for each paragraph two or more of its sentences are quoted from, the
    sentences ``between`` its first and last quoted ones that are not quoted yet, each placed
    right after the quoted sentence it follows in the paragraph. ``between(first, last)`` gives
    the units strictly between two units of one source in document order; a unit for which
    ``repeats(unit, shown)`` holds says again what one shown says and is left out."""
    quoted: dict[tuple[str, int], list[Unit]] = {}
    for unit in units:
        if unit.kind == "sentence":
            quoted.setdefault((unit.source_id, unit.paragraph), []).append(unit)
    shown = list(units)
    after: dict[str, list[Unit]] = {}
    for told in quoted.values():
        if len(told) < 2:
            continue
        first = min(told, key=lambda u: u.start)
        last = max(told, key=lambda u: u.start)
        anchor = first
        for unit in between(first, last):
            if unit in told:
                anchor = unit
                continue
            if unit.kind != "sentence" or unit.paragraph != first.paragraph:
                continue
            if unit in shown or repeats(unit, shown):
                continue
            after.setdefault(anchor.id, []).append(unit)
            shown.append(unit)
    if not after:
        return units
    return list(dict.fromkeys(x for u in units for x in [u, *after.get(u.id, [])]))
