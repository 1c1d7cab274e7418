"""The offset a supplier made, as a question states it, worked out so a rule's obligation can be
measured against it.

A question may give the offer as one amount ("a $12 million package"), but also as the sum of
several deliveries ("$4 million in spring plus $1 million in autumn: what remains due?") or
as a percentage of what the buyer pays ("a package worth 12% of the award: what is missing?").
In the last two the offer is a figure of its own, and each is its own recorded
calculator step, so the gap to the obligation is chained on a worked-out result, never on a
figure the answer did not compute.

Which reading applies is a matter of the question's structure, not of its vocabulary:
- several amounts are deliveries of one offer only when they add up to it: joined by "and" (or a
  comma), never offered "or" instead of one another, and asked as what remains after them;
- a percentage is the offer's only when it is taken *of the award itself* ("of the award",
  "of what the buyer pays") and not a share the rule being applied sets for the contract (which would be
  the rule restated, "the 30% the rule asks").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.answering.patterns import words
from assistant.calculator.operations import CalculatorInput
from assistant.regex import lazy
from assistant.wording import say

Label = Callable[[str], str]

# A share written of the contract itself: "35% of the price", "20 percent of its value", "40% of
# the deal's worth", "a quarter" is not read (only figures are operands).
_SHARE_OF_CONTRACT = lazy(
    r"(?<![\w.])(?P<share>\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))\s+of\s+"
    r"(?:(?:the|its|their|that|this|a)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:price|value|cost|worth|contract|deal|purchase|order|award|sale)s?\b",
    re.I,
)
# Two amounts offered in place of one another: "a $5 million or a $7 million package".
_ALTERNATIVES = words(r"or|either|instead|alternatively|versus|vs\.?|compared")


@dataclass
class Offer:
    """The offer as the gap takes it (``figure``), and the steps that work it out, each with the
    sentence stating its result (none when the question writes the offer as one amount)."""

    figure: str
    steps: list[CalculatorInput] = field(default_factory=list)
    labels: list[Label | None] = field(default_factory=list)


def share_of_contract(question: str, rule_shares: set[Decimal]) -> str | None:
    """The one share of the contract's own price the question says the offset came to, as
    written ("35%"); None when it writes none, more than one, or only a share the rule sets."""
    found = []
    for match in _SHARE_OF_CONTRACT.finditer(question):
        share = " ".join(match.group("share").split())
        if Decimal(re.sub(r"[^\d.]", "", share)) in rule_shares:
            continue  # the rule's own share, restated
        if share not in found:
            found.append(share)
    return found[0] if len(found) == 1 else None


def deliveries(question: str, offsets: list[str]) -> bool:
    """Whether the several offset amounts ``question`` states are parts of one offer (delivered
    one after another), not offers set against each other: nothing between two of them says
    "or" ("instead", "versus")."""
    if len(offsets) < 2:
        return False
    spans = []
    at = 0
    for amount in offsets:
        start = question.find(amount, at)
        if start < 0:
            return False
        spans.append((start, start + len(amount)))
        at = start + len(amount)
    between = [question[end:start] for (_, end), (start, _) in zip(spans, spans[1:], strict=False)]
    return not any(_ALTERNATIVES.search(text) for text in between)


def offer_made(
    question: str,
    contract: str,
    offsets: list[str],
    rule_shares: set[Decimal],
    worked: Callable[[CalculatorInput], str | None],
) -> Offer | None:
    """The offer ``question`` states for ``contract``: its one amount as written; the sum of its
    deliveries; or the share of the contract's price it came to. ``worked`` works a step out and
    writes its result so a later step can take it (None: it works out no amount). None when the
    question states no offer, or one that cannot be worked out."""
    if len(offsets) == 1:
        return Offer(offsets[0])
    if offsets:
        if not deliveries(question, offsets):
            return None
        step = CalculatorInput(operation="evaluate", expression=" + ".join(offsets))
        figure = worked(step)
        if figure is None:
            return None
        parts = " and ".join(offsets)
        return Offer(
            figure, [step], [lambda result: say("offer_in_all", parts=parts, result=result)]
        )
    share = share_of_contract(question, rule_shares)
    if share is None:
        return None
    step = CalculatorInput(operation="evaluate", expression=f"{share} × {contract}")
    figure = worked(step)
    if figure is None:
        return None
    return Offer(
        figure,
        [step],
        [lambda result: say("offer_as_share", share=share, contract=contract, result=result)],
    )
