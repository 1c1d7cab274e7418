"""Figures asked of named sources: "the Courier's toll for 2031 against the Gazette's?",
"according to the Gazette, what did the port take in 2030-2034?".

The measure is what the question asks: the family of data rows its words match best, the words
naming the sources set aside. The sources it names only restrict whose rows answer: each named
source gives its own figures of that measure, cited, or is said to give none.

A source is said to give none only of a measure whose table records every figure each source
gives of it (``COMPLETE_KINDS``: the values by period, ``offset_values.yaml``); in the other
tables a source missing from a family may still state the figure in its text, so its silence
there proves nothing and the usual answer is left to decide.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant.answering.attribution import cited_by_another
from assistant.answering.frame import answer_type, split_parts
from assistant.answering.patterns import words
from assistant.answering.row_answers import Fact
from assistant.answering.source_switched import adds_nothing
from assistant.answering.written_names import whole_name

# The kinds of family (a row family's first element) whose table holds every figure each
# source gives of the measure, source by source.
COMPLETE_KINDS = frozenset({"value"})


# The words that ask for a share rather than an amount: "what share", "the offset rate", "as a
# percentage of", "7%".
_SHARE_ASKED = words(r"shares?|percent\w*|proportions?|fractions?|ratios?|portions?|rates?")


def unit_fits(question: str, fact: Fact) -> bool:
    """Whether ``fact``'s figure is of the kind ``question`` asks: a share (a percent) when it
    asks one by a word of shares, an amount otherwise. "The 2016-20 offset take" asks the amount
    obtained, not the share of the period before, though the words of both are the same."""
    asks_share = bool(_SHARE_ASKED.search(question)) or "%" in question
    return (fact.figure[0] == "percent") == asks_share


# The kinds of answer (``frame.answer_type``) that ask for a figure: an amount, a share, a count.
_FIGURE_KINDS = frozenset({"money", "percent", "quantity", "count"})


def asks_figure(question: str) -> bool:
    """Whether ``question`` asks for a figure ("how much did the Gazette say the port took"),
    not a name, a reason or what someone wants ("which dock", "what are they after")."""
    return answer_type(question) in _FIGURE_KINDS


def one_ask(question: str, called: Mapping[str, Sequence[str]]) -> bool:
    """Whether ``question`` asks one thing, of however many sources: each part after the first
    asks only whose account ("the Courier's toll for 2031, and the Gazette's?"). "What did the Courier blame the closure on, and what toll did it give?" asks two
    things, and the rows of one measure answer neither whole."""
    parts = split_parts(question)
    aliases = {k: tuple(v) for k, v in called.items()}
    return all(adds_nothing(part, parts[0], aliases) for part in parts[1:])


@dataclass(frozen=True)
class PerSource:
    """What the named sources give of one measure: their rows, and those that give none."""

    rows: tuple[Fact, ...]
    silent: tuple[str, ...]


def sources_in_order(question: str, called: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The sources ``question`` names by what they are ``called``, in the order it names them;
    one it names only as cited by another ("the Daily, citing the institute") is left out: its
    figures are read through the citing source."""
    found: list[tuple[int, str]] = []
    for source_id, names in called.items():
        at = None
        for name in names:
            hit = whole_name(name).search(question)
            if hit is not None and not cited_by_another(name, question):
                at = hit.start() if at is None else min(at, hit.start())
        if at is not None:
            found.append((at, source_id))
    return tuple(source_id for _, source_id in sorted(found))


def complete(family: Sequence[Fact]) -> bool:
    """Whether ``family``'s table records every figure each source gives of its measure."""
    return bool(family) and family[0].family[0] in COMPLETE_KINDS


def per_source(family: Sequence[Fact], named: Sequence[str]) -> PerSource | None:
    """The rows of ``family`` (one measure) that the ``named`` sources give, and the named
    sources that give none of it. None unless the family's table is ``complete`` and some
    other source gives the measure: of a measure no source gives, no source is singled out."""
    if not complete(family) or not named:
        return None
    rows = tuple(f for f in family if f.row.source in named)
    givers = {f.row.source for f in family}
    silent = tuple(s for s in named if s not in givers)
    if not silent and not rows:
        return None
    return PerSource(rows=rows, silent=silent)
