"""The value a figure had before it changed to one the question gives.

"Where did the ferry toll stand until they hiked it to €9?" asks the old toll. A statement that
writes the change answers it when it gives the figure it moved from ("hiked from €6 to
€9"); one that gives only the new value ("hiked the toll to €9") tells that it changed, not
what it was. The figure asked is of the new value's kind: an amount in its currency, or a
percentage, other than the new value itself.
The figure it moved from is looked for in statements of a change (any verb of ``_CHANGE``):
a figure of the same kind elsewhere (another country's fee) is not the old one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.quantities import QuantityToken, lex, same_figure
from assistant.regex import lazy

# A change to a written figure, after "before": "until they hiked it to €9", "before the
# levy moved to 12 percent", "before they cut it to 30%".
_CHANGE = (
    r"(?:raised|moved|changed|increased|cut|lowered|reduced|rose|risen|fell|fallen|dropped|"
    r"lifted|shifted|jumped|climbed|went\s+(?:up|down)|brought|set|reset|hiked|trimmed)"
)
_PRIOR_ASKED = lazy(
    rf"\bbefore\s+(?:[\w'’-]+\s+){{0,6}}?{_CHANGE}\s+(?:[\w'’-]+\s+){{0,2}}?to\s+"
    r"(?P<figure>[^?,;]+)",
    re.I,
)


def _kind(token: QuantityToken) -> tuple[str | None, bool]:
    return token.currency, token.percent


def _same(a: QuantityToken, b: QuantityToken) -> bool:
    return _kind(a) == _kind(b) and same_figure(a.scaled(), b.scaled())


def _figures(text: str) -> Iterable[QuantityToken]:
    return (t for t in lex(text) if not t.glued and not t.ordinal and (t.currency or t.percent))


def asks_prior(question: str) -> bool:
    """Whether ``question`` asks what a figure was before it changed to a value it writes: the
    value is where the figure went, no amount the question poses to be worked on."""
    asked = _PRIOR_ASKED.search(question)
    return asked is not None and next(iter(_figures(asked["figure"])), None) is not None


def prior_unstated(question: str, statements: list[str]) -> str | None:
    """The new value (as the question writes it) when ``question`` asks what a figure was before
    it changed to that value and no statement of a change gives another figure of its kind, the
    one it changed from; ``None`` otherwise."""
    asked = _PRIOR_ASKED.search(question)
    if asked is None:
        return None
    new = next(iter(_figures(asked["figure"])), None)
    if new is None:
        return None
    if any(_gives_prior(piece, new) for piece in statements if _CHANGED.search(piece)):
        return None
    return new.text


# A statement of a change, in any tense: "raised", "was cut", "lowered from".
_CHANGED = lazy(rf"\b{_CHANGE}\b", re.I)
# A bare number a change starts from, whose kind is the one it changes to: "from 50 to 30
# percent".
_FROM_BARE = lazy(r"\bfrom\s+\d[\d,.]*\s+to\b", re.I)


def _gives_prior(statement: str, new: QuantityToken) -> bool:
    """Whether ``statement`` gives a figure of ``new``'s kind other than ``new`` (or a bare
    number the change starts from)."""
    if _FROM_BARE.search(statement):
        return True
    return any(_kind(f) == _kind(new) and not _same(f, new) for f in _figures(statement))
