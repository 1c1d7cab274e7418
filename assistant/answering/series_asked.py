"""A measure asked period by period: every period the tables give it for.

"How did the grant money change from decade to decade? Each figure, please", "the harvest year by
year", "the toll for every year on record": such a question asks one measure (the money granted,
the harvest) at each time the sources give it, not the story of whatever happened around it. The
words of the distribution ("period to period", "each year", "every figure") say how the answer
is laid out; they name no topic, so a history that looks for rows sharing them finds only the
rows whose quotes happen to say "period". The answer is the series of the measure the best row
states: the rows that differ from it only in their time, one line a time, oldest first, with
every reading a source gives of that time (two sources disagreeing on a period stay on its line).

Nothing here knows a table: a row's family (``row_answers``) is a tuple, and the one element of
it that is a time (a year, or a span "2011-2015") is what the series runs along.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant.answering.row_answers import Fact, ScoredFact
from assistant.regex import lazy

# The units a time is counted in, as a distribution names them; a year is one calendar year, the
# others any stretch of time the sources give a figure for.
_TIME_UNIT = r"(?:periods?|years?|stretch(?:es)?|spans?|terms?|phases?)"
# A measure asked at each time: "from period to period", "year by year", "year after year",
# "year-on-year", "for each year", "every period", "in each of the periods", and "each figure",
# "every figure on record", "all the figures" (each reading of the measure they state).
_EACH_TIME = lazy(
    rf"\b(?:(?:from\s+)?(?P<unit>{_TIME_UNIT})[\s-]+(?:to|by|after|on)[\s-]+{_TIME_UNIT}|"
    rf"(?:for\s+|in\s+)?(?:each|every|per)\s+(?:single\s+)?(?P<unit2>{_TIME_UNIT})|"
    rf"(?:for\s+|in\s+)?(?:each|every|all)\s+of\s+the\s+(?P<unit3>{_TIME_UNIT})|"
    r"(?:with\s+)?(?:each|every|all\s+(?:of\s+)?the)\s+(?:single\s+)?figures?"
    r"(?:\s+(?:that\s+|which\s+)?(?:the\s+)?sources?\s+(?:have|give|state|report))?)\b",
    re.I,
)


# A time as a family element: a span "2011-2015" or a year.
_SPAN = lazy(r"^((?:19|20)\d\d)-((?:19|20)\d\d)$")


def _units_asked(question: str) -> set[str]:
    """The units of time ``question`` distributes its measure over ("year", "period"); "" for
    "each figure", which takes any."""
    found = set()
    for match in _EACH_TIME.finditer(question):
        unit = match["unit"] or match["unit2"] or match["unit3"] or ""
        found.add(unit.lower().rstrip("s") if unit else "")
    return found


def asks_each_time(question: str) -> bool:
    """Whether ``question`` asks a measure at each time the sources give it."""
    return _EACH_TIME.search(question) is not None


def without_each_time(question: str) -> str:
    """``question`` without the words that distribute its measure over time: they say how the
    answer is laid out, and no row shares them as a topic."""
    return re.sub(r"\s{2,}", " ", _EACH_TIME.sub(" ", question)).strip()


def _time(element: Any) -> tuple[int, int] | None:
    """(first, last) year of a family element that is a time, else None."""
    if isinstance(element, int) and not isinstance(element, bool) and 1900 <= element <= 2099:
        return element, element
    if isinstance(element, str):
        span = _SPAN.match(element)
        if span:
            return int(span[1]), int(span[2])
    return None


def _one_year(element: Any) -> bool:
    """Whether a time element is one calendar year."""
    time = _time(element)
    return time is not None and time[0] == time[1]


def _along_time(family: tuple[Any, ...]) -> int | None:
    """The position of the one element of ``family`` that is a time, else None."""
    found = [i for i, element in enumerate(family) if _time(element) is not None]
    return found[0] if len(found) == 1 else None


def series(
    question: str, ranked: Sequence[ScoredFact], facts: Sequence[Fact], floor: float
) -> list[list[Fact]]:
    """The series of the measure the best row covering ``floor`` of ``question`` states: the
    rows of ``facts`` whose family differs from its family only in the time, grouped by time,
    oldest first. [] when the best such row has no time, or its measure is given for fewer than
    two times. A question asking the measure for each year is met by years only: a figure for
    five years together is no figure of any one of them."""
    yearly = "year" in _units_asked(question)
    for scored in ranked:
        if scored.coverage < floor:
            continue
        family = scored.fact.family
        at = _along_time(family)
        if at is None:
            return []
        same = [
            f
            for f in facts
            if len(f.family) == len(family)
            and f.subject == scored.fact.subject
            and all(
                a == b for i, (a, b) in enumerate(zip(f.family, family, strict=True)) if i != at
            )
            and _time(f.family[at]) is not None
            and (not yearly or _one_year(f.family[at]))
        ]
        times = sorted({f.family[at] for f in same}, key=lambda element: _time(element) or (0, 0))
        if len(times) < 2:
            return []
        return [[f for f in same if f.family[at] == time] for time in times]
    return []
