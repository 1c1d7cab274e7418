"""What a question asks of an import program's data rows.

A question names a program by a name the name table gives it ("the stealth jets" is the F-35A
buy) or by the words of the program's own description in the programs table (its units row:
"four A330 MRTT aerial refueling tankers" is the KC-X, so "the aerial refuelling deal" names it).
Either way it names the program by the table's own name, whose rows are found by it.

A question asking what a contractor offered, pledged, promised or committed ("what did the
yard offer in return for the frigate purchase?") asks for the program's offset commitment: the
verb asks for the commitment rows, and the deal it names ("the frigate purchase") is the
program, not a topic of the rows ("SME items purchased" answers no such question).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from assistant.answering.frame import KEPT
from assistant.answering.patterns import words
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import ProgramFact
from assistant.regex import lazy

# The verb of a question asking what was offered: "what did the yard offer", "how much has the
# shipbuilder pledged", "what had the yard promised". Not the noun ("how far was the pledge
# kept" asks how far it was kept, which the implementation rows give).
_PLEDGE_ASKED = lazy(
    r"\b(?:what|how\s+much)\b[^?.;]{0,80}?\b(?:did|does|do|has|have|had|will|would|was|were|"
    r"is|are)\b[^?.;]{0,80}?\b(?P<verb>offer(?:ed)?|pledg(?:e|ed)|promis(?:e|ed)|"
    r"commit(?:ted)?|undert(?:ake|ook|aken))\b",
    re.I,
)
# The words of the programs table for what was offered, and for how far it was delivered.
COMMITMENT = "commitment"
IMPLEMENTATION = "implementation"
# A promise's keeping asked ("was the yard's pledge ever honoured in full", "which portion got
# fulfilled"): the implementation rows tell it.
_KEPT_ASKED = words(KEPT)
# The promise whose keeping is asked: "the pledge", "its commitments" ("when did they start
# delivering the ships" asks no keeping).
_PLEDGE_NOUN = words(r"pledges?|commitments?|promises?|packages?|obligations?|undertakings?")
# The nouns a deal goes by: "the frigate purchase", "the tanker deal", "the jet buy".
_DEAL = words(
    r"deals?|purchases?|buys?|acquisitions?|contracts?|projects?|programs?|programmes?|orders?|"
    r"imports?|packages?"
)
# Fewest words of a program's own description a question must use to name the program by it:
# one may be any aircraft's ("aircraft"), two are its kind ("aerial refuelling").
_DESCRIBED_BY = 2
# Digits and number words: a description's count is no word of its kind.
_NUMBER = lazy(
    r"^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)$", re.I
)

Terms = Callable[[str], Sequence[str]]


def pledge_verb(question: str) -> str | None:
    """The verb by which ``question`` asks what was offered, pledged or committed, or None."""
    found = _PLEDGE_ASKED.search(question)
    return found.group("verb") if found else None


def descriptions(programs: Iterable[ProgramFact]) -> dict[str, str]:
    """Each program's own description in the programs table: its units row's value up to the
    first comma ("four A330 MRTT aerial refueling tankers"), what the program bought."""
    found: dict[str, str] = {}
    for row in programs:
        if row.attribute == "units" and row.value:
            found.setdefault(row.program, row.value.split(",")[0])
    return found


def programs_named(question: str, described: dict[str, str], terms: Terms) -> list[str]:
    """The programs ``question`` names: by a name the name table gives one, or by at least two
    words of its own description (``descriptions``), compared as search terms ("refuelling" is
    "refueling")."""
    named = name_table().find("programs", question)
    asked = {t for word in re.findall(r"[\w'-]+", question) for t in terms(word)}
    for program, description in described.items():
        own = {
            t
            for word in re.findall(r"[\w'-]+", description)
            if not _NUMBER.match(word)
            for t in terms(word)
        }
        if program not in named and len(own & asked) >= _DESCRIBED_BY:
            named.append(program)
    return named


def row_weights(
    question: str,
    weights: dict[str, float],
    terms: Terms,
    programs: Iterable[ProgramFact],
) -> dict[str, float]:
    """``weights`` of the question's terms as the data rows are matched by them: the table's
    name of each program the question names by its description, weighed as its rarest word; for a question asking
    what was offered, the commitment in place of the verb, and the deal named beside it
    weighing nothing; for one asking how far it was kept, the implementation in place of the
    verb of keeping. Unchanged when it names no program."""
    rows = list(programs)
    named = programs_named(question, descriptions(rows), terms)
    if not weights or not named:
        return weights
    weighed = dict(weights)
    top = max(weights.values())
    by_name = name_table().find("programs", question)
    for program in named:
        if program in by_name:
            continue  # the name table's words are the rows' own (the contractor, the code)
        for term in terms(program):
            if not _NUMBER.match(term):
                weighed.setdefault(term, top)
    kept = _KEPT_ASKED.search(question)
    if kept is not None and _PLEDGE_NOUN.search(question):
        moved = sum(weighed.pop(t, 0.0) for t in terms(kept.group(1)))
        for term in terms(IMPLEMENTATION):
            weighed[term] = max(weighed.get(term, 0.0), moved or top)
        return weighed
    verb = pledge_verb(question)
    if verb is None:
        return weighed
    moved = sum(weighed.pop(t, 0.0) for t in terms(verb))
    for term in terms(COMMITMENT):
        weighed[term] = max(weighed.get(term, 0.0), moved or top)
    for deal in _DEAL.finditer(question):
        for term in terms(deal.group(1)):
            weighed.pop(term, None)
    return weighed


def described_program_named(question: str, programs: Iterable[ProgramFact], terms: Terms) -> str:
    """``question`` with the table's name of each program it names only by the words of the
    program's own description written beside it ("the aerial refuelling deal" looks for the
    KC-X's sentences, which name it): the sentences name the program, seldom its kind."""
    named = name_table().find("programs", question)
    described = [
        p for p in programs_named(question, descriptions(programs), terms) if p not in named
    ]
    return f"{question} ({', '.join(described)})" if described else question
