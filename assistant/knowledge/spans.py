"""Bind each figure of a data row to its own span of the quote.

A quote is cut into spans: table cells, then clauses (split at commas, semicolons, sentence ends,
" and ", " but "). A parenthesis holding only years or words ("(2011-2015)", "(local time)") stays
in its clause; one holding figures ("(technology transfer $84.3 million, ...)") is cut into spans of
its own. A figure is bound when some span states it in its own form (a currency next to the
amount, "%" or "percent" after a share, the unit word after a count) and the span carries the
row's labels: the period, year, category or measure it belongs to. A span that names no label of a
kind inherits the nearest one before it (the row's ``context`` counts as coming first), the way
"From 2016 to 2020, the value ... stood at $800 million" reads.

So "Min. 70%" verifies for Türkiye only in Türkiye's column, 30% for non-competitive contracts only
in the clause that says "non-competitive", and USD 7.99 billion for 2011–2015 only where that
period governs it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.quantities import (
    NUMBER,
    NUMBER_WORD,
    SOURCE_CURRENCIES,
    lex,
    parse_number,
)
from assistant.regex import lazy

_NUM = rf"(?:{NUMBER})"
_WORD = NUMBER_WORD
_YEAR = r"(?:19|20)\d\d"
PERIOD = lazy(rf"({_YEAR})\s*(?:to|through|-|–|\?)\s*({_YEAR})")
YEAR = lazy(rf"(?<![\d.,])({_YEAR})(?![\d.,]\d)")


# "cut from 40 to 25 percent", "from a minimum of 40 percent to 60 percent": 40 is the old value.
_OLD = lazy(rf"\bfrom\s+(?:a\s+minimum\s+of\s+)?({_NUM}|{_WORD})(?:\s*(?:%|percent))?\s+to\b")


def money(text: str) -> set[tuple[str, Decimal]]:
    """(currency, amount) pairs stated in ``text``: "$7.99 billion" gives ("USD", 7990000000)."""
    return {
        (t.currency, t.scaled(letters=False))
        for t in lex(text)
        if t.currency is not None and t.currency in SOURCE_CURRENCIES
    }


def _old_values(text: str) -> set[Decimal]:
    return {
        parse_number(m.group(1)) for m in _OLD.finditer(text) if not re.fullmatch(_YEAR, m.group(1))
    }


def percents(text: str) -> set[Decimal]:
    """Shares stated as "46 percent", "Min. 70%", "seven percent", less superseded old values."""
    found = {
        parse_number(m.group(1))
        for m in re.finditer(rf"(?<![\w.])({_NUM}|{_WORD})\s?(?:%|percent)", text, re.I)
    }
    return found - _old_values(text)


def counts(text: str, unit: str) -> set[Decimal]:
    """Numbers followed (within four words, none of them a number) by the unit: "27 offset trade
    contracts"; in "246 items from 73 SMEs" the SMEs are 73, not 246."""
    pattern = rf"(?<![\w.$])({_NUM}|{_WORD})(?:\s+(?!\d)[\w\-]+){{0,4}}?\s+(?:{unit})"
    return {parse_number(m.group(1)) for m in re.finditer(pattern, text, re.I)}


def numbers(text: str) -> set[Decimal]:
    """Every plain number (no scale words) in ``text``, less superseded old values."""
    found = {token.number for token in lex(text, words=True)}
    return found - _old_values(text)


@dataclass
class Span:
    text: str
    cell: int | None = None  # column of a table row, 0 being the row's label
    quote: int = 0  # which quote (the context is -1)
    host: int | None = None  # for a parenthesis cut out of a clause: that clause's index


def _clauses(text: str) -> list[tuple[str, bool]]:
    """Cut prose at clause marks outside parentheses; a parenthesis holding figures becomes
    clauses of its own, each marked as the child of the clause around it (which follows them)."""
    out: list[tuple[str, bool]] = []
    children: list[str] = []
    current = ""

    def close() -> None:
        nonlocal current, children
        if current.strip() or children:
            out.append((current.strip(), False))
            out.extend((child, True) for child in children)
        current, children = "", []

    i = 0
    while i < len(text):
        char = text[i]
        if char == "(":
            depth, j = 1, i + 1
            while j < len(text) and depth:
                depth += {"(": 1, ")": -1}.get(text[j], 0)
                j += 1
            inner = text[i + 1 : j - 1]
            plain = YEAR.sub("", PERIOD.sub("", inner))
            if re.search(r"\d", plain) or money(inner):
                children += [clause for clause, _ in _clauses(inner)]
            else:
                current += text[i:j]
                if YEAR.search(inner):
                    # "(2011-2015)" labels what precedes it: "$8 billion (2011-2015) to ...".
                    i = j
                    close()
                    continue
            i = j
            continue
        mark = re.match(r"(?:[,;:]\s|\.\s|\s(?:and|but)\s)", text[i:])
        if mark:
            close()
            i += mark.end()
            continue
        current += char
        i += 1
    close()
    return out


def spans(text: str, quote: int = 0, first: int = 0) -> list[Span]:
    """The spans of one quote; ``first`` is the index the first span will have in the caller's list."""
    parts = list(enumerate(text.split("\t"))) if "\t" in text else [(None, text)]
    found: list[Span] = []
    for cell, part in parts:
        host = None
        for clause, child in _clauses(part) or [("", False)]:
            if not child:
                host = first + len(found)
            found.append(Span(clause, cell, quote, host if child else None))
    return found


# A label kind: what a span mentions of it (a set of keys; empty when it names none).
Mentions = Callable[[str], set[str]]


def period_mentions(text: str) -> set[str]:
    return {f"{a}-{b}" for a, b in PERIOD.findall(text)}


def year_mentions(text: str) -> set[str]:
    found = set(YEAR.findall(text))
    if re.search(r"\blast year\b", text):
        found.add("last year")
    return found


def vocabulary(words: dict[str, str]) -> Mentions:
    """Mentions from a {key: regex} vocabulary: the keys whose regex the span matches."""
    compiled = {key: re.compile(rx, re.I) for key, rx in words.items()}
    return lambda text: {key for key, rx in compiled.items() if rx.search(text)}


@dataclass(frozen=True)
class Binding:
    """One figure of a row and what must hold in the span that states it."""

    name: str
    value: Decimal
    found: Callable[[str], set[Decimal]]  # the figures of this form a span states
    # (kind's mentions, the key wanted): the span's own mention of the kind, else the nearest
    # earlier one, must include the key. A key of "" means the span must inherit no mention.
    labels: tuple[tuple[Mentions, str], ...] = ()
    here: tuple[str, ...] = ()  # regexes the span itself must match
    cell: int | None = None  # the table column the figure must stand in
    whole: tuple[str, ...] = field(default=())  # regexes some quote of the row must match
    in_context: bool = False  # the figure may stand in the row's context (a caption's year)


def _inherited(kind: Mentions, ordered: list[Span], index: int) -> set[str]:
    """The span's own mention of ``kind``, else its host clause's, else the nearest earlier one,
    else the nearest later one ("or KRW 9 trillion, of ... from 2001 to 2009")."""
    span = ordered[index]
    order = [index] + ([span.host] if span.host is not None else [])
    order += list(range(index - 1, -1, -1)) + list(range(index + 1, len(ordered)))
    for i in order:
        found = kind(ordered[i].text)
        if found:
            return found
    return set()


def governing(text: str, kind: Mentions, stating: Callable[[str], bool]) -> set[str]:
    """What ``kind`` mentions govern the spans of ``text`` that ``stating`` holds of: each such
    span's own mention, else the nearest one before it (else after it), as ``bound`` reads a
    row's labels. In "11 pages on Japan, but only 7 pages on Korea, and 21 cases were
    mentioned" the 21 cases are Korea's."""
    ordered = spans(text)
    found: set[str] = set()
    for index, span in enumerate(ordered):
        if stating(span.text):
            found |= _inherited(kind, ordered, index)
    return found


def stating(text: str, states: Callable[[str], bool]) -> list[str]:
    """The spans of ``text`` that ``states`` holds of, each read with the clause a parenthesis
    was cut from: "slightly more than last year (18 cases)" gives "18 cases" with its year."""
    ordered = spans(text)
    return [
        span.text + (" " + ordered[span.host].text if span.host is not None else "")
        for span in ordered
        if states(span.text)
    ]


def bound(binding: Binding, context: str, quotes: Iterable[str]) -> bool:
    """Whether some span of the quotes states the figure with its labels."""
    quotes = list(quotes)
    for pattern in binding.whole:
        if not any(re.search(pattern, q, re.I) for q in [*quotes, context]):
            return False
    for number, quote in enumerate(quotes):
        ordered = spans(context, -1) if context else []
        ordered += spans(quote, number, len(ordered))
        for index, span in enumerate(ordered):
            if span.quote < 0 and number > 0:
                continue
            if span.quote < 0 and not binding.in_context:
                continue
            if binding.value not in binding.found(span.text):
                continue
            if binding.cell is not None and span.cell != binding.cell:
                continue
            # A parenthesis cut out of a clause reads with it: "last year (18 cases)".
            own = span.text + (" " + ordered[span.host].text if span.host is not None else "")
            if not all(re.search(rx, own, re.I) for rx in binding.here):
                continue
            ok = True
            for kind, wanted in binding.labels:
                got = _inherited(kind, ordered, index)
                if (wanted == "" and got) or (wanted and wanted not in got):
                    ok = False
                    break
            if ok:
                return True
    return False
