"""The words of a question that no source writes, which no sentence can share.

A question may ask in its own words ("the outlay", "crown-jewel technologies") what the sources
state in theirs ("invested", "core technologies"). The weak-match gate weighs such a word at the
weight of the rarest words, so it alone can outweigh every word a sentence does share. A word
no source writes is either another name for what they say or a topic they never treat; which one
it is, a sentence's words cannot tell. What they can tell is whether a sentence meets the rest of
the question: the words the sources do write, and the kind of answer asked. This module measures
the first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set


def written(weights: Mapping[str, float], vocabulary: Set[str]) -> dict[str, float]:
    """The weighted words of a question that the sources write somewhere."""
    return {t: w for t, w in weights.items() if t in vocabulary}


def written_share(written_weights: Mapping[str, float], own: Set[str], context: Set[str]) -> float:
    """The share of the question's written words a sentence covers: those it writes in full,
    those only the sentences before it write at half."""
    total = sum(written_weights.values())
    if not total:
        return 0.0
    held = sum(w for t, w in written_weights.items() if t in own)
    leaned = sum(w for t, w in written_weights.items() if t in context and t not in own)
    return (held + 0.5 * leaned) / total


# A sentence covering this share of the weight of the words of a question the sources write, at
# least ``WRITTEN_LEAST`` of them, meets it in all but the words no source writes.
WRITTEN_COVERAGE = 0.5
WRITTEN_LEAST = 2


def met_but_for_unwritten(
    weights: Mapping[str, float],
    vocabulary: Set[str],
    sentences: Iterable[tuple[Set[str], Set[str], bool]],
) -> bool:
    """Whether one of ``sentences`` (the words it shares, those its context shares, and whether
    it states the kind of answer asked) meets a question in all but the words no source writes:
    the question has such words and at least ``WRITTEN_LEAST`` written ones, and the sentence
    shares at least that many and ``WRITTEN_COVERAGE`` of their weight, stating a thing of the
    kind asked. A question whose words are all written was judged in full already."""
    known = written(weights, vocabulary)
    if len(known) == len(weights) or len(known) < WRITTEN_LEAST:
        return False
    return any(
        states
        and len(known.keys() & (own | context)) >= WRITTEN_LEAST
        and written_share(known, own, context) >= WRITTEN_COVERAGE
        for own, context, states in sentences
    )
