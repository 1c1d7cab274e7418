"""A length of time asked up to now, and what states it.

"How long has the guild been meeting?" asks a span that runs up to the present. The sources
state such a span either as a length ("kept for 12 years") or by the time it runs from ("meeting
since 2015", "ever since the charter was signed in 2015"): both answer it, and a figure of
another measure ("dues of $40") does not. An aside between the asking words and the verb
("how long, by the guild's own count, has it met") leaves the question what it is."""

from __future__ import annotations

import re

from assistant.answering.claims import stated_figures
from assistant.answering.what_began import beginning, dates_asked
from assistant.regex import lazy

# An aside set off by commas or dashes: "how long, per the charter, has it met".
_ASIDE = lazy(r"\s*[,—–]\s*[^,—–?]{1,80}?\s*[,—–]\s*")
# The perfect that carries a span up to now: "how long had the guild", "for how long now have
# dues been".
_SO_FAR = lazy(
    r"\bhow\s+long\s+(?:[\w'’-]+\s+){0,4}?(?:have|has|had|been)\b|"
    r"\bhow\s+many\s+(?:years|months|weeks|days|decades)\s+(?:[\w'’-]+\s+){0,4}?(?:have|has|had)\b",
    re.I,
)
# The time a span runs from, as the sources write it: "since 2022", "since March 2018", or a
# "since" clause dated by the act it runs from ("ever since the board audited it in 2018").
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_RUNS_FROM = lazy(
    # "since the late 2010s": a decade, with its part.
    r"\bsince\s+(?:the\s+)?(?:(?:early|mid-?|late)\s*)?(?:19|20)\d0s\b|"
    rf"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?(?:19|20)\d\d\b|"
    rf"\bsince\s+(?:the|a|an|its|their|it|they)\b[^.;,]{{0,80}}?\b(?:in|on)\s+(?:{_MONTH}\s+)?"
    r"(?:19|20)\d\d\b|"
    # "Since adopting the charter in May 2015": a "since" clause of the act the span runs from.
    rf"\bsince\s+\w+ing\b[^.;,]{{0,80}}?\b(?:in|on)\s+(?:{_MONTH}\s+)?(?:19|20)\d\d\b",
    re.I,
)
# A verb of starting before its year: "first brought in in 2015", "set up in 2015". It dates the
# span asked only when what it says began is what the question asks of (``what_began``).
_BEGAN = lazy(
    r"\b(?P<verb>introduc\w*|implement\w*|establish\w*|set\s+up|founded|created|launched|"
    r"initiated|began|begun|started|came\s+into\s+being)\b[^.;]{0,80}?\bin\s+"
    rf"(?:{_MONTH}\s+)?(?:19|20)\d\d\b",
    re.I,
)
# A length of time: "for 12 years", "three to five months".
_LENGTH = lazy(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|several|many)"
    r"(?:\s*(?:to|-|–|or)\s*\w+)?\s+(?:years?|months?|weeks?|days?|decades?)\b",
    re.I,
)


def asks_length_so_far(question: str) -> bool:
    """Whether ``question`` asks how long something has gone on up to now."""
    return _SO_FAR.search(_ASIDE.sub(" ", question)) is not None


def runs_from(text: str, question: str = "") -> bool:
    """Whether ``text`` states the time a span runs from: the span ``question`` asks, when
    given, so that a beginning counts only when it is of what the question asks about."""
    if _RUNS_FROM.search(text) is not None:
        return True
    return any(
        not question or dates_asked(beginning(text, m.span("verb"), m.end()), question)
        for m in _BEGAN.finditer(text)
    )


# A value set or changed ("the fee was cut from 20 to 15 percent", "set the fee at $40"): a
# figure after a "to" or "at" that follows is a value it took from then on.
_SETS_VALUE = lazy(r"\b(?:lowered|raised|cut|increased|reduced|set|changed|revised|fixed)\b", re.I)
# Looked at ahead, so that a value is not read into the one before it ("to $20 and to $25").
_TO_OR_AT = lazy(r"\b(?:to|at)\s+(?=(?P<value>[^.;]{1,25}))", re.I)
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
_SENTENCE_END = lazy(r"(?<=[.;!?])\s+")


def _value_changed_to(text: str, question: str) -> bool:
    """Whether ``text`` dates the setting of a value the question names: the 15 percent fee has
    held since the year it was cut to 15 percent, which says nothing of how long another
    value has held. The value is compared as a figure, of the same kind ("a $40 fee" and "forty
    dollars"), and the year may stand anywhere in the sentence that sets it."""
    asked = [f for f in stated_figures(question, words=True) if f.kind != "year"]
    if not asked:
        return False
    for sentence in _SENTENCE_END.split(text):
        if not _YEAR.search(sentence):
            continue
        setting = _SETS_VALUE.search(sentence)
        if setting is None:
            continue
        for to in _TO_OR_AT.finditer(sentence, setting.end()):
            told = stated_figures(to["value"], words=True)
            first = next((f for f in told if f.kind != "year"), None)
            if first is not None and any(
                first.value == a.value and first.same_kind(a) for a in asked
            ):
                return True
    return False


def tells_length(text: str, question: str = "") -> bool:
    """Whether ``text`` states a span up to now: its length, the time it runs from, or the year
    the value ``question`` names was set."""
    return (
        _LENGTH.search(text) is not None
        or runs_from(text, question)
        or _value_changed_to(text, question)
    )


# What a span up to now is stated by, for a sentence looked for as its answer.
SPAN_TOLD = lazy(rf"(?:{_RUNS_FROM.pattern})|(?:{_BEGAN.pattern})|(?:{_LENGTH.pattern})", re.I)
