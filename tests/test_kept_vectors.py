"""A fixed list's vectors are embedded once per machine: later processes read what the first
kept, the same to the bit, and never what another encoder or another list produced."""

from __future__ import annotations

import numpy as np

from assistant.search.kept_vectors import kept_path, kept_vectors
from assistant.search.word_meaning import WordMeaning


class _Encoder:
    def __init__(self, offset: float = 0.0) -> None:
        self.calls: list[list[str]] = []
        self.offset = offset

    def encode(self, words):
        self.calls.append(list(words))
        return np.array([[len(w) / 7 + self.offset, 1 / 3] for w in words], dtype=np.float32)


_WORDS = ["barge", "ferry", "lighter", "tug"]


def test_the_second_reading_is_the_first_ones_vectors_without_encoding(tmp_path):
    encoder = _Encoder()
    first = kept_vectors(tmp_path, "vocabulary", "model-a", _WORDS, encoder.encode)
    # A later process (a fresh encoder) reads the file instead of encoding again.
    later = _Encoder()
    again = kept_vectors(tmp_path, "vocabulary", "model-a", _WORDS, later.encode)
    assert later.calls == []
    assert again.dtype == first.dtype
    assert np.array_equal(again, first)
    assert np.array_equal(first, _Encoder().encode(_WORDS))


def test_another_encoder_or_another_list_is_encoded_afresh(tmp_path):
    kept_vectors(tmp_path, "vocabulary", "model-a", _WORDS, _Encoder().encode)
    other_model = _Encoder(offset=1.0)
    vectors = kept_vectors(tmp_path, "vocabulary", "model-b", _WORDS, other_model.encode)
    assert other_model.calls == [_WORDS]
    assert np.array_equal(vectors, _Encoder(offset=1.0).encode(_WORDS))
    # The same words in another order are another list: row i must be word i's vector.
    reordered = _Encoder()
    kept_vectors(tmp_path, "vocabulary", "model-a", _WORDS[::-1], reordered.encode)
    assert reordered.calls == [_WORDS[::-1]]


def test_a_torn_file_is_encoded_again_and_rewritten(tmp_path):
    path = kept_path(tmp_path, "vocabulary", "model-a", _WORDS)
    path.write_bytes(b"\x93NUMPY half a file")
    encoder = _Encoder()
    vectors = kept_vectors(tmp_path, "vocabulary", "model-a", _WORDS, encoder.encode)
    assert encoder.calls == [_WORDS]
    assert np.array_equal(np.load(path), vectors)


def test_word_meaning_keeps_only_a_vocabulary_never_a_questions_single_words(tmp_path):
    encoder = _Encoder()

    def vocabulary(words):
        return kept_vectors(tmp_path, "vocabulary", "model-a", words, encoder.encode)

    meaning = WordMeaning(encoder.encode, vocabulary=vocabulary)
    meaning.vocabulary(_WORDS)
    meaning.vector("skiff")
    assert [p.name.split("-")[0] for p in tmp_path.iterdir()] == ["vocabulary"]
    # Without a keeper, a vocabulary is simply encoded.
    plain = WordMeaning(encoder.encode)
    assert np.array_equal(plain.vocabulary(_WORDS), encoder.encode(_WORDS))
