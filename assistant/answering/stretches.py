"""A stretch of years told in words ("the three years just after 2010", "the four years before
2016"), written as the sources write one: its first and last years ("2011 to 2013").

A question that counts years off from a year names the years it means without writing them;
the sentences that answer it write those years. Searched for by the words of the count ("two",
"right", "after"), it finds sentences about the year it counts from instead."""

from __future__ import annotations

import re

from assistant.quantities import NUMBER_WORDS
from assistant.regex import lazy

# The most years a stretch told in words runs over: a decade and more is an era, not a run of
# years the sources list one by one.
_LONGEST = 10
_COUNT = (
    rf"(?P<count>\d{{1,2}}|{'|'.join(w for w in NUMBER_WORDS if 1 < NUMBER_WORDS[w] <= _LONGEST)})"
)
# "the three years just after 2010", "the three years following 2015", "the two years just
# before 2016", "the first two years after 2020".
_STRETCH_IN_WORDS = lazy(
    rf"\b(?:the\s+)?(?:first\s+|next\s+|last\s+)?{_COUNT}\s+(?:calendar\s+)?years\s+"
    r"(?:(?:right|just|immediately|directly)\s+)?"
    r"(?P<side>after|following|since|before|preceding|prior\s+to|leading\s+up\s+to)\s+"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _written(found: re.Match[str]) -> str:
    count = _count(found["count"])
    if not 1 < count <= _LONGEST:
        return found.group(0)
    year = int(found["year"])
    after = found["side"].lower() in ("after", "following", "since")
    first, last = (year + 1, year + count) if after else (year - count, year - 1)
    return f"{first} to {last}"


def stretch_written(text: str) -> str:
    """``text`` with each stretch of years told in words written by its first and last years."""
    return _STRETCH_IN_WORDS.sub(_written, text)
