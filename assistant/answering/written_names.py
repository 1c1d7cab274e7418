"""Patterns of names as a question may write them, compiled once per name.

Every question is tried against every source's names, writers' names and the names the sources
go by ("the Harbour Gazette", "Kim Min-jun"); building and escaping each pattern again at every
question cost more than matching it. The patterns here are pure functions of the name (and of the
year before it, for ``dated_name``), so each is compiled at its first use and kept: what they
match is exactly what the same pattern built afresh matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Names whose patterns are kept: more than the sources, their writers and the terms they go by.
_NAMES_KEPT = 4096


@lru_cache(maxsize=_NAMES_KEPT)
def name_words(name: str) -> str:
    """The pattern of a name, its words joined by a space, a hyphen or nothing."""
    return r"[-\s]?".join(re.escape(part) for part in name.split())


@lru_cache(maxsize=_NAMES_KEPT)
def whole_name(name: str) -> re.Pattern[str]:
    """``name`` (``name_words``) as whole words, in any case."""
    return re.compile(rf"\b{name_words(name)}\b", re.I)


@lru_cache(maxsize=_NAMES_KEPT)
def whole_word(word: str) -> re.Pattern[str]:
    """``word`` written as it is, as a whole word, in any case."""
    return re.compile(rf"\b{re.escape(word)}\b", re.I)


@lru_cache(maxsize=_NAMES_KEPT)
def dated_name(year: str, name: str) -> re.Pattern[str]:
    """``year`` written right before ``name`` ("2031 Gazette", "2031 the Gazette"), matching the
    year and the space after it only."""
    return re.compile(rf"(?<![\w-]){year}\s+(?=(?:the\s+)?{name_words(name)}\b)", re.I)


@lru_cache(maxsize=_NAMES_KEPT)
def word_or_plural(word: str) -> re.Pattern[str]:
    """``word`` or ``word`` + "s", as a whole word, in any case."""
    return re.compile(rf"\b{re.escape(word)}s?\b", re.I)
