"""The period asked for as what is left: "so how much is left over for 1991-1995?", "what remains
for 1991 through 1995?". That period's figure is the unknown the question asks, never one of its
inputs: a figure the sources give for it is set aside, and what is left is the figure of the
period that joins it to the other period named, less that other period's figure ("the 1991-1997
total less 1996-1997 leaves 1991-1995").
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# "leave for 2016-2020", "is left for 2016 through 2020", "remains for the years 2016 to 2020".
_LEFT_FOR = lazy(
    r"\b(?:leaves?|left|remains?|remaining)\s+(?:\w+\s+){0,2}?for\s+(?:the\s+)?(?:years?\s+|period\s+)?"
    r"(?P<first>(?:19|20)\d\d)\s*(?:-|–|—|to|through|until)\s*(?P<last>(?:19|20)?\d\d)\b",
    re.I,
)


def period_left_asked(question: str) -> str | None:
    """The period ``question`` asks what is left for, as the tables write periods
    ("2016-2020"); None when it asks none."""
    found = _LEFT_FOR.search(question)
    if found is None:
        return None
    first, last = found["first"], found["last"]
    if len(last) == 2:
        last = first[:2] + last  # "2016-20"
    return f"{first}-{last}"


def joined(one: str, other: str) -> str | None:
    """The period two adjoining periods make together ("2016-2020" and "2021-2022":
    "2016-2022"); None when they do not adjoin."""
    (a, b), (c, d) = (tuple(int(y) for y in re.findall(r"\d{4}", p)) for p in (one, other))
    if b + 1 == c:
        return f"{a}-{d}"
    if d + 1 == a:
        return f"{c}-{b}"
    return None
