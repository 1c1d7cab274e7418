"""A claim that gives a right figure to the wrong subject: "Acme pledged $41.5 million for the
ferries, right?" where the sources say Brightway pledged it. The name the claim gets wrong is
one the statement stating its figures never writes, so the claim is refused for it ("they say
nothing on this about Acme"); yet the rest of the claim is that statement's, and the answer is
a verdict: not as stated, the sources give this for Brightway.

The claim is read as of another subject when every figure it states (a year counts) stands in
the nearest statement with its kind, a third of its other words do too (two at least), and it
writes a name the statement does not (neither whole, nor word for word, nor by a name the name
table takes it for). A country is never such a
name: the sources state each country's rules apart, and another country's figure says nothing
of the one asked about. Nor is a source the claim cites ("per the Gazette"): that says who
reported it, not whom it is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from assistant.answering.claims import (
    CLAIM,
    Figure,
    NamesByKind,
    claim_statement,
    stated_figures,
    topic_words,
)
from assistant.currencies import CODES
from assistant.knowledge.names import name_table
from assistant.regex import lazy

# A word of a name: capitalised ("Brightway", "KC-X", "Ministry"), or a model number opening
# with digits and a capital ("3D-Mark").
_NAME_WORD = r"(?:[A-Z][\w'’.&-]*|\d+[A-Z][\w-]*)"
# A name of several words, small joining words allowed inside it ("Ministry of Ports and Roads").
_NAME = lazy(rf"{_NAME_WORD}(?:\s+(?:(?:of|and|for|the|&)\s+)?{_NAME_WORD})*")
_JOINERS = frozenset({"of", "and", "for", "the", "&"})
_POSSESSIVE = lazy(r"['’]s?$")
_MONTH = lazy(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)$",
    re.I,
)
_SENTENCE_START = lazy(r"(?:^|[.!?:;]\s+)\W*$")
# The kinds of name the name table sorts by whom they are: a wrong name of one kind is put
# right by the statement's name of the same kind.
_SUBJECT_KINDS = ("companies", "people", "organisations", "programs")
# How much of what the claim says besides its names the statement must state: a third of those
# words, and two at least (as for a claim of a first, ``claims.first_time_verdict``).
_SHARE = 3
_LEAST = 2


@dataclass(frozen=True)
class OtherSubject:
    """The names a claim gets wrong, and the statement's names that stand in their place."""

    wrong: tuple[str, ...]
    right: tuple[str, ...]


def _same_figure(told: Figure, asked: Figure) -> bool:
    """Whether a figure of the statement is the claim's: the same value of the same kind. A
    count is of what the claim calls the thing counted, and that may be the wrong name itself
    ("four Zephyr ferries" for "four RX-9 ferries"): any count of the value is the claim's."""
    if told.value != asked.value:
        return False
    counts = told.kind.startswith("count:") and asked.kind.startswith("count:")
    return counts or told.same_kind(asked)


def _named_in(name: str, statement: str) -> bool:
    """Whether ``statement`` names ``name``: writes it whole, writes every word of it, or
    writes a name the name table takes it for ("the tankers" are a program's)."""
    if _writes(statement, name) or all(_writes(statement, w) for w in _words(name)):
        return True
    table = name_table()
    return any(
        table.mentions(known, statement)
        for kind in _SUBJECT_KINDS
        for known in table.find(kind, name)
    )


def _words(name: str) -> list[str]:
    return [_POSSESSIVE.sub("", w).lower() for w in name.split() if w.lower() not in _JOINERS and w]


def _writes(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I) is not None


def names_written(text: str, lower_case: Callable[[str], bool]) -> Iterator[str]:
    """The names ``text`` writes: runs of capitalised words. A sentence's first word is a name
    only when ``lower_case`` says the sources never write it in small letters ("Today" opens a
    sentence, "Brightway" names a firm); months date, they name no one."""
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        if _SENTENCE_START.search(text[: match.start()]) and lower_case(words[0]):
            words = words[1:]
        while words and words[0].lower() in _JOINERS:
            words = words[1:]
        name = " ".join(words).rstrip(".")
        # A currency's code after an amount ("7.4 billion EUR") is its unit, no name.
        if name and not _MONTH.match(name) and name.upper() not in CODES:
            yield _POSSESSIVE.sub("", name)


def other_subject(
    question: str,
    statement: str,
    names: NamesByKind,
    lower_case: Callable[[str], bool],
    cites_source: Callable[[str], bool],
) -> OtherSubject | None:
    """The claim ``question`` read as ``statement``'s figures given to another subject (the
    module's docstring), or None when it is not. ``lower_case``: whether the sources write a
    word in small letters; ``cites_source``: whether a name is one of a source's."""
    claim = CLAIM.sub(" ", claim_statement(question))
    asked = stated_figures(claim, words=True)
    told = stated_figures(statement, words=True)
    if not asked or not all(any(_same_figure(f, a) for f in told) for a in asked):
        return None
    written = list(dict.fromkeys(names_written(claim, lower_case)))
    wrong = [n for n in written if not _named_in(n, statement) and not cites_source(n)]
    if not wrong or any(names(n).get("countries") for n in wrong):
        return None
    rest = topic_words(claim) - {w for n in wrong for w in topic_words(n)}
    shared = rest & topic_words(statement)
    if len(shared) < _LEAST or len(shared) * _SHARE < len(rest):
        return None
    return OtherSubject(tuple(wrong), _right_names(wrong, claim, statement, lower_case))


def _right_names(
    wrong: list[str], claim: str, statement: str, lower_case: Callable[[str], bool]
) -> tuple[str, ...]:
    """The names of ``statement`` the claim does not write: those of the wrong names' kind when
    the name table knows it ("Acme" is a company: the statement's company), else every one."""
    table = name_table()
    kinds = [k for k in _SUBJECT_KINDS if any(table.find(k, n) for n in wrong)]
    if kinds:
        found = [n for k in kinds for n in table.find(k, statement) if not table.mentions(n, claim)]
        if found:
            return tuple(dict.fromkeys(found))
    found = list(
        dict.fromkeys(
            n
            for n in names_written(statement, lower_case)
            if not all(_writes(claim, w) for w in _words(n))
        )
    )
    # A name of the wrong one's make ("Harbour Board" for "Port Board") is the one it stands
    # for, when the statement writes one.
    alike = [n for n in found if set(_words(n)) & {w for name in wrong for w in _words(name)}]
    return tuple(alike or found)
