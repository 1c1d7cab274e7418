"""A part set against the rest of its whole: the rest is a step of its own (whole − part), and the
comparison asked of it is a further step chained on that result.

"A mill ground 80 sacks, 50 of rye: how many more rye sacks than other sacks?" asks two
steps: the rest (80 − 50 = 30) and then the part against it (50 − 30 = 20). Answering the rest
alone drops the ask. The comparison is read from the question's grammar, not from its topic:
- a comparison is asked ("exceed", "outweigh", "by how much", "how much more", "the gap");
- what it is asked against is the rest: named after the comparison ("exceed the rest", "than the
  remainder"), or referred back to by a pronoun ("outweigh it") once the rest was asked before it;
- the route worked the rest out as one subtraction of two amounts in one currency, the larger
  first; its second operand is the part.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.patterns import words
from assistant.calculator.arithmetic import parse_amount
from assistant.calculator.operations import CalculatorInput
from assistant.errors import CalculationError
from assistant.regex import lazy
from assistant.wording import say

Label = Callable[[str], str]

_COMPARED = words(
    r"exceed\w*|outweigh\w*|outstrip\w*|outnumber\w*|surpass\w*|"
    r"(?:more|less|bigger|larger|smaller|greater|higher|lower) than|by how much|"
    r"how much (?:more|less|bigger|larger|smaller|greater|higher|lower)|difference|gap"
)
# The rest named: "the rest", "the remainder", "the balance", "the others".
_REST_NAMED = words(r"rest|remainder|balance|others?|remaining (?:\w+\s+)?(?:part|share|amount)")
# The rest asked before the comparison: named, or told as what lies outside the part.
_REST_ASKED = words(
    r"rest|remainder|balance|others?|remain\w*|left|outside|apart from|besides|other than|"
    r"exclud\w*|(?:not|\w+n['’]t)\s+(?:through|via|by|in|from|under)"
)
# A pronoun standing for an amount worked out before ("it", "that", "them"): not "it was".
_BACK = lazy(r"\b(?:it|that|them)\b(?!\s+(?:was|is|were|are|year|period|time)\b)", re.I)
# One subtraction of two operands: "KRW 9 trillion − KRW 4 trillion".
_SUBTRACTION = lazy(r"^\s*(?P<whole>[^−+×/()]+?)\s*[−-]\s*(?P<part>[^−+×/()]+?)\s*$")


def against_rest_asked(question: str) -> bool:
    """Whether ``question`` sets a part against the rest of its whole: a comparison asked of the
    rest, named after it or referred back to once the rest was asked."""
    for compared in _COMPARED.finditer(question):
        clause = re.split(r"[?.;!]", question[compared.end() :], maxsplit=1)[0]
        if _REST_NAMED.search(clause):
            return True
        if _BACK.search(clause) and _REST_ASKED.search(question[: compared.start()]):
            return True
    return False


def part_against_rest(
    question: str,
    requests: list[CalculatorInput],
    worked: Callable[[CalculatorInput], str | None],
) -> tuple[CalculatorInput, Label] | None:
    """The step that sets the part against the rest ``requests`` worked out, the larger less the
    smaller, chained on the rest's result; None when the question asks no such comparison or
    the rest is not one subtraction of the part from its whole."""
    if not against_rest_asked(question):
        return None
    rests = [
        (r, m)
        for r in requests
        if r.operation == "evaluate" and (m := _SUBTRACTION.match(r.expression or ""))
    ]
    if len(rests) != 1:
        return None
    request, match = rests[0]
    try:
        whole, part = parse_amount(match.group("whole")), parse_amount(match.group("part"))
    except CalculationError:
        return None
    if whole.currency is None or whole.currency != part.currency or part.value >= whole.value:
        return None
    rest = worked(request)
    if rest is None:
        return None
    named = match.group("part").strip()
    if part.value >= parse_amount(rest).value:
        step = CalculatorInput(operation="evaluate", expression=f"{named} − {rest}")
        return step, lambda result: say("part_over_rest", part=named, rest=rest, result=result)
    step = CalculatorInput(operation="evaluate", expression=f"{rest} − {named}")
    return step, lambda result: say("rest_over_part", part=named, rest=rest, result=result)
