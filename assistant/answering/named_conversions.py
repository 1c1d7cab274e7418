"""A figure the sources state, named in words, put into another currency at a rate the question
gives.

"Converted at 0.8 crowns per dollar, how large was the ferry levy of 2031 in crowns?" names its amount by
what it is (the ferry levy of 2031), not by its figure. Read whole, its words of conversion pull
the search toward other sentences; without them ("what was the ferry levy of 2031?") it asks
the stated figure, which the assistant answers as any other question. When that answer states
one sum, in a currency other than the one asked, the sum is converted at the question's rate,
the sentence that states it cited. The rule is the conversion's grammar, not a list of figures:
the question names a currency to put the result in ("in pounds", "the yuan value") and states a
rate; it states no amount of its own. Anything else (no rate, no answer, several sums, a sum
already in the currency asked) leaves the question to the other routes.
"""

from __future__ import annotations

import re

from assistant.answering.routing import (
    _CONVERT,
    _CONVERT_NOUN,
    Route,
    _rate,
    _rate_spans,
    _targets,
    amounts,
)
from assistant.calculator.operations import CalculatorInput
from assistant.knowledge.rows import OffsetData
from assistant.quantities import lex
from assistant.regex import lazy
from assistant.wording import say

# A verb or preposition left behind once the rate's figure and currencies are taken away:
# "expressed in …", "converted at …", "taking …", "with the dollar at …".
_LEFT_OVER = lazy(
    r"\b(?:expressed|converted|put|stated|reckoned|counted|valued)\s*(?=[,?.]|$)"
    r"|\b(?:at|taking|take|using|use|with|if|when)\s+(?:the\s+)?(?:(?:exchange\s+)?rate\s+of\s+)?"
    r"(?=[,?.]|$)"
    r"|\b(?:with|if|when)\s+(?:the|a|one)\s+(?:US\s+)?dollar\s*(?=[,?.]|$)",
    re.I,
)


def without_conversion(question: str) -> str | None:
    """``question`` without its rate and the currency it asks the result in, when it asks a
    conversion at a rate it states and states no amount of its own; None otherwise."""
    if amounts(question) or not _targets(question):
        return None
    spans = _rate_spans(question)
    if not spans:
        return None
    spans += [m.span() for p in (_CONVERT, _CONVERT_NOUN) for m in p.finditer(question)]
    kept = list(question)
    for start, end in spans:
        kept[start:end] = [" "] * (end - start)
    plain = "".join(kept)
    for _ in range(2):
        plain = _LEFT_OVER.sub(" ", plain)
    plain = re.sub(r"\s+([,?.])", r"\1", re.sub(r"\s{2,}", " ", plain))
    plain = re.sub(r"^[\s,;:]+|(?<=[,;])\s*(?=[,;?])", "", plain).strip()
    plain = re.sub(r",\s*(?=[?.]$)", "", plain)
    if any(ch.isdigit() for ch in re.sub(r"\b(?:19|20)\d\d\b", "", plain)) and any(
        t.currency for t in lex(plain)
    ):
        return None
    return plain[:1].upper() + plain[1:] if plain else None


def conversion_of_stated(question: str, plain: str, stated: str, data: OffsetData) -> Route | None:
    """The conversion ``question`` asks of the one sum ``stated`` (the answer to ``plain``, the
    question without its conversion) gives in another currency than the one asked; None when it
    gives none or several."""
    targets = _targets(question)
    if len(targets) != 1:
        return None
    (target,) = targets
    found: dict[tuple[str, object], str] = {}
    for token in lex(re.sub(r"\[\d+\]", " ", stated)):
        if token.currency and not token.percent:
            found.setdefault((token.currency, token.scaled()), token.text)
    if len(found) != 1:
        return None
    (((currency, _), figure),) = found.items()
    if currency == target:
        return None
    rate = _rate(question, [figure], target, data)
    if rate is None:
        return None
    request = CalculatorInput(operation="convert", amount=figure, to_currency=target, rate=rate)
    return Route(
        [request],
        lead=say("sourced_input", statement=figure),
        read_as=f"{plain} ({figure})",
        restated=(figure,),
    )
