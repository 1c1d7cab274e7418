"""The years a question names by an event of the policy's history instead of by number.

"Between its introduction and 1990" names the year the policy began: the earliest year the
policy table gives. "The level set when the agency was established" names the year the policy
table says that body came into being: the row whose event names the body and its creation. A
year is found only where the table gives one such year; the question's own numbers are read
elsewhere.
"""

from __future__ import annotations

import re

from assistant.answering.patterns import words
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import OffsetData
from assistant.regex import lazy

# The policy's beginning: "its introduction", "when the policy began", "at the outset".
_START = words(
    r"introduc(?:tion|ed)|inception|outset|began|begun|beginning|start(?:ed)?|launch(?:ed)?|"
    r"(?:was|were) (?:first )?adopted"
)
# A body's creation, as a question words it and as the table's events word it.
_CREATED = r"came into (?:being|existence)|establish\w*|creat\w*|found(?:ed|ing)|set up|formed"
_CREATION = lazy(rf"\b(?:{_CREATED})\b", re.I)
# How near a word of creation stands to the body's name to be its creation ("when DAPA was
# established", "the agency's creation", "DAPA, at its founding").
_NEAR = 40


def event_years(question: str, data: OffsetData) -> list[tuple[int, int]]:
    """(where, year) for each year ``question`` names by an event of the policy table."""
    years = sorted(r.year for r in data.policy if r.year)
    found: list[tuple[int, int]] = []
    start = _START.search(question)
    if start is not None and years:
        found.append((start.start(), years[0]))
    table = name_table().patterns.get("organisations", {})
    for pattern in table.values():
        for mention in pattern.finditer(question):
            near = question[max(0, mention.start() - _NEAR) : mention.end() + _NEAR]
            if not _CREATION.search(near):
                continue
            rows = [
                r
                for r in data.policy
                if r.year and pattern.search(r.event) and _CREATION.search(r.event)
            ]
            if len({r.year for r in rows}) == 1:
                found.append((mention.start(), rows[0].year))  # type: ignore[arg-type]
            break
    return sorted(found)
