"""Things asked by what they are, answered only by how many there were.

"Which parts did the yard buy from local firms?" asks for the parts; "the yard bought 40 parts
from 9 firms" says how many, not which, whatever noun the question and the source each use for
the things ("parts", "goods", "items"). The question names its things by a plural after its
"which"/"what" (or "name the ..."), and the act they took part in by a verb; the statements
that write that act (in any word of its family: "bought", "purchased") answer only when one
of them gives the things themselves, not a number of them.
"""

from __future__ import annotations

import re

from assistant.quantities import NUMBER_WORDS
from assistant.regex import lazy

# Acts whose objects a question may ask for, by family: a statement writing any word of the
# family writes the act.
_FAMILIES = (
    r"buy|buys|buying|bought|purchas\w*|procur\w*|acquir\w*|sourc\w*",
    r"recommend\w*|propos\w*|offer\w*|suggest\w*|submit\w*|put\s+forward|nominat\w*",
    r"refus\w*|declin\w*|withh[oe]ld\w*|balk\w*|reject\w*",
)
# The things asked, by a plural ending a "which"/"what" phrase before its verb, or after
# "name"/"list" ("name the components ...").
_AUX = r"(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|might|must|may)"
_THINGS_ASKED = lazy(
    rf"^\W*(?:(?:which|what)\s+(?:(?!{_AUX}\s)[\w'’-]+\s+){{0,5}}?[a-z][\w-]*[^s\W]s\s+"
    rf"(?:{_AUX}|ended|end|got|get)\b"
    r"|(?:name|list|identify)\s+(?:the|all|any)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*[^s\W]s\b)",
    re.I,
)
_NUMBER = rf"(?:\d[\d,]*|{'|'.join(w for w in NUMBER_WORDS if w != 'zero')})"
# A number of things: "12 valves", "40 parts from 9 firms".
_COUNT_OF = lazy(rf"(?<![\w.,$€£₩]){_NUMBER}\s+(?!(?:percent|per\s+cent|%)\b)[a-z]", re.I)
# What gives the things themselves: a list opened or run ("including radar", "A, B and C").
_LISTED = lazy(
    r"\b(?:including|such as|namely|among them|like)\b|:\s*(?!\d)\w|[\w-]+,\s+[\w-]+,\s+", re.I
)


def _family(question: str) -> str | None:
    """The family of the first act the question names after its things, if any."""
    rest = _THINGS_ASKED.search(question)
    if rest is None:
        return None
    after = question[rest.start() :]
    found = [
        (hit.start(), family)
        for family in _FAMILIES
        if (hit := re.search(rf"\b(?:{family})\b", after, re.I)) is not None
    ]
    return min(found)[1] if found else None


def counted_not_listed(question: str, statements: list[str]) -> bool:
    """Whether ``question`` asks which things took part in an act and every statement that
    writes the act gives the things only as a number of them, listing none."""
    family = _family(question)
    if family is None:
        return False
    acting = [p for p in statements if re.search(rf"\b(?:{family})\b", p, re.I)]
    return bool(acting) and all(_COUNT_OF.search(p) and not _LISTED.search(p) for p in acting)


# What things are about asked of things the question counts: "what topics did the 12 rulings
# cover", "what kinds of goods made up the 40 parts", "what were the 9 complaints about".
_SUBJECTS = (
    r"(?:topics?|subjects?|issues?|areas?|matters?|themes?|sectors?|fields?|"
    r"(?:kinds?|sorts?|types?)\s+of\s+[\w-]+)"
)
_SUBJECTS_ASKED = lazy(
    rf"\b(?:what|which)\s+{_SUBJECTS}\b"
    r"|\bwhat\s+(?:were|are|was|is)\b(?:(?!\?).)*\babout\s*[?.!]*\s*$",
    re.I,
)
# The things counted, by a number and a plural up to two words after it: "the 12 trade
# rulings", "the more than 40 cases". A number between is the count ("the 2019 12 rulings").
_COUNTED = lazy(
    rf"(?<![\w.,$€£₩-])(?P<number>{_NUMBER})\s+(?:(?!\d)[\w'’-]+\s+){{0,2}}?(?P<noun>[a-z][\w-]*[^s\W]s)\b",
    re.I,
)


def _counts_them(piece: str, number: str, noun: str) -> bool:
    """Whether ``piece`` gives ``number`` of the things ``noun`` (a plural, less its "s")
    names."""
    if any(
        hit["number"].lower() == number and hit["noun"].lower().rstrip("s") == noun
        for hit in _COUNTED.finditer(piece)
    ):
        return True
    # A data row gives the number after its label: "rulings issued: 12".
    row = rf"\b{re.escape(noun)}s?\b[^:;.]{{0,30}}:\s*{re.escape(number)}(?![\w.,])"
    return re.search(row, piece, re.I) is not None


def subjects_not_listed(question: str, statements: list[str]) -> bool:
    """Whether ``question`` asks what things it counts ("the 12 rulings") were about, and the
    statements that give that count of them give only the number, listing none."""
    if _SUBJECTS_ASKED.search(question) is None:
        return False
    asked = [
        (m["number"].lower(), m["noun"].lower().rstrip("s")) for m in _COUNTED.finditer(question)
    ]
    counting = [p for p in statements if any(_counts_them(p, n, t) for n, t in asked)]
    return bool(counting) and not any(_LISTED.search(p) for p in counting)
