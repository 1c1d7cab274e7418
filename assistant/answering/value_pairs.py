"""The offset figures of the value tables a question works on together, in the order it names them.

"Adding the 1990-1994 offsets to the 1995-1999 ones, how much came in?" names two periods'
offset values; "over 1970-2009, what did training and spares bring in all told?" names two types
of one period's offset value (``knowledge/data/offset_values.yaml``). Each figure is read where
the question names it: a period by its years ("1990-1994", "1990 to 1994", "in 1993 and 1994"),
a type by two of its own words (one word, "exports", names none). A period's figure is the one
most sources give in the currency asked, with one row for every other figure a source gives for
it (the sources disagree; each is worked out); an amount the question restates picks the row
that states it. Figures named by type and the period they break down are told apart: the period
named after the types' words ("of the 1970-2009 total") is the whole they are parts of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from assistant.answering.patterns import words
from assistant.answering.row_answers import same_figure
from assistant.answering.written_names import word_or_plural
from assistant.calculator.arithmetic import parse_amount
from assistant.errors import CalculationError
from assistant.knowledge.rows import OffsetData, OffsetValue
from assistant.quantities import NUMBER_WORDS
from assistant.regex import lazy

# A period by its years: "1990-1994", "1990 to 1994", "1990 through 1994", or two years in a row
# joined by "and" ("in 1993 and 1994").
_PERIOD = lazy(
    r"\b(?P<first>(?:19|20)\d\d)\s?(?:-|–|—|to|through|and)\s?(?P<last>(?:19|20)\d\d|\d\d)\b", re.I
)
# A period named as what is to be found, not as a figure to work on: "to infer 1990-1994",
# "then deduce the 2031-2035 figure".
_SOUGHT = lazy(
    r"\b(?:infer\w*|impl(?:y|ies|ied)|deduc(?:e|ed|es|ing)|deriv\w*|back out)\b[^.?!;]{0,25}$", re.I
)
# Words of a type's name that name no type by themselves.
_GENERIC = words(r"contracts?|deals?|purchases?|and|or|of|to|the|for|develop|systems?|used")


@dataclass(frozen=True)
class NamedValue:
    """One figure a question names: its row (the one most sources give, or the one the question
    restates), the rows of the other figures the sources give for it, and where it is named."""

    row: OffsetValue
    others: tuple[OffsetValue, ...]
    at: int
    period: str


# A period named by its length: "the four decades", "the forty-year total", "over 40 years".
_LENGTH = lazy(
    r"\b(?P<count>\d{1,2}|[a-z]+)[\s-]+(?P<unit>decades?|years?)\b(?![\s-]+(?:ago|old|before|after|later|earlier))",
    re.I,
)


def _by_length(question: str, held: set[str]) -> list[tuple[str, int]]:
    """Each period of ``held`` the question names by its length alone ("the four decades to
    2030"), when one period of the tables has that length (and ends in the year named after it,
    if any)."""
    found = []
    for m in _LENGTH.finditer(question):
        if re.search(r"\b(?:next|coming|following|future)\s+$", question[: m.start()], re.I):
            continue  # years still to come are none of the tables' periods
        count = m.group("count").lower()
        number = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
        if not number:
            continue
        years = number * (10 if m.group("unit").lower().startswith("decade") else 1)
        ending = re.match(r"\s+(?:to|through|until|up to)\s+((?:19|20)\d\d)\b", question[m.end() :])
        fits = [
            p
            for p in held
            if int(p[5:]) - int(p[:4]) + 1 == years and (not ending or p[5:] == ending.group(1))
        ]
        if len(fits) == 1:
            found.append((fits[0], m.start()))
    return found


def period_by_length(question: str, data: OffsetData) -> str | None:
    """The one period of the offset value tables ``question`` names by its length alone."""
    held = {r.period for r in data.values if r.measure == "offset_value"}
    found = list(dict.fromkeys(p for p, _ in _by_length(question, held)))
    return found[0] if len(found) == 1 else None


def _periods(question: str, held: set[str]) -> list[tuple[str, int]]:
    """Each period of ``held`` the question names by its years (or by its length alone), with
    where it names it."""
    found = _by_length(question, held)
    for m in _PERIOD.finditer(question):
        if any(m.start() <= at < m.end() for _, at in found):
            continue
        first, last = int(m.group("first")), int(m.group("last"))
        if last < 100:
            last += first // 100 * 100  # "2021-22"
        if _SOUGHT.search(question[: m.start()]):
            return []  # a period to infer from the others: that reading is another's
        joined = re.search(r"\band\b", m.group(0), re.I)
        if joined and last != first + 1:
            continue  # "in 1990 and 1995": two years, not a span
        period = f"{first}-{last}"
        if period in held:
            found.append((period, m.start()))
    return sorted(found, key=lambda f: f[1])


# Kept per question and type: each reading of a question's figures tries every type's row.
@lru_cache(maxsize=4096)
def _type_at(question: str, category: str) -> int | None:
    """Where ``question`` names the type ``category`` by two of its own words (or its one), else
    None."""
    names = [w for w in re.findall(r"[\w-]+", category) if not _GENERIC.fullmatch(w)]
    places = []
    for name in names:
        stem = name[:-1] if name.endswith("s") and len(name) > 4 else name
        m = word_or_plural(stem).search(question)
        if m:
            places.append(m.start())
    return min(places) if places and len(places) >= min(2, len(names)) else None


def types_named(question: str, data: OffsetData) -> list[OffsetValue]:
    """The rows of the types of a period's offset value that ``question`` names by their words."""
    return [
        r
        for r in data.values
        if r.measure == "offset_value_by_type"
        and r.amount is not None
        and _type_at(question, r.category or "") is not None
    ]


def _figure(
    rows: list[OffsetValue], stated: list[tuple[str, Decimal]]
) -> tuple[OffsetValue, list[OffsetValue]] | None:
    """The row of ``rows`` the question restates, else the one most of them give, and one row
    for each other figure among them (a figure rounded as another is written is the same one)."""
    groups: list[list[OffsetValue]] = []
    for row in rows:
        figure = (row.currency or "", row.amount or Decimal(0))
        for group in groups:
            if same_figure((group[0].currency or "", group[0].amount or Decimal(0)), figure):
                group.append(row)
                break
        else:
            groups.append([row])
    if not groups:
        return None
    for group in groups:
        if any((r.currency, r.amount) in stated for r in group):
            return group[0], []
    groups.sort(key=lambda g: -len(g))
    return groups[0][0], [g[0] for g in groups[1:]]


def _stated(amounts: list[str]) -> list[tuple[str, Decimal]]:
    found: list[tuple[str, Decimal]] = []
    for text in amounts:
        try:
            amount = parse_amount(text)
        except CalculationError:
            continue  # an amount the calculator cannot read restates nothing
        found.append((amount.currency or "", amount.value))
    return found


def named_values(
    question: str, data: OffsetData, currency: str, amounts: list[str], whole_at: int | None = None
) -> list[NamedValue] | None:
    """The figures ``question`` names, in order: the types it names of one period's offset value
    (and that period's total, when it is the first figure named after ``whole_at``, where a share
    asked says what it is of), else the periods it names. None when a named figure has no row in
    ``currency`` or an amount the question states is none of them."""
    stated = _stated(amounts)
    typed = [
        (r, at)
        for r in data.values
        if r.measure == "offset_value_by_type" and r.amount is not None and r.currency == currency
        for at in [_type_at(question, r.category or "")]
        if at is not None
    ]
    held = {r.period for r in data.values if r.measure == "offset_value"}
    periods = list(dict.fromkeys(p for p, _ in _periods(question, held)))
    found: list[NamedValue] = []
    if typed:
        if len({r.period for r, _ in typed}) != 1:
            return None
        period = typed[0][0].period
        if any(p != period for p in periods):
            return None
        found = [NamedValue(r, (), at, period) for r, at in typed]
        after = [
            at for p, at in _periods(question, held) if whole_at is not None and at >= whole_at
        ]
        if after and not any(whole_at is not None and whole_at <= at < after[0] for _, at in typed):
            whole = _period_figure(period, data, currency, stated, after[0])
            if whole is None:
                return None
            found.append(whole)
    else:
        first_at: dict[str, int] = {}
        for p, at in _periods(question, held):
            first_at.setdefault(p, at)
        for p in periods:
            figure = _period_figure(p, data, currency, stated, first_at[p])
            if figure is None:
                return None
            found.append(figure)
    found.sort(key=lambda f: f.at)
    if stated and not all(
        any(
            (f.row.currency, f.row.amount) == s
            or any((o.currency, o.amount) == s for o in f.others)
            for f in found
        )
        for s in stated
    ):
        return None
    return found


def _period_figure(
    period: str, data: OffsetData, currency: str, stated: list[tuple[str, Decimal]], at: int
) -> NamedValue | None:
    rows = [
        r
        for r in data.values
        if r.period == period
        and r.measure == "offset_value"
        and r.amount is not None
        and r.currency == currency
    ]
    picked = _figure(rows, stated)
    if picked is None:
        return None
    row, others = picked
    return NamedValue(row, tuple(others), at, period)
