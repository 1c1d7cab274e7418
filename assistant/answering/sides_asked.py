"""Questions that set the sources against each other over one figure: "where do the two dailies'
numbers part ways?", "the blog and the wires disagree on the date; what does each say?", "the
harbour board states the levy twice, in unlike amounts: which are they?".

Such a question asks for each side's statement, not for the one best sentence: the answer gives,
source by source, the figure (or date) each one states of the measure asked, each cited with the
row's quote. The measure is the data tables' (one family of rows: one period's value, one
report's release date); the sides are the sources the question names when they give different
figures between them, else every source that states one. A question in one currency ("the dollar
figures") is answered in that currency's figures only.

What the question asks is read from its words (a verb or adjective of disagreement, or "what
does each give"); what the sides are is read from the rows: when the sources give the measure
only one figure, there is no disagreement to lay out and the question is left to the usual
answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal

from assistant.answering.patterns import words
from assistant.answering.row_answers import Fact, clusters, disagree, same_figure
from assistant.answering.written_names import whole_name
from assistant.quantities import CURRENCIES, Money, find_money
from assistant.regex import lazy
from assistant.wording import say

# Sources set against each other: they disagree, differ, contradict each other or do not
# match; "the sources agree" asks whether they differ. Not words a topic is told in as well
# ("domestic conflict", "an inconsistent policy", "technology differences", "Korea agreed").
_AT_ODDS_WORDS = (
    r"disagree\w*|differ|differs|differed|diverge[sd]?|contradict\w*|discrepanc\w*|"
    r"at\s+odds|mismatch(?:es|ed)?|(?:do|does|did)(?:\s+not|n['’]t)\s+(?:agree|match|tally)|"
    r"(?:sources|documents|reports|papers|outlets|accounts|articles|they|both|all)\s+agree"
)
_AT_ODDS = words(_AT_ODDS_WORDS)
# What a source's figures are called.
_FIGURE_NOUNS = (
    r"(?:figures?|numbers?|dates?|estimates?|totals?|values?|amounts?|versions?|accounts?|terms)"
)
# Two or more figures of one thing: "two different dollar figures", "conflicting dates".
_AT_ODDS_FIGURES = r"different|differing|conflicting|competing|inconsistent|contradictory"
_SEVERAL_FIGURES = lazy(
    rf"\b(?:{_AT_ODDS_FIGURES}|two|both|separate|varying)\s+(?:[\w$-]+\s+){{0,2}}?"
    rf"{_FIGURE_NOUNS}\b",
    re.I,
)
# Figures called different or conflicting are given by someone: sources, whether or not the
# question names them ("the bulletin states two unlike levy amounts").
_FIGURES_AT_ODDS = lazy(
    rf"\b(?:{_AT_ODDS_FIGURES})\s+(?:[\w$-]+\s+){{0,2}}?{_FIGURE_NOUNS}\b",
    re.I,
)
# What each source gives: "what does each say", "which figure does each one give".
_EACH_GIVES = lazy(
    r"\beach(?:\s+(?:one|source|side|paper|outlet|report|article|of\s+them))?\s+"
    r"(?:says?|gives?|reports?|puts?|states?|prints?|cites?|uses?|quotes?|has|offers?|dates?)\b",
    re.I,
)
# The words a source is spoken of by, when the question names none: "the sources", "the reports".
# Not as the end of a compound ("a sole-source deal", "single-source").
_SOURCE_NOUNS = lazy(
    r"(?<![\w-])(?:sources?|documents?|reports?|papers?|outlets?|articles?|accounts?|"
    r"publications?|press|media|news|wires?|blog\w*|coverage|stories|story|study|studies)\b",
    re.I,
)
# The kinds of source (``sources.yaml``'s ``kind``) too broad to name a source by their word:
# any source is a report of something.
_NO_KIND_WORD = frozenset({"report", "other"})

# Words that name the disagreement or the sides rather than the measure: the rows are matched
# without them.
_SIDE_WORDS = lazy(
    rf"\b(?:{_AT_ODDS_WORDS})\b|\b(?:each|one|say|says|said|gives?|figures?|numbers?|different|two|"
    r"what|both|sections?|parts?|places?|sources?|documents?|papers?|outlets?|articles?|news|"
    r"wires?|blog\w*|press|media|coverage)\b",
    re.I,
)


def asks_sides(question: str, names_sources: bool = False) -> bool:
    """Whether ``question`` asks how the sources differ on a figure, or which figure each gives:
    it sets sources against each other (a verb of disagreement, "different figures", "what does
    each say") and speaks of sources (``names_sources``: it names some by name)."""
    set_against = bool(
        _AT_ODDS.search(question)
        or _SEVERAL_FIGURES.search(question)
        or _EACH_GIVES.search(question)
    )
    # "What window does either allow?" of two schemes sets the schemes side by side: the
    # sides are sources only when the question speaks of sources.
    return set_against and bool(
        names_sources or _SOURCE_NOUNS.search(question) or _FIGURES_AT_ODDS.search(question)
    )


def side_words(question: str) -> list[str]:
    """The words of ``question`` that name the disagreement or its sides, not the measure."""
    return [m.group(0) for m in _SIDE_WORDS.finditer(question)]


def currencies_asked(question: str) -> frozenset[str]:
    """The currencies ``question`` asks its figures in: a currency's word before the figures it
    qualifies ("the dollar figures", "two won amounts") or after "in" ("in dollars"). Not the
    word alone: "won" is also a verb ("offsets won in 2016-2020")."""
    found = set()
    for word, code in CURRENCIES.items():
        if not word.isalpha():
            continue
        w = re.escape(word)
        if re.search(
            rf"\b{w}\s+(?:[\w-]+\s+)?{_FIGURE_NOUNS}\b|\bin\s+(?:us\s+)?{w}\b", question, re.I
        ):
            found.add(code)
    return frozenset(found)


def named_sources(
    question: str, called: Mapping[str, Iterable[str]], kinds: Mapping[str, str]
) -> frozenset[str]:
    """The sources ``question`` names: by what they are called ("Yonhap", "the blog"), or by
    the word of their kind ("the news reports", "the newspapers": every news source; "the
    blogger": the blog)."""
    found = set()
    for source_id, names in called.items():
        for name in names:
            if whole_name(name).search(question):
                found.add(source_id)
    for source_id, kind in kinds.items():
        head = kind.split()[0] if kind else ""
        if head and head not in _NO_KIND_WORD and re.search(rf"\b{head}\w*", question, re.I):
            found.add(source_id)
    return frozenset(found)


def _numbers(facts: Sequence[Fact]) -> list[tuple[str, Decimal | str]]:
    """The distinct numeric figures of ``facts`` (amounts, percents, months)."""
    distinct: list[tuple[str, Decimal | str]] = []
    for fact in facts:
        if isinstance(fact.figure[1], Decimal) and not any(
            same_figure(fact.figure, seen) for seen in distinct
        ):
            distinct.append(fact.figure)
    return distinct


def sides_of(
    family: Sequence[Fact], named: frozenset[str], currencies: frozenset[str]
) -> list[Fact]:
    """The rows to set side by side from one family of rows (one measure, one subject): in the
    currencies asked if any; of the sources named when those give two figures or more between
    them, else of every source. [] when they give fewer than two figures: no sides."""
    rows = [f for f in family if not currencies or f.figure[0] in currencies]
    of_named = [f for f in rows if f.row.source in named]
    chosen = of_named if len(_numbers(of_named)) >= 2 else rows
    return chosen if len(_numbers(chosen)) >= 2 else []


def periods_of(
    near: Sequence[Fact], named: frozenset[str], currencies: frozenset[str]
) -> list[Fact]:
    """The figures one named source gives of one measure for several periods ("the daily
    states both five-year totals"): of the rows nearest the question, those of the measure of
    the best one (same kind of value, same subject, any period), of the sources named, in the
    currencies asked if any. [] unless they give two figures or more over two periods or more,
    or when the question names no source (every source's periods would be a table, not
    sides)."""
    if not near or not named or near[0].family[0] != "value":
        return []
    best = near[0]
    rows = [
        f
        for f in near
        if f.family[0] == "value"
        and f.family[2] == best.family[2]
        and f.subject == best.subject
        and f.row.source in named
        and (not currencies or f.figure[0] in currencies)
    ]
    periods = {f.family for f in rows}
    return rows if len(periods) >= 2 and len(_numbers(rows)) >= 2 else []


def derivations(chosen: Sequence[Fact], family: Sequence[Fact]) -> dict[int, list[Fact]]:
    """For each side (by its index in ``chosen``), the same source's rows of the measure in
    another currency whose statement gives the side's figure as the equivalent of theirs
    ("KRW 2 trillion (about USD 1.5 billion today)"): the amount the source derived its figure
    from. A side asked in one currency is cited with that statement too, since how a source
    arrives at its figure is part of what it says of it."""
    found: dict[int, list[Fact]] = {}
    for at, side in enumerate(chosen):
        unit, value = side.figure
        if not isinstance(value, Decimal):
            continue
        amount = Money(unit, value)
        for other in family:
            if (
                other.row.source == side.row.source
                and other.figure[0] != unit
                and other not in chosen
                and any(amount.close_to(m) for quote in other.row.cited for m in find_money(quote))
            ):
                found.setdefault(at, []).append(other)
    return found


def render_sides(
    facts: Sequence[Fact],
    marker: Callable[[Fact], Sequence[int]],
    source_name: Callable[[str], str],
) -> tuple[str, bool]:
    """The answer for rows set side by side: each source with the figures it gives, each cited.
    Returns (text, whether the figures truly disagree, see ``row_answers.conflict``)."""
    if len({f.family for f in facts}) > 1:
        # One source's figures of several periods: each is told with its period; they are no
        # disagreement.
        told = "; ".join(
            f"{f.row.shown()} {''.join(f'[{m}]' for m in dict.fromkeys(marker(f)))}" for f in facts
        )
        return say("periods_figures", source=source_name(facts[0].row.source), told=told), False
    label, _, _ = facts[0].row.shown().partition(": ")
    by_source: dict[str, list[str]] = {}
    for group in clusters(facts):
        for source in dict.fromkeys(f.row.source for f in group):
            own = [f for f in group if f.row.source == source]
            figure = own[0].row.shown().partition(": ")[2] or own[0].row.shown()
            marks = "".join(f"[{m}]" for m in dict.fromkeys(m for f in own for m in marker(f)))
            by_source.setdefault(source, []).append(f"{figure} {marks}")
    sides = "; ".join(
        f"{source_name(source)}: {' and '.join(figures)}" for source, figures in by_source.items()
    )
    return say("sides_figures", label=label, sides=sides), disagree(list(facts))
