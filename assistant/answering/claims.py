"""A question that states a fact and asks whether it holds: "the plant opened in 1990, right?",
"I read that the fund holds $3 billion. Is that accurate?". Reading such a claim, and judging it
by the answer the sources give.

A figure of the claim is *confirmed* when the answer states it in a clause about what the
question names: "12 pages on Chile" does not confirm a claim about Peru's 12 pages. It is
*contradicted* when the answer states another figure of the same kind in such a clause: a year
for a year, a percentage for a percentage, an amount in the same currency, a count of the same
thing ("7 pages" against "11 pages").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from assistant.answering.figures import is_reference
from assistant.quantities import lex
from assistant.regex import lazy

# How people ask whether what they heard holds: an opener ("is it true that", "can you confirm"),
# a report ("I read that", "I was told"), or a tag at the end ("…, right?", "… True?").
CLAIM = lazy(
    r"^\s*(?:is it (?:true|correct|right|accurate|the case)|true or false|am i right|"
    r"(?:can|could) you (?:confirm|verify|check)|confirm|verify)\b"
    r"|\bi(?:'ve| have)? (?:read|heard|saw|seen|was told|been told|understand)\b"
    r"|\b(?:is|was|isn't|wasn't) (?:this|that|it) (?:true|right|correct|accurate|so)\b"
    # a closing request to be corrected ("…, have I got this figure right?", "correct me if I am
    # wrong")
    r"|\b(?:do|did) (?:i|we) (?:have|get|got) (?:this|that|it|these|those)(?: \w+)? right\b"
    r"|\b(?:have|had) (?:i|we) got (?:this|that|it|these|those)(?: \w+)? right\b"
    r"|\bcorrect me if (?:i'm|i am|we're) wrong\b"
    r"|(?:^|[,.;:—–]\s*|\s-\s*)(?:right|correct|true|accurate|yes|no|isn't it|am i right)\s*\?\s*$"
    # a question tag after a statement: "…, didn't it?", "…, hasn't she?", "…, was it?"
    r"|,\s*(?:is|was|are|were|has|have|had|does|do|did|can|could|will|would|should)(?:n['’]t)?"
    r"(?:\s+not)?\s+(?:it|they|he|she|we|you|there|that|this|i)\s*\?\s*$",
    re.I,
)

# Where one statement of a sentence ends and the next begins: "48 pages on one, and 11 on
# another, but only 7 on a third".
_CLAUSE = lazy(
    r"[;:]\s+|,\s+|\s+(?:but|while|whereas|compared with|against)\s+|(?<=[.!?])\s+"
    # "… 50 percent of one kind and 30 percent of the other": "and" before a second figure, but
    # not inside a span or a list of figures ("2016 and 2020").
    r"|(?<![\d%])\s+and\s+(?=(?:[\w'’-]+\s+){0,3}?(?:US\$|\$|USD\s?|KRW\s?|₩)?\d)"
)
_NOUN = lazy(r"\s*([A-Za-z]+)")
_YEAR_RANGE = (1900, 2100)
_YEAR_WRITTEN = lazy(r"(?:19|20)\d\d")

Verdict = Literal["yes", "no"]
# The names a text mentions, by kind ("countries": {"peru"}).
NamesByKind = Callable[[str], Mapping[str, frozenset[str]]]


# A share told in words: "nearly all of", "most of", "about half of", "hardly any of", as the
# range of percentages it allows. Only with "of": "most countries" counts nothing.
_PROPORTIONS = (
    (
        lazy(
            r"\b(?:nearly|almost|virtually|practically|close to|just about)\s+"
            r"(?:all|the whole|the entire)\s+of\b",
            re.I,
        ),
        Decimal(85),
        Decimal(100),
    ),
    (
        lazy(
            r"\b(?:most|the (?:vast |great )?(?:majority|bulk)|more than half|over half)\s+of\b",
            re.I,
        ),
        Decimal(50),
        Decimal(100),
    ),
    (
        lazy(r"\b(?:about|around|roughly|some|nearly|almost)?\s*half\s+of\b", re.I),
        Decimal(40),
        Decimal(60),
    ),
    (
        lazy(
            r"\b(?:hardly|barely|scarcely|almost)\s+(?:any|none)(?:\s+of)?\b|"
            r"\b(?:very little|a (?:tiny|small) (?:share|fraction|part))\s+of\b",
            re.I,
        ),
        Decimal(0),
        Decimal(20),
    ),
)


def proportion(text: str) -> tuple[Decimal, Decimal] | None:
    """The range of percentages a share told in words allows ("nearly all of": 85 to 100), or
    None when ``text`` tells none."""
    for pattern, low, high in _PROPORTIONS:
        if pattern.search(text):
            return low, high
    return None


@dataclass(frozen=True)
class Figure:
    """One figure as stated: its value, its kind, and the clause it stands in."""

    value: Decimal
    kind: str
    clause: str


def is_claim(question: str) -> bool:
    return bool(CLAIM.search(question))


def _kind(
    text: str, token_end: int, number: Decimal, currency: str | None, percent: bool, scaled: bool
) -> str:
    if currency:
        return f"money:{currency}"
    if percent:
        return "percent"
    if not scaled and number == number.to_integral() and _YEAR_RANGE[0] <= number < _YEAR_RANGE[1]:
        return "year"
    noun = _NOUN.match(text, token_end)
    # A count is of the thing named after it ("11 pages"); "pages" and "page" are one thing.
    return f"count:{noun.group(1).lower().rstrip('s')}" if noun else "number"


def stated_figures(text: str) -> list[Figure]:
    """Every figure of ``text`` with its kind and the clause it stands in."""
    found = []
    for clause in _CLAUSE.split(text):
        for token in lex(clause):
            if token.glued or is_reference(clause, token.num_start):
                continue
            found.append(
                Figure(
                    value=token.scaled(letters=False).normalize(),
                    kind=_kind(
                        clause,
                        token.end,
                        token.number,
                        token.currency,
                        token.percent,
                        token.scale is not None,
                    ),
                    clause=clause,
                )
            )
    return found


def asking_for(question: str, figures: Iterable[str]) -> str:
    """``question`` with each of ``figures`` put as the question for it: "it began in 1990,
    right?" becomes "it began in what year, right?", which the sources answer by their year."""
    for figure in figures:
        asked = "what year" if _YEAR_WRITTEN.fullmatch(figure) else "what figure"
        question = re.sub(rf"(?<![\w.,]){re.escape(figure)}(?!\w|[.,]\d)", asked, question)
    return question


def judge(question: str, answer: str, names: NamesByKind) -> Verdict | None:
    """Whether ``answer`` confirms ("yes") or contradicts ("no") the figures ``question``
    states; None when it does neither. ``names`` gives the names a text mentions, by kind."""
    asked = stated_figures(question)
    told = proportion(question)
    if not asked and told is None:
        return None
    named = names(question)

    def about_subject(clause: str) -> bool:
        # A clause naming someone of a kind the question names, but not the one it names, is
        # about someone else.
        in_clause = names(clause)
        return not any(
            in_clause.get(kind) and not (in_clause[kind] & wanted)
            for kind, wanted in named.items()
            if wanted
        )

    said = [f for f in stated_figures(answer) if about_subject(f.clause)]
    values = {f.value for f in said}
    if told is not None:
        # "Nearly all of it", judged by the shares the answer gives: one outside the range the
        # words allow, and none inside it, contradicts them.
        shares = [f.value for f in said if f.kind == "percent"]
        inside = [v for v in shares if told[0] <= v <= told[1]]
        if shares and not inside:
            return "no"
        if not inside:
            return None
    if all(a.value in values for a in asked):
        return "yes"
    unconfirmed = [a for a in asked if a.value not in values]
    if any(f.kind == a.kind and f.value != a.value for a in unconfirmed for f in said):
        return "no"
    return None
