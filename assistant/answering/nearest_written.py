"""The sources' own words nearest in meaning to a word of a question that no source writes.

A reader who skimmed the articles asks in everyday words ("the gear", "the choppers", "the
vendor") what the sources write in theirs ("equipment", "helicopters", "seller"). Such a word is
matched by no sentence, and as the rarest of words it weighs most in the weak-match gate, so the
sentence that answers looks as weak as one on another topic. Its spelling cannot bridge it; its
meaning can: the project's sentence encoder places the word among the sources' own words.

The bridge is a rank, not a cosine floor: a word no source writes is taken to mean one of the
``NEAREST`` words of the sources' vocabulary closest to it, whatever their closeness. A topic the
sources never treat ("the weather", "a salary") also has nearest words, but they are words of
another meaning ("outside", "amount"), which the sentences about the question's other words do
not write; the bridge only lends a word to a sentence that writes one of its neighbours, and the
rest of the gate (the question's other words, its names and years) still has to be met.

The encoder is given for the time of one answer (``counted_alike.reading_meaning``): without one
(a check called on its own, a fast test) no word is bridged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

# How many of the sources' words nearest to an unwritten word stand for it: a rank, not a
# closeness. On the readable sets 3 answers eight wrong refusals more and no twin; 2 answers one
# fewer (a "huddle" whose nearest written word is a third); a twin asked of another country is
# kept refused at any rank by the names the question writes (``compose._gate_match``).
NEAREST = 3

# A long-running server meets new unwritten words with every question; the words found are
# kept up to this many, then forgotten all at once (finding one again costs one encoding).
_KEPT = 4096

Encode = Callable[[Sequence[str]], Any]


class WrittenNeighbours:
    """The sources' vocabulary embedded once, and the words of it nearest to any other word.

    ``surfaces``: each written word of the sources (as the index folds it) and its search term;
    only words of letters are kept (figures and codes have no meaning to bridge)."""

    def __init__(
        self,
        encode: Encode,
        surfaces: Mapping[str, str],
        nearest: int = NEAREST,
        vocabulary: Encode | None = None,
    ) -> None:
        self._encode = encode
        # The vocabulary is the same list at every start: its encoder may keep its vectors.
        self._encode_vocabulary = vocabulary or encode
        self._words = sorted(w for w in surfaces if w.isalpha() and len(w) > 2)
        self._terms = [surfaces[w] for w in self._words]
        self._nearest = nearest
        self._matrix: Any = None
        self._found: dict[str, frozenset[str]] = {}

    def prepare(self) -> None:
        """Embed the vocabulary now (kept on disk by its encoder's owner), not at the first
        question with an unwritten word."""
        self._vocabulary()

    def _vocabulary(self) -> Any:
        if self._matrix is None:
            self._matrix = np.asarray(self._encode_vocabulary(self._words)) if self._words else None
        return self._matrix

    def terms_near(self, word: str) -> frozenset[str]:
        """The search terms of the ``nearest`` written words closest in meaning to ``word``."""
        found = self._found.get(word)
        if found is None:
            matrix = self._vocabulary()
            if matrix is None:
                return frozenset()
            closeness = matrix @ np.asarray(self._encode([word]))[0]
            order = np.argsort(-closeness, kind="stable")
            found = frozenset(self._terms[i] for i in order[: self._nearest])
            if len(self._found) >= _KEPT:
                self._found.clear()
            self._found[word] = found
        return found


def bridged(
    unwritten: Mapping[str, str],
    sentence_terms: frozenset[str],
    near: Callable[[str], frozenset[str]],
) -> frozenset[str]:
    """The unwritten question terms (each with the word the question writes for it) that a
    sentence meets in meaning: it writes one of the sources' words nearest to the question's."""
    return frozenset(term for term, word in unwritten.items() if near(word) & sentence_terms)
