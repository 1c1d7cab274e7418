"""Single words are embedded once each, and the cache of them stays bounded."""

from __future__ import annotations

import numpy as np

from assistant.search.word_meaning import WordMeaning


class _Encoder:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, words):
        self.calls.append(list(words))
        return np.array([[1.0, 0.0] if w.startswith("l") else [0.0, 1.0] for w in words])


def test_a_word_is_embedded_once_however_often_it_is_asked():
    encoder = _Encoder()
    meaning = WordMeaning(encoder.encode)
    assert meaning.closeness("lorries", "lighters") == 1.0
    assert meaning.closeness("lorries", "vans") == 0.0
    assert encoder.calls == [["lorries"], ["lighters"], ["vans"]]


def test_the_cache_starts_afresh_when_full_rather_than_growing_without_end():
    encoder = _Encoder()
    meaning = WordMeaning(encoder.encode, max_words=2)
    for word in ("lorries", "vans", "barges"):
        meaning.vector(word)
    meaning.vector("lorries")  # dropped when "barges" came in: embedded again
    assert encoder.calls[-1] == ["lorries"]
    assert len(encoder.calls) == 4
