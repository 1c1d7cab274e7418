"""Questions that ask how many times one figure is another: a multiple, not a gap or a percent.

"How many times larger", "a threefold rise", "what multiple of", "by what factor did A exceed
B", "grew by a factor of how much": each asks for the larger figure over the smaller. A factor
named as a cause ("the main factor behind the fall") asks for no arithmetic, so "factor" counts
only after "by ... factor" or "factor of".
"""

from __future__ import annotations

import re
from decimal import Decimal

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
