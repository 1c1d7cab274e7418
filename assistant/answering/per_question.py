"""Readings of a question against one object (the data tables, the index), kept per question.

A question is read by routing, composing and the answer's checks in turn, and several of them ask
the same thing of it ("which countries with a minimum share does it name, and where"). A reading
that depends only on the question's text and on that object is worked out once: ``per_question``
keeps each result under the question's text while the object is the same one (``is``), and forgets
them all when another object is passed (the data reloaded) or when it holds too many.

Only for readings whose result the callers never change: a tuple, a string, a frozen value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

_Of = TypeVar("_Of")
_Result = TypeVar("_Result")

# Questions whose readings are kept: more than a session asks, fewer than would weigh.
QUESTIONS_KEPT = 1024
_UNREAD = object()


class PerQuestion(Generic[_Of, _Result]):
    """``read(question, of)``, read once per question while ``of`` is the same object."""

    def __init__(self, read: Callable[[str, _Of], _Result], kept: int = QUESTIONS_KEPT) -> None:
        self._read = read
        self._kept_most = kept
        self._of: object = _UNREAD
        self._kept: dict[str, _Result] = {}
        self.__doc__ = read.__doc__
        self.__name__ = getattr(read, "__name__", "reading")

    def __call__(self, question: str, of: _Of) -> _Result:
        if self._of is not of or len(self._kept) >= self._kept_most:
            # Another object (the data reloaded): what was read of the last one no longer holds.
            self._of = of
            self._kept = {}
        found = self._kept.get(question, _UNREAD)
        if found is _UNREAD:
            found = self._kept[question] = self._read(question, of)
        return found  # type: ignore[return-value]


def per_question(read: Callable[[str, _Of], _Result]) -> PerQuestion[_Of, _Result]:
    """``read`` (a function of a question's text and one object), kept per question."""
    return PerQuestion(read)
