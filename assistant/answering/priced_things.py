"""An amount asked of things the question counts or prices one by one, and the clause it needs.

Two frames tie an amount to a thing, and an amount in another clause is of something else:

* a set the question counts: "what were the 12 lamps the council bought worth?" asks the value
  of those lamps. "The council spent $4 million on its 300 benches; it also bought 12 lamps" gives
  an amount, but of the benches: an amount is of the lamps only in a clause that writes them (the
  count, or the noun).
* one of things the sources count: "what did each bench cost?", "per bench". "The council spent
  $4 million on its 300 benches" gives the total, not the price of one; one bench's price stands
  in a clause that says it is one's ("$12,000 each", "per bench", "apiece"), or it is worked out,
  which is the calculator's part, not a quote's.

An amount ("those 9 million dollars") is no set of things, and a span of time ("the five years", "two decades") is a period, not a set of things: "what did
they spend over the five years" asks the period's amount, which the period frame checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering.units_priced import DETERMINERS
from assistant.knowledge.spans import stating
from assistant.quantities import NUMBER_WORDS, find_money
from assistant.regex import lazy

_NUMBER = rf"(?:\d[\d,]*|{'|'.join(w for w in NUMBER_WORDS if w != 'zero')})"
# A set the question counts: "the 12 lamps", "those 30 SME items", "its 40 F-35A aircraft".
_COUNTED_SET = lazy(
    rf"\b(?:the|those|these|its|their)\s+(?P<count>{_NUMBER})\s+"
    r"(?P<words>(?:[\w'’-]+\s+){0,2}?)(?P<noun>[a-z][a-z-]+s)\b",
    re.I,
)
# What makes a counted set the thing an amount is of: the object of "of" ("the value of the 12
# lamps"), or the subject of "worth" ("the 12 lamps ... worth"). Not "for" or "to": "the pledge
# for the 12 lamps" is the pledge's amount, the lamps only the deal it belongs to.
_OBJECT_OF = lazy(r"\bof\s*$", re.I)
_WORTH = lazy(r"\bworth\b", re.I)
# Units of time: what they count is a period, not things.
_TIME_UNIT = lazy(r"^(?:second|minute|hour|day|week|month|quarter|year|decade|centur)", re.I)
# One of a kind of thing, priced one by one: "each lamp", "per lamp", "a single lamp".
_ONE_OF = lazy(r"\b(?i:each|per|a\s+single)\s+(?P<noun>[a-z][a-z-]+)\b")
# How a clause says its amount is one's: "each", "apiece", "per lamp", "a unit", "on average".
_ONES = lazy(r"\b(?:each|apiece|a\s+piece|per|a\s+unit|unit\s+(?:price|cost)|average)\b", re.I)


def _stem(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _writes_noun(text: str, noun: str) -> bool:
    stem = re.escape(_stem(noun))
    return re.search(rf"\b{stem}(?:s|es)?\b|\b{stem[:-1]}ies\b", text, re.I) is not None


def counted_set(question: str) -> tuple[str, str] | None:
    """(count, noun) of the set of things ``question`` counts and asks an amount of: ("12",
    "lamps") for "what were the 12 lamps worth"; None for none, or for a span of time."""
    found = _COUNTED_SET.search(question)
    if found is None or _TIME_UNIT.match(found.group("noun")):
        return None
    if not (_OBJECT_OF.search(question[: found.start()]) or _WORTH.search(question[found.end() :])):
        # "How long have the two allies talked?" counts who acts, not what an amount is of.
        return None
    if re.fullmatch(r"(?:19|20)\d\d", found.group("count")):
        # "the 2025 barriers report" is dated, not counted.
        return None
    if find_money(found.group()[found.start("count") - found.start() :]):
        # "those 9 million dollars" is an amount, not a set of things.
        return None
    return found.group("count").lower(), found.group("noun")


def set_unpriced(
    question: str, statements: Sequence[str], has_amount: Callable[[str], bool]
) -> str | None:
    """The set asked ("the 12 lamps"), when ``question`` asks an amount of a set it counts and
    no clause of ``statements`` that states an amount writes its count or its noun; else None."""
    asked = counted_set(question)
    if asked is None:
        return None
    count, noun = asked
    for piece in statements:
        for clause in stating(piece, has_amount):
            if re.search(rf"\b{re.escape(count)}\b", clause, re.I) or _writes_noun(clause, noun):
                return None
    return f"the {count} {noun}"


def one_unpriced(
    question: str, statements: Sequence[str], has_amount: Callable[[str], bool]
) -> str | None:
    """The thing asked one by one ("bench" of "each bench"), when ``question`` asks the amount of one of a
    kind the statements count ("300 benches") and every clause that states an amount states a
    total: none says it is one's. None otherwise, and when the statements count no such thing
    ("what was each part of the pledge worth" asks of the parts a list names)."""
    for asked in _ONE_OF.finditer(question):
        noun = asked.group("noun")
        if _TIME_UNIT.match(noun) or noun in DETERMINERS:
            # "per year" asks a period's share; "per the Ledger" cites a source.
            continue
        counted = re.compile(
            rf"\b{_NUMBER}\s+(?:[\w'’-]+\s+){{0,2}}?{re.escape(_stem(noun))}(?:s|es)?\b", re.I
        )
        if not any(counted.search(piece) for piece in statements):
            continue
        clauses = [c for piece in statements for c in stating(piece, has_amount)]
        if clauses and not any(_ONES.search(c) for c in clauses):
            return _stem(noun)
    return None
