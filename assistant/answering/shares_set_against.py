"""Two minimum offset shares set against each other: their ratio, a multiple, or how much larger
one is in relative terms.

"What is the ratio of Chile's minimum offset to Peru's?" names two shares the country table gives
(each country's minimum per contract); "Korea's rate on competitive contracts" and "on
non-competitive ones" name the home rule's two. The shares are taken in the order the question
writes them: a ratio is the first over the second, a multiple the larger over the smaller, and a
relative difference ("how much larger, in percent, is A than B") the change from B to A.
"""

from __future__ import annotations

import re

from assistant.answering.multiples_asked import asks_multiple
from assistant.knowledge.domain import domain
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import CountryPolicy, OffsetData
from assistant.regex import lazy

# "the ratio of", "the ratio between", "as a ratio", "give the ratio": two terms set one over
# the other.
RATIO_ASKED = lazy(r"\bratios?\b", re.I)
# How much larger one share is than the other, asked in relative terms.
RELATIVE_ASKED = lazy(
    r"\bin (?:relative|percent(?:age)?) terms\b|\bin percent(?:age)?\b|\bhow many percent\b|"
    r"\bby (?:what|how many|how much(?: of a)?) (?:percent(?:age)?|per cent)\b",
    re.I,
)
_LARGER = lazy(
    r"\b(?:larger|bigger|greater|higher|more|lower|smaller|less)\b[^.?!;]{0,80}?\bthan\b", re.I
)
# The home rule's two contract kinds, as a question names them.
_NON_COMPETITIVE = lazy(r"\bnon-?\s?competitive\b|\bsole-?sourced?\b|\bsingle-?source\w*\b", re.I)
_COMPETITIVE = lazy(r"(?<![\w-])(?<!non )competitive\b|\bcompetitively\b", re.I)


def shares_named(question: str, data: OffsetData) -> list[CountryPolicy]:
    """The minimum shares ``question`` names, in the order written: another country's minimum per
    contract where the question names that country, the home rule's share for a contract kind
    where it names the kind. Empty when any one is named twice or the table has no such share."""
    rows = [r for r in data.countries if r.attribute == "min_share" and r.percent is not None]
    home = domain().home_country
    patterns = name_table().patterns.get("countries", {})
    found: list[tuple[int, CountryPolicy]] = []
    for row in rows:
        if row.country == home:
            continue
        pattern = patterns.get(row.country) or re.compile(rf"\b{re.escape(row.country)}\b", re.I)
        match = pattern.search(question)
        if match:
            found.append((match.start(), row))
    for kind, pattern in (("non-competitive", _NON_COMPETITIVE), ("competitive", _COMPETITIVE)):
        match = pattern.search(question)
        own = next((r for r in rows if r.country == home and r.contract_type == kind), None)
        if match and own is not None:
            found.append((match.start(), own))
    return [row for _, row in sorted(found, key=lambda f: f[0])]


def operation_asked(question: str) -> str | None:
    """ "ratio", "multiple" or "relative": what of two shares ``question`` asks, or None."""
    if RATIO_ASKED.search(question):
        return "ratio"
    if asks_multiple(question):
        return "multiple"
    if RELATIVE_ASKED.search(question) and _LARGER.search(question):
        return "relative"
    return None
