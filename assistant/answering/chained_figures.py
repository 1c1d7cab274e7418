"""Arithmetic a turn asks on the figures the two turns before it were answered with.

"Staff at the Gazette?" → "and at the Courier?" → "ratio of the second to the first, one
decimal?": the operands are the figures the two earlier answers stated, one for each
turn, and the operation is read from the last turn's own words. The turn writes no figure of its
own ("one decimal" is a reading, not an operand).

Which of an answer's figures answers its turn is a matter of constraints, not of vocabulary:
- it is of the chain's measure: the kind the first turn asked (a sum of money, a percentage, or a
  count of the noun the first question writes: "pages", "staff");
- it is bound to its turn's own subject, the words that turn writes and the other does not ("the
  Courier", "last year"): named in the figure's own phrase ("48 pages on the Courier"), else the
  nearest such word in its sentence; a figure whose own phrase names the other turn's subject is
  the other turn's.
When no figure, or more than one equally, is so bound, there is no chain to compute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.quantities import QuantityToken, lex
from assistant.regex import lazy

# The operation a turn asks, by general English words for it.
_RATIO = lazy(r"\bhow many times\b|\bratio\b|\bmultiple of\b", re.I)
_CHANGE = lazy(
    r"\b(?:per ?cent(?:age)?|%)\s*(?:increase|rise|growth|change|drop|fall|decline|decrease|"
    r"jump|climb)\b|\bby what (?:per ?cent(?:age)?|%)\b|\bgr[eo]w\w* by how much\b",
    re.I,
)
_SHARE = lazy(
    r"\bas an? (?:share|per ?cent(?:age)?|proportion|fraction) of\b|"
    r"\bwhat (?:share|per ?cent(?:age)?|proportion|fraction) of\b",
    re.I,
)
_GAP = lazy(
    r"\bgap\b|\bdifference\b|\bhow (?:many|much) (?:more|less|fewer|bigger|smaller|larger)\b",
    re.I,
)
_SUM = lazy(
    r"\bcombined\b|\btogether\b|\baltogether\b|\bin total\b|\bsum\b|\badd(?:ed)?\b|\btotal\b",
    re.I,
)
# How the result is to be read: "to 3 decimals", "rounded to one decimal place".
_READING = lazy(
    r"\b(?:rounded\s+)?(?:to\s+)?(?:one|two|three|\d)\s+decimals?(?:\s+places?)?\b", re.I
)
# References to one of the two turns by position.
_FIRST = lazy(r"\b(?:the\s+)?(?:first|former|earlier)\b", re.I)
_SECOND = lazy(r"\b(?:the\s+)?(?:second|latter|later)\b|\b(?:that|it)\b", re.I)
# What ends a figure's own phrase: a clause or aside boundary.
_PHRASE_END = lazy(r"[,;:()\"“”]|\.(?:\s|$)|\band\b|\bbut\b", re.I)
_SENTENCE_END = lazy(r"[.!?](?:\s|$)")
_WORD = lazy(r"[A-Za-z][\w'’-]*")
# Words that name no subject: function words, question words and the follow-up's fillers.
_FUNCTION = frozenset(
    """a an the and or of on in for to from by at with about as is are was were be been does do
    did what which who how many much so then also per according what's whats its it that
    these those there their his her s about please now still get got give gave count number
    did does say said put""".split()
)
_CURRENT = {"this": 0, "current": 0, "last": -1, "previous": -1, "prior": -1}


@dataclass(frozen=True)
class Operand:
    """A figure an earlier answer stated for its turn, with the sentence that states it."""

    text: str
    value: Decimal
    sentence: str


@dataclass(frozen=True)
class Chain:
    """The operation the last turn asks and the question that computes it."""

    operation: str
    operands: tuple[Operand, Operand]
    question: str


def operation_asked(question: str) -> str | None:
    """The operation a turn asks of earlier figures ("ratio", "change", "share", "gap", "sum"),
    when it writes no figure of its own; None otherwise."""
    # A turn that writes a figure or a year of its own asks of that, not of the earlier figures.
    if any(not t.glued for t in lex(_READING.sub(" ", question))):
        return None
    for name, pattern in (
        ("ratio", _RATIO),
        ("change", _CHANGE),
        ("share", _SHARE),
        ("gap", _GAP),
        ("sum", _SUM),
    ):
        if pattern.search(question):
            return name
    return None


def chained(question: str, asked: list[str], answers: list[str]) -> Chain | None:
    """The calculation ``question`` asks on the figures the answers to the two turns before it
    stated (``asked`` and ``answers`` in turn order, at least two of each); None when the
    question asks none, or the two figures cannot be told from the answers."""
    operation = operation_asked(question)
    if operation is None or len(asked) < 2 or len(answers) < 2:
        return None
    turns, said = asked[-2:], answers[-2:]
    measure = _measure(turns[0], said[0])
    if measure is None:
        return None
    # The measure's own noun names both turns' figures: it tells neither apart.
    subjects = [
        _subject(t, o) - {measure[2]} for t, o in ((turns[0], turns[1]), (turns[1], turns[0]))
    ]
    first = _bound(said[0], measure, subjects[0], subjects[1])
    second = _bound(said[1], measure, subjects[1], subjects[0])
    if first is None or second is None or first.value == second.value:
        return None
    worded = _worded(operation, question, (first, second), turns)
    if worded is None:
        return None
    reading = _READING.search(question)
    if reading is not None:
        worded = f"{worded[:-1]}, {reading[0]}?"
    return Chain(operation, (first, second), worded)


def _figures(text: str) -> list[QuantityToken]:
    return [
        t
        for t in lex(text)
        if not t.glued and not t.ordinal and not (_is_year(t) and not t.currency)
    ]


def _is_year(token: QuantityToken) -> bool:
    return (
        token.scale is None
        and not token.percent
        and token.number == token.number.to_integral_value()
        and 1900 <= token.number <= 2100
    )


def _kind(token: QuantityToken, text: str) -> tuple[str | None, bool, str]:
    """A figure's measure: its currency, whether a percentage, else the noun after it."""
    if token.currency or token.percent:
        return token.currency, token.percent, ""
    noun = _WORD.match(text[token.end :].lstrip())
    return None, False, _stem(noun[0]) if noun else ""


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text)} - {_stem(w) for w in _FUNCTION}


def _measure(question: str, answer: str) -> tuple[str | None, bool, str] | None:
    """The kind of figure the first turn asks: one the first answer states whose noun the
    question writes ("page count" asks figures of pages), else the one kind of money or
    percentage the answer states."""
    asked = _words(question)
    kinds = [_kind(t, answer) for t in _figures(answer)]
    counted = {k for k in kinds if k[2] and k[2] in asked}
    if len(counted) == 1:
        return counted.pop()
    money = {k for k in kinds if k[0] or k[1]}
    return money.pop() if len(money) == 1 else None


def _subject(turn: str, other: str) -> set[str]:
    """The words a turn writes that the other turn does not: what tells its figure apart."""
    return _words(turn) - _words(other)


def _bound(
    answer: str, measure: tuple[str | None, bool, str], own: set[str], other: set[str]
) -> Operand | None:
    """The figure of ``measure`` in ``answer`` bound to the subject ``own``: named in its own
    phrase, else nearest in its sentence; a figure whose phrase names ``other`` is excluded."""
    scored: list[tuple[int, QuantityToken]] = []
    for token in _figures(answer):
        if _kind(token, answer) != measure:
            continue
        phrase = _phrase(answer, token)
        if _words(phrase) & other and not _words(phrase) & own:
            continue
        if _words(phrase) & own:
            scored.append((0, token))
            continue
        distance = _distance(answer, token, own)
        if distance is not None:
            scored.append((distance, token))
    if not scored:
        return None
    scored.sort(key=lambda s: s[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        if scored[0][1].scaled() != scored[1][1].scaled():
            return None
    best = scored[0][1]
    return Operand(best.text, best.scaled(), _sentence(answer, best))


def _phrase(text: str, token: QuantityToken) -> str:
    rest = text[token.end :]
    end = _PHRASE_END.search(rest)
    return rest[: end.start()] if end else rest


def _sentence(text: str, token: QuantityToken) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(text[: token.start])]
    start = starts[-1] if starts else 0
    end = _SENTENCE_END.search(text, token.end)
    return text[start : end.start() + 1 if end else len(text)].strip()


def _distance(text: str, token: QuantityToken, own: set[str]) -> int | None:
    """Words between the figure and the nearest word of ``own`` in its sentence."""
    sentence_start = text.find(_sentence(text, token))
    sentence = _sentence(text, token)
    at = token.start - sentence_start
    words = [(m.start(), _stem(m[0])) for m in _WORD.finditer(sentence)]
    before = [w for w in words if w[0] < at]
    after = [w for w in words if w[0] >= at + len(token.text)]
    found = [i for i, (_, w) in enumerate(reversed(before)) if w in own]
    found += [i for i, (_, w) in enumerate(after) if w in own]
    return min(found) if found else None


def _year_of(turn: str) -> int | None:
    """The year a turn asks of, relative to the present (0 this year, -1 last year) or as
    written; None when it names none."""
    written = re.findall(r"\b(?:19|20)\d\d\b", turn)
    if written:
        return int(written[-1])
    relative = re.search(r"\b(this|current|last|previous|prior)\s+year\b|\byear before\b", turn)
    if relative is None:
        return None
    return _CURRENT[relative[1].lower()] if relative[1] else -1


def _worded(
    operation: str, question: str, operands: tuple[Operand, Operand], turns: list[str]
) -> str | None:
    """The calculation as a question of its own, the operands in the order the turn's words
    put them."""
    first, second = operands
    if operation == "sum":
        return f"What is {first.text} plus {second.text}?"
    if operation == "gap":
        high, low = (first, second) if first.value >= second.value else (second, first)
        return f"What is {high.text} minus {low.text}?"
    if operation == "change":
        years = [_year_of(t) for t in turns]
        old, new = first, second
        # Years compare only when both are written out or both are relative to the present.
        if years[0] is not None and years[1] is not None and (years[0] > 1000) == (years[1] > 1000):
            if years[1] < years[0]:
                old, new = second, first
        return f"What is the percent change from {old.text} to {new.text}?"
    refs = _references(question, turns)
    if operation == "share":
        whole_at = _SHARE.search(question)
        after = [r for at, r in refs if whole_at and at >= whole_at.end()]
        whole = after[0] if after else 0
        part = operands[1 - whole]
        return f"What is {part.text} as a share of {operands[whole].text}?"
    # ratio: "how many times A is B" is B over A; "A is how many times B" is A over B.
    times = _RATIO.search(question)
    assert times is not None
    before = [r for at, r in refs if at < times.start()]
    after = [r for at, r in refs if at >= times.end()]
    if question[times.start() : times.end()].lower() == "ratio":
        top = after[0] if after else 1
    elif before:
        top = before[0]
    elif len(after) >= 2:
        top = after[1]
    elif after:
        top = after[0]
    else:
        top = 1
    return f"How many times {operands[1 - top].text} is {operands[top].text}?"


def _references(question: str, turns: list[str]) -> list[tuple[int, int]]:
    """Where the question refers to the first (0) or the second (1) turn's figure, in order: by
    position ("the first", "the latter", "that") or by a word only that turn writes."""
    found: list[tuple[int, int]] = []
    for m in _FIRST.finditer(question):
        found.append((m.start(), 0))
    for m in _SECOND.finditer(question):
        found.append((m.start(), 1))
    subjects = [_subject(turns[0], turns[1]), _subject(turns[1], turns[0])]
    for m in _WORD.finditer(question):
        word = _stem(m[0])
        for i, subject in enumerate(subjects):
            if word in subject and not any(abs(at - m.start()) < 1 for at, _ in found):
                found.append((m.start(), i))
    return sorted(found)
