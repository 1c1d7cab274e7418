"""Fraction words: "half", "a third", "three quarters", "a tenth" each name a part of one by its
denominator. This is the one table of them; every reader that takes a part of a figure from words
(a share of a remainder, a share told in words, an amount spelled out as "ten and a half
million") looks the word up here rather than keeping its own list.

A plural names the same part ("two thirds", "three quarters").
"""

from __future__ import annotations

from decimal import Decimal

# The denominator each fraction word names.
DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}


def denominator(word: str) -> int | None:
    """The denominator ``word`` names ("third": 3), or None when it names no part of one."""
    return DENOMINATORS.get(word.lower())


def part_of_one(word: str) -> Decimal:
    """The part of one ``word`` names, exactly ("quarter": 0.25); ``word`` must be a fraction
    word."""
    return Decimal(1) / DENOMINATORS[word.lower()]
