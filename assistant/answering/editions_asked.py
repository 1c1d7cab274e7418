"""A count asked of one edition of a recurring document: "how many entries did the almanac give
Peru in its 2019 edition?", "what count of guilds did the 2021 gazette carry?".

The year is the edition's, and it binds the count: a sentence that counts the thing for the
present edition and names the earlier year only beside another count ("only 7 pages this time;
it listed more than 40 cases in 2019") gives no count of pages for 2019. So the count is
answered only by a clause that counts the thing asked and names the edition's year (or, for the
edition before the sources' present, says it is last year's). The present edition's own count is
left to the other checks.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# A year naming a document's edition: "its 2019 edition", "the 2021 report", "the USTR's 2023
# list".
_EDITION_YEAR = lazy(
    r"(?<!\d)((?:19|20)\d\d)\s+(?:edition|report|issue|version|list|estimate|yearbook|survey)\b",
    re.I,
)

_ANY_YEAR = lazy(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def edition_year(question: str, present: int) -> int | None:
    """The year of the one past edition ``question`` asks a count of, if it names one and no
    other year; None for the present edition (``present``), several editions or none."""
    years = {int(m[1]) for m in _EDITION_YEAR.finditer(question)}
    if len(years) != 1 or set(map(int, _ANY_YEAR.findall(question))) != years:
        # A question that dates the count itself ("built in 2031, per the 2033 almanac") names
        # the edition only as where the count is reported.
        return None
    (year,) = years
    return None if year >= present else year
