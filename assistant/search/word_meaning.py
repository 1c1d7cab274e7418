"""Single words embedded by the index's own encoder, each once: the one cache of word vectors.

The counted-noun check reads a word's meaning rather than its spelling (whether "wares" count
what "items" count); it asks for a word's vector here, kept on the index, so a word is embedded
once per process. The cache is bounded: a server answering strangers' questions meets words
without end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from threading import Lock
from typing import Any

Encode = Callable[[Sequence[str]], Any]

# Words kept before the cache starts afresh; far more than one session's questions bring.
_MAX_WORDS = 4096


class WordMeaning:
    """The embeddings of single words by one encoder, each computed once."""

    def __init__(
        self, encode: Encode, max_words: int = _MAX_WORDS, vocabulary: Encode | None = None
    ) -> None:
        self._encode = encode
        # How a whole vocabulary is embedded: by ``encode`` unless its owner keeps the vectors
        # (``search.kept_vectors``: once per machine instead of once per process).
        self._vocabulary = vocabulary or encode
        self._max_words = max_words
        self._vectors: dict[str, Any] = {}
        self._lock = Lock()

    def vector(self, word: str) -> Any:
        with self._lock:
            found = self._vectors.get(word)
        if found is None:
            found = self._encode([word])[0]
            with self._lock:
                if len(self._vectors) >= self._max_words:
                    self._vectors.clear()
                self._vectors[word] = found
        return found

    def encode(self, words: Sequence[str]) -> Any:
        """The vectors of ``words`` (uncached: for a vocabulary embedded once by its owner)."""
        return self._encode(words)

    def vocabulary(self, words: Sequence[str]) -> Any:
        """The vectors of a vocabulary the same in every process: ``encode``'s, kept on disk
        when the index keeps them (not for a question's words, which vary without end)."""
        return self._vocabulary(words)

    def closeness(self, a: str, b: str) -> float:
        """The dot product of the two words' vectors: their cosine, as the encoder normalises."""
        return float(self.vector(a) @ self.vector(b))
