"""A sentence that states the kind of answer asked, under the question's constraints.

A question may ask in everyday words ("the splurge", "the bean counters", "hold back") what the
sources state in theirs ("spent", "the National Audit Office", "withheld"). The best-ranked sentences then share few of its weighted words, and the weak-match
gate refuses, though the sentence that answers stands a little lower. Words cannot tell such a
sentence from one on another matter; what it states can. A question for an amount, a count, a
share, a place or a body is met by a sentence that

* states a thing of that kind (a sum, a number, a named body),
* writes every name and year the question writes, itself or in the sentence it leans on (these
  are what the answer is of: "Norsk Marine", "in 2019"), and
* is as close to the question in meaning as the gate asks of the best sentences
  (``TYPED_DENSE``): the everyday words meet the sources' in meaning where they miss them in
  letters.

An open question (why, how, what of it) is met by any sentence on its topic, so it gains nothing
here; nor does a question of no name or year at all, whose constraints nothing checks: any
figure near its topic would do. Nor a date (``compose``): the sentences near a topic are dated by
its other events.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass

# How close in meaning a sentence stating the asked kind must be to stand in for a weak word
# match: what the weak-match gate asks of the best three sentences, asked here of the top ten.
# On the readable cases the gate refuses, 0.4 and 0.45 answer the same; 0.3, 0.35, 0.5 and 0.55
# answer one case fewer and refuse the same unanswerable ones (none is lost at any of them).
# Without the constraints, 0.4 answers two more and answers a twin asked of another service.
TYPED_DENSE = 0.45
# How far down the ranking such a sentence is looked for.
TYPED_DEPTH = 10


@dataclass(frozen=True)
class Evidence:
    """What is known of one ranked sentence: whether it states the kind asked, the question's
    terms it writes (``own``) or the sentences before it write (``context``), and its closeness
    in meaning to the question."""

    states_kind: bool
    own: Set[str]
    context: Set[str]
    dense: float


def meets_constraints(constraints: Set[str], evidence: Evidence) -> bool:
    """Whether the sentence writes every constraint term (a name or a year) of the question,
    itself or in the sentences it leans on."""
    return constraints <= set(evidence.own) | set(evidence.context)


def typed_stand_in(
    constraints: Set[str], sentences: Sequence[Evidence], floor: float = TYPED_DENSE
) -> int | None:
    """The position of the best-ranked of ``sentences`` that states the kind asked, writes every
    one of the question's ``constraints`` and is at least ``floor`` close in meaning; None when
    the question has no constraints or no sentence does."""
    if not constraints:
        return None
    for position, evidence in enumerate(sentences):
        if (
            evidence.states_kind
            and evidence.dense >= floor
            and meets_constraints(constraints, evidence)
        ):
            return position
    return None
