""" "Sum up" as a request to summarize, not to add.

The verb "sum" adds ("sum the three grants", "what do they sum to"), but the phrasal verb "sum
up" with a matter for its object summarizes it: "sum up the story of the harbour deal", "sum up
how the rail pledge turned out", "sum it all up". Read as arithmetic, such a question gets the
total of whatever figures its matter has instead of the matter's account. The phrasal verb still
adds when what it sums are figures: counted things ("sum up the two grants"), amounts written
out ("sum up $4 million and $6 million") or a plural pronoun standing for figures just named
("sum them up"). Nothing here knows a source: the rule is about the verb and its object.
"""

from __future__ import annotations

import re

from assistant.quantities import COUNT_WORDS, SPELLED_SCALES, lex
from assistant.regex import lazy

# "Sum up", "summing up", "to sum up", "sum it all up", "sums up": the particle right after the
# verb, or after "it" (with "all"), which stands for the matter talked about.
_SUM_UP = lazy(
    r"\b(?P<verb>sum(?:s|med|ming)?)\s+(?:(?P<it>it)\s+(?:all\s+)?)?up\b(?P<object>[^?.;]{0,80})",
    re.I,
)
# Figures summed by a plural pronoun between the verb and its particle: "sum them up".
_FIGURES_BY_PRONOUN = lazy(r"\bsum(?:s|med|ming)?\s+(?:them|these|those)\s+(?:all\s+)?up\b", re.I)
# An object that counts its things first: "the three pieces", "both grants", "the 3 fees".
_COUNTED = lazy(
    rf"^\s*(?:(?:the|these|those|its|their|all)\s+)?(?:both|{'|'.join(COUNT_WORDS)}|\d+)(?![\w-])",
    re.I,
)


def _writes_amount(text: str) -> bool:
    """Whether ``text`` writes an amount: a number with a currency, a percent sign or a scale
    ("$4 million", "12%"); a name's digits ("F-16") or a year are none."""
    return any(
        not token.glued and (token.currency or token.percent or token.scale in SPELLED_SCALES)
        for token in lex(text)
    )


def _summary(match: re.Match[str]) -> bool:
    """Whether a "sum up" asks for a summary: "sum it up", or an object that neither counts its
    things nor writes an amount."""
    if match["it"]:
        return True
    return _COUNTED.search(match["object"]) is None and not _writes_amount(match["object"])


def summarizes(question: str) -> bool:
    """Whether ``question`` asks, by "sum up", for a summary of a matter rather than a total."""
    if _FIGURES_BY_PRONOUN.search(question):
        return False
    return any(_summary(m) for m in _SUM_UP.finditer(question))


def summing_up_read(question: str) -> str:
    """``question`` with each "sum up" that asks for a summary written "summarize", so that
    nothing reading it for arithmetic takes it for a sum; unchanged otherwise."""
    if not summarizes(question):
        return question

    def read(match: re.Match[str]) -> str:
        if not _summary(match):
            return match[0]
        verb = "summarize" if match["verb"][:1].islower() else "Summarize"
        return f"{verb}{' it' if match['it'] else ''}{match['object']}"

    return _SUM_UP.sub(read, question)
