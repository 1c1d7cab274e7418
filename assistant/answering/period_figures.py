"""A figure's own time: a figure for a stretch of years, or for another year, gives nothing for
one year asked on its own.

A ledger that says "the fund paid out USD 9 million from 2014 to 2018" and "USD 2 million in
2019" answers "how much did it pay in 2019?", not "how much in 2016?" (a year inside the
stretch: only the whole is given), nor "in 2021" (a later year than any it dates). "A 2021
review found the fund paid USD 9 million from 2014 to 2018" does not make that figure one of
2021 either: the year dates the review, the figure keeps its own time.

The figure's time is read from the tables, not guessed from the sentence: each row of a table
of figures by time (values by period, a year's statistics) quotes its source sentence, and the
row's period is the time of the figure it quotes. A quote no such row reads is left to the
other checks, unless it writes the year asked as a time (not as the date of a document it
names), in which case it may be the answer and nothing is refused here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from assistant.answering.row_labels import rows_quoting
from assistant.answering.years_within import point_years
from assistant.regex import lazy

__all__ = ["FigureTimes", "figure_times_quoting", "times_written", "uncovered_year"]

# The times of the figure rows that quote a text: (first year, last year) each.
FigureTimes = Callable[[str], frozenset[tuple[int, int]]]

_YEAR = r"(?:19|20)\d\d"
# A year that dates a document the text names, not a figure: "a 2021 review", "the 2019
# harbour audit report", "its annual review (2021)", "a report published in 2021".
_DOCUMENT_NOUN = r"(?:report|study|review|survey|paper|plan|edition|guidelines?|policy|table)s?"
_DOCUMENT_YEAR = lazy(
    rf"(?<!\d)(?P<a>{_YEAR})(?:\s+[\w'’&-]+){{0,4}}?\s+{_DOCUMENT_NOUN}\b"
    rf"|\b{_DOCUMENT_NOUN}\b[^.;]{{0,80}}?\((?P<b>{_YEAR})\)"
    rf"|\b(?:published|released|issued)\s+in\s+(?P<c>{_YEAR})\b",
    re.I,
)


def figure_times_quoting(text: str, rows: Iterable[object]) -> frozenset[tuple[int, int]]:
    """The times of the rows of ``rows`` dated by a period (``period``, "2016-2020") or a year
    (``year``) whose quote ``text`` holds, or that hold ``text`` (a part of their quote)."""
    found: set[tuple[int, int]] = set()
    for row in rows_quoting(text, rows):
        period = getattr(row, "period", None)
        year = getattr(row, "year", None)
        if isinstance(period, str) and re.fullmatch(rf"{_YEAR}-{_YEAR}", period):
            first, last = (int(y) for y in period.split("-"))
            found.add((first, last))
        elif isinstance(year, int):
            found.add((year, year))
    return frozenset(found)


def times_written(text: str) -> set[int]:
    """The years ``text`` writes on their own as times: not the ends of a period it writes
    ("2014 to 2018"), nor the date of a document it names ("a 2021 review")."""
    documents = {int(next(g for g in m.groups() if g)) for m in _DOCUMENT_YEAR.finditer(text)}
    return point_years(text) - documents


def uncovered_year(
    years: Iterable[int],
    quotes: list[str],
    times_of: FigureTimes,
    states_figure: Callable[[str], bool],
) -> tuple[int, tuple[tuple[int, int], ...]] | None:
    """The first of ``years`` (each asked on its own) that the cited ``quotes`` give no figure
    for, with the times they do give figures for: None when some quote is a figure row's of
    exactly that year, or is no figure row's and writes the year as a time beside a figure
    (``states_figure``: "fees rose to USD 3 million in 2019"; not "the fund opened in 2019"), or
    when no quote is a figure row's at all (nothing here knows its figures' times)."""
    timed = [(quote, times_of(quote)) for quote in quotes]
    given = sorted({t for _, times in timed for t in times})
    if not given:
        return None
    for year in years:
        if any((year, year) in times for _, times in timed):
            continue
        if any(
            not times and year in times_written(quote) and states_figure(quote)
            for quote, times in timed
        ):
            continue
        return year, tuple(given)
    return None
