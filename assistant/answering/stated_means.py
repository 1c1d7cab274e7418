"""The mean of a list of figures the question states, worked out as its total over their count.

"Bids of $4 million, $6 million and $11 million: what is the average bid?" states one list of
figures of one kind (amounts in one currency, or percentages), its members joined by commas and
"and". The mean is the list's total divided by how many it holds: two recorded steps, the total
first and the mean chained on its result, so a question that asks for both ("what total and what
average?") gets each, and one that asks for the mean alone still sees the total it rests on.

A list is read only as written: two figures are no list to average here (a change or a gap is
the likelier ask), and a figure outside the list (a threshold named later, a rate) is not
averaged with it.
"""

from __future__ import annotations

import re

from assistant.calculator.operations import CalculatorInput
from assistant.quantities import QuantityToken, lex
from assistant.regex import lazy

# What joins two members of one list: a comma, "and", or both.
_JOINS = lazy(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", re.I)


def listed_figures(question: str) -> list[QuantityToken]:
    """The longest run of figures of one kind ``question`` writes as a list (three or more), in
    the order written; empty when it writes none."""
    figures = [t for t in lex(question) if (t.currency or t.post) and not t.glued]
    best: list[QuantityToken] = []
    run: list[QuantityToken] = []
    for token in figures:
        if run and _same_kind(run[-1], token) and _JOINS.match(question[run[-1].end : token.start]):
            run.append(token)
        else:
            run = [token]
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 3 else []


def _same_kind(a: QuantityToken, b: QuantityToken) -> bool:
    return a.currency == b.currency and _percent(a) == _percent(b)


def _percent(token: QuantityToken) -> bool:
    return bool(token.post) and not token.currency


def mean_steps(listed: list[QuantityToken]) -> list[CalculatorInput]:
    """The requests working out the list's mean: its total first (amounts only: percentages of
    different wholes add up to nothing), then the total over the count."""
    added = " + ".join(t.text.strip() for t in listed)
    mean = CalculatorInput(operation="evaluate", expression=f"({added}) / {len(listed)}")
    if _percent(listed[0]):
        return [mean]
    return [CalculatorInput(operation="evaluate", expression=added), mean]
