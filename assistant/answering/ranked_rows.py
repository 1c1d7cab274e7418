"""A question for the item that stands out among rows of one kind ("which port charges the
lowest levy", "the largest kind of cargo by tonnage", "the dearest of
them?"): the table's typed figures are compared, the extreme item is named with its figure,
and every row compared is cited. When an item asked about has no figure in the table, which
is the extreme is not known: a country without a figure is not the lowest.

The dates of the latest or earliest of a thing are ``extremes``' business; a comparison of
two named items is the comparison rules'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from assistant.knowledge.rows import CountryPolicy, OffsetValue, Row
from assistant.regex import lazy

Direction = Literal["high", "low"]

# Superlatives of size. "most"/"least" only as a degree ("the most value"), not "at least",
# "most of", "most recent" (a date: ``extremes``); "minimum"/"maximum" name a rule's figure
# ("the lowest minimum share"), no ranking.
_HIGH = lazy(
    r"\b(?:highest|largest|biggest|greatest|steepest|heaviest|(?<!\bat\s)most(?!\s+(?:recent|of)\b))\b",
    re.I,
)
_LOW = lazy(
    r"\b(?:lowest|smallest|tiniest|slimmest|fewest|(?<!\bat\s)least(?!\s+(?:recent|of)\b))\b",
    re.I,
)
# The item asked is a country (or its government) of the country table.
_COUNTRY_ASKED = lazy(
    r"\b(?:which|what)\s+(?:(?:one|country|countries|nation|nations|government|governments|"
    r"state|states)\b|of\s+(?:those|these|them|the\s+(?:countries|governments|nations)))|"
    r"\bamong\s+(?:those|these|them|the(?:\s+\w+)?\s+(?:countries|governments|nations))\b",
    re.I,
)
# A reference to the items an earlier answer listed.
_OF_THOSE = lazy(r"\b(?:of|among)\s+(?:those|these|them|the\s+ones)\b", re.I)
_WHICH = lazy(r"\b(?:which|who)\b", re.I)
_THRESHOLD = lazy(r"\b(?:threshold|trigger|contract[- ]value|contract[- ]size|cut-?off)s?\b", re.I)
# A minimum share is the floor of what is asked back; a threshold is named as such.
_SHARE = lazy(
    r"\b(?:share|percent|percentage|proportion|ratio|rate|offset\s+value|floor)s?\b|%", re.I
)
# The kinds a whole is broken down into ("the biggest bucket", "which type of offset").
_KIND = lazy(
    r"\b(?:type|kind|category|categor(?:y|ies)|bucket|sort|form|area|source|component)s?\b",
    re.I,
)
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
# The item asked is a period of time ("which period", "what five-year span", "in which years").
_PERIOD_ASKED = lazy(
    r"\b(?:which|what)\s+(?:(?:five|ten|two)-year\s+|half-decade\s+)?"
    r"(?:period|span|stretch|window|years|interval|term|half-decade|block)s?\b",
    re.I,
)
# A question over the home rule's history ("the highest threshold it has ever set", "when was
# the share at its lowest"), not of the rule in force now.
_OVER_TIME = lazy(
    r"\b(?:ever|at\s+(?:its|any)\s+(?:lowest|highest|point|time)|over\s+(?:the|its)\s+"
    r"(?:years|decades|history)|in\s+(?:its|the\s+policy's)\s+history|(?:of|in)\s+all\s+time|"
    r"through\s+the\s+years)\b",
    re.I,
)
_OFFSETS_GAINED = lazy(r"\b(?:offsets?|counter-?trade)\b", re.I)


def rule_figure_asked(question: str) -> Literal["threshold_usd", "share_percent"] | None:
    """The figure of the home rule's history ``question`` asks the extreme of, if it asks over
    the rule's history."""
    if not _OVER_TIME.search(question):
        return None
    if _THRESHOLD.search(question):
        return "threshold_usd"
    if _SHARE.search(question):
        return "share_percent"
    return None


def directions_asked(question: str) -> list[Direction]:
    """The extremes ``question`` asks of ("which the most and which the least": both)."""
    found = [(m.start(), "high") for m in _HIGH.finditer(question)]
    found += [(m.start(), "low") for m in _LOW.finditer(question)]
    ordered: list[Direction] = []
    for _, direction in sorted(found):
        if direction not in ordered:
            ordered.append("high" if direction == "high" else "low")
    return ordered


@dataclass(frozen=True)
class Family:
    """Rows of one kind whose figure ranks them: what the figure is called, and how it is read."""

    label: str  # "minimum offset share"
    item: Callable[[Row], str]  # the item a row gives the figure of
    key: Callable[[Row], Decimal | None]
    shown: Callable[[Row], str]


def _country(row: Row) -> str:
    assert isinstance(row, CountryPolicy)
    return row.country + (f" ({row.contract_type} contracts)" if row.contract_type else "")


def _percent(row: Row) -> Decimal | None:
    return row.percent if isinstance(row, CountryPolicy) else None


def _amount_usd(row: Row) -> Decimal | None:
    return row.amount_usd if isinstance(row, CountryPolicy) else None


def _share_shown(row: Row) -> str:
    return f"{_percent(row)}%"


def _usd_shown(row: Row) -> str:
    amount = _amount_usd(row) or Decimal(0)
    millions = (amount / Decimal(1_000_000)).normalize()
    return f"USD {millions:f} million"


def _category(row: Row) -> str:
    assert isinstance(row, OffsetValue)
    return row.category


def _value_amount(row: Row) -> Decimal | None:
    return row.amount if isinstance(row, OffsetValue) else None


def _value_shown(row: Row) -> str:
    assert isinstance(row, OffsetValue)
    return row.figure()


def _period(row: Row) -> str:
    assert isinstance(row, OffsetValue)
    return row.period.replace("-", "–")


def period_asked(question: str) -> bool:
    """Whether ``question`` asks which period of time brought the most (or least) offsets."""
    return bool(_PERIOD_ASKED.search(question) and _OFFSETS_GAINED.search(question))


def periods_compared(
    rows: Sequence[OffsetValue],
) -> tuple[list[OffsetValue], list[OffsetValue]]:
    """One row of offsets obtained for each period that is ranked against the others: the
    first in dollars the data gives for it. A period holding another that has a figure (the
    four decades, which hold each five years) is a total of them, no rival; and only periods
    of one length are ranked, the length most of them have, since two years' offsets are
    not comparable with five years'. The second list: the periods of other lengths, which
    the answer states beside the ranking."""
    spans = {r.period: tuple(int(y) for y in r.period.split("-")) for r in rows}
    inner = {
        p
        for p, (a, b) in spans.items()
        if not any(q != p and a <= c <= d <= b for q, (c, d) in spans.items())
    }
    first: dict[str, OffsetValue] = {}
    for r in rows:
        if r.period in inner and r.currency == "USD" and r.period not in first:
            first[r.period] = r
    lengths = [spans[p][1] - spans[p][0] for p in first]
    if not lengths:
        return [], []
    common = max(set(lengths), key=lengths.count)
    return (
        [r for p, r in first.items() if spans[p][1] - spans[p][0] == common],
        [r for p, r in first.items() if spans[p][1] - spans[p][0] != common],
    )


SHARE = Family("minimum offset share", _country, _percent, _share_shown)
THRESHOLD = Family("contract value that triggers offsets", _country, _amount_usd, _usd_shown)
BY_TYPE = Family("value of offsets", _category, _value_amount, _value_shown)
BY_PERIOD = Family("value of offsets obtained", _period, _value_amount, _value_shown)


def country_family(question: str, several: bool) -> tuple[Family, str] | None:
    """The country table's figure a question ranks countries by, with its attribute, when it
    asks which country stands out (``several``: the question names three countries or more,
    so "which" picks one of them); else None."""
    if not (_COUNTRY_ASKED.search(question) or (several and _WHICH.search(question))):
        return None
    if _THRESHOLD.search(question):
        return THRESHOLD, "threshold"
    if _SHARE.search(question) or re.search(r"\b(?:demand|require|seek|ask)", question, re.I):
        return SHARE, "min_share"
    return None


def asks_kind_of_value(question: str) -> bool:
    """Whether ``question`` asks which kind of offset (of a whole broken down) stands out."""
    return bool(_KIND.search(question)) and bool(
        re.search(r"\b(?:offset|counter-?trade|value)", question, re.I)
    )


def years_of(question: str) -> set[int]:
    """The years ``question`` writes."""
    return {int(y) for y in _YEAR.findall(question)}


def extreme(rows: Sequence[Row], family: Family, direction: Direction) -> list[Row]:
    """The rows of ``rows`` whose figure is the highest (or lowest): every row tied at it."""
    keyed = [(family.key(r), r) for r in rows]
    known = [(k, r) for k, r in keyed if k is not None]
    if not known:
        return []
    best = max(k for k, _ in known) if direction == "high" else min(k for k, _ in known)
    return [r for k, r in known if k == best]


def names_list(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def asks_of_earlier(question: str) -> bool:
    """Whether ``question`` ranks the items an earlier answer listed ("which of those")."""
    return bool(_OF_THOSE.search(question))
