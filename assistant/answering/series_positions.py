"""A date asked of one member of a series by its place in it, and the statements that date it.

"When was tram four of the nine delivered?" and "what month saw the order's final tram
handed over?" ask the date of one member of a series, named by its place. A statement
that dates the series by its start ("nine trams, delivered starting in May 2019", "the first of
them in May 2019") dates its first member, or the series as a whole; it says nothing of when the
fourth or the last came. Such a date is told only where the place asked is written with it: the
same ordinal ("its fourth tram arrived in 2020"), or for the last, a word of the end ("the last
tram", "the final delivery").

Only places after the first are checked: the first member is what a start date does date. An
ordinal that names a stage rather than a member ("the second phase", "the third round") is
checked alike, and is met by any statement that writes it ("a second phase began"),
so a question about a stage the sources name keeps its answer. "The last two years" or "the final
report" name no member of a series; only a last that is one "of" a series ("the last of the
trams", "the final tram of the six") is checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering.written_names import whole_word
from assistant.regex import lazy

_LATER = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
# A member after the first, named by its ordinal word before a noun, hyphenated or not
# ("the third ferry", "the second-phase buy", "the fourth of the six").
_LATER_ASKED = lazy(rf"\b({_LATER})(?=[\s-]+[a-z0-9])", re.I)
# The last member of a series: "the last of the ferries", "the final ferry of the six", "the last
# one of them". The "of" ties the last to its series.
_LAST_ASKED = lazy(
    r"\b(last|final)\s+(?:[\w-]+\s+){0,2}?of\s+(?:the|its|their|those|these|all|them)\b", re.I
)
# How a statement tells of the end of a series.
_END_TOLD = lazy(r"\b(?:last|final|latest|completed|finished)\b", re.I)


def position_asked(question: str) -> tuple[str, str] | None:
    """The place after the first that ``question`` asks of a member of a series, as
    ``(kind, phrase)``: kind the ordinal ("third") or "last"; phrase the words of the question
    that name the member ("third ferry", "last of the six ferries"). None when it names none."""
    later = _LATER_ASKED.search(question)
    if later is not None:
        return later.group(1).lower(), _phrase(question, later.start())
    last = _LAST_ASKED.search(question)
    if last is not None:
        return "last", _phrase(question, last.start())
    return None


def _phrase(question: str, start: int) -> str:
    """The words that name the member asked, from its ordinal at ``start``: the ordinal, the
    names and figures that qualify it and one lowercase head noun ("third KC-X tanker"), and for
    a last its series ("last of the six ferries"). For the answer to say what it lacks."""
    tokens = re.findall(r"[\w'’-]+", question[start:])
    kept, rest = _noun_group(tokens[:1], tokens[1:], lambda word: word.lower() != "of")
    if rest[:1] == ["of"] and len(rest) > 1:
        # The series a last is one of: "of the six ferries", "of the 40".
        kept, rest = kept + rest[:2], rest[2:]
        if rest and (rest[0].isdigit() or rest[0].lower() in _COUNT_WORDS):
            kept, rest = kept + rest[:1], rest[1:]
        kept, rest = _noun_group(kept, rest, lambda word: word.endswith("s"))
    return " ".join(kept)


# The number words a series' size is written in ("the last of the six").
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen".split())


def _noun_group(
    kept: list[str], rest: list[str], head: Callable[[str], bool]
) -> tuple[list[str], list[str]]:
    """``kept`` with the qualifiers that follow it (words with a capital, a digit or a hyphen)
    and one lowercase word that ``head`` accepts as their noun; and what is left of ``rest``."""
    at = 0
    while at < len(rest) and (rest[at] != rest[at].lower() or re.search(r"[\d-]", rest[at])):
        at += 1
    if at < len(rest) and rest[at].isalpha() and rest[at].islower() and head(rest[at]):
        at += 1
    return kept + rest[:at], rest[at:]


def position_told(kind: str, statements: Sequence[str]) -> bool:
    """Whether any of ``statements`` writes the place ``kind`` (an ordinal word, or "last")."""
    if kind == "last":
        return any(_END_TOLD.search(piece) for piece in statements)
    told = whole_word(kind)
    return any(told.search(piece) for piece in statements)


def position_unmet(question: str, statements: Sequence[str]) -> str | None:
    """The member asked (its phrase), when ``question`` asks a date of a member of a series by
    a place after the first and no statement writes that place; else None."""
    asked = position_asked(question)
    if asked is None or position_told(asked[0], statements):
        return None
    return asked[1]
