"""A share taken of the remainder: "of €50 million, €20 million went to dredging and 25% of
the remainder to pilots". The share is of what is left once the part is taken off the whole, not of
the whole: the remainder is a step of its own (whole − part), and the share is chained on that
step's result, so the answer shows both.

The remainder is named by the noun or clause that says what is left ("the remainder", "the rest",
"the balance", "what was left", "what remains"); the share is a percentage or a plain fraction
("half", "a third", "a quarter") written just before "of" it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.calculator.operations import CalculatorInput
from assistant.fraction_words import denominator
from assistant.regex import lazy

# A share of what is left: "40% of the remainder", "half of what was left", "a quarter of the
# rest".
_OF_REMAINDER = lazy(
    r"(?P<share>\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|half|an? (?:third|quarter)|"
    r"one (?:half|third|quarter))\s+of\s+(?:the\s+|that\s+|this\s+)?"
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
    divisor = denominator(share.split()[-1])
    if divisor is not None:
        return CalculatorInput(operation="evaluate", expression=f"{remainder} ÷ {divisor}")
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
