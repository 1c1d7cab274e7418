"""A breakdown asked by a dimension rather than by named parts: "break the levy down by
province", "how were the 40 grants shared out among the 9 towns?", "how was the 2019-20 harvest
divided across its two seasons?".

Such a question asks a figure of each of at least two parts of one whole. The whole alone does
not answer it ("the levy raised EUR 40 million"), nor does the count of the parts ("9 towns"),
nor a split of the same measure over another period than the one the question names: that the
1990-2010 total was split three ways says nothing of how 2015-2019 was. So a breakdown is
answered only when the statements give two or more figures that the question does not already
give, in statements of the period asked (or of no other).

A division whose parts the question names ("split between ports and roads") is
``divisions_asked``'s; arithmetic ("divided by 40") asks no breakdown. Nothing here knows a
source or a dimension: the rule is about the shape of the question and the number of figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from assistant.quantities import SPELLED_SCALES, lex
from assistant.regex import lazy

# A whole asked in parts along a dimension: "break X down by", "broken down by", "break down X
# by", "split by", "shared out among", "divided among", "split between the two seasons". Not
# "divided by", which is arithmetic; not the noun ("the split between leased and owned
# berths", "in the breakdown by province, how much went to ..."), which names a thing talked about or
# frames one part asked, not a figure of every part.
_BREAKDOWN = lazy(
    r"\bbr(?:eak|eaks|eaking|oke|oken)\b(?:[^?.;]|\.(?=\d)){0,80}?\bdown\s+(?:by|per|among|"
    r"between|across|into)\b"
    r"|\bbr(?:eak|eaks|eaking|oke|oken)\s+down\b(?:[^?.;]|\.(?=\d)){1,80}?\s(?:by|per|among|"
    r"between|across)\s"
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bits\s)"
    r"\b(?:split(?:\s+up)?\s+(?:by|per)|(?:split(?:\s+up)?|divided(?:\s+up)?|shared\s+out|"
    r"apportioned|allocated|distributed|divvied\s+up)\s+(?:among|amongst|between|across))\b",
    re.I,
)


def asks_breakdown(question: str) -> bool:
    """Whether ``question`` asks a whole broken down along a dimension."""
    return _BREAKDOWN.search(question) is not None


# What a figure is written with besides its number: a hedge, a currency code or a scale. A
# stretch between semicolons that writes nothing else ("2016-20: USD 800 million [1]; about
# USD 700 million [2]") is another source's reading of the figure before it, not another part.
_FIGURE_WORDS = lazy(
    r"\b(?:about|around|nearly|almost|roughly|some|over|under|approximately|usd|krw|eur|us|"
    r"won|dollars?|thousand|million|billion|trillion|percent|per\s+cent)\b|\[\d+\]|[^\w]|\d",
    re.I,
)


def _figure_tokens(text: str) -> list[tuple[int, tuple[str, Decimal]]]:
    """Where ``text`` states amounts and percentages, with their kinds (a currency, a share or
    a bare scaled number) and values: a currency, a percent sign or a spelled-out scale makes a
    number a figure ("USD 5 million", "46 percent", "2 billion"); a bare count ("13 towns") or
    a year is none."""
    return [
        (token.start, (token.currency or ("%" if token.percent else ""), token.scaled()))
        for token in lex(text)
        if not token.glued and (token.currency or token.percent or token.scale in SPELLED_SCALES)
    ]


def _parts_stated(text: str) -> list[str]:
    """``text`` without the stretches that only restate the figure before them."""
    pieces = text.split(";")
    return [pieces[0]] + [p for p in pieces[1:] if _FIGURE_WORDS.sub("", p).strip()]


def _within(time: tuple[int, int], period: tuple[int, int]) -> bool:
    return period[0] <= time[0] and time[1] <= period[1]


def breakdown_unmet(
    question: str,
    statements: list[str],
    period: tuple[int, int] | None,
    times: Callable[[str], list[tuple[int, int, int, int]]],
) -> bool:
    """Whether ``statements`` leave the breakdown ``question`` asks unanswered: fewer than two
    figures of one kind (the parts of a whole in dollars are in dollars: a sum and a share of
    another whole are not two parts) that the question does not itself give, each of the ``period`` asked or a time within it
    (``times``: the times a text names, as (start, end, first year, last year)). A figure's time
    is the one written nearest it in its statement, or, when its statement names none, one of
    the statement before."""
    if not asks_breakdown(question):
        return False
    given = {value for _, value in _figure_tokens(question)}
    found: set[tuple[str, Decimal]] = set()
    for before, piece in zip(["", *statements], statements, strict=False):
        for part in _parts_stated(piece):
            own = times(part)
            for at, value in _figure_tokens(part):
                if value in given:
                    continue
                if period is not None:
                    if own:
                        near = min(own, key=lambda t: min(abs(t[0] - at), abs(t[1] - at)))
                        if not _within((near[2], near[3]), period):
                            continue
                    elif not any(_within((t[2], t[3]), period) for t in times(before)):
                        if times(before):
                            continue
                found.add(value)
    kinds = [kind for kind, _ in found]
    return all(kinds.count(kind) < 2 for kind in kinds)
