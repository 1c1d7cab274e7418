"""The date of a body's own creation is not the date of something the body created.

"When was the harbour trust set up?" is not answered by "the pilot licence was created by the
harbour trust in 2016": that sentence dates the licence, whose creation the trust is the agent
of ("by the trust"), not the trust's own setting up. A question asks the date of a thing's
creation by a passive whose subject is the thing ("when was X founded", "in what year was X
set up"); a sentence dates that creation only when the thing is not written there solely as
the agent of a creation of something else.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# Verbs of bringing a body or a scheme into being, as a passive or its participle takes them.
_CREATED = r"(?:set\s+up|founded|established|created|formed|launched|instituted)"
# "When was the harbour trust set up?", "In what year was X first established?"
_ASKED = lazy(
    r"\b(?:when|what\s+year|which\s+year|in\s+what\s+year|in\s+which\s+year)\s+"
    rf"(?:was|were)\s+(?P<thing>.+?)\s+(?:first\s+|originally\s+|itself\s+)?{_CREATED}\b",
    re.I,
)
# A creation and its agent: "was created by the harbour trust".
_BY_AGENT = lazy(rf"\b{_CREATED}\s+by\s+(?P<agent>[^,;.()]+)", re.I)
_WORD = lazy(r"[A-Za-z][\w&'’-]*")
_SMALL = frozenset("the a an its their of and & for on in".split())


def _content(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _SMALL}


def creation_asked(question: str) -> str | None:
    """The thing whose own creation ``question`` asks the date of ("the harbour trust" of "when
    was the harbour trust set up?"), or None."""
    found = _ASKED.search(question)
    return found.group("thing") if found else None


def only_its_creations_dated(question: str, statements: list[str]) -> bool:
    """Whether every statement writing the thing whose creation ``question`` asks the date of
    writes it only as the agent of another thing's creation ("created by the trust in 2016"),
    and none writes its own: a date there is of what it created."""
    thing = creation_asked(question)
    if thing is None:
        return False
    words = _content(thing)
    if not words:
        return False
    writing = [piece for piece in statements if words <= _content(piece)]
    if not writing:
        return False
    for piece in writing:
        agents = [m for m in _BY_AGENT.finditer(piece) if words <= _content(m.group("agent"))]
        if not agents:
            return False
        # The thing named outside its agent phrases: its own creation may be told there.
        rest = piece
        for m in reversed(agents):
            rest = rest[: m.start("agent")] + rest[m.end("agent") :]
        if words <= _content(rest):
            return False
    return True
