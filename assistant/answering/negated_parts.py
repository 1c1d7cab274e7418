"""A part asked by negating the part a figure states: the whole less that part.

"A depot keeps 90 lorries and 36 burn diesel; the non-diesel ones, and their share?" names
the part it asks by negating the part stated: the share asked is of 90 − 36, never 36 ÷ 90. A
share worked out of the stated part alone answers the opposite of what was asked, so when a
question negates the stated part, the rest (the whole less the part) and the rest's share of the
whole are worked out first; the stated part's share is kept after them.

Only a share of a part stated in the question or in the statement of the inputs is turned: a
share of a rest the route worked out itself is the rest's already. A part is negated by a prefix of its noun ("non-diesel", the noun standing bare elsewhere, in the
question or in the statement of the inputs, as the stated part), by a participle's prefix
("went unsold", "left unpaid", a common English word after "un"), or by a negation in the clause
that asks the count, amount or share ("how many sold nothing", "what share had not arrived"). A
negation inside a relative clause ("the share of trucks that are not new") names a subset, not
the rest, and is left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.calculator.arithmetic import CalculationError, Quantity, parse_amount
from assistant.calculator.operations import CalculatorInput
from assistant.quantities import lex
from assistant.regex import lazy
from assistant.search.english import common_words

# "non-diesel", "(non-FMS)": the prefixed noun is group 1.
_NON_PREFIX = lazy(r"\bnon-([A-Za-z][\w]*)", re.I)
# "unsold", "unpaid", "undelivered": lower-case "un" before a participle.
_UN_PARTICIPLE = lazy(r"\b(?-i:un)([a-z]{2,}(?:ed|en|id|ne|ld|nt|ght|wn))\b")
# The ask of a count, amount or share, up to the end of its clause, negated inside it.
_ASK_NEGATED = lazy(
    r"\b(?:how\s+(?:many|much)|(?:what|which)\s+(?:share|percentage|percent|proportion|fraction|"
    r"portion))\b(?P<clause>[^?.;,]*?)\b(?:not|never|nothing|none|n['’]t)\b",
    re.I,
)
_RELATIVE = lazy(r"\b(?:that|which|who|whose|whom)\b", re.I)


def _bare(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` without the "non-" prefix."""
    return bool(re.search(rf"(?<!non-)(?<!non )\b{re.escape(word)}\b", text, re.I))


def negates_stated_part(question: str, statements: str = "") -> bool:
    """Whether ``question`` asks the part that is not the one a figure states (``statements``:
    how the inputs were stated, besides the question)."""
    for match in _NON_PREFIX.finditer(question):
        if _bare(match.group(1), question + " " + statements):
            return True
    if any(m.group(1) in common_words() for m in _UN_PARTICIPLE.finditer(question)):
        return True
    ask = _ASK_NEGATED.search(question)
    return ask is not None and not _RELATIVE.search(ask.group("clause"))


def _quantity(text: str | None) -> Quantity | None:
    if not text:
        return None
    try:
        found = parse_amount(text)
    except CalculationError:
        return None
    return None if found.percent else found


def _written(value: Decimal, currency: str | None) -> str:
    return f"{currency or ''} {value.normalize():f}".strip()


def rest_and_share(requests: list[CalculatorInput], stated: str) -> list[CalculatorInput] | None:
    """For the one share among ``requests`` of a part that ``stated`` (the question and the
    statement of its inputs) gives, the whole less the part and that rest's share of the whole;
    None when there is no such share, or a remainder is worked out already (a part no one
    stated, or a subtraction among the requests: the share asked is then the rest's own)."""
    if any(r.operation == "evaluate" and "−" in (r.expression or "") for r in requests):
        return None
    shares = [r for r in requests if r.operation == "share_of"]
    if len(shares) != 1:
        return None
    share = shares[0]
    part, whole = _quantity(share.part), _quantity(share.whole)
    if part is None or whole is None or part.currency != whole.currency:
        return None
    if not 0 < part.value < whole.value:
        return None
    if all(t.percent or t.scaled() != part.value for t in lex(stated)):
        return None
    rest = whole.value - part.value
    whole_text = _written(whole.value, whole.currency)
    # The rest is read in the scale the share was asked with ("KRW trillion, one decimal").
    return [
        CalculatorInput(
            operation="evaluate",
            expression=f"{whole_text} − {_written(part.value, part.currency)}",
            places=share.places if share.scale else None,
            scale=share.scale,
        ),
        share.model_copy(update={"part": _written(rest, part.currency), "whole": whole_text}),
    ]
