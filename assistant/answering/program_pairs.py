"""The figures of two programs a question sets against each other, one figure for each program.

"How much more was the frigate maker's radar pledge than everything the shipyard promised for
the corvettes?" names two programs of the data tables (``knowledge/data/programs.yaml``) and,
for each, what of it: one offset category it pledged ("the radar pledge"), its whole pledge
("everything ... promised", "its offset package") or, for a program the sources give no pledge
for, the contract's value ("the second-phase buy"). The question is split into one stretch of
words per program, at the word that joins the two ("than", "and", "versus"), so each program's
figure is read from its own words: the frigate maker's radar is not the shipyard's. A stretch that
names no category of its own but points back at the other's ("than the shipyard's one") means
the same category. A program the tables split into phases is told by the phase its stretch names,
or by a year its stretch names that only one phase's rows carry.

Nothing is found unless exactly two programs are told apart and each stretch names one figure
the tables give; amounts in one currency only are returned (the figures of one sum).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.answering.source_figures import PLEDGED, named_commitments, program_named
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import OffsetData, ProgramFact
from assistant.regex import lazy

# The words that join the stretches naming two figures: "A than B", "A and B", "A versus B".
_JOINER = lazy(
    r"\b(?:than|and|versus|vs\.?|against|compared (?:with|to)|plus|or|over|to)\b|[,;]", re.I
)
# A stretch that names the other stretch's category again by a pronoun: "than Lockheed's one",
# "that of the shipyard".
_SAME_AGAIN = lazy(r"\b(?:ones?|that of|those of)\b", re.I)
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
# The base name of a phased program: "F-35A phase 2" is a phase of "F-35A".
_PHASE_SUFFIX = lazy(r"\s+phase\s+\d+$", re.I)


@dataclass(frozen=True)
class ProgramFigure:
    """One program's figure a question names: the rows whose amounts make it (one row, or the
    items of a pledge the tables give no total for), and where the question names it."""

    program: str
    rows: tuple[ProgramFact, ...]
    start: int
    end: int

    @property
    def unit(self) -> str:
        return self.rows[0].unit or ""

    @property
    def amount(self) -> Decimal:
        return sum((r.amount or Decimal(0) for r in self.rows), Decimal(0))


def _mentions(question: str) -> list[tuple[int, int]]:
    """Where ``question`` names a program, in order (the tables' names and the words for them)."""
    found = [
        m.span()
        for pattern in name_table().patterns.get("programs", {}).values()
        for m in pattern.finditer(question)
    ]
    return sorted(found)


def _stretches(question: str) -> list[tuple[int, int]]:
    """The stretches of ``question`` each around one mention of a program: a stretch ends at the
    last joining word before the next mention (else at that mention)."""
    mentions = _mentions(question)
    if len(mentions) < 2:
        return []
    cuts = [0]
    for (_, end), (start, _) in zip(mentions, mentions[1:], strict=False):
        joins = list(_JOINER.finditer(question, end, start))
        cuts.append(joins[-1].start() if joins else start)
    cuts.append(len(question))
    return list(zip(cuts, cuts[1:], strict=False))


def _phase_by_year(text: str, program: str, data: OffsetData) -> str:
    """``program``, or the one phase of its base program whose rows carry a year ``text`` names
    when ``program``'s own rows carry none of them ("the frigate project of 2031")."""
    years = {int(y) for y in _YEAR.findall(text)}
    if not years:
        return program
    base = _PHASE_SUFFIX.sub("", program)
    phases = {r.program for r in data.programs if _PHASE_SUFFIX.sub("", r.program) == base}

    def dated(name: str) -> bool:
        return any(r.year in years for r in data.programs if r.program == name)

    if dated(program):
        return program
    matching = [p for p in phases if dated(p)]
    return matching[0] if len(matching) == 1 else program


def _commitments(program: str, data: OffsetData) -> list[ProgramFact]:
    return [
        r
        for r in data.programs
        if r.program == program and r.attribute == "commitment" and r.amount is not None and r.unit
    ]


def _same_category(program: str, other: ProgramFact, data: OffsetData) -> list[ProgramFact]:
    """``program``'s commitment of the category ``other`` is of, named as the tables name it."""
    table = name_table()
    wanted = table.first("categories", other.category or "") or other.category
    return [
        r
        for r in _commitments(program, data)
        if r.category != "total"
        and (table.first("categories", r.category or "") or r.category) == wanted
    ]


def _figure(
    text: str, program: str, data: OffsetData, before: ProgramFigure | None
) -> tuple[ProgramFact, ...] | None:
    """The rows of the one figure of ``program`` that ``text`` (its stretch) names."""
    rows = _commitments(program, data)
    parts = [r for r in named_commitments(text, data) if r.program == program] if rows else []
    if len(parts) == 1:
        return (parts[0],)
    if parts:
        return None  # two categories in one stretch: which is meant is not told
    if before is not None and len(before.rows) == 1 and _SAME_AGAIN.search(text):
        again = _same_category(program, before.rows[0], data)
        if before.rows[0].category != "total" and len(again) == 1:
            return (again[0],)
    if rows and PLEDGED.search(text):
        total = [r for r in rows if r.category == "total"]
        return tuple(total or rows)
    value = [
        r
        for r in data.programs
        if r.program == program and r.attribute == "contract_value" and r.amount is not None
    ]
    if len(value) == 1 and (not rows or not PLEDGED.search(text)):
        return (value[0],)
    if rows:
        total = [r for r in rows if r.category == "total"]
        return tuple(total or rows)
    return None


def two_program_figures(
    question: str, data: OffsetData
) -> tuple[ProgramFigure, ProgramFigure] | None:
    """The two programs' figures ``question`` sets against each other (in the order named), or
    None unless it names exactly two programs apart and one figure of each, in one currency."""
    figures: list[ProgramFigure] = []
    for start, end in _stretches(question):
        text = question[start:end]
        program = program_named(text, data)
        if program is None:
            continue
        program = _phase_by_year(text, program, data)
        if figures and figures[-1].program == program:
            # Two mentions of one program ("Airbus's KC-X"): one stretch
            last = figures.pop()
            start, text = last.start, question[last.start : end]
        before = figures[-1] if figures else None
        rows = _figure(text, program, data, before)
        if rows is None:
            return None
        figures.append(ProgramFigure(program, rows, start, end))
    if len(figures) != 2 or len({f.unit for f in figures}) != 1:
        return None
    if len({r.id for f in figures for r in f.rows}) != sum(len(f.rows) for f in figures):
        return None
    return figures[0], figures[1]


def figure_after(
    position: int, question: str, figures: tuple[ProgramFigure, ProgramFigure]
) -> ProgramFigure | None:
    """The figure whose stretch holds the first mention of a program after ``position``: the one
    a word there ("percentage of", "multiple of") points at."""
    after = [start for start, _ in _mentions(question) if start >= position]
    if not after:
        return None
    return next((f for f in figures if f.start <= after[0] < f.end), None)
