"""Times a source writes relative to its own date, resolved to the calendar by that date.

A news story dated 1 April 2025 writes "slightly more than last year (18 cases)", "this year's
report", "last month", "on the 31st (local time)", "On Monday": each is a time the reader
resolves by the story's date (2024, the 2025 report, March 2025, 31 March 2025). The source's
date comes from ``sources.yaml`` (or an ingested document's metadata); a source without a date,
or a time finer than its date ("last month" in a story dated only by its year), resolves nothing.

A time counted from another time the text writes ("the previous year", "a year earlier") is
counted from the last year written before it in the same text, and from the source's date only
when none is.

``absolute(text, date)`` is ``text`` with each such time written out as a year or date, the way
a question names it ("the 2024 report"): it is for reading a quote against a question's years,
never for quoting (quotes stay the sources' own words).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from assistant.regex import lazy

_DATE = lazy(r"^((?:19|20)\d\d)(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")
_WRITTEN_YEAR = lazy(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")

# Counted from the date the source writes on: "this year", "last year's", "next year".
_FROM_NOW = {"this": 0, "last": -1, "next": 1, "current": 0, "coming": 1, "past": -1}
# Counted from the time the text last wrote, else from the source's date.
_FROM_THEN = {
    "previous": -1,
    "prior": -1,
    "preceding": -1,
    "following": 1,
    "earlier": -1,
    "ago": -1,
    "before": -1,
    "later": 1,
}
_YEAR_REL = lazy(
    # "The last year", "the past year": the twelve months up to now, no calendar year.
    r"\b(?:(?<!\bthe\s)(?P<now>this|last|next|current|coming|past)\s+year(?![\w-])"
    r"|the\s+(?P<then>previous|prior|preceding|following)\s+year(?![\w-])"
    r"|(?:a|one)\s+year\s+(?P<after>earlier|ago|before|later)\b)"
    r"(?P<own>['’]s)?",
    re.I,
)
_MONTH_REL = lazy(r"\b(?P<now>this|last|next)\s+month(?![\w-])(?P<own>['’]s)?", re.I)
_WEEKDAYS = tuple(day.lower() for day in calendar.day_name)
_WEEKDAY = lazy(
    rf"\b(?:on\s+(?P<on>{'|'.join(_WEEKDAYS)})|(?P<time>(?:last|this)\s+({'|'.join(_WEEKDAYS)})))\b",
    re.I,
)
# A day of the month written alone: "on the 31st (local time)", "during the 2nd".
_MONTHS = "|".join(calendar.month_name[1:])
_DAY_OF_MONTH = lazy(
    r"\b(?:on|during|of|by|until|since)\s+(?P<time>the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th))\b"
    rf"(?!\s+(?:of\s+)?(?:{_MONTHS}|century))",
    re.I,
)


@dataclass(frozen=True)
class SourceDate:
    """A source's date, as precise as its metadata gives it."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> SourceDate | None:
        match = _DATE.match(text.strip())
        if match is None:
            return None
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)


@dataclass(frozen=True)
class RelativeTime:
    """One time ``text[start:end]`` writes relative to a date, and the time it is."""

    start: int
    end: int
    year: int
    month: int | None = None
    day: int | None = None
    # Written as what a thing is named by ("this year's report"): it reads "the 2025 report".
    naming: bool = False

    def written(self) -> str:
        """The time as a question writes it: "2024", "the 2025" (of "this year's"), "March
        2025", "31 March 2025"."""
        if self.day is not None and self.month is not None:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        if self.month is not None:
            return f"{calendar.month_name[self.month]} {self.year}"
        return f"the {self.year}" if self.naming else str(self.year)


def relative_times(text: str, date: str) -> tuple[RelativeTime, ...]:
    """The times ``text`` writes relative to ``date`` (a source's date, "2025-04-01"), in order."""
    when = SourceDate.parse(date)
    if when is None:
        return ()
    found = [*_years(text, when), *_months(text, when), *_days(text, when)]
    return tuple(sorted(found, key=lambda t: t.start))


def absolute(text: str, date: str) -> str:
    """``text`` with every time it writes relative to ``date`` written out (see module doc)."""
    out, at = [], 0
    for time in relative_times(text, date):
        if time.start < at:
            continue
        out += [text[at : time.start], time.written()]
        at = time.end
    return "".join(out) + text[at:]


def _years(text: str, when: SourceDate) -> list[RelativeTime]:
    found = []
    for match in _YEAR_REL.finditer(text):
        if match["now"]:
            base, step = when.year, _FROM_NOW[match["now"].lower()]
        else:
            which = (match["then"] or match["after"]).lower()
            written = [int(y) for y in _WRITTEN_YEAR.findall(text, 0, match.start())]
            # "A year ago" counts from the writing; "the previous year", from the year last named.
            base = written[-1] if written and which != "ago" else when.year
            step = _FROM_THEN[which]
        found.append(
            RelativeTime(match.start(), match.end(), base + step, naming=bool(match["own"]))
        )
    return found


def _months(text: str, when: SourceDate) -> list[RelativeTime]:
    if when.month is None:
        return []
    found = []
    for match in _MONTH_REL.finditer(text):
        index = when.year * 12 + when.month - 1 + _FROM_NOW[match["now"].lower()]
        found.append(RelativeTime(match.start(), match.end(), index // 12, index % 12 + 1))
    return found


def _days(text: str, when: SourceDate) -> list[RelativeTime]:
    if when.month is None or when.day is None:
        return []
    today = dt.date(when.year, when.month, when.day)
    found = []
    for match in _WEEKDAY.finditer(text):
        # A weekday a story names is the one of its own week: the nearest, before it on a tie.
        name = match["on"] or match["time"].split()[-1]
        wanted = _WEEKDAYS.index(name.lower())
        back = (today.weekday() - wanted) % 7
        if match["time"] and match["time"].lower().startswith("last"):
            back = back or 7  # "last Friday" is before the story, whatever the distance
        day = (
            today - dt.timedelta(days=back)
            if back <= 3 or str(match["time"]).lower().startswith("last")
            else today + dt.timedelta(7 - back)
        )
        found.append(_on(match, "on" if match["on"] else "time", day))
    for match in _DAY_OF_MONTH.finditer(text):
        # A day of the month written alone is the one nearest the story's date: "the 31st" in a
        # story of 1 April is 31 March, "the 2nd" 2 April.
        candidates = [
            _in_month(when.year, when.month + shift, int(match["day"])) for shift in (-1, 0, 1)
        ]
        days = [d for d in candidates if d is not None]
        if days:
            found.append(
                _on(match, "time", min(days, key=lambda d: (abs((d - today).days), d > today)))
            )
    return found


def _in_month(year: int, month: int, day: int) -> dt.date | None:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _on(match: re.Match[str], group: str, day: dt.date) -> RelativeTime:
    return RelativeTime(match.start(group), match.end(group), day.year, day.month, day.day)
