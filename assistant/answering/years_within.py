"""A time asked within a period: "in which year between 2003 and 2007 did the port's traffic
peak?" asks for one year inside the period. A sentence that gives the period only as a whole
("from 2003 to 2007 the port handled 40 million tonnes") names the period's ends, not a year
within it, so it does not answer; one that dates something inside the period ("in 2005") does.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# The question asks for one point in time: "which year", "what single year", "when".
_ASKS_POINT = lazy(
    r"\b(?:which|what)\s+(?:(?:single|one|particular|specific|exact)\s+)?(?:calendar\s+)?year\b"
    r"|\bwhen\b",
    re.I,
)
# A period written by its ends: "2003 to 2007", "2003-2007", "from 2003 through 2007",
# "between 2003 and 2007".
_SPAN = lazy(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:[-–—~?]|to|through|until|and)\s*((?:19|20)\d\d)(?!\d)", re.I
)
_YEAR = lazy(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def asks_point_within(question: str, periods: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``question`` asks for one time (a year, or when) and bounds it by a period it
    writes."""
    return bool(periods) and bool(_ASKS_POINT.search(question))


def point_years(text: str) -> set[int]:
    """The years ``text`` states on their own, not as the ends of a period it writes."""
    return {int(y) for y in _YEAR.findall(_SPAN.sub(" ", text))}


def period_only(
    question: str, periods: tuple[tuple[int, int], ...], statements: list[str]
) -> tuple[int, int] | None:
    """The period asked within that ``statements`` give only as a whole, if they name no year
    inside it on its own: "which year between 2003 and 2007" is not answered by "from 2003 to
    2007", nor by "in 2010"."""
    if not asks_point_within(question, periods):
        return None
    stated = set().union(*(point_years(piece) for piece in statements)) if statements else set()
    for start, end in periods:
        if start < end and not any(start <= year <= end for year in stated):
            return (start, end)
    return None
