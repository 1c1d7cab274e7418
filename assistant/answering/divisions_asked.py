"""A division asked: "how was the levy split between ports and roads?", "how were the grants
divided among schools, clinics and wells over 2010–2014?", "what were the fishing and farming
shares?".

Such a question names the parts a whole was divided into and asks a figure of each. The whole
alone does not answer it ("the levy raised EUR 40 million"), nor does a division of the same
whole into other parts, nor the same parts' figures for another time than the one the question
names: a split of the 1990–2010 total says nothing of how 2010–2014 was split. So a division is
answered only when, for every part named, some statement writes that part beside a figure; and,
when the question names one period, when some such statement is of that period or of no other.

Nothing here knows a source: the parts are the question's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.word_forms import content_words, stem
from assistant.quantities import NUMBER, NUMBER_WORD
from assistant.regex import lazy

# A verb or noun of dividing a whole, and the parts it names after "between", "among",
# "across" or "into": "split between ports and roads", "broken down into fees, fines and rents",
# "the division among the three agencies".
_DIVIDED = lazy(
    r"\b(?:split|divided|divvied|apportioned|allocated|distributed|shared\s+out|broken\s+down|"
    r"break(?:s|ing)?\s+down|breakdown|division|split-up)\b"
    r"[^?.;]{0,40}?\b(?:between|among|amongst|across|into)\s+(?P<parts>[^?.;:]+)",
    re.I,
)
# Two parts named before the plural of a part's measure: "the fishing and farming shares",
# "the road and rail amounts".
_PAIRED_MEASURES = lazy(
    r"\bthe\s+(?P<parts>[\w-]+(?:\s+[\w-]+)?\s+and\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:shares|portions|slices|amounts|figures|values|proportions)\b",
    re.I,
)
# Where one part's name ends and the next begins.
_PART_BREAK = lazy(r"\s*(?:,\s*(?:and|or)\s+|,|\band\b|\bor\b|&)\s*", re.I)
# Words of a part that name no part: "respective", "various", and the measures asked of the
# parts ("list the percentages and euro amounts of fishing and farming" names the parts after
# them).
_NOT_PART_WORDS = frozenset(
    "respective various different several other parts part categories category kinds kind "
    "types type sectors sector areas area segments segment items item shares share values "
    "value amounts amount figures figure dollar dollars percentages percentage percent "
    "proportions proportion portions portion slices slice totals total sums sum".split()
)
# A count of a word for parts where a part's name would be: "into four groups", "into 3 bands"
# says how many parts to make, not which, so the question names none of its own ("two ports"
# still names one).
_COUNT_OF_PARTS = lazy(rf"^(?:{NUMBER}|{NUMBER_WORD})\s+(?P<rest>.+)$", re.I)
_WORDS_FOR_PARTS = _NOT_PART_WORDS | frozenset(
    "groups group classes class bands band buckets bucket tiers tier pieces piece ways halves "
    "thirds quarters chunks chunk lots lot".split()
)
# The letters a part's word and the words formed on it share ("technology", "technologies").
_STEM_LETTERS = 6


def parts_asked(question: str) -> list[tuple[str, frozenset[str]]]:
    """The parts a division the question asks of names, each as written and as the stems of its
    words; none when it asks no division, names fewer than two parts ("split by country"
    names none) or counts them in a word for parts instead of naming them ("into four groups")."""
    found = _DIVIDED.search(question) or _PAIRED_MEASURES.search(question)
    if found is None:
        return []
    parts = []
    for name in _PART_BREAK.split(found["parts"]):
        counted = _COUNT_OF_PARTS.match(name.strip())
        if counted and set(content_words(counted["rest"], shortest=3)) <= _WORDS_FOR_PARTS:
            return []
        kept = frozenset(
            stem(word, _STEM_LETTERS)
            for word in content_words(name, shortest=3, parts=True)
            if word not in _NOT_PART_WORDS
        )
        if kept:
            parts.append((name.strip(), kept))
    return parts if len(parts) >= 2 else []


def _writes(part: frozenset[str], piece: str) -> bool:
    """Whether ``piece`` writes a word of ``part``."""
    return bool(part & {stem(w, _STEM_LETTERS) for w in content_words(piece, parts=True)})


def division_unmet(
    question: str,
    statements: list[str],
    figured: Callable[[str], bool],
    period: tuple[int, int] | None,
    times: Callable[[str], list[tuple[int, int]]],
) -> list[str] | None:
    """Why the statements do not answer the division ``question`` asks, if they do not: the
    names of the parts no statement gives a figure (``figured``) beside, or, for a ``period``,
    that each statement giving a part's figure is of another time (``times``: the periods a
    text names, its own or, for one naming none, the statement's before it). None when the
    question asks no division or the statements answer it."""
    parts = parts_asked(question)
    if not parts:
        return None
    pairs = list(zip(["", *statements], statements, strict=False))
    giving = [(before, piece) for before, piece in pairs if figured(piece)]
    missing = [name for name, part in parts if not any(_writes(part, piece) for _, piece in giving)]
    if missing:
        return missing
    if period is None:
        return None
    of_parts = [(b, p) for b, p in giving if any(_writes(part, p) for _, part in parts)]

    def of_another_time(before: str, piece: str) -> bool:
        own = times(piece) or times(before)
        return bool(own) and period not in own

    if all(of_another_time(b, p) for b, p in of_parts):
        return ["{}–{}".format(*period)]
    return None
