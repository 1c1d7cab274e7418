"""A question for the date of the latest or the earliest of something ("the most recent
revision", "their newest guidelines", "the earliest audit"): of the statements that date that
thing, the one with the extreme date answers it, not merely the best-matching one.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.regex import lazy

# "the latest guidelines", "most recent", "newest", "last revised" (not "the last two years",
# "last year", which name a span counted from the present), "earliest", "oldest".
_LATE = lazy(
    r"\b(?:latest|most recent|newest|last(?!\s+(?:year|month|week|decade|few|several|two|three|"
    r"four|five|\d)))\b",
    re.I,
)
_EARLY = lazy(r"\b(?:earliest|oldest|least recent)\b", re.I)
# The first of a series of changes: "when was the levy first raised", "first cut to". Among
# sentences the earliest date may be the thing's start, no change of it; among the dated rows
# of one table, each a change, the earliest is the first.
_FIRST_CHANGE = lazy(
    r"\bfirst\s+(?:raised|lowered|cut|changed|revised|amended|increased|reduced|lifted|"
    r"tightened|relaxed|adjusted)\b",
    re.I,
)
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_DATE = lazy(
    r"\b(?:(?P<month>" + "|".join(_MONTHS) + r")\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
# A sentence that calls what it dates the latest: its date is the latest the source knows.
_SAYS_LATEST = lazy(r"\b(?:latest|most recent|newest|current)\b", re.I)

Extreme = Literal["late", "early"]


def extreme_asked(question: str) -> Extreme | None:
    """Whether ``question`` asks for the latest ("late") or the earliest ("early") of a thing."""
    if _EARLY.search(question):
        return "early"
    if _LATE.search(question):
        return "late"
    return None


def first_change_asked(question: str) -> bool:
    """Whether ``question`` asks after the first of a series of changes to a thing."""
    return bool(_EARLY.search(question) or _FIRST_CHANGE.search(question))


def dates(sentence: str) -> list[tuple[int, int]]:
    """The dates ``sentence`` states, as (year, month), month 0 when only a year is given."""
    return [
        (int(m["year"]), _MONTHS.index(m["month"].lower()) + 1 if m["month"] else 0)
        for m in _DATE.finditer(sentence)
    ]


def most_extreme(sentences: list[str], extreme: Extreme) -> int | None:
    """The index of the sentence of ``sentences`` that dates the thing at the ``extreme``: for
    the latest, one that calls it the latest, else the one with the latest date; for the
    earliest, the one with the earliest date. None when no sentence states a date."""
    best: tuple[tuple[int, int, int], int] | None = None
    for i, sentence in enumerate(sentences):
        found = dates(sentence)
        if not found:
            continue
        if extreme == "late":
            key = (int(bool(_SAYS_LATEST.search(sentence))), *max(found))
        else:
            year, month = min(found)
            key = (0, -year, -month)
        if best is None or key > best[0]:
            best = (key, i)
    return None if best is None else best[1]
