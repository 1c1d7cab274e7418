"""The names the data tables use and the words people write for them (``knowledge/names.yaml``).

``program_of("How much of Lockheed's SME pledge …")`` is "F-35A phase 1", the table's own name;
routing and the calculator both read this table, so the two never disagree on what a name means.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError
from assistant.knowledge.capitals import capitals
from assistant.settings import DEFAULT_KNOWLEDGE

FILE = "names.yaml"
MEASURES_FILE = "measures.yaml"


# (kind, text) pairs whose names a table keeps before it starts afresh: a bound on a server's memory.
_FOUND_KEPT = 50_000


@dataclass(frozen=True)
class NameTable:
    """Each kind of name (programs, categories, countries): canonical name -> its pattern."""

    patterns: dict[str, dict[str, re.Pattern[str]]]
    # What ``find`` returned, by (kind, text): answering one question looks for the same kinds of
    # name in the same sentences many times over, each a search with every name's pattern.
    _found: dict[tuple[str, str], tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def find(self, kind: str, text: str) -> list[str]:
        """The canonical names of ``kind`` that ``text`` mentions, in the order it does."""
        known = self._found.get((kind, text))
        if known is None:
            if len(self._found) >= _FOUND_KEPT:
                self._found.clear()
            known = self._found[kind, text] = tuple(self._find(kind, text))
        return list(known)

    def _find(self, kind: str, text: str) -> list[str]:
        found = []
        for name, pattern in self.patterns.get(kind, {}).items():
            match = pattern.search(text)
            if match:
                found.append((match.start(), name))
        return [name for _, name in sorted(found)]

    def first(self, kind: str, text: str) -> str | None:
        return self.first_among((kind,), text)

    def first_among(self, kinds: tuple[str, ...], text: str) -> str | None:
        """The canonical name of any of ``kinds`` that ``text`` mentions first."""
        found = [
            (match.start(), name)
            for kind in kinds
            for name, pattern in self.patterns.get(kind, {}).items()
            for match in [pattern.search(text)]
            if match
        ]
        return min(found)[1] if found else None

    def mentions(self, name: str, text: str) -> bool:
        """Whether ``text`` mentions the canonical ``name`` (of any kind) in any of its words."""
        return any(
            table[name].search(text) is not None
            for table in self.patterns.values()
            if name in table
        )

    def names(self, kind: str) -> list[str]:
        return list(self.patterns.get(kind, {}))


# How an accented letter is written without its accent: as the plain letter ("Turkiye") or
# spelt out ("Tuerkiye", "Goeteborg"), as keyboards without the letter write it.
_SPELT_OUT = {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "Ü": "Ue", "Ö": "Oe", "Ä": "Ae"}


def _unaccented(phrase: str) -> list[str]:
    """``phrase`` as written, without its accents and with its accented letters spelt out."""
    if phrase.isascii():
        return [phrase]
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", phrase) if not unicodedata.combining(c)
    )
    spelt = "".join(_SPELT_OUT.get(c, c) for c in phrase)
    return list(dict.fromkeys([phrase, plain, spelt]))


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    # Hyphens and spaces are interchangeable or absent ("F-35", "F35", "f 35").
    alternatives = sorted(
        (
            r"[-\s]?".join(re.escape(part) for part in re.split(r"[-\s]+", p))
            for p in dict.fromkeys(form for phrase in phrases for form in _unaccented(phrase))
        ),
        key=len,
        reverse=True,
    )
    # A name in the plural is the same name: "the F-35As", "both KC-Xs".
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")s?(?![\w-])", re.IGNORECASE)


@cache
def _load(path: Path) -> NameTable:
    raw = read_yaml(path) or {}
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: expected kinds of names (programs, categories, countries)")
    if path.name == FILE:
        raw = _with_capitals(raw, path.parent)
    patterns: dict[str, dict[str, re.Pattern[str]]] = {}
    for kind, table in raw.items():
        if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
            raise KnowledgeError(f"{path}: {kind} must map each name to a list of phrases")
        patterns[kind] = {str(n): _pattern([str(n), *map(str, v)]) for n, v in table.items()}
    return NameTable(patterns)


def _with_capitals(raw: dict[str, Any], knowledge_dir: Path) -> dict[str, Any]:
    """The name table with each country's capital among the country's names: under the kind
    that lists the country, else among the countries ("Oslo" is a way of naming Norway)."""
    merged = {kind: dict(table) for kind, table in raw.items()}
    for country, written in capitals(knowledge_dir).items():
        kind = next((k for k, t in merged.items() if country in t), "countries")
        table = merged.setdefault(kind, {})
        table[country] = [*(table.get(country) or []), *written]
    return merged


# The default table's path, joined once: answering one question asks for the table thousands of
# times, and joining a path costs more than the cached lookup it leads to.
_DEFAULT_FILE = DEFAULT_KNOWLEDGE / FILE


def name_table(knowledge_dir: Path | None = None) -> NameTable:
    return _load(knowledge_dir / FILE if knowledge_dir else _DEFAULT_FILE)


@cache
def _written(path: Path) -> frozenset[str]:
    raw = read_yaml(path) or {}
    return frozenset(
        str(phrase)
        for table in raw.values()
        if isinstance(table, dict)
        for name, phrases in table.items()
        for phrase in [name, *(phrases or [])]
    )


def written_names(knowledge_dir: Path | None = None) -> frozenset[str]:
    """Every name of the name table and every phrase written for it, as the file writes them."""
    return _written((knowledge_dir or DEFAULT_KNOWLEDGE) / FILE)


@cache
def _phrases(path: Path) -> dict[str, tuple[str, ...]]:
    raw = read_yaml(path) or {}
    found: dict[str, tuple[str, ...]] = {}
    for table in raw.values():
        if isinstance(table, dict):
            for name, phrases in table.items():
                found[str(name)] = (*found.get(str(name), ()), *map(str, phrases or []))
    return found


def phrases_of(name: str, knowledge_dir: Path | None = None) -> tuple[str, ...]:
    """The phrases the name table writes for the canonical ``name`` ("KIET": its full name and
    what it is, "think tank"), none for a name it does not list."""
    return _phrases((knowledge_dir or DEFAULT_KNOWLEDGE) / FILE).get(name, ())


def measure_table(knowledge_dir: Path | None = None) -> NameTable:
    """What an amount measures ("purchase", "offset"), by the words that name it
    (``knowledge/measures.yaml``, in the format of the name table)."""
    return _load((knowledge_dir or DEFAULT_KNOWLEDGE) / MEASURES_FILE)
