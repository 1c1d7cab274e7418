"""Does the English answer cover the Korean question it was read from?

The English question searched is what the glossary could read of the Korean one, so it may be
broader than the question:

* the word the question asks about ("위약금은 얼마", "나이는?") may be one the glossary does not
  know: the English answer never saw it, so it answers another question, just as an English
  answer is not given for a question whose key word the sources never use (other unread words
  leave the answer partial, and the Korean answer names them);
* a figure the question states ("나머지 3개", "14억 달러 가운데") is one the answer must speak
  to: an answer whose text and quotes never state it is about something else;
* an amount, a share or a count asked for is not answered by the figures the question gave
  itself ("27건 가운데 … 몇 건" answered "27 contracts");
* the asked figure of a named program or company ("KC-X … 총액") is stated with that name, in
  its own statement or one before it, not in a statement about something else.

An answer that falls short is refused in Korean, with what the sources do say shown as the
nearest thing they cover. Checked on the answer's own text and quotes: nothing here knows a
source or a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.answering.answerability import claims, evidence, has_type
from assistant.answering.figures import figures
from assistant.answering.frame import frame_of
from assistant.answers import Answer
from assistant.knowledge.glossary import Glossary
from assistant.korean.interpret import Interpretation
from assistant.korean_numbers import Reading
from assistant.quantities import NUMBER_WORDS, same_figure
from assistant.regex import lazy

# The reading kinds that state a figure the answer must speak to (years and periods are checked
# by the English answer's own frame, rates and articles are inputs, not facts asked about).
_STATED = ("money", "percent", "count", "number")
# The glossary groups whose names own figures: a program's value, a company's commitment.
_OWNERS = ("programs", "companies")
# "How much" of a rate or a count: any figure of these kinds answers it.
_KINDS = {"quantity": ("money", "percent", "count")}
_YEAR = lazy(r"^(?:19|20)\d\d$")
_SPELLED = {**NUMBER_WORDS, "dozen": 12}


@dataclass(frozen=True)
class Gap:
    """What the answer does not cover: the Korean template that says so, and its values."""

    key: str
    values: dict[str, str] = field(default_factory=dict)


def gap(english: Answer, reading: Interpretation, glossary: Glossary) -> Gap | None:
    """Why ``english`` does not answer the Korean question ``reading`` was read from, if so."""
    if english.tool_calls:
        return None
    if reading.asked_unknown:
        # What the question asks about is a word the glossary does not know: whatever was found
        # without it answers another question, and a refusal of the English question refuses
        # another question too. Other unread words leave the answer partial (korean.answer says
        # which words it could not check).
        return Gap("unread_condition", {"unknown": reading.asked_unknown})
    if english.abstained:
        return None
    if reading.answer_type in ("restated", "yesno"):
        # A question that states figures to check them is answered by the sources' own figures.
        return None
    known = _values(evidence(english))
    for figure in reading.readings:
        if _stated(figure) and not any(same_figure(figure.value, v) for v in known):
            written = reading.question[figure.start : figure.end]
            return Gap("figure_not_given", {"figure": written})
    # The kind asked as the English frame reads it: "얼마" asks an amount or a rate alike.
    kind = frame_of(reading.english).answer_type
    if kind not in _LABELS:
        return None
    if kind != "date" and _only_the_questions(english, reading):
        return Gap("no_such_figure", {"label": _LABELS[kind]})
    owners = _owners(reading, glossary)
    if owners and not _stated_with(english, kind, owners):
        names = ", ".join(ko for ko, _ in owners)
        return Gap("figure_not_for", {"label": _LABELS[kind], "names": names})
    return None


_LABELS = {"money": "금액", "percent": "비율", "count": "수", "quantity": "수치", "date": "시기"}


def _stated(figure: Reading) -> bool:
    """Whether the answer must state ``figure``: an amount, a share or a count, not a length of
    time ("40년 동안"), which the sources give as the period it spans."""
    return figure.kind in _STATED and not figure.english.endswith(("years", "months"))


def _values(text: str) -> list[Decimal]:
    """Every figure ``text`` states, numerals and number words alike ("four" is 4)."""
    found = [value for _, value in figures(text)]
    words = re.findall(r"[a-z]+", text.lower())
    return found + [Decimal(_SPELLED[w]) for w in words if w in _SPELLED]


def _only_the_questions(english: Answer, reading: Interpretation) -> bool:
    """Whether every figure the answer states (years aside) is one the question gave."""
    asked = [r.value for r in reading.readings]
    stated = [v for written, v in figures(english.answer) if not _YEAR.match(written.strip())]
    return bool(stated) and all(any(same_figure(v, a) for a in asked) for v in stated)


def _owners(reading: Interpretation, glossary: Glossary) -> list[tuple[str, str]]:
    """The named programs and companies the question asks about: (Korean, English)."""
    named = {english for group in _OWNERS for english in glossary.terms.get(group, {})}
    return [
        (ko, en)
        for ko, en in reading.terms
        if en in named and (en[:1].isupper() or any(c.isdigit() for c in en))
    ]


def _stated_with(english: Answer, kind: str, owners: list[tuple[str, str]]) -> bool:
    """Whether a statement giving a figure of ``kind`` names one of ``owners``, itself or in a
    statement before it (the sentence before often names the subject)."""
    named_before = False
    for claim in claims(english):
        named_before = named_before or any(_names(claim, en) for _, en in owners)
        if named_before and any(has_type(claim, k) for k in _KINDS.get(kind, (kind,))):
            return True
    return False


def _names(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` ("F-35A" is named by "F-35" too: one program)."""
    stem = re.escape(name.lower())
    if re.search(r"\d[a-z]$", name.lower()):
        stem += "?"
    return re.search(rf"(?<![\w-]){stem}(?![\w-])", text.lower()) is not None
