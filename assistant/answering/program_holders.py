"""A program's thing asked of another holder: a premise that pairs the tables' facts wrongly.

The program table (``knowledge/data/programs.yaml``) gives each import program its contractor and
the parts of its offset package. A question can take as given a pairing the table does not make:

- a part only one contractor's package has, asked of another contractor or program ("the
  satellites in the tanker maker's package", when only the fighter maker pledged satellites);
- a company tied to a program the table gives to another contractor ("what did Acme promise
  for the tankers?", when the tankers' contractor is Zenith).

Neither is answered by the program's own statements: they are of the other holder. A question
that names the table's holder too (a comparison, a choice between companies) is no such premise.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from assistant.answering.compared_sides import standards
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import ProgramFact


@dataclass(frozen=True)
class Mispairing:
    """The thing the question asks (as it writes it) and the holder the table gives it to;
    ``company`` when the thing is a company the question ties to another's program."""

    thing: str
    holder: str
    company: bool = False


def _phrases(row: ProgramFact) -> set[str]:
    """The phrases a row's part of a package goes by: its category or unit when of two words or
    more ("core technologies"), and of three or more also its last two ("communication
    satellites")."""
    found = set()
    for phrase in (row.category, row.unit):
        phrase = phrase.strip().lower()
        # One word ("total", "purchased") names no part of a package: it is any question's word.
        if " " not in phrase:
            continue
        found.add(phrase)
        words = phrase.split()
        if len(words) >= 3:
            found.add(" ".join(words[-2:]))
    return found


@cache
def _own_parts(rows: tuple[ProgramFact, ...]) -> dict[str, str]:
    """Each phrase that only one contractor's rows use, with that contractor: a phrase another
    contractor's rows use, or hold inside a phrase of theirs, belongs to no one holder."""
    holders: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for phrase in _phrases(row):
            holders[phrase].add(row.contractor)
    own = {}
    for phrase, who in holders.items():
        if len(who) != 1:
            continue
        (holder,) = who
        inside_other = any(
            phrase in other and holder not in others
            for other, others in holders.items()
            if other != phrase
        )
        if not inside_other:
            own[phrase] = holder
    return own


def _pattern(phrase: str) -> re.Pattern[str]:
    # A plural or a singular of each word: "core technology" is "core technologies".
    forms = [
        re.escape(w[:-3] if w.endswith("ies") else w.rstrip("s")) + r"\w{0,3}"
        for w in phrase.split()
    ]
    return re.compile(r"\b" + r"[\s-]+".join(forms) + r"\b", re.I)


def _holders_named(question: str, rows: Iterable[ProgramFact]) -> tuple[set[str], set[str]]:
    """The contractors of the programs ``question`` names, and the companies it names."""
    table = name_table()
    programs = set(table.find("programs", question))
    contractors = {
        r.contractor for r in rows if r.program in programs or r.program.startswith(tuple(programs))
    }
    return contractors, set(table.find("companies", question))


def mispaired(question: str, rows: tuple[ProgramFact, ...]) -> Mispairing | None:
    """The pairing ``question`` takes as given that the program table makes otherwise, if any."""
    if standards(question) or re.search(r"\bor\b", question, re.I):
        # "compared with Acme's", "Acme or Zenith": the other holder is named on purpose.
        return None
    contractors, companies = _holders_named(question, rows)
    named = contractors | companies
    if not named:
        return None
    for phrase, holder in sorted(_own_parts(rows).items(), key=lambda p: -len(p[0])):
        found = _pattern(phrase).search(question)
        if found is not None and holder not in named:
            return Mispairing(found.group(0), holder)
    strangers = companies - {r.contractor for r in rows}
    if contractors and strangers and not (companies & contractors):
        # A company the table ties to no program, asked of a program it gives another contractor.
        owner = sorted(contractors)[0]
        return Mispairing(sorted(strangers)[0], owner, company=True)
    return None
