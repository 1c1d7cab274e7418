"""A side a question names by its kind, not by a name: "what does the local fishing trade argue
about …", "how do the harbour's shipping firms explain …".

News writing gives such a side's words under a description of its own ("the related industry
explains that …", "industry insiders argue that …"), which shares the kind's word with the
question ("industry") and seldom its other words: the home country is left unsaid in the home
country's own press ("Korean industry" is "the related industry" in a Seoul daily). The sentence
whose speaker, told by the words before its verb of saying, is of that kind gives the side's
words; one naming a body is a named party's, left to the questions naming it.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# "What do Korean firms say about …", "how does the industry explain …", "what have the cloud
# companies been saying about …": the side is the subject of a verb of saying or explaining.
_SIDE_SAYS = lazy(
    r"\b(?:what|how)\s+(?:do|does|did|have|has|had)\s+(?P<who>[^?,;:]+?)\s+(?:been\s+)?"
    r"(?:say|saying|said|explain|explaining|argue|arguing|claim|claiming|tell|telling)\b",
    re.I,
)
# Words that open no side: a question word, a pronoun, a document (whose author speaks in all
# of it).
_NO_SIDE = lazy(
    r"^(?:the\s+)?(?:what|which|who|how|it|its|they|them|this|that|these|those|he|she|we|you|"
    r"(?:[\w-]+\s+)*(?:report|paper|study|article|story|piece|blog|post|sources?))$",
    re.I,
)


def side_asked(question: str) -> str | None:
    """The words of ``question`` naming the side whose words it asks for, when it asks what a
    side says or how it explains something; None otherwise."""
    found = _SIDE_SAYS.search(question)
    if found is None:
        return None
    who = found["who"].strip()
    return None if _NO_SIDE.match(who) else who


def spoken_of(who: str, home_country: str) -> str:
    """``who`` without the words naming the home country ("Korean", "South Korea's"), which
    its own press leaves unsaid of its own sides: what tells the kind of side."""
    home = home_country.lower().split()[-1] if home_country.strip() else ""
    if not home:
        return who
    return " ".join(w for w in who.split() if not w.lower().startswith(home))


def head(who: str) -> str:
    """The word of ``who`` that tells what kind of side it is: its last ("firms" of "Korean
    shipping firms"); the words before it only narrow the kind."""
    words = who.split()
    return words[-1] if words else ""
