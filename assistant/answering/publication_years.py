"""A year that dates a publication by a clause of its own: "the report the bureau put out in
2024", "the survey that came out in 2019", "the study published in 2021".

Such a year says which report is meant, as "the 2024 report" does: it is not the time of the
figure asked of the report. "What share did the survey the
board issued in 2024 credit to the harbour?" is answered by a story about the 2024 survey that
says "this survey credits the harbour with 9 percent", although that sentence writes no year.

The clause is attached to a publication noun that an article or a possessive introduces ("the
trade report", "its survey"), and its verb is one of bringing a writing out (to publish, to
release, to issue, to put out, to come out): that verb's time is the writing's date. A clause
of any other verb dates its own act ("the report the bureau cited in 2024", "the report says
Korea spent in 2020"), which is left to the checks of times.

Whether the sources' report is the one of that year is still checked where the year is used
(``answerability``: the first report of its kind the cited source names with a year must be of
that year): a story about the 2024 report does not answer for a report put out in 2023.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# The kinds of writing a year may name, as ``answerability`` names them ("the 2024 report").
PUBLICATION_NOUNS = (
    "report",
    "study",
    "survey",
    "bill",
    "law",
    "act",
    "edition",
    "budget",
    "plan",
    "paper",
    "review",
)

# Verbs of bringing a writing out, in the forms a clause of the writing's own takes ("the
# report (that was) released in 2024", "the report the bureau put out in 2024", "the study that
# came out in 2019").
_PUBLISHED = (
    r"(?:published|released|issued|put\s+out|puts\s+out|brought\s+out|came\s+out|"
    r"comes\s+out|appeared|(?:publish|release|issue|put\s+out|bring\s+out|come\s+out))"
)
_DATED_BY_CLAUSE = lazy(
    r"(?:\b(?:the|a|an|its|their|this|that)|\w['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<noun>{'|'.join(PUBLICATION_NOUNS)})s?"
    # The clause: a relative word, a subject of up to four words, an auxiliary, then the verb.
    r"(?:\s+(?:that|which))?(?:\s+(?![\w'’-]+\s*[,;:?])[\w'’.&-]+){0,4}?"
    r"(?:\s+(?:was|were|is|are|had\s+been|has\s+been|did|does|do))?"
    rf"\s+{_PUBLISHED}\s+(?:in|during)\s+(?P<year>(?:19|20)\d\d)(?!\d)"
    r"(?!\s*[-–—~]\s*(?:19|20)\d\d)",
    re.I,
)


def publications_dated(question: str, year: int) -> frozenset[str]:
    """The publication nouns ``question`` dates by ``year`` in a clause of their own ("report"
    of "the report the bureau put out in 2024"); empty when it dates none so."""
    return frozenset(
        m.group("noun").lower()
        for m in _DATED_BY_CLAUSE.finditer(question)
        if int(m.group("year")) == year
    )
