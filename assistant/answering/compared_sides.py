"""The thing a comparison asks about, apart from the one it is measured against.

"Next to Harbourland's, what levy does Riverland charge?" asks Riverland's levy; Harbourland is
the standard it is set against. A table row that gives every country's levy but Riverland's
names the standard and others, never the one asked, and so does a sentence on the standard
alone: neither answers, however much of the question it shares. The standard is the phrase a comparison marker opens ("compared with",
"next to", "set against", "measured against", "relative to", "than", "unlike"), up to the
clause's end; what the question names outside it is what it asks about.

Only a question with such a marker is read so: "compare Harbourland and Riverland" asks of both
alike, and one side the sources give is an answer with a note on the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.regex import lazy

_STANDARD = lazy(
    r"\b(?:compared\s+(?:with|to)|compare[sd]?\s+(?:with|to)|in\s+comparison\s+(?:with|to)|"
    r"next\s+to|set\s+against|measured\s+against|held\s+up\s+against|stacked\s+against|"
    r"relative\s+to|as\s+against|than|unlike|beside|versus|vs\.?)\s+(?P<side>[^,;?]+)",
    re.I,
)


def standards(question: str) -> list[tuple[int, int]]:
    """The spans of ``question`` that name what it compares against."""
    return [m.span("side") for m in _STANDARD.finditer(question)]


def asked_unnamed(
    question: str,
    statements: list[str],
    names: Callable[[str], frozenset[str]],
    home: str,
) -> list[str]:
    """The countries ``question`` asks about, outside what it compares them against, that no
    statement names; empty otherwise. A table row of every other country's value, or a sentence
    on the standard, is about the others.

    ``names`` gives the countries a text names (lower case); ``home`` is the sources' own
    country, whose rules they often state without naming it."""
    spans = standards(question)
    if not spans or not statements:
        return []
    outside = question
    for start, end in sorted(spans, reverse=True):
        outside = outside[:start] + " " * (end - start) + outside[end:]
    inside = " ".join(question[start:end] for start, end in spans)
    if not names(inside):
        # No country is the standard: the comparison is of something else.
        return []
    named = frozenset().union(*(names(s) for s in statements)) if statements else frozenset()
    unnamed = sorted(
        n for n in names(outside) if n != home and n not in named and n not in names(inside)
    )
    # Each as the question writes it ("Japan", not the name table's key "japan").
    return [_as_written(question, n) for n in unnamed]


def _as_written(question: str, name: str) -> str:
    found = re.search(rf"\b{re.escape(name)}\b", question, re.I)
    return found.group(0) if found else name
