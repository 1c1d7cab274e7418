"""Which sentences a wide answer keeps when it has gathered more than its room.

A summary, a reason or a position gathers two kinds of sentence: the points chosen for it (each
a sentence ranked near the best that says something of its own, with the sentence it leans on)
and the sentences that go on from them (the rest of the best one's paragraph, the next lines of
a story). Read in order, the points of a later paragraph come last; cutting the answer at its
room by reading order would drop a chosen point ("the tolls also fund the harbour's dredging")
to keep the third line of the first paragraph. The room goes to the points first, best first,
and what is left of it to the sentences that go on from them, in reading order.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def kept_in_room(read: Sequence[T], points: Sequence[Sequence[T]], room: int) -> list[T]:
    """The items of ``read`` (in reading order) an answer of ``room`` items keeps: each group of
    ``points`` (best first; a point with what it leans on) while the whole group fits, then the
    other items of ``read`` in order until the room is full. Items of a group that ``read`` does
    not hold take no room. The kept items stay in reading order."""
    present = set(read)
    kept: set[T] = set()
    for group in points:
        wanted = {item for item in group if item in present}
        if len(kept | wanted) > room:
            break
        kept |= wanted
    for item in read:
        if len(kept) >= room:
            break
        kept.add(item)
    return [item for item in read if item in kept]
