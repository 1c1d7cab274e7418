"""The fixed facts of the domain that code decides by (``knowledge/domain.yaml``).

``domain().home_country`` is the country the knowledge base is about; ``domain().first_year`` is the year the offset program began: no row, rule or calculation may name
an earlier one. ``domain().present_year`` is the latest year the sources describe: a question with
no year asks about it; ``report_year`` the year of the USTR report the ustr table describes. ``domain().repairs`` mend known defects of the sources' wording in answers
(quotes in citations stay verbatim). The file is read once and checked; a missing or malformed
entry is a ``KnowledgeError`` naming it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError
from assistant.settings import DEFAULT_KNOWLEDGE

FILE = "domain.yaml"
# Joined once: a question asks for these facts thousands of times (see ``names.name_table``).
_DEFAULT_FILE = DEFAULT_KNOWLEDGE / FILE


@dataclass(frozen=True)
class Domain:
    home_country: str
    first_year: int
    present_year: int
    report_year: int
    repairs: tuple[tuple[re.Pattern[str], str], ...] = ()
    # The other countries and bodies the sources write of, as lower-case words.
    other_countries: tuple[str, ...] = ()
    # Words that make a question about countries in general ("foreign", "European").
    comparison_words: tuple[str, ...] = ()
    # The home country's capital as written for its government ("would Seoul demand ..."),
    # lower-case: a question setting it beside another country's rule asks the home rule too.
    home_capitals: tuple[str, ...] = ()

    def repair(self, text: str) -> str:
        """``text`` with the sources' known wording defects mended."""
        for pattern, replacement in self.repairs:
            text = pattern.sub(replacement, text)
        return text


@cache
def _load(path: Path) -> Domain:
    raw = read_yaml(path) or {}
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: expected a mapping of domain facts", path=path)
    years = {}
    for key in ("first_year", "present_year", "report_year"):
        value = raw.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2100:
            raise KnowledgeError(
                f"{path}: {key} must be a year, not {value!r}", path=path, value=value
            )
        years[key] = value
    if years["first_year"] > years["present_year"]:
        raise KnowledgeError(f"{path}: first_year is after present_year", path=path)
    repairs = []
    for entry in raw.get("repairs") or []:
        if not isinstance(entry, dict) or set(entry) != {"pattern", "replacement"}:
            raise KnowledgeError(
                f"{path}: each repair needs a pattern and a replacement", path=path
            )
        try:
            repairs.append((re.compile(str(entry["pattern"])), str(entry["replacement"])))
        except re.error as exc:
            raise KnowledgeError(
                f"{path}: repair pattern {entry['pattern']!r} does not compile: {exc}",
                path=path,
                value=entry["pattern"],
            ) from None
    home = raw.get("home_country")
    if not isinstance(home, str) or not home.strip():
        raise KnowledgeError(f"{path}: home_country must name a country", path=path, value=home)
    return Domain(
        home.strip(),
        years["first_year"],
        years["present_year"],
        years["report_year"],
        tuple(repairs),
        _words(raw.get("other_countries")),
        _words(raw.get("comparison_words")),
        _words(raw.get("home_capitals")),
    )


def _words(raw: object) -> tuple[str, ...]:
    """A list of words of domain.yaml, in lower case (none when absent)."""
    if not isinstance(raw, list):
        return ()
    return tuple(str(w).strip().lower() for w in raw if str(w).strip())


def domain(knowledge_dir: Path | None = None) -> Domain:
    """The domain facts of ``knowledge_dir`` (default: the configured knowledge base)."""
    return _load(knowledge_dir / FILE if knowledge_dir else _DEFAULT_FILE)
