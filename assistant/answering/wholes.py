"""A whole asked for, not one of its parts.

Some rows of the tables are parts of a figure another row states: their ``context`` is the
sentence that states the whole ("exports reached USD 9 billion over the decade", with rows for
each sector's slice beside it). A question after the total ("what did exports come to in all?")
is not answered by the slice that happens to share most of its words.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answering.patterns import words
from assistant.answering.row_answers import ScoredFact

# Asking for the whole: "in total", "all told", "overall", "cumulative", "altogether".
_WHOLE_ASKED = words(r"in total|total|overall|all told|altogether|in all|cumulative\w*")
# ... and not for a share of it (a slice "in percent of the whole").
_PART_ASKED = words(r"percent\w*|share|proportion|fraction|of the total|of (?:the|that) whole", "%")


def whole_first(
    facts: Sequence[ScoredFact], question: str, asked: frozenset[str]
) -> list[ScoredFact]:
    """``facts`` with, when ``question`` asks for a total and the best row is one part of a
    whole another row states (the part's context is the whole's quote), the whole's row first,
    unless the question names what sets the part apart from the whole (its category)."""
    ranked = list(facts)
    if not ranked or not _WHOLE_ASKED.search(question) or _PART_ASKED.search(question):
        return ranked
    part = ranked[0]
    context = part.fact.row.context
    if not context:
        return ranked
    wholes = [
        s for s in ranked if s.fact.row.quote == context and s.fact.family != part.fact.family
    ]
    if not wholes:
        return ranked
    whole = wholes[0]
    if _names_part(part.fact.label_terms - whole.fact.label_terms, asked):
        return ranked
    return [whole, *(s for s in ranked if s is not whole)]


def _names_part(own: frozenset[str], asked: frozenset[str]) -> bool:
    """Whether the ``asked`` terms name a part by its ``own`` words (those its row states and
    the whole's does not, figures aside): half of them at least. One shared word is no naming:
    "naval" for a slice called "naval shipyard upgrades" may be the whole's topic too."""
    words_of_part = {t for t in own if not any(c.isdigit() for c in t)}
    return bool(words_of_part) and 2 * len(words_of_part & asked) >= len(words_of_part)
