"""A count of a part answered only in words of degree: "a few of them", "only some of them".

"How many of the clerks speak Danish?" is not answered by "the office has about twenty clerks,
but only a few of them speak Danish": the number is the whole's, and the part the question asks
for is given no number, only a degree. The part is the one the question asks for when the
question writes a word that the statement writes only after its degree ("speak Danish"), none
before it."""

from __future__ import annotations

import re

from assistant.answering.word_forms import content_words
from assistant.regex import lazy

# A degree said of a part of a whole named before it: "a very few of them", "most of these".
_DEGREE = lazy(
    r"\b(?:only\s+)?(?P<degree>(?:a\s+(?:very\s+)?few|very\s+few|few|some|several|many|most|a\s+handful|"
    r"a\s+minority|a\s+majority|a\s+fraction|a\s+small\s+number)\s+of\s+(?:them|these|those))\b",
    re.I,
)
_DIGIT = lazy(r"\d")


def _words(text: str) -> set[str]:
    return set(content_words(text))


def only_degree(question: str, statements: list[str]) -> str | None:
    """The degree (``"a very few of them"``) the only statement that writes what ``question``
    counts gives in place of a number; None when a statement gives the part a number, or
    none gives it a degree."""
    asked = _words(question)
    for piece in statements:
        match = _DEGREE.search(piece)
        if match is None or _DIGIT.search(piece[match.end() :]):
            continue
        before, after = _words(piece[: match.start()]), _words(piece[match.end() :])
        if asked & (after - before):
            return match["degree"]
    return None
