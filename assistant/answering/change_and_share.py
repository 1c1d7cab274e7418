"""A change between two figures asked twice over, in two asks: as an amount (the ferries added,
the tonnes lost) and measured against where it started (the gain over the starting tally, in
percent).

The share asked is then the change measured from the earlier figure (a percent change), never
one figure over the other: a rise put in percent against the starting tally is
(new − old) ÷ old, not old ÷ new. Both results are worked out.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

_MOVE = r"rise|increase|drop|fall|decline|decrease|growth|gain|jump|change|fall-off|slump|cut"
_MOVED = (
    r"r[oi]se|risen|increased|dropped|fell|fallen|declined|decreased|grew|grown|gained|jumped|"
    r"changed|slumped|shrank|shrunk|climbed|went (?:up|down)"
)
# The change asked as an amount: "how many more ferries", "by how many tonnes did the catch
# slump", "how big a jump". Not when the same words go on to ask it as a share (a jump asked "in
# percent" asks the share alone).
_AMOUNT_ASKED = lazy(
    r"\bhow (?:many|much) (?:more|fewer|less|lower|higher)\b"
    r"|\bby how (?:many|much)\b"
    rf"|\bhow (?:big|large|great|much) (?:was|is|a|an|of an?) (?:the |that )?(?:{_MOVE})\b"
    rf"(?!\s+(?:is\s+(?:that|it)\s+)?(?:as|in)\s+(?:a\s+)?(?:percent|percentage|share|%))"
    rf"|\bwhat (?:is|was) (?:the|that) (?:{_MOVE})\b"
    r"(?!\s+(?:as|in)\s+(?:a\s+)?(?:percent|percentage|share|proportion|%))"
    rf"|\bhow (?:many|much) (?:\w+\s+){{0,3}}?(?:did|has|have|had) (?:\w+\s+){{0,4}}?(?:{_MOVED})\b",
    re.I,
)
# The figure a change started from, named as such: "last year's", "the earlier count", "the
# prior year", "the original figure", "the first".
_EARLIER = (
    r"(?:last|previous|prior|preceding) year(?:'s|’s)?|the year before|"
    r"(?:the\s+)?(?:earlier|previous|prior|preceding|original|old|older|first|starting|"
    r"initial|base|former)\b"
)
# The change asked against that figure: "percent of the former tally", "a fraction of the
# original", "relative to the prior year".
_SHARE_OF_EARLIER = lazy(
    rf"\b(?:percent(?:age)?|share|proportion|fraction|%)\s+of\s+(?:the\s+)?(?:{_EARLIER})"
    rf"|\b(?:against|relative to|compared (?:with|to))\s+(?:the\s+)?(?:{_EARLIER})"
    # "of the 2024 figure", "of 2024's": the earlier figure named by its year (a question's
    # "last year's" is read as the year it is).
    r"|\b(?:percent(?:age)?|share|proportion|fraction|%)\s+of\s+(?:the\s+)?(?:19|20)\d\d"
    r"(?:(?:'s|’s)|\s+(?:figure|count|number|total|value|level|one|amount))\b",
    re.I,
)
_PERCENT = lazy(r"\bpercent\w*|%|\bshare\b|\bproportion\b", re.I)


def asks_change_and_its_share(question: str) -> bool:
    """Whether ``question`` asks a change both as an amount and as a share of its earlier
    figure ("The fleet grew from 40 to 52 ferries: by how many, and by what percent of the old
    fleet?")."""
    share = _SHARE_OF_EARLIER.search(question)
    if share is None or not _PERCENT.search(question):
        return False
    amount = _AMOUNT_ASKED.search(question)
    return amount is not None


# When a figure stood, by the words right after it: "40 staff last year", "USD 3 million in
# 2021", "21 now", "18 the year before".
_SAID_EARLIER = lazy(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:last year|the (?:year|time) before|previously|before|earlier|"
    r"in the previous year|a year (?:earlier|before|ago))\b",
    re.I,
)
_SAID_LATER = lazy(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:this year|now|today|currently|at present)\b",
    re.I,
)
_SAID_IN = lazy(r"^\s*(?:[\w-]+\s+){0,2}?(?:in|for|during)\s+((?:19|20)\d\d)\b", re.I)


def _when(after: str, present: int) -> int | None:
    """The year the words after a figure place it in, or None when they place it nowhere."""
    found = _SAID_IN.match(after)
    if found:
        return int(found.group(1))
    if _SAID_EARLIER.match(after):
        return present - 1
    if _SAID_LATER.match(after):
        return present
    return None


def said_earlier_first(question: str, first_end: int, second_end: int, present: int) -> bool | None:
    """Whether the words after each of two figures say which came first: True when they place
    the first figure earlier, False when they place the second earlier, None when they do not
    say ("46 this year against 40 in 2023" places the second earlier)."""
    first = _when(question[first_end:], present)
    second = _when(question[second_end:], present)
    if first is None and second is None:
        return None
    if first is None or second is None:
        # One figure placed: "40 last year and 52" places the other after it.
        placed = first if first is not None else second
        assert placed is not None
        earlier = placed < present
        return earlier if first is not None else not earlier
    if first == second:
        return None
    return first < second
