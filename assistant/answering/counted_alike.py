"""Whether the noun a question counts and the noun a stated number counts name one kind of thing.

"How many wares did the agency list?" is answered by "the agency listed 63 items", and
"how many sheets were given to Chile?" by "9 pages on Chile": the question counts the thing the
source counts, in another word. The answerability checks match the two nouns as written first
(one spelling of the other, or nouns of one group that count alike); when they differ, the
project's own sentence encoder judges whether they are close in meaning.

Close enough means a cosine of at least ``FLOOR`` between the two nouns' embeddings, written in
the plural as they count. A measure of time ("years", "months", "days") counts a length, never
things, so it is matched only as written: "how many months" is no "five years". And a noun of one
group of nouns that count alike (companies, countries, people, ...) is another kind's noun than
one the encoder puts nearer another group: "how many engineers" is not answered by "12 firms",
since engineers are nearer the people counted than the firms.

The encoder is given for the time of one answer (``reading_meaning``): without one (a check
called on its own, a fast test) the nouns are matched as written only.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from assistant.answering.word_forms import plural_of
from assistant.search.word_meaning import WordMeaning

__all__ = ["FLOOR", "WordMeaning", "counts_alike", "current_meaning", "reading_meaning"]

# The cosine at and above which two counted nouns are taken to name one kind of thing. The
# readable sets score alike from 0.46 to 0.58; the middle is taken.
FLOOR = 0.52

# Lengths of time: a number of them measures a span, it counts no things.
_TIME = frozenset("second minute hour day week month year decade century quarter".split())

_READING: ContextVar[WordMeaning | None] = ContextVar("counted_alike", default=None)


@contextmanager
def reading_meaning(meaning: WordMeaning | None) -> Iterator[None]:
    """Counted nouns are judged by ``meaning`` within the block (one answer's checks)."""
    token = _READING.set(meaning)
    try:
        yield
    finally:
        _READING.reset(token)


def current_meaning() -> WordMeaning | None:
    """The encoder of the answer being composed, if one is (``reading_meaning``)."""
    return _READING.get()


def counts_alike(asked: str, written: str, groups: Sequence[frozenset[str]] = ()) -> bool:
    """Whether the noun ``asked`` (singular) counts what the number's noun ``written``
    (singular) counts, by meaning. ``groups``: the nouns known to count alike, singular."""
    meaning = _READING.get()
    if meaning is None or asked == written or asked in _TIME or written in _TIME:
        return False
    a, w = plural_of(asked), plural_of(written)
    near = meaning.closeness(a, w)
    if near < FLOOR:
        return False
    own = next((group for group in groups if written in group), None)
    if own is None:
        return True

    # The written noun is of a known kind: the asked one must be nearer that kind than any other.
    def nearest(group: frozenset[str]) -> float:
        return max(meaning.closeness(a, plural_of(member)) for member in group)

    others = [nearest(group) for group in groups if group is not own and asked not in group]
    return max(near, nearest(own)) >= max(others, default=0.0)
