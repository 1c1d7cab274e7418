"""A share taken of the remainder: "of €50 million, €20 million went to dredging and 25% of
the remainder to pilots". The share is of what is left once the part is taken off the whole, not of
the whole: the remainder is a step of its own (whole − part), and the share is chained on that
step's result, so the answer shows both.

The remainder is named by the noun or clause that says what is left ("the remainder", "the rest",
"the balance", "what was left", "what remains"); the share is a percentage or a fraction ("half",
"a third", "two-thirds", "three quarters") written just before "of" it.

The part taken off may be an amount ("€20 million went to dredging") or a percentage of the whole
("15% of it paid up front", "we paid 40% of a €45 million ferry order"): a percentage is a
part of the one amount it is written beside, so what is left is (100% − the percentage) × the
whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.calculator.operations import CalculatorInput
from assistant.quantities import FRACTION_DENOMINATORS, fraction_denominator, lex, parse_number
from assistant.regex import lazy

# The count of parts a fraction takes, in words or digits: "two thirds", "3 quarters".
_NUMERATORS = r"two|three|four|five|six|seven|eight|nine|\d"
# The fraction words, longest first (the one table of them, in ``quantities``).
_FRACTIONS = "|".join(sorted(FRACTION_DENOMINATORS, key=len, reverse=True))
# A share of what is left: "40% of the remainder", "half of what was left", "a quarter of the
# rest", "two-thirds of the balance".
_OF_REMAINDER = lazy(
    r"(?P<share>\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|half|"
    rf"(?:an?|one|{_NUMERATORS})[- ](?:{_FRACTIONS}))\s+of\s+(?:the\s+|that\s+|this\s+)?"
    r"(?:remainder|rest|balance|remaining\s+[\w-]+|what(?:['’]s|\s+is|\s+was)?\s+(?:left|remain\w*))\b",
    re.I,
)
# A remainder worked out: the whole less the part.
_LESS = lazy(r"^[^−]+ − [^−]+$")


def share_of_remainder(question: str) -> str | None:
    """The share of the remainder ``question`` asks for, as written; None when it asks none."""
    found = _OF_REMAINDER.search(question)
    return " ".join(found.group("share").split()) if found else None


def asked_at(question: str) -> int:
    """Where the share of the remainder is written (-1: nowhere)."""
    found = _OF_REMAINDER.search(question)
    return found.start() if found else -1


def of_remainder(share: str, remainder: str) -> CalculatorInput:
    """The request taking ``share`` of the ``remainder`` worked out before it."""
    *count, fraction = share.replace("-", " ").split()
    divisor = fraction_denominator(fraction)
    if divisor is not None:
        times = parse_number(count[-1]) if count else 1
        # "two-thirds of what is left": the remainder taken twice over three.
        taken = f"{remainder} ÷ {divisor}" if times == 1 else f"{remainder} × {times} ÷ {divisor}"
        return CalculatorInput(operation="evaluate", expression=taken)
    return CalculatorInput(operation="evaluate", expression=f"{share} × {remainder}")


def chained_on_remainder(
    question: str,
    requests: list[CalculatorInput],
    worked: Callable[[CalculatorInput], str | None],
) -> CalculatorInput | None:
    """The share of the remainder ``question`` asks, chained on the last remainder ``requests``
    work out (a whole less a part); None when it asks none, or no remainder was worked out."""
    share = share_of_remainder(question)
    if share is None:
        return None
    rests = [r for r in requests if r.operation == "evaluate" and _LESS.match(r.expression or "")]
    if not rests:
        return None
    left = worked(rests[-1])
    return of_remainder(share, left) if left is not None else None


def percentage_part(question: str) -> str | None:
    """The one percentage ``question`` writes before the share of the remainder it asks, as
    written ("25%", "20 percent"): the part taken off the whole. None when it asks no such
    share, or writes no percentage or more than one before it, or one of 100 or more (no part)."""
    at = asked_at(question)
    if at < 0:
        return None
    told = [t for t in lex(question[:at]) if t.percent]
    if len(told) != 1 or not 0 < told[0].number < 100:
        return None
    return told[0].text


def rest_after_percentage(percentage: str, whole: str) -> CalculatorInput:
    """The request working out what is left of ``whole`` once ``percentage`` of it is taken off."""
    return CalculatorInput(operation="evaluate", expression=f"(100% − {percentage}) × {whole}")
