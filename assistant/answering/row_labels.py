"""The label a curated row gives the sentence it quotes.

A data row quotes a source sentence and labels it: the program and stage it is of ("F-35A phase
1"), as the table's curator read the sentence with its paragraph. The sentence itself may leave
that to its context ("40 aircraft starting with the first unit in March 2018" names no phase; the
paragraph's deal is the first of two). A check that asks whether a statement is of the stage a
question names ("the first phase", "the initial batch") reads the statement together with the
labels of the rows that quote it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from assistant.knowledge.rows import Row

__all__ = ["labels_quoting", "rows_quoting"]

_Quoting = TypeVar("_Quoting")


def rows_quoting(text: str, rows: Iterable[_Quoting]) -> list[_Quoting]:
    """The rows whose quote ``text`` holds, or that hold ``text`` (a part of their quote), in
    order: none when ``text`` is blank."""
    text = text.strip()
    if not text:
        return []
    found = []
    for row in rows:
        quote = str(getattr(row, "quote", "") or "").strip()
        if quote and (quote in text or text in quote):
            found.append(row)
    return found


def labels_quoting(text: str, rows: Iterable[Row]) -> str:
    """The program labels of the rows whose quote ``text`` holds (or that hold ``text``, a part
    of their quote), joined: "" when no row quotes it."""
    found: list[str] = []
    for row in rows_quoting(text, rows):
        program = getattr(row, "program", "")
        if program and program not in found:
            found.append(program)
    return "; ".join(found)
