"""A part of a counted whole picked out by what it is about: "how many of the 30 complaints
concerned fishing", "of the 12 rulings, how many dealt with tariffs".

Such a count is answered by a statement that counts things of that subject: a number written
with the subject's words. The whole's own count ("30 complaints were filed") says how many
the whole holds, not the tally of that subject. A part picked out by a name ("how many
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
    r"belong(?:s|ed)?\s+to|(?:were|was|are|is)\s+about)"
)
# The whole a part is taken from: "the 30 complaints", "its grants", "the agency's 12 rulings".
_WHOLE = r"(?:the|these|those|them|its|their|[a-z][\w.&-]*['’]s)"
# Where the part's words stop: the source the question names, or its end.
_TAIL = r"(?:,?\s*\b(?:according\s+to|per|says?|said)\b.*)?[?.!]*\s*$"
_ASKED = lazy(
    rf"\bhow\s+many\s+of\s+{_WHOLE}(?!\w).*?\b"
    rf"{_RELATION}\s+(?P<topic>.*?){_TAIL}",
    re.I,
)
# The whole put first: "Of the 12 rulings, how many dealt with tariffs?".
_FRONTED = lazy(
    rf"^\W*of\s+{_WHOLE}(?!\w)[^,;?]*,\s*how\s+many\b.*?\b"
    rf"{_RELATION}\s+(?P<topic>.*?){_TAIL}",
    re.I,
)


# An amount's part picked out by what it was spent on: "how much of the 9 million dollars went
# to dredging", "of the agency's budget, how much was spent on training". Not "went through"
# or "came from": a channel or a source is the partitive check's, by its name.
_SPENT = (
    r"(?:went|go|goes|gone|(?:was|were)\s+(?:spent|put|devoted|allocated|earmarked))\s+"
    r"(?:to|on|toward|towards|into|for)"
)
_AMOUNT_ASKED = lazy(
    rf"\bhow\s+much\s+of\s+{_WHOLE}(?!\w).*?\b{_SPENT}\s+(?P<topic>.*?){_TAIL}", re.I
)
_AMOUNT_FRONTED = lazy(
    rf"^\W*of\s+{_WHOLE}(?!\w)[^,;?]*,\s*how\s+much\b.*?\b{_SPENT}\s+(?P<topic>.*?){_TAIL}",
    re.I,
)
# Where the part's own words end: a comparison, a second part or the unit asked come next.
_TOPIC_END = lazy(r",|;|\b(?:and|or|versus|vs|compared|as\s+a|in\s+(?:won|dollars|euros))\b", re.I)


def topic_asked(question: str) -> tuple[str, ...]:
    """The words of the subject that picks the counted part out of a whole ``question`` counts
    from ("fishing" of "how many of the 30 complaints concerned fishing"); none when it asks no
    such part."""
    return _words(_ASKED.search(question) or _FRONTED.search(question), cut=False)


def amount_topic_asked(question: str) -> tuple[str, ...]:
    """The words of what the part of an amount ``question`` asks was spent on ("dredging" of
    "how much of the 9 million dollars went to dredging"); none when it asks no such part."""
    return _words(_AMOUNT_ASKED.search(question) or _AMOUNT_FRONTED.search(question), cut=True)


def _words(match: re.Match[str] | None, *, cut: bool) -> tuple[str, ...]:
    """The content words of the matched part (up to ``_TOPIC_END`` when ``cut``)."""
    if match is None:
        return ()
    topic = _TOPIC_END.split(match["topic"], maxsplit=1)[0] if cut else match["topic"]
    return tuple(dict.fromkeys(content_words(topic, shortest=3)))


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
