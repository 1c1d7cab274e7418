"""A sentence that leads by meaning where a question's words are the asker's own.

A reporter may ask a one-fact question in words no sentence shares ("how long should sellers get
to carry out banked credits" of a sentence on "executing banked offsets"). The weak-match gate
then sees every sentence near the top share little of the question and refuses. Closeness in
meaning alone cannot tell another wording from another topic, but several signals agreeing can:
the sentence is the closest in meaning of those near the top and close enough on its own, it
states a figure or a date of the kind asked, it names whatever the question names, and it writes
at least one of the question's own words besides those names. Only figures and dates: a body or
a person is stated by nearly every sentence, so stating one tells nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from typing import Protocol, TypeVar

# The kinds of answer a sentence states by a figure or a date it writes.
FIGURE_KINDS = frozenset({"money", "percent", "count", "quantity", "date", "year"})
# How close in meaning (cosine of the question and the sentence) the leading sentence must be on
# its own. Sentences on another topic that merely hold a figure stay below it.
MEANING_FLOOR = 0.42
# How far down the ranking such a sentence may stand.
MEANING_DEPTH = 5


class Ranked(Protocol):
    """What is read of a ranked sentence: its closeness in meaning and the words it shares."""

    @property
    def dense(self) -> float: ...

    @property
    def hits(self) -> frozenset[str]: ...

    @property
    def context_hits(self) -> frozenset[str]: ...


C = TypeVar("C", bound=Ranked)


def meaning_led(
    kind: str,
    candidates: Sequence[C],
    names: Set[str],
    states: Callable[[C], bool],
) -> C | None:
    """The one of ``candidates`` (the top of a ranking) that answers by meaning a question asking
    a figure or date of ``kind`` whose name terms are ``names``, or None: the closest in meaning
    of them, at least ``MEANING_FLOOR`` close, stating a thing of the kind asked (``states``),
    sharing every name itself or in the sentence it leans on, and sharing one word besides."""
    if kind not in FIGURE_KINDS or not candidates:
        return None
    top = candidates[:MEANING_DEPTH]
    closest = max(top, key=lambda c: c.dense)
    if closest.dense < MEANING_FLOOR:
        return None
    if sum(1 for c in top if c.dense == closest.dense) > 1:
        return None
    shared = closest.hits | closest.context_hits
    if not names <= shared or not closest.hits - names:
        return None
    return closest if states(closest) else None
