"""Judging one answer against its case: facts, normalized values, citations and retrieval.

Values are compared after normalization by the calculator's own parser, so "USD 10 million",
"$10M" and "10,000,000 dollars" are one value, and "50 percent" is "50%"; dates at the
precision written, so "November 2018" is "2018-11".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from assistant.answering.figures import untraced
from assistant.calculator.arithmetic import Quantity, parse_amount
from assistant.errors import CalculationError
from assistant.evaluation.cases import quote_places
from assistant.knowledge.chunks import sentence_spans
from assistant.knowledge.disagreements import load_disagreements, sides_cited
from assistant.quantities import lex
from assistant.regex import lazy

if TYPE_CHECKING:
    from assistant.answers import Answer
    from assistant.evaluation.cases import EvalCase

_MARKER = lazy(r"\[\d+\]")
_LEADING_MARKERS = lazy(r"(?:\s*\[\d+\])+\s*")


_MONTH_NAMES = (
    "january february march april may june july august september october november december".split()
)
_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in _MONTH_NAMES) + r")"
# "November 2018", "15 May 2023", "May 15, 2023", "2023-05-15", "2018-11".
_DATES = [
    lazy(r"\b(?P<year>(?:19|20)\d\d)-(?P<mm>0[1-9]|1[0-2])(?:-(?P<day>[0-3]\d))?\b"),
    lazy(rf"\b(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? )?{_MONTH},? (?P<year>(?:19|20)\d\d)\b"),
    lazy(rf"\b{_MONTH} (?P<day>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<year>(?:19|20)\d\d)\b"),
]


@dataclass(frozen=True)
class Day:
    """A date as precise as it is written: a month of a year, or one day."""

    year: int
    month: int
    day: int | None = None

    def within(self, other: Day) -> bool:
        """Whether ``other`` states this date (a stated day also states its month)."""
        same_month = (self.year, self.month) == (other.year, other.month)
        return same_month and (self.day is None or self.day == other.day)


@dataclass(frozen=True)
class Span:
    """A length of time: a number and its unit of time ("10 years", "thirty months")."""

    length: Decimal
    unit: str  # singular: "year", "month", "week", "day"


_TIME_UNIT = lazy(r"[\s-]+(?P<unit>year|month|week|day)s?\b", re.IGNORECASE)
_SPAN_VALUE = lazy(r"\s*(?P<number>.+?)[\s-]+(?P<unit>year|month|week|day)s?\s*", re.IGNORECASE)


def find_spans(text: str) -> list[Span]:
    """Every length of time written in ``text``: a number, in figures or words, and its unit."""
    found = []
    for token in lex(text, words=True):
        if token.pre or token.post or token.scale:
            continue  # "USD 5 million years" is not a span
        unit = _TIME_UNIT.match(text, token.end)
        if unit:
            found.append(Span(token.number, unit.group("unit").lower()))
    return found


def find_dates(text: str) -> list[Day]:
    found = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = (
                int(parts["mm"])
                if parts.get("mm")
                else _MONTH_NAMES.index(parts["month"].lower()) + 1
            )
            day = int(parts["day"]) if parts.get("day") else None
            found.append(Day(int(parts["year"]), month, day))
    return found


def parse_value(text: str) -> Quantity | Day | Span:
    """An expected value as written in a case (an amount, percentage, number, date or length
    of time); ``ValueError`` when it is none of them."""
    dates = find_dates(text)
    if len(dates) == 1:
        return dates[0]
    span = _SPAN_VALUE.fullmatch(text)
    if span:
        spans = find_spans(text)
        if len(spans) == 1:
            return spans[0]
    try:
        return parse_amount(text)
    except CalculationError as exc:
        raise ValueError(
            f"value {text!r} is not one amount, percentage, number or date: {exc}"
        ) from None


def find_quantities(text: str) -> list[Quantity]:
    """Every amount, percentage and number written in ``text`` ("four" counts as 4)."""
    found = []
    for token in lex(text, words=True):
        if (
            token.glued
            or token.exponent
            or token.ordinal
            or text[token.start - 1 : token.start] == ","
        ):
            continue  # a name ("F-35A"), a number the calculator refuses, "31st", "1,2,3"
        pre = token.pre
        if pre == "$" and text[max(0, token.start - 2) : token.start].upper() == "US":
            pre = "US$"
        number = f"{token.number:f}" if token.word else text[token.num_start : token.num_end]
        written = " ".join(
            p
            for p in (pre, ("-" if token.sign == "−" else "") + number, token.scale, token.post)
            if p
        )
        try:
            found.append(parse_amount(written))
        except CalculationError:
            continue  # "5 m" in a stray context; not a quantity the calculator reads
    return found


def same_value(expected: Quantity | Day | Span, found: Quantity | Day | Span) -> bool:
    """Equal after normalization; an expected value without a currency matches any currency."""
    if isinstance(expected, Span) or isinstance(found, Span):
        return expected == found  # a length of time matches only the same length in the same unit
    if isinstance(expected, Day) or isinstance(found, Day):
        return isinstance(expected, Day) and isinstance(found, Day) and expected.within(found)
    if expected.percent != found.percent or expected.value != found.value:
        return False
    return expected.currency is None or expected.currency == found.currency


def missing_values(values: tuple[str, ...], text: str) -> list[str]:
    found: list[Quantity | Day | Span] = [
        *find_quantities(text),
        *find_dates(text),
        *find_spans(text),
    ]
    return [v for v in values if not any(same_value(parse_value(v), q) for q in found)]


def sentences(text: str) -> list[str]:
    """Sentences of an answer, each with the citation markers that follow it.

    The calculator's ``Working:`` lines are left out: they show arithmetic, not a claim that
    needs a source (the call is recorded in ``tool_calls``).
    """
    out: list[str] = []
    for line in text.splitlines():
        if line.startswith("Working:"):
            continue
        for start, end in sentence_spans(line):
            piece = line[start:end]
            # Markers belong to the sentence before them: "… ships. [1] Airbus …".
            lead = _LEADING_MARKERS.match(piece)
            if lead and out:
                out[-1] += " " + lead.group().strip()
                piece = piece[lead.end() :]
            if piece.strip():
                out.append(piece)
    return out


def cited_sentences(text: str) -> tuple[int, int]:
    """(sentences carrying a citation marker, sentences) of an answer."""
    parts = sentences(text)
    return sum(bool(_MARKER.search(s)) for s in parts), len(parts)


def quote_spans(
    quote: str, sources: tuple[str, ...], texts: dict[str, str]
) -> list[tuple[str, int, int]]:
    """Every place (source, start, end) where the gold quote stands in a gold source."""
    return [
        (sid, start, end)
        for sid in sources
        for start, end in quote_places(quote, texts.get(sid, ""))
    ]


def overlaps(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


@dataclass
class Judgement:
    """What one answer got right and wrong, and the measures it contributes to the totals."""

    passed: bool
    problems: list[str]
    abstained: bool
    citations: int = 0
    valid_citations: int = 0
    cited_sources: frozenset[str] = frozenset()
    cited_sentences: int = 0
    sentences: int = 0
    # Figures of the answer that no cited quote, tool call or the question states.
    untraced: tuple[str, ...] = ()
    quote_cited: bool | None = None
    # Retrieval: rank (from 1) of the first relevant passage, and the share of targets in top k.
    first_relevant: int | None = None
    recall_at_k: float | None = None


def unaccented(text: str) -> str:
    """``text`` without its accents ("Türkiye" as "Turkiye")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def states_fact(fact: str, text: str) -> bool:
    """Whether ``text`` matches the case-insensitive pattern ``fact``, as written or with its
    accents dropped: a case writer who types "Turk" on an English keyboard means the answer's
    "Türkiye" too, as a value written "$10M" means "USD 10 million"."""
    return any(re.search(fact, form, re.IGNORECASE) for form in (text, unaccented(text)))


def judge(
    case: EvalCase,
    answer: Answer,
    texts: dict[str, str],
    ranked: list[tuple[str, int, int, str]] | None,
    k: int,
) -> Judgement:
    """Judge ``answer``; ``ranked`` is the retrieval ranking as (source, start, end, passage id)."""
    problems = []
    if answer.abstained != case.abstain:
        problems.append("should abstain" if case.abstain else "abstained wrongly")
    for fact in case.facts:
        if not states_fact(fact, answer.answer):
            problems.append(f"missing /{fact}/")
    for value in missing_values(case.values, answer.answer):
        problems.append(f"missing value {value}")
    if case.tool == "none" and answer.tool_calls:
        problems.append(f"a {answer.tool_calls[0].name} call where none belongs")
    elif (
        case.tool
        and case.tool != "none"
        and not any(call.name == case.tool for call in answer.tool_calls)
    ):
        problems.append(f"no {case.tool} call")
    cited = frozenset(c.source_id for c in answer.citations)
    if not case.abstain and case.sources and not cited & set(case.sources):
        problems.append(f"cites {sorted(cited)} not one of {list(case.sources)}")
    valid = sum(texts.get(c.source_id, "")[c.start : c.end] == c.quote for c in answer.citations)
    if valid < len(answer.citations):
        problems.append(
            f"{len(answer.citations) - valid} citation(s) not verbatim at their offsets"
        )
    with_marker, total = cited_sentences(answer.answer) if not answer.abstained else (0, 0)
    if answer.disputed and not _truly_disputed(answer):
        problems.append("says the sources disagree where no curated disagreement is cited")
    judgement = Judgement(
        passed=not problems,
        problems=problems,
        abstained=answer.abstained,
        citations=len(answer.citations),
        valid_citations=valid,
        cited_sources=cited,
        cited_sentences=with_marker,
        sentences=total,
        untraced=tuple(untraced(answer, said=case.turns[:-1])),
    )
    if case.abstain or not case.sources:
        return judgement
    gold = quote_spans(case.quote, case.sources, texts) if case.quote else []
    if case.quote:
        spans = [(c.source_id, c.start, c.end) for c in answer.citations]
        judgement.quote_cited = any(overlaps(s, g) for s in spans for g in gold)
    if ranked is not None:
        _retrieval(judgement, case, gold, ranked, k)
    return judgement


def _retrieval(
    judgement: Judgement,
    case: EvalCase,
    gold: list[tuple[str, int, int]],
    ranked: list[tuple[str, int, int, str]],
    k: int,
) -> None:
    """A passage is relevant when it holds the gold quote, or (no quote) comes from a gold source."""

    def relevant(span: tuple[str, int, int]) -> bool:
        return any(overlaps(span, g) for g in gold) if gold else span[0] in case.sources

    for rank, (sid, start, end, _) in enumerate(ranked, start=1):
        if relevant((sid, start, end)):
            judgement.first_relevant = rank
            break
    top = [(sid, start, end) for sid, start, end, _ in ranked[:k]]
    if gold:
        judgement.recall_at_k = float(any(relevant(s) for s in top))
    else:
        found = {sid for sid, _, _ in top} & set(case.sources)
        judgement.recall_at_k = len(found) / len(set(case.sources))


def percentile(values: list[float], q: float) -> float | None:
    """The ``q``-th percentile (0–100) by linear interpolation; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _truly_disputed(answer: Answer) -> bool:
    """Whether the answer cites quotes on two sides of one curated disagreement, or works out
    calculator inputs the sources give differently (each one shown)."""
    if answer.tool_calls:
        return True
    quotes = [c.quote for c in answer.citations]
    return any(len(sides_cited(quotes, item)) >= 2 for item in load_disagreements())
