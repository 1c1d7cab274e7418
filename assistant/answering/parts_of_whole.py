"""A whole asked of by its parts, and whether the parts make the whole.

A question may ask what a total consisted of ("what did the harbour grant consist of?", "split
the USD 4.5 billion raised since 1990 into its kinds", "how was the pledge carried out, part by
part?"). The tables hold such a whole in two ways: as one row of a family whose other rows are
its parts (a pledge's total beside its categories), or as a row of its own whose parts are rows
of another measure that carry the whole's sentence as their ``context`` (a period's value, and
that value by type). Either way the answer is the whole with every part, never the whole alone.

Where the sources' parts do not add up to the whole they state, the answer says so: that is a
disagreement within the sources, not a rounding the reader should have to find.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from assistant import quantities
from assistant.answering.row_answers import Fact, ScoredFact
from assistant.knowledge.rows import OffsetValue, ProgramFact
from assistant.regex import lazy
from assistant.wording import say

# Asking for the parts of a whole. A verb of splitting with the whole between it and its parts,
# the whole allowed to carry figures ("split the USD 4.5 billion of 1990-2020 into its kinds");
# what a whole is made of ("consist of", "made up of", "composed of", "its components"); and
# part by part ("for each part", "piece by piece"). Parts of a trade are not parts of a whole:
# "parts manufacturing", "parts exports".
PARTS_ASKED = lazy(
    r"\b(?:break(?:s|ing)?|broken|split(?:s|ting)?|divide[sd]?|dividing|itemi[sz](?:e|es|ed|ing)|"
    r"separat(?:e|es|ed|ing))\s+(?:[^.?;]|\.(?=\d)){1,100}?\s+(?:down|into)\b|"
    r"\b(?:broken|break(?:s|ing)?)\s?down\b|"
    r"\bby (?:type|kind|category|categories|component|part|piece|sector)s?\b|"
    r"\b(?:consist(?:s|ed|ing)?|made up|composed|compris(?:e|es|ed|ing)) of\b|"
    r"\bcomposition\b|\bconstituents?\b|\bcomponents?\b|"
    r"\b(?:part|piece|item|component|category) by (?:part|piece|item|component|category)\b|"
    r"\b(?:for |of |in )?each (?:part|piece|portion|element|component|category|type|kind)\b|"
    r"\b(?:its|their|the|all|two|three|four|five|several) (?:parts|portions|pieces|elements)\b"
    r"(?!\s+(?:manufactur\w*|exports?|production|suppl\w*|industry))",
    re.IGNORECASE,
)


def asks_for_parts(question: str) -> bool:
    """Whether ``question`` asks what a whole consisted of, part by part."""
    return PARTS_ASKED.search(question) is not None


def whole_and_parts(
    ranked: Sequence[ScoredFact], facts: Sequence[Fact], floor: float, years: frozenset[str]
) -> list[list[Fact]]:
    """The whole the best row covering ``floor`` of the question states, then its parts: the
    rows of ``facts`` whose context is that row's quote (each part once, in the tables'
    order). A whole is of the years the question names (``years``): a breakdown of another
    period is no breakdown of the one asked. [] when the best such row has no parts."""
    for scored in ranked:
        if scored.coverage < floor:
            continue
        whole = scored.fact
        if years and not years <= whole.years:
            continue
        parts = [
            f
            for f in facts
            if f.row.context and f.row.context.strip() == whole.row.quote.strip() and f.subject
        ]
        subjects = list(dict.fromkeys(f.subject for f in parts))
        if len(subjects) < 2:
            return []
        return [[whole], *([f for f in parts if f.subject == s] for s in subjects)]
    return []


def _amount(fact: Fact) -> tuple[str, Decimal] | None:
    """(currency, amount) of a row stating a sum of money, else None."""
    row = fact.row
    if isinstance(row, OffsetValue) and row.amount is not None and row.currency:
        return row.currency, row.amount
    if isinstance(row, ProgramFact) and row.amount is not None and _is_currency(row.unit):
        return row.unit, row.amount
    return None


def _is_currency(unit: str) -> bool:
    """Whether a row's unit is a currency code ("USD"), not a count's noun or "percent"."""
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def parts_gap(groups: Sequence[Sequence[Fact]]) -> str | None:
    """A sentence saying the parts do not add up to the whole, when one group of ``groups`` is a
    whole (its subject a total, or none beside parts that have one) and the others' first rows
    are its parts in the same unit, and their sum is not the whole's figure (rounded as the
    whole is written: "USD 23.2 billion" is met by parts summing to 23.17). None otherwise."""
    heads = [g[0] for g in groups if g]
    wholes = [f for f in heads if f.subject in ("", "total")]
    parts = [f for f in heads if f.subject not in ("", "total")]
    if len(wholes) != 1 or len(parts) < 2:
        return None
    whole = _amount(wholes[0])
    amounts = [_amount(f) for f in parts]
    if whole is None or any(a is None or a[0] != whole[0] for a in amounts):
        return None
    total = sum((a[1] for a in amounts if a is not None), Decimal(0))
    if quantities.same_figure(total, whole[1]):
        return None
    # The whole as the source writes it: a figure of the answer's own would need its working.
    return say("parts_not_whole", whole=quantities.format_money_short(whole[1], whole[0]))
