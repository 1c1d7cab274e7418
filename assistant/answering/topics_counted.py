"""A part of a counted whole picked out by what it is about: "how many of the 30 complaints
concerned fishing", "of the 12 rulings, how many dealt with tariffs".

Such a count is answered by a statement that counts things of that subject: a number written
with the subject's words. The whole's own count ("30 complaints were filed") says how many
there were in all, not how many were about the subject. A part picked out by a name ("how many
were with Chile") is the partitive check's (``answerability._part_named``); this one reads the
part after a verb of relation, whatever words it is in."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.word_forms import content_words, stem
from assistant.regex import lazy

# Verbs that say what a thing is about or bears on.
_RELATION = (
    r"(?:deal(?:s|t)?\s+with|dealing\s+with|relat(?:e|es|ed|ing)\s+to|"
    r"ha(?:d|s|ve)\s+to\s+do\s+with|concern(?:ed|s|ing)?|involv(?:e|ed|es|ing)|"
    r"cover(?:ed|s|ing)?|touch(?:ed|es)?\s+(?:on|upon)|address(?:ed|es)?|"
    r"pertain(?:ed|s)?\s+to|f[ae]lls?\s+under|focus(?:s?ed|es)?\s+on|target(?:ed|s)?|"
    r"(?:were|was|are|is)\s+about)"
)
# Where the part's words stop: the source the question names, or its end.
_TAIL = r"(?:,?\s*\b(?:according\s+to|per|says?|said)\b.*)?[?.!]*\s*$"
_ASKED = lazy(
    r"\bhow\s+many\s+of\s+(?:the|these|those|them|its|their)\b.*?\b"
    rf"{_RELATION}\s+(?P<topic>.*?){_TAIL}",
    re.I,
)
# The whole put first: "Of the 12 rulings, how many dealt with tariffs?".
_FRONTED = lazy(
    r"^\W*of\s+(?:the|these|those|its|their)\b[^,;?]*,\s*how\s+many\b.*?\b"
    rf"{_RELATION}\s+(?P<topic>.*?){_TAIL}",
    re.I,
)


def topic_asked(question: str) -> tuple[str, ...]:
    """The words of the subject that picks the counted part out of a whole ``question`` counts
    from ("fishing" of "how many of the 30 complaints concerned fishing"); none when it asks no
    such part."""
    match = _ASKED.search(question) or _FRONTED.search(question)
    if match is None:
        return ()
    return tuple(dict.fromkeys(content_words(match["topic"], shortest=3)))


def _writes(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in any of its forms or a word formed on it ("tariffs"
    for "tariff", "fisheries" for "fishing"): a word of it starts with the letters the
    word's forms are written with."""
    return re.search(rf"(?<![\w-]){re.escape(stem(word, written=True))}", text, re.I) is not None


def topic_counted(
    topic: tuple[str, ...], statements: list[str], counts: Callable[[str], list[tuple[int, int]]]
) -> bool:
    """Whether a statement gives a number (``counts`` finds them) and writes every word of
    ``topic``, itself or with the statement it carries on from."""
    return any(
        counts(piece) and all(_writes(f"{before} {piece}", w) for w in topic)
        for before, piece in zip(["", *statements], statements, strict=False)
    )
