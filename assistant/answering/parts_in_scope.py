"""Questions of several parts of which only some lie outside the sources: "how many ferries did
the port order, and how many will it order in 2041?", "what toll did the bridge board set, and
what is the board's pension fund worth?".

The scope check judges the whole question, so a name or year the sources never use in one part
("2041") refuses every part, the ones the sources do answer too. Judged part by part, the parts
inside the sources are answered and the others are said not to be answered.

A part inside the sources that only leans on a part outside them is not answered either: "what
did the Lumen Trust pay in 2019, and what did it pay in 2020?" names the thing of its second part
only in its first, and "it" there is a thing the sources never mention, whatever they say of
some other "it" in 2020.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.regex import lazy

# A word that stands for a thing named elsewhere: a part holding one after a part outside the
# sources may be asking of what that part names.
_STANDS_FOR = lazy(
    r"\b(?:it|its|itself|they|them|their|theirs|themselves|he|him|his|she|her|hers|"
    r"this|these|those|there|then|that\s+(?:one|year|time|figure|amount|deal|body|law|rule))\b"
    r"|\b(?:the\s+)?(?:same|latter|former|other)\b",
    re.I,
)


@dataclass(frozen=True)
class PartsSplit:
    """The parts of a question the sources cover, in order, and the ones they do not."""

    inside: tuple[str, ...]
    outside: tuple[str, ...]


def split_by_scope(parts: tuple[str, ...], covered: list[bool]) -> PartsSplit | None:
    """The parts (``covered``: whether the scope check passes each alone) split into those
    inside the sources and those outside, or None when the split does not hold: fewer than two
    parts, none outside or none inside, or a part inside that comes after a part outside and
    stands for a thing named elsewhere ("it", "their", "the same")."""
    if len(parts) < 2 or len(parts) != len(covered) or all(covered) or not any(covered):
        return None
    first_outside = covered.index(False)
    for place, part in enumerate(parts):
        if covered[place] and place > first_outside and _STANDS_FOR.search(part):
            return None
    inside = tuple(p for p, c in zip(parts, covered, strict=True) if c)
    outside = tuple(p for p, c in zip(parts, covered, strict=True) if not c)
    return PartsSplit(inside, outside)
