"""Countries named as where traded goods come from, by a word before them: "Chilean copper",
"US-made rifles", "American arms".

A question that asks a figure of "Chilean copper" limits it to the goods of that origin, as
"copper from Chile" does: a figure of all the copper bought, of every origin, is not that part of
them. A statement names the origin the same ways, or before a word of the trade it is about
("Chile's mining exports").

In a question, a word of the goods that only qualifies who makes or sells them ("American arms
makers", "Chilean arms exporters") leaves the country naming that trader, the question's own
subject, not the origin of goods it buys: "what did the Chilean arms exporters sign in 2019?"
asks a figure of theirs, of every partner together."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.regex import lazy

# The goods a country's word before them says the origin of. Trade in general ("deals",
# "contracts", "imports") is not among them: "US contracts" are as often contracts the US signed
# with others as ones signed for its goods.
_GOODS = r"(?:weapons?|weaponry|arms|armaments|munitions)"
# In a statement, the origin may also stand before a word of the trade or the industry itself:
# "Norway's arms industry's sales abroad" are of Norwegian goods.
_TRADE = rf"(?:{_GOODS}|defen[cs]e|military|industry|exports?|export-\w+|arms-\w+)"

# Up to two words before the noun (and its "-made" or "-built"), which may name the country.
_ORIGIN = r"(?P<who>(?:[\w.'’]+\s+)?[\w.'’]+?)(?:-(?:made|built|produced|manufactured|origin))?"
# The trader a word of goods may qualify: one who makes, sells or supplies them, or a firm or
# industry that does ("arms makers", "weapons suppliers", "arms firms", "the arms industry").
_TRADER = (
    r"(?:[\w-]*(?:makers?|manufacturers?|producers?|sellers?|suppliers?|exporters?|vendors?|"
    r"dealers?|contractors?)|compan(?:y|ies)|firms?|industry|industries)"
)
_BEFORE_GOODS = lazy(rf"{_ORIGIN}\s+(?={_GOODS}\b(?![\s-]+{_TRADER}\b))", re.I)
_BEFORE_TRADE = lazy(rf"{_ORIGIN}\s+(?={_TRADE}\b)", re.I)


def origin_countries(
    text: str, countries: Callable[[str], frozenset[str]], statement: bool = False
) -> frozenset[str]:
    """The countries ``text`` names (``countries`` reads a phrase for them) by a word before
    goods they are the origin of: before the goods' noun in a question, or also before a word
    of their trade in a ``statement``."""
    pattern = _BEFORE_TRADE if statement else _BEFORE_GOODS
    found: set[str] = set()
    for match in pattern.finditer(text):
        found |= countries(match["who"])
    return frozenset(found)
