"""The row of a table that stands out: questions asking which of a table's items ranks first or
last on one of its figures ("which port charges the highest levy?", "the largest and the smallest
of the crane order's parts").

A ranked table is a set of data rows that give one figure, in one unit, for three or more items of
one kind (countries, the categories of one whole, periods, report years). A question is answered
from it only when nothing is in doubt: it names the extreme it asks for with a superlative, the
kind of item it ranks, a table of that kind by the words of the table's own headings, and every
constraint it states (a year, a span of time, a program, a source, "the table") holds for every
row ranked. Anything else is left to the other answerers: a superlative the tables cannot decide
answered from them would be answered wrong.

This is not ``extremes``, which picks the latest or earliest dated statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.answering.patterns import words
from assistant.answering.row_answers import Fact, FactBook
from assistant.knowledge.rows import CountryPolicy, OffsetValue, ProgramFact, UstrFact
from assistant.regex import lazy
from assistant.search.terms import is_year
from assistant.wording import listed

# The extreme asked for. "The most" and "the least", never a bare "most" ("most countries") or
# "at least"; "top" and "bottom" only as places in an order ("at the top").
_HIGH = words(
    r"largest|biggest|highest|greatest|the\s+most|most\s*(?=[?.!]|$)|"
    r"(?:at|on)\s+the\s+top|top\s+and\s+(?:the\s+)?bottom|ranks?\s+first"
)
_LOW = words(
    r"smallest|lowest|fewest|the\s+least|least\s*(?=[?.!]|$)|"
    r"(?:at|on)\s+the\s+bottom|top\s+and\s+(?:the\s+)?bottom|ranks?\s+last"
)
# A superlative that is not the plain first or last ("the second-largest", "not the highest"),
# or one set against something else ("higher than", "compared with"), asks something a ranking's
# two ends do not answer.
_NOT_PLAIN = words(
    r"second|third|fourth|next|not|isn['’]?t|wasn['’]?t|than|compar\w*|versus|vs|against|"
    r"relative|differ\w*|rank(?:ing)?\s+of|where\s+does"
)
# The kind of item ranked, by the noun that names it. Each maps to the kinds of table that hold
# such items.
_ITEM_NOUNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("country", words(r"countr(?:y|ies)|nations?|economy|economies|governments?|partners?")),
    (
        "category",
        words(
            r"types?|kinds?|categor(?:y|ies)|items?|buckets?|components?|elements?|"
            r"parts?|slices?|pieces?|forms?"
        ),
    ),
    ("period", words(r"periods?|stretch(?:es)?|spans?")),
    ("year", words(r"years?")),
)
# A question that names a table asks of the rows its source lays out as one ("in the agency's
# table"), not of figures other sentences give for the same measure.
_TABLE = words(r"tables?")
# "Four decades", "ten-year": a span of time stated by its length.
_LENGTH = lazy(
    r"\b(?P<count>\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]"
    r"(?P<unit>year|decade)s?\b",
    re.I,
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNTS |= {"nine": 9, "ten": 10}
# The words that name a table's figure by its unit, not by its heading: an amount is a "value",
# a "dollar figure"; a percent is a "share". They name the column a ranking is over.
_UNIT_WORDS = {
    "money": "value values worth amount amounts dollar dollars money sum figure figures size",
    "percent": "share shares percent percentage proportion rate figure figures",
    "count": "number numbers count figure figures",
}
# Fewest items a ranking is drawn from; two are a comparison, which other answerers handle.
_FEWEST = 3
# Most items a ranking lists in full; a longer one gives its ends and their runners-up.
_LISTED = 6


@dataclass(frozen=True)
class Entry:
    """One item of a ranked table: its name, the rows stating its figure (one per source), and
    the figure's lowest and highest values across those rows (the same when they agree)."""

    name: str
    facts: tuple[Fact, ...]
    low: Decimal
    high: Decimal
    name_terms: frozenset[str] = frozenset()

    @property
    def tabular(self) -> bool:
        """Whether the rows quote a source's table (a row of cells), not a sentence."""
        return all("\t" in f.row.quote for f in self.facts)


@dataclass(frozen=True)
class RankedTable:
    """Rows giving one figure for several items of a kind."""

    kind: str  # "country", "category", "period", "year"
    unit: str  # "money", "percent", "count"
    entries: tuple[Entry, ...]
    heading: frozenset[str]  # terms every row's heading states: the table's own name
    terms: frozenset[str]  # every term of its rows: headings, quotes, context
    names: frozenset[str]  # terms of the items' names
    years: frozenset[str]  # years every row is of
    span: tuple[int, int] | None  # the period every row is of, when one
    program: str  # the program the rows are of, if any
    # Terms of the headings of the other rows of the same kind (other columns): a question
    # naming one of them asks of a figure this table does not rank.
    others: frozenset[str] = frozenset()
    # Items whose figure a sentence gives, not the source's table the others come from: told
    # beside the ranking, not in it (a figure of prose is not measured as the table's are).
    besides: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class Superlative:
    """What a question asks of a ranking: its ends, and the kind of item ranked."""

    high: bool
    low: bool
    kind: str
    item: str  # the noun naming the kind of item, as written


def superlative_asked(question: str) -> Superlative | None:
    """The ranking ``question`` asks for, if it asks for one end (or both) of one, plainly, of
    one kind of item."""
    high, low = bool(_HIGH.search(question)), bool(_LOW.search(question))
    if not (high or low) or _NOT_PLAIN.search(question):
        return None
    kinds = [(kind, m) for kind, pattern in _ITEM_NOUNS if (m := pattern.search(question))]
    if len(kinds) != 1:
        return None
    kind, found = kinds[0]
    return Superlative(high, low, kind, found.group(0))


def names_extreme(text: str) -> bool:
    """Whether ``text`` (a part of a question) asks for an end of an order ("and the smallest?")."""
    return bool(_HIGH.search(text) or _LOW.search(text))


def _unit(fact: Fact) -> tuple[str, str, Decimal] | None:
    """(unit kind, exact unit, value) of the figure a row ranks by, if it gives a number."""
    row = fact.row
    if isinstance(row, OffsetValue):
        if row.amount is not None and row.currency:
            return "money", row.currency, row.amount
        return ("percent", "percent", row.percent) if row.percent is not None else None
    if isinstance(row, ProgramFact) and row.amount is not None:
        if row.unit in ("USD", "KRW"):
            return "money", row.unit, row.amount
        return ("percent", "percent", row.amount) if row.unit == "percent" else None
    if isinstance(row, CountryPolicy):
        if row.percent is not None:
            return "percent", "percent", row.percent
        return ("money", "USD", row.amount_usd) if row.amount_usd is not None else None
    if isinstance(row, UstrFact) and row.number is not None:
        return "count", row.unit, row.number
    return None


def _grouping(fact: Fact) -> tuple[tuple[object, ...], str, str] | None:
    """(table key, kind of item, item name) of a row that can be ranked among others, if any."""
    row = fact.row
    if isinstance(row, CountryPolicy):
        name = f"{row.country} ({row.contract_type})" if row.contract_type else row.country
        return ("country", row.attribute), "country", name
    if isinstance(row, ProgramFact) and row.category and row.category != "total":
        return ("program", row.program, row.attribute), "category", row.category
    if isinstance(row, OffsetValue):
        if row.category:
            return ("value", row.period, row.measure), "category", row.category
        if row.measure == "offset_value":
            return ("periods", row.measure), "period", row.period
    if isinstance(row, UstrFact) and row.topic == "pages":
        return ("ustr", row.topic), "country", row.economy
    if isinstance(row, UstrFact) and row.topic == "cases" and row.year:
        return ("ustr", row.topic), "year", str(row.year)
    return None


def _innermost(periods: Iterable[str]) -> set[str]:
    """The periods that hold no other one: a total over decades is no rival of its parts."""
    spans = {p: tuple(map(int, p.split("-"))) for p in periods}
    return {
        p
        for p, (a, b) in spans.items()
        if not any(q != p and a <= c and d <= b for q, (c, d) in spans.items())
    }


def ranked_tables(book: FactBook, terms: Callable[[str], list[str]]) -> tuple[RankedTable, ...]:
    """Every table of ``book`` that ranks three or more items on one figure in one unit."""
    grouped: dict[tuple[object, ...], tuple[str, dict[str, list[Fact]]]] = {}
    for fact in book.facts:
        found = _grouping(fact)
        if found is None or _unit(fact) is None:
            continue
        key, kind, name = found
        grouped.setdefault(key, (kind, {}))[1].setdefault(name, []).append(fact)
    tables = []
    for key, (kind, items) in grouped.items():
        if kind == "period":
            items = {p: items[p] for p in _innermost(items)}
        table = _table(kind, items, terms, key)
        if table is not None:
            tables.append(table)
    names = frozenset(t for table in tables for t in table.names)
    return tuple(_with_others(t, book, terms, names) for t in tables)


def _with_others(
    table: RankedTable, book: FactBook, terms: Callable[[str], list[str]], names: frozenset[str]
) -> RankedTable:
    """``table`` with the heading terms of the other rows of its kind that it does not hold,
    less names of items and years (constraints, read apart)."""
    mine = {id(f) for e in (*table.entries, *table.besides) for f in e.facts}
    kind = type(table.entries[0].facts[0].row)
    others = {
        t
        for f in book.facts
        if isinstance(f.row, kind) and id(f) not in mine
        for t in terms(_heading(f))
        if not is_year(t)
    }
    return replace(table, others=frozenset(others) - names - table.terms)


def _heading(fact: Fact) -> str:
    """What a row's figure is of: its shown statement up to the figure."""
    return fact.row.shown().partition(": ")[0]


def _table(
    kind: str,
    items: dict[str, list[Fact]],
    terms: Callable[[str], list[str]],
    key: tuple[object, ...],
) -> RankedTable | None:
    units = {(u[0], u[1]) for f in (f for fs in items.values() for f in fs) if (u := _unit(f))}
    # One unit ranks: a table in two currencies is ranked in the one most of its rows use,
    # each item's rows in the other shown beside its figure.
    counts: dict[tuple[str, str], int] = {}
    for facts in items.values():
        for fact in facts:
            got = _unit(fact)
            if got is not None:
                counts[got[:2]] = counts.get(got[:2], 0) + 1
    ranked_unit = max(sorted(units), key=lambda u: counts[u])
    entries = []
    for name, facts in items.items():
        values = [u[2] for f in facts if (u := _unit(f)) and u[:2] == ranked_unit]
        if values:
            named = frozenset(terms(name))
            entries.append(Entry(name, tuple(facts), min(values), max(values), named))
    if len(entries) < _FEWEST:
        return None
    rows = [f for e in entries for f in e.facts]
    headings = [frozenset(terms(_heading(f))) for f in rows]
    names = frozenset(t for e in entries for t in terms(e.name))
    every = frozenset(
        t for f in rows for text in (_heading(f), f.row.quote, f.row.context) for t in terms(text)
    )
    spans = {getattr(f.row, "period", None) for f in rows}
    span = None
    if len(spans) == 1 and (period := spans.pop()):
        first, last = map(int, period.split("-"))
        span = (first, last)
    program = key[1] if key[0] == "program" else ""
    besides: list[Entry] = []
    if sum(e.tabular for e in entries) >= _FEWEST:
        besides = [e for e in entries if not e.tabular]
        entries = [e for e in entries if e.tabular]
    return RankedTable(
        kind=kind,
        unit=ranked_unit[0],
        entries=tuple(entries),
        heading=frozenset.intersection(*headings) - names,
        terms=every,
        names=names,
        years=frozenset.intersection(*(f.years for f in rows)),
        span=span,
        program=str(program),
        besides=tuple(besides),
    )


@dataclass(frozen=True)
class Constraints:
    """What a question restricts a ranking to, as the caller reads it."""

    terms: frozenset[str]  # the question's search terms
    programs: frozenset[str]  # programs it names (the name table's)
    countries: frozenset[str]  # countries it names, the home country among them
    home: str  # the home country
    sources: frozenset[str]  # sources it names as its source


def _length(question: str) -> int | None:
    found = _LENGTH.search(question)
    if found is None:
        return None
    count = found.group("count").lower()
    number = int(count) if count.isdigit() else _COUNTS[count]
    return number * (10 if found.group("unit").lower() == "decade" else 1)


def _fits(table: RankedTable, question: str, given: Constraints) -> bool:
    """Whether every constraint the question states holds for every row of ``table``."""
    years = {t for t in given.terms if is_year(t)}
    if table.kind == "period" and years:
        return False  # a year narrows which periods rank: the rows do not say how
    if not years <= table.years:
        return False
    length = _length(question)
    if length is not None and (
        table.span is None or abs(table.span[1] - table.span[0] + 1 - length) > 1
    ):
        return False
    if given.programs != ({table.program} if table.program else set()):
        return False
    # A country named in a ranking of other things narrows it in a way no row records.
    return table.kind == "country" or not (given.countries - {given.home})


def _kept(entry: Entry, facts: Sequence[Fact]) -> Entry | None:
    values = [u[2] for f in facts if (u := _unit(f))]
    if not values:
        return None
    return replace(entry, facts=tuple(facts), low=min(values), high=max(values))


def _narrowed(table: RankedTable, question: str, given: Constraints) -> RankedTable | None:
    """``table`` cut to what the question restricts it to: the sources it names, and the items
    it names when it names three or more ("which was biggest: A, B or C?"). A question naming
    one or two of its items asks about those, not for a ranking: None, as when too few are
    left. A question that names "the table" asks of the source's table: no item beside it."""
    entries: list[Entry] = list(table.entries)
    besides: list[Entry] = [] if _TABLE.search(question) else list(table.besides)
    if given.sources:
        entries, besides = (
            [
                k
                for e in group
                if (k := _kept(e, [f for f in e.facts if f.row.source in given.sources]))
            ]
            for group in (entries, besides)
        )
    if table.kind == "country":
        named = {e.name.split(" (")[0] for e in (*entries, *besides)} & given.countries
        chosen = [e for e in entries if e.name.split(" (")[0] in named]
    else:
        common = (
            frozenset.intersection(*(e.name_terms for e in entries)) if entries else frozenset()
        )
        named = {e.name for e in entries if (e.name_terms - common) & given.terms}
        chosen = [e for e in entries if e.name in named]
    if 0 < len(named) < _FEWEST:
        return None
    if named:
        entries, besides = chosen, []
    if len(entries) < _FEWEST:
        return None
    return replace(table, entries=tuple(entries), besides=tuple(besides))


def chosen_table(
    question: str,
    asked: Superlative,
    tables: Sequence[RankedTable],
    given: Constraints,
    terms: Callable[[str], list[str]],
) -> RankedTable | None:
    """The one table the question ranks: of its kind of item, every stated constraint holding,
    named by the words of its own heading more than any other such table is, and asking no
    figure of another column that it lacks. None when no table, or more than one, fits."""
    fitting = [t for t in tables if t.kind == asked.kind and _fits(t, question, given)]
    if not fitting:
        return None
    shared = (
        frozenset.intersection(*(t.heading for t in fitting)) if len(fitting) > 1 else frozenset()
    )
    own = [len((t.heading - shared) & given.terms) for t in fitting]
    best = max(own)
    if best == 0 or own.count(best) > 1:
        return None
    table = fitting[own.index(best)]
    # The item's noun, and any word asking for an item's figure ("its share", "its dollar
    # figure"): the rows show their figures whole, a share of their total beside an amount.
    ignored = frozenset(terms(f"{asked.item} {ranking_figure_words()}"))
    if (given.terms & table.others) - ignored:
        return None  # a figure of another column ("the threshold") the table does not rank
    return _narrowed(table, question, given)


def order(table: RankedTable) -> list[list[Entry]] | None:
    """The table's items, highest first, items of one figure together (a tie). None when the
    sources' figures for two items leave their order in doubt (one source's figure for the
    lower above another's for the higher)."""
    entries = sorted(table.entries, key=lambda e: (-e.high, -e.low, e.name))
    tiers: list[list[Entry]] = []
    for entry in entries:
        if tiers and tiers[-1][0].high == entry.high and tiers[-1][0].low == entry.low:
            tiers[-1].append(entry)
            continue
        if tiers and entry.high >= tiers[-1][0].low:
            return None
        tiers.append([entry])
    return tiers


def shown_tiers(tiers: list[list[Entry]], asked: Superlative) -> list[list[Entry]]:
    """The tiers an answer lists: all of a short ranking; else each end asked for with its
    runner-up."""
    if sum(len(t) for t in tiers) <= _LISTED:
        return tiers
    keep: list[int] = []
    if asked.high:
        keep += [0, 1]
    if asked.low:
        keep += [len(tiers) - 2, len(tiers) - 1]
    return [tiers[i] for i in sorted(set(keep)) if 0 <= i < len(tiers)]


def ranking_figure_words() -> str:
    """Every word that asks for an item's figure by its unit ("its dollar figure", "its share")."""
    return " ".join(_UNIT_WORDS.values())


def joined(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return listed(list(names))
