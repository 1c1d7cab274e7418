"""Which one of a program's things a price "each" is asked of.

"What did each frigate cost?" asks the program's value over the frigates it bought. "What was
the mean cost of one spare part the yard ordered?" asks of other things, the parts: the
program's value over its frigates is no price of a part, however "average" the question. So a
price per unit is the program's only when every thing the question prices one by one ("each
part", "per crate", "every berth") is one of the program's units, or a general word for them;
"on average" alone, naming no thing, asks of the units.

A "one" before a noun is not a thing priced one by one: "to one decimal", "one of the ships"."""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from assistant.quantities import NUMBER_WORDS
from assistant.regex import lazy

# "each F-35A", "per aircraft", "per-jet", "a unit", "apiece": the one item a price is asked of.
# "each of the frigates" names the thing as "each frigate" does, and so does "each of the 12
# frigates" (a count between is skipped: the noun after it is the thing). "The price of a
# crate", "the cost of one berth": a price asked "of" one thing names that thing too.
EACH = lazy(
    r"\b(?:each|per|every|a single|one|(?:price|cost|value|worth)\s+of\s+(?:an?|one))(?:\s+|-(?=[a-z]))"
    r"(?:of\s+(?:the|its|their|those|these)\s+)?(?:\d[\d,]*\s+)?(?P<what>[\w-]+)"
    r"|\b(?P<apiece>apiece|a piece|unit (?:price|cost)|per[- ]unit)\b",
    re.I,
)

# What opens a noun phrase after "per" rather than naming a thing: "per the Ledger" cites.
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those"})


def unit_asked(
    question: str,
    program: str,
    nouns: Set[str],
    average: bool,
    program_of: Callable[[str], str | None],
) -> bool:
    """Whether ``question`` asks a price of one of ``program``'s units: some "each"/"per" names
    one of them (a word of ``nouns``, or the program itself by ``program_of``), or it asks an
    ``average`` and names no other thing one by one. A capitalised word or a determiner after
    "per" opens a source ("per Reuters", "per the Ledger"), not a thing."""
    fits = False
    others = False
    for match in EACH.finditer(question):
        what = match.group("what")
        if what is not None and (what.isdigit() or what.lower() in NUMBER_WORDS):
            # "each of the forty jets" counts the things; the noun after is the thing.
            continue
        if (
            match.group("apiece")
            or what.lower().rstrip("s") in nouns
            or program_of(what) == program
        ):
            fits = True
        elif (
            not match.group().lower().startswith("one")
            and what.islower()
            and what not in DETERMINERS
        ):
            others = True
    return fits or (average and not others)
