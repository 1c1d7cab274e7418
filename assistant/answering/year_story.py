"""The events of one year: "what happened to the program in 1999" and "run through the events of
1999" ask for everything the year's dated rows tell about the subject, not for the rows about the
question's one rarest word.

A history bounded by two years, or opened by one ("since 1999"), is a story over a span; a
question that names a single year after "in", "of", "during" or "throughout", and no other year,
asks for that year's events. Which of them belong is still the question's subject: an event
stating none of the question's content words is another story told in the same year.
"""

from __future__ import annotations

import re

from assistant.answering.frame import YEAR
from assistant.regex import lazy

# "in 1999", "of 1999", "during 1999", "throughout 1999"; not "since 1999", "by 1999" or
# "1999 to 2001", which open or bound a span.
_WITHIN_YEAR = lazy(
    r"\b(?:in|of|during|throughout)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b"
    r"(?!\s*(?:-|–|—|to|through|until|and)\s*(?:(?:19|20)\d\d|\d\d)\b)",
    re.I,
)


# Words that ask what took place: "what happened", "the events", "what went on".
_HAPPENINGS = lazy(r"\b(?:happen\w*|events?|took place|went on|occurr\w*)\b", re.I)


def asks_year_events(question: str) -> bool:
    """Whether a question asks what took place in the one year it names."""
    return year_told(question) is not None and bool(_HAPPENINGS.search(question))


def year_told(question: str) -> int | None:
    """The one year whose events a question asks for, or None when it names no year, more than
    one, or names its year as the start or end of a span."""
    if len(set(YEAR.findall(question))) != 1:
        return None
    match = _WITHIN_YEAR.search(question)
    return int(match[1]) if match else None


def of_the_year(when: int | None, terms: frozenset[str], year: int, subject: set[str]) -> bool:
    """Whether an event dated ``when`` with the words ``terms`` is one of ``year``'s events about
    the question's ``subject`` words."""
    return when == year and bool(terms & subject)
