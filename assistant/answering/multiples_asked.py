"""Questions that ask how many times one figure is another: a multiple, not a gap or a percent.

"How many times larger", "a threefold rise", "what multiple of", "by what factor did A exceed
B", "grew by a factor of how much": each asks for the larger figure over the smaller. A factor
named as a cause ("the main factor behind the fall") asks for no arithmetic, so "factor" counts
only after "by ... factor" or "factor of".
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant import currencies
from assistant.regex import lazy

# The words of a multiple asked, as an alternation for patterns to embed.
MULTIPLE_WORDS = (
    r"\bhow many times\b|\b\w+-?fold\b|\b(?:what|which) multiple\b|\bas a multiple\b|"
    r"\bmultiple of\b|"
    r"\bby (?:what|which|how (?:big|large|much) (?:of )?an?|an?) (?:multiplication )?factor\b|"
    r"\b(?:what|which) (?:multiplication )?factor\b(?=[^.?!]{0,80}\b(?:multipl\w*|larger|bigger|"
    r"greater|higher|more|exceed\w*|grow|grew|grown|rise|rose|risen|increas\w*|outdo\w*|outstrip\w*|"
    r"above)\b)|"
    r"\bfactor of (?:how much|what)\b"
)
MULTIPLE_ASKED = lazy(MULTIPLE_WORDS, re.I)


# "How many times did the board meet?" counts occasions: an auxiliary verb follows "times" and
# nothing is set against anything. "How many times the grant was the loan", "how many times
# larger", "how many times were exports bigger than imports" ask a multiple: a plain number, the
# quotient of two figures of one kind, never a count of things.
_TIMES = lazy(r"\bhow\s+many\s+times\b", re.I)
_OCCASIONS = lazy(
    r"\bhow\s+many\s+times\s+(?:did|does|do|has|have|had|was|were|is|are|will|would|can|"
    r"could|should|must|might|may)\b",
    re.I,
)
_SET_AGAINST = lazy(r"\bthan\b|\bas\s+[\w-]+\s+as\b", re.I)


# A currency named in words or by its code: "in won terms", "the dollar figures", "KRW".
_NAMES_CURRENCY = lazy(
    rf"\b(?:{currencies.alternation([*currencies.NAMES, *currencies.WRITTEN_CODES])})\b", re.I
)


def times_as_multiple(question: str) -> re.Match[str] | None:
    """The "how many times" of ``question`` when it asks a multiple, not a count of occasions:
    no auxiliary verb follows it ("how many times the fee was the fine", "how many times
    larger"), or the question sets one thing against another ("than", "as large as")."""
    found = _TIMES.search(question)
    if found is None:
        return None
    if _OCCASIONS.match(question, found.start()) and not _SET_AGAINST.search(question):
        return None
    return found


def money_multiple(question: str) -> re.Match[str] | None:
    """The "how many times" of ``question`` when it asks a multiple of two amounts of one
    currency it names ("counted in crowns, the levies came to how many times the penalties?", "by the dollar
    figures"): what it weighs is money, however the multiple is asked; pages, ships or cases
    set against each other ("how many times Ruritania's pages") stay counts."""
    found = times_as_multiple(question)
    return found if found is not None and _NAMES_CURRENCY.search(question) else None


def asks_multiple(question: str) -> bool:
    """Whether ``question`` asks for one figure as a multiple of another ("by which factor has
    the toll risen", "the loan came to what multiple of the grant")."""
    return bool(MULTIPLE_ASKED.search(question))


# The places a multiple is stated at when the question asks none: a percentage's two.
MULTIPLE_PLACES = 2


def multiple_places(expression: str) -> int | None:
    """The places to state ``expression``'s result at when it is a multiple asked with no reading
    of its own: a plain number (neither money nor a percentage) with more places than a
    percentage is shown with is rounded to that many ("6.86", the exact quotient in the working);
    one that has no more ("2.5", "10") is stated as it is."""
    from assistant.calculator.arithmetic import evaluate
    from assistant.errors import CalculationError

    try:
        found = evaluate(expression).result
    except CalculationError:
        return None
    if found.currency or found.percent:
        return None
    step = Decimal(1).scaleb(-MULTIPLE_PLACES)
    return MULTIPLE_PLACES if found.value != found.value.quantize(step) else None
