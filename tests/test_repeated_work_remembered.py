"""Work answering repeats for the same text is done once, and what is remembered cannot be changed
by a caller: the lexicon's words and terms, the name table's finds, a source name's patterns, a
search text's embedding."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.answering import attribution
from assistant.knowledge.names import name_table
from assistant.search.terms import Lexicon


def test_lexicon_terms_are_computed_once_and_handed_out_as_copies(monkeypatch):
    lexicon = Lexicon()
    text = "The harbour levy on crane hire rose to $5 million in 2019."
    first = lexicon.terms(text)
    calls = []
    monkeypatch.setattr(lexicon, "_words", lambda t: calls.append(t) or [])
    first.append("tampered")
    assert lexicon.terms(text) == first[:-1]
    words = lexicon.words(text)
    words.clear()
    assert lexicon.words(text) and lexicon.written_terms(text)
    assert calls == []  # remembered: the text was not split again


def test_lexicon_forgets_everything_once_full(monkeypatch):
    import assistant.search.terms as terms

    monkeypatch.setattr(terms, "_REMEMBERED", 3)
    lexicon = Lexicon()
    for n in range(10):
        lexicon.words(f"pier {n}")
    assert len(lexicon._words_of) <= 3
    assert lexicon.words("pier 2") == ["pier", "2"]


def test_name_finds_are_remembered_as_copies():
    table = name_table()
    kind = next(iter(table.patterns))
    name = next(iter(table.patterns[kind]))
    text = f"The dockers' union met {name} at the port."
    found = table.find(kind, text)
    assert name in found
    found.clear()
    assert table.find(kind, text) == table._find(kind, text)
    assert name in table.find(kind, text)


def test_a_source_names_patterns_are_compiled_once():
    assert attribution._forms("Harbour Gazette") is attribution._forms("Harbour Gazette")


class _CountingEncoder:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def encode(self, texts, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        self.texts += list(texts)
        return np.ones((len(texts), 4), dtype=np.float32)


def test_a_search_texts_embedding_is_computed_once_and_read_only():
    from assistant.answering.compose import Composer

    composer = Composer.__new__(Composer)  # only what _vector reads
    composer._vectors = {}
    encoder = _CountingEncoder()
    composer.index = type("Index", (), {"encoder": encoder})()
    first = composer._vector("crane hire at the north pier")
    again = composer._vector("crane hire at the north pier")
    assert again is first and encoder.texts == ["crane hire at the north pier"]
    with pytest.raises(ValueError):
        first[0] = 2.0
