"""The currency a conversation asks in, carried into a follow-up that only swaps what it asks
of: after "how much did the port earn in 2019, in won?", "and in 2021?" asks in won too, and
after "what is the levy's floor in dollars?", "what is 40% of a 25 million order?" is an order of
25 million dollars.

A follow-up that asks for a measure of its own ("what share of that went to wages?") asks in no
currency, and one that names a currency keeps its own.
"""

from __future__ import annotations

import re

from assistant import currencies
from assistant.answering.frame import frame_of
from assistant.regex import lazy

# The opening of a follow-up that asks the earlier question of something else.
_SWAP_OPENING = lazy(r"^\s*(?:and|what about|how about|what of|same for)\b[\s,]*", re.I)
# A word that asks something of its own: a question word or a measure other than an amount.
_OWN_ASK = lazy(
    r"\b(?:what|which|who|whom|whose|when|where|why|how|share|shares|percent|percentage|"
    r"rate|rates|ratio|number|count|many|much|per\s*cent)\b|%",
    re.I,
)
# Each currency's word for its amounts: the plural of its first name ("dollars", "won", "yen").
_CURRENCY_WORD = {c.code: c.names[0][1] for c in currencies.TABLE if c.names}
# A currency the follow-up writes itself: any way of writing one the table lists.
_WRITTEN_CURRENCY = lazy(
    rf"\b(?:{currencies.alternation([*currencies.WRITTEN_CODES, *currencies.NAMES])})\b"
    rf"|{currencies.alternation(currencies.SYMBOLS)}",
    re.I,
)


def asked_currency(text: str) -> str | None:
    """The code of the currency ``text`` asks an amount in ("in won": KRW), if any."""
    return frame_of(text).currency


def swaps_only(question: str) -> bool:
    """Whether ``question`` only names something else to ask the earlier question of ("and in
    2021?", "what about the ferry board?"): an opening of that kind and at most five words after
    it, none asking anything of its own."""
    opening = _SWAP_OPENING.match(question)
    if opening is None:
        return False
    rest = question[opening.end() :].strip(" ?.!")
    return 0 < len(rest.split()) <= 5 and not _OWN_ASK.search(rest)


def currency_carried(question: str, earlier: str) -> str:
    """``question`` asked in the currency ``earlier`` asked in, when it only swaps what it asks
    of and names no currency of its own; unchanged otherwise."""
    code = asked_currency(earlier)
    if code is None or not swaps_only(question) or _WRITTEN_CURRENCY.search(question):
        return question
    return f"{question.rstrip(' ?.!')}, in {_CURRENCY_WORD[code]}?"


def currency_for_amount(earlier: str) -> str | None:
    """The word an amount written without a currency takes after ``earlier``, a question that
    asks in a currency but states no amount ("what is the floor in dollars?"), if any."""
    code = asked_currency(earlier)
    return None if code is None else _CURRENCY_WORD[code]
