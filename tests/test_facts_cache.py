"""The data rows' vectors are kept in the cache folder, written whole, and rebuilt when the file
cannot be read, so a crash in the middle of writing it never breaks a later start."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.answering.row_answers import FactBook
from assistant.knowledge.rows import OffsetData, load_data
from assistant.search.terms import Lexicon
from assistant.settings import Settings


@pytest.fixture(scope="module")
def data() -> OffsetData:
    return load_data(Settings().data_dir)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(Settings().knowledge_dir / "aliases.yaml")


class Encoder:
    """A stand-in for the model: one distinct vector per text, and a count of its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        return np.array([[len(t), i, 1.0] for i, t in enumerate(texts)], dtype=np.float32)


def book(data: OffsetData, lexicon: Lexicon, encode: Encoder, cache: Path) -> FactBook:
    return FactBook(data, lexicon, "stand-in-model", encode, cache)


def test_the_vectors_are_encoded_once_then_read_from_the_cache(data, lexicon, tmp_path):
    encode = Encoder()
    first = book(data, lexicon, encode, tmp_path)
    again = book(data, lexicon, encode, tmp_path)
    assert encode.calls == 1
    np.testing.assert_array_equal(first.vectors, again.vectors)
    # Only the finished file is left: the temporary one it was written to was renamed.
    assert [p.name for p in tmp_path.iterdir()] == [next(tmp_path.glob("facts-*.npy")).name]


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # a write cut short: the header promises more rows
        lambda raw: raw[:20],  # cut inside the header
        lambda raw: b"",  # created, nothing written yet
        lambda raw: b"not a numpy file at all",
    ],
    ids=["torn-data", "torn-header", "empty", "foreign"],
)
def test_an_unreadable_cache_is_encoded_again_and_rewritten_whole(data, lexicon, tmp_path, damage):
    expected = book(data, lexicon, Encoder(), tmp_path).vectors
    (cached,) = tmp_path.glob("facts-*.npy")
    cached.write_bytes(damage(cached.read_bytes()))

    encode = Encoder()
    rebuilt = book(data, lexicon, encode, tmp_path)

    assert encode.calls == 1
    np.testing.assert_array_equal(rebuilt.vectors, expected)
    np.testing.assert_array_equal(np.load(cached), expected)


def test_a_cache_of_another_number_of_rows_is_not_used(data, lexicon, tmp_path):
    expected = book(data, lexicon, Encoder(), tmp_path).vectors
    (cached,) = tmp_path.glob("facts-*.npy")
    np.save(cached, expected[:-1])

    encode = Encoder()
    assert book(data, lexicon, encode, tmp_path).vectors.shape == expected.shape
    assert encode.calls == 1
