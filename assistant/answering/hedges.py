"""A condition on the asker, not on the matter: "If I read it right, the mill opened in 1961."
or "the toll is 3 crowns, if I remember correctly?".

"If" opens a hypothesis ("if a ship is worth 5 million crowns, what toll is due?") whose
figures the answer must work with. A condition whose subject is the asker ("if I read it
right", "if we have it correctly", "if I'm not mistaken") supposes nothing about the matter:
it hedges the saying, and what it is set off from by a comma is a plain statement. Such a
clause is told by its grammar: it opens with "if", its subject is "I" or "we", it is set off
by a comma at the start or the end, and it holds no figure and no name (either would make it
part of the matter: "if I sign a 5 million crown charter, …" supposes a charter).
"""

from __future__ import annotations

import re

from assistant.regex import lazy

_SUBJECT = r"(?:i|we)(?:['’](?:m|ve|d|re))?"
_CLAUSE = r"if\s+" + _SUBJECT + r"\b[^,;:?!.]{0,60}?"
_LEADING = lazy(rf"^\s*{_CLAUSE},\s*", re.I)
_TRAILING = lazy(rf",\s*{_CLAUSE}\s*(?=[?.!]?\s*$)", re.I)
# A figure or a name (a capital after the opening word, "I" aside).
_MATTER = lazy(r"\d|(?<!^)\b(?!I\b)[A-Z]")


def without_hedge(text: str) -> str:
    """``text`` without a condition on the asker (module doc); ``text`` itself when it has
    none."""
    lead = _LEADING.match(text)
    if lead is not None and not _MATTER.search(lead[0].strip()):
        rest = text[lead.end() :]
        return rest[:1].upper() + rest[1:]
    trail = _TRAILING.search(text)
    if trail is not None and not _MATTER.search(trail[0].strip(" ,")):
        return text[: trail.start()] + text[trail.end() :]
    return text
