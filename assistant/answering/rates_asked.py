"""Questions that ask for an exchange rate, and statements that state one.

A rate between two currencies is a figure of its own kind: a percentage or an amount in one
currency is no answer to "which exchange rate", and the rate a source chose for its own
conversion is a fact about that source, which a conversion worked out at any rate cannot tell.
"""

from __future__ import annotations

import re

from assistant.quantities import find_money
from assistant.regex import lazy

# Two currencies written as a pair: "won-dollar", "KRW/USD", "won per US dollar".
CURRENCY_PAIR = (
    r"(?:won|krw|dollar|usd)[- /]+(?:(?:per|to|for)[- ](?:the[- ]|a[- ]|one[- ])?)?"
    r"(?:us[- ])?(?:won|krw|dollar|usd)"
)
# A rate between currencies asked for: "which exchange rate", "what won-dollar rate".
ASKS_EXCHANGE_RATE = lazy(
    rf"\b(?:what|which)\s+(?:[\w-]+\s+){{0,2}}?(?:exchange|conversion|{CURRENCY_PAIR})\s+rates?\b",
    re.I,
)
# The rate asked as what someone chose: "which exchange rate did the bureau apply", "what rate
# had the paper used". An auxiliary before a subject makes it that subject's act; "what rate
# converts it" or "what rate does that imply" ask for a rate worked out.
RATE_USED_BY = lazy(
    r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?rates?\s+(?:did|does|do|has|have|had)\s+"
    r"(?:[\w'’.&-]+\s+){1,6}?(?:use|used|apply|applied|adopt|adopted|employ|employed|choose|"
    r"chose|chosen|pick|picked|rely\s+on|relied\s+on|assume|assumed)\b",
    re.I,
)
# A rate written as one: "1,320 KRW per USD", "KRW 1,320/USD", "1,320 won to a dollar".
_RATE_WRITTEN = lazy(
    r"(?:\d[\d,.]*\s*(?:won|KRW)|KRW\s*\d[\d,.]*)\s*(?:/|per|to\s+(?:the|a|one)|for\s+(?:a|one|each))\s*"
    r"(?:US\s*)?(?:dollars?|USD|\$)",
    re.I,
)


def states_rate(piece: str, written_only: bool = False) -> bool:
    """Whether ``piece`` states a rate between currencies: written as one, or (unless
    ``written_only``) as one amount in two currencies ("USD 5 million (about KRW 6.5
    billion)"), from which a rate follows but which names none."""
    if _RATE_WRITTEN.search(piece):
        return True
    return not written_only and len({m.currency for m in find_money(piece)}) > 1


def asks_exchange_rate(question: str) -> bool:
    """Whether ``question`` asks for a rate between currencies."""
    return ASKS_EXCHANGE_RATE.search(question) is not None


def rate_unstated(question: str, statements: list[str]) -> bool:
    """Whether ``question`` asks for an exchange rate that none of ``statements`` states. The
    rate a source used must be written as a rate: an amount it gave in both currencies implies
    a rate, but says nothing of the one it chose."""
    if not ASKS_EXCHANGE_RATE.search(question):
        return False
    written_only = RATE_USED_BY.search(question) is not None
    return not any(states_rate(piece, written_only) for piece in statements)
