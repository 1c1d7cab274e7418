"""A claim on a disputed figure that says who gives it: "the Almanac puts the 1990s harvest at
4.2 tonnes, right?" where the sources disagree (one gives 4.2 tonnes, another 4.0). The sources'
disagreement does not settle such a claim; who wrote which figure does. The claim is about
what one source says, so it holds when that source writes the claimed figure (it may write
another as well) and fails when the source writes the measure only as another figure (another
side of the disagreement, or the same measure in another unit).

A source that writes the measure only as a hedged figure that fits every side ("about four
tonnes") settles nothing, nor does a claim that names no source or a source that gives no
figure for the measure: the disagreement is set out as it is. Nor does a side the knowledge marks
as a source's known error (``Composer._disputed_claim``): "the blog says 4.2 tonnes, is that
right?" asks whether the figure holds, and a known error does not, whoever writes it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from assistant.knowledge.disagreements import Disagreement


@dataclass(frozen=True)
class NamedSide:
    """What the named source writes of a disputed measure: ``holds`` when it writes the claimed
    side, and ``rows``, the rows of that source that show it (the claimed side's when it holds,
    else the other figures it gives)."""

    holds: bool
    rows: tuple[str, ...]


def named_side(
    item: Disagreement,
    claimed: int,
    named: Collection[str],
    source_of: Callable[[str], str],
) -> NamedSide | None:
    """The verdict on side ``claimed`` of ``item`` for a claim that names the sources ``named``
    as its source, or None when the claim names none or they settle nothing (module doc)."""
    if not named:
        return None

    def of_named(rows: Collection[str]) -> tuple[str, ...]:
        return tuple(r for r in rows if source_of(r) in named)

    on_claimed = of_named(item.sides[claimed].rows)
    if on_claimed:
        return NamedSide(holds=True, rows=on_claimed)
    elsewhere = [r for i, side in enumerate(item.sides) if i != claimed for r in side.rows]
    other = of_named([*elsewhere, *item.other_units])
    if other:
        return NamedSide(holds=False, rows=other)
    return None
