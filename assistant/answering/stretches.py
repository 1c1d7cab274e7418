"""A stretch of years told in words ("the three years just after 2010", "the four years before
2016"), written as the sources write one: its first and last years ("2011 to 2013").

A question that counts years off from a year names the years it means without writing them;
the sentences that answer it write those years. Searched for by the words of the count ("two",
"right", "after"), it finds sentences about the year it counts from instead."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

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


# A period told in words that runs on to the latest year the sources count: "since the early
# eighties", "after 2020", "the years since 2015", "over the last four decades". The sources write
# such a period by its years ("over the last four decades (1983 to 2022)", "the last two years
# (2021 to 2022)"); searched for by its words ("early", "eighties", or the year it counts from),
# it finds sentences about that year or nothing.
_DECADE_WORDS = {
    "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
    "seventies": 1970, "eighties": 1980, "nineties": 1990,
}  # fmt: skip
# Where in its decade an "early", "mid" or "late" part of it opens.
_PART_OF_DECADE = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
_DECADE = (
    rf"(?:(?P<part>early|mid|late)[\s-]+)?"
    rf"(?:(?P<word>{'|'.join(_DECADE_WORDS)})|(?P<digits>(?:19|20)\d0)['’]?s|['’](?P<short>\d0)['’]?s)"
)
_SINCE = lazy(
    r"\b(?P<side>since|after|from)\s+(?:the\s+)?"
    rf"(?:{_DECADE}|(?P<year>(?:19|20)\d\d))\b(?P<onward>\s+on(?:wards?)?\b)?"
    r"(?!\s*(?:-|–|—|to|through|until|till|and)\s*(?:the\s+)?(?:19|20)\d\d)",
    re.I,
)
_LAST = lazy(
    r"\b(?:(?:over|in|during|for|across)\s+)?the\s+(?:last|past|previous)\s+"
    rf"(?P<count>\d{{1,2}}|{'|'.join(w for w in NUMBER_WORDS if 1 < NUMBER_WORDS[w] <= 90)})\s+"
    r"(?P<unit>years|decades)\b",
    re.I,
)

Period = tuple[int, int]


def _decade(found: re.Match[str]) -> int:
    if found["word"]:
        return _DECADE_WORDS[found["word"].lower()]
    if found["digits"]:
        return int(found["digits"])
    short = int(found["short"])
    return (1900 if short >= 30 else 2000) + short


def _first_years(found: re.Match[str]) -> range:
    """The years a period counted "since", "after" or "from" something may open with."""
    if found["year"]:
        year = int(found["year"])
        side = found["side"].lower()
        # "After 2020" opens in 2021; "since 2015" in 2015, or in 2016 when the sources count
        # whole years after it.
        return range(year + 1, year + 2) if side == "after" else range(year, year + 2)
    decade = _decade(found)
    low, high = _PART_OF_DECADE.get((found["part"] or "").lower(), (0, 9))
    return range(decade + low, decade + high + 1)


def _latest(periods: Iterable[Period]) -> Period | None:
    """Of ``periods``, the one reaching latest (the longest of those)."""
    return max(periods, key=lambda p: (p[1], p[1] - p[0]), default=None)


def period_written(text: str, periods: Collection[Period]) -> str:
    """``text`` with each period told in words written as the sources count it (``periods``:
    (first, last) years): one running on to now as the period that opens in the years it names
    and reaches latest ("1983 to 2022"), a length counted back from now by the latest period as
    long as it says. A period the sources count nothing for keeps its words."""

    def since(found: re.Match[str]) -> str:
        if found["side"].lower() == "from" and not found["onward"]:
            return found.group(0)  # "a report from 2016" names no period
        opening = _first_years(found)
        chosen = _latest(p for p in periods if p[0] in opening and p[1] > p[0])
        return f"{chosen[0]} to {chosen[1]}" if chosen else found.group(0)

    def last(found: re.Match[str]) -> str:
        years = _count(found["count"]) * (10 if found["unit"].lower() == "decades" else 1)
        # A period of N years runs from its first year to the N-th, or is counted from the year
        # before it ("four decades (1983 to 2022)").
        chosen = _latest(p for p in periods if years - 1 <= p[1] - p[0] + 1 <= years + 1)
        return f"{found.group(0)} ({chosen[0]} to {chosen[1]})" if chosen else found.group(0)

    return _LAST.sub(last, _SINCE.sub(since, text))
