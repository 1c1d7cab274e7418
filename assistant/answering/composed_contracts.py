"""A contract's value the question composes from two figures of different roles.

A question may give the value a rule is asked of not as one amount but as an amount and what its
own clause does to it:

- a change to the same contract: "a $40 million deal, later raised by $5 million", "cut by
  $2 million", "$3 million off a $20 million order". The second figure is no contract of its
  own; it moves the first (the preposition "by" after a verb of change, or "off" before it,
  with the direction the verb's clause gives);
- a price per unit times a count: "9 trucks at $2 million each", "per unit", "apiece". The
  amount is a unit's price; the contract is the count times it.

Either way the composed value is worked out as a recorded step (an ``evaluate`` request), and the
question is read on with that value in the clause's place, so every later step (the rule's
obligation, what is left after a delivery) is chained on a result the answer shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.calculator.arithmetic import evaluate
from assistant.calculator.operations import CalculatorInput
from assistant.errors import CalculationError
from assistant.quantities import QuantityToken, format_money, lex
from assistant.regex import lazy

# The direction a verb of change gives the figure after "by": up or down. Closed-class words of
# English (particles and the verbs of raising and lowering), not words of any source.
_UP = lazy(
    r"\b(?:up|upwards?|rais\w*|increas\w*|grow\w*|grew|ros[ea]\w*|hik\w*|lift\w*|add\w*|"
    r"expand\w*|enlarg\w*|higher)\b",
    re.I,
)
_DOWN = lazy(
    r"\b(?:down|downwards?|cut|cuts|cutting|reduc\w*|lower\w*|trimm?\w*|decreas\w*|shr[aiu]nk\w*|"
    r"dropp?\w*|slash\w*|fell|fall\w*|less)\b",
    re.I,
)
# What stands between a contract's amount and the change's: its clause, ending in "by", with no
# sentence break ("EUR 30 million was later revised upward by EUR 4 million").
_CHANGED_BY = lazy(r"^(?P<clause>[^.;:?!]{0,80}?)\bby\s*$", re.I)
# The auxiliaries and adverbs that open the clause of change: "was later", "has been", "then".
_OPENS_CHANGE = lazy(
    r"(?:,?\s*(?:which|that|and|but)?\s*(?:(?:was|is|were|are|got|gets|has|have|had|been|being|"
    r"be|will|would|later|then|since|subsequently|now)\s+)*)$",
    re.I,
)
# "$3 million off a $20 million order": the change before the amount it comes off.
_OFF = lazy(r"^\s+off\s+(?P<det>(?:a|an|the|our|its|their|that|this)\s+)?$", re.I)
# A unit's price after a counted noun: "12 radars at", "8 trainers for", "5 boats costing".
_COUNTED = lazy(
    r"^\s+(?P<noun>(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)\s+(?:at|for|costing|priced at)\s+$",
    re.I,
)
# What marks the amount as a unit's price: "each", "apiece", "per unit", "a piece", "per jet".
_PER_UNIT = lazy(r"^\s*(?:each|apiece|a piece|per\s+[A-Za-z][\w-]*|a unit)\b", re.I)


@dataclass(frozen=True)
class Composed:
    """The step that works the contract's value out, that value as written in the step's
    result (``figure``), and the question with that value in place of the clause."""

    step: CalculatorInput
    figure: str
    question: str


def composed_contract(question: str) -> Composed | None:
    """The contract's value ``question`` composes from a change to it or a unit price times a
    count (the module's docstring); None when it states its contracts as plain amounts."""
    money = [t for t in lex(question) if t.currency and not t.glued]
    # A count may be spelled out ("three simulators at ... each").
    return _changed(question, money) or _units(question, lex(question, words=True), money)


def _changed(question: str, money: list[QuantityToken]) -> Composed | None:
    for first, second in zip(money, money[1:], strict=False):
        if first.currency != second.currency:
            continue
        between = question[first.end : second.start]
        by = _CHANGED_BY.match(between)
        if by is not None:
            clause = by.group("clause")
            up, down = _UP.search(clause), _DOWN.search(clause)
            if bool(up) == bool(down):
                continue  # no direction, or both: not a change this reads
            verb = (up or down).start()  # type: ignore[union-attr]
            opening = _OPENS_CHANGE.search(clause[:verb])
            keep = clause[: opening.start() if opening else verb].rstrip(" ,")
            sign = "+" if up else "−"
            return _compose(
                f"{first.text} {sign} {second.text}",
                question[: first.start],
                keep + question[second.end :],
            )
        off = _OFF.match(between)
        if off is not None:
            det = off.group("det") or ""
            return _compose(
                f"{second.text} − {first.text}",
                question[: first.start] + det,
                question[second.end :],
            )
    return None


def _units(
    question: str, tokens: list[QuantityToken], money: list[QuantityToken]
) -> Composed | None:
    for price in money:
        count = next((t for t in reversed(tokens) if t.end <= price.start), None)
        if count is None or count.currency or count.post or count.scale or count.glued:
            continue
        if count.number != count.number.to_integral_value() or not 1 < count.number < 1000:
            continue  # a count of units, never a year or a share
        counted = _COUNTED.match(question[count.end : price.start])
        each = _PER_UNIT.match(question[price.end :])
        if counted is None or each is None:
            continue
        noun = counted.group("noun")
        end = price.end + each.end()
        return _compose(
            f"{int(count.number)} × {price.text}",
            question[: count.start],
            f" of {noun}" + question[end:],
        )
    return None


def _compose(expression: str, head: str, tail: str) -> Composed | None:
    """The step working ``expression`` out, and the question with its result between ``head``
    and ``tail`` (the text before and after the clause it replaces)."""
    try:
        result = evaluate(expression).result
    except CalculationError:
        return None  # a clause the calculator cannot work is left as written
    if result.currency is None or result.value <= 0:
        return None
    figure = format_money(result.value, result.currency)
    return Composed(
        CalculatorInput(operation="evaluate", expression=expression), figure, head + figure + tail
    )
