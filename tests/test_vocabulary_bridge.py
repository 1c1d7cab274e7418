"""The vocabulary bridge: a question word no source writes reaches the sources' word nearest it in
meaning, at a similarity floor, and is never used on names, figures or a first reading."""

from __future__ import annotations

import numpy as np

from assistant.search.bridge import (
    VocabularyBridge,
    WordBridges,
    bridge_words,
    bridged_terms,
    bridging,
    is_bridging,
    load_or_build,
)
from assistant.search.word_meaning import WordMeaning

# Invented vectors: "lorries" sits next to "trucks"; "vans" is as far from every source word.
_VECTORS = {
    "trucks": [1.0, 0.0, 0.0],
    "ferries": [0.0, 1.0, 0.0],
    "levy": [0.0, 0.0, 1.0],
    "lorries": [0.95, 0.05, 0.0],
    "vans": [0.6, 0.6, 0.5],
}


class _Encoder:
    name = "fake"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array([_VECTORS.get(t, [0.0, 0.0, 0.0]) for t in texts], dtype=np.float32)


def _bridge() -> VocabularyBridge:
    words = ["ferries", "levy", "trucks"]
    vectors = np.array([_VECTORS[w] for w in words], dtype=np.float32)
    return VocabularyBridge(words, vectors)


def test_a_word_reaches_the_nearest_source_word_only_above_the_floor():
    bridge = _bridge()
    near = bridge.nearest(np.array(_VECTORS["lorries"]), floor=0.8)
    assert [w for w, _ in near] == ["trucks"]
    # "vans" is about 0.6 from every source word: below the floor, it reaches nothing.
    assert bridge.nearest(np.array(_VECTORS["vans"]), floor=0.8) == []


def test_bridge_words_are_the_known_written_words_not_codes_or_short_words():
    surfaces = {"trucks": "truck", "ab": "ab", "t-90": "t-90", "1990": "1990", "gone": "gone"}
    assert bridge_words(surfaces, lambda term: term != "gone") == ["trucks"]


def test_only_lower_case_words_no_source_uses_are_bridged():
    known = {"truck": 2.0, "port": 1.5}

    def terms_of(text: str) -> list[str]:
        return [w.lower().rstrip("s") for w in text.split()]

    def near(word: str) -> list[tuple[str, float]]:
        return [("trucks", 0.9)] if word in {"lorries", "ruritania"} else []

    found = bridged_terms(
        "How many lorries did Ruritania's port buy?", terms_of, lambda t: known.get(t, 0.0), near
    )
    # "Ruritania" is a name: matched exactly or not at all, never bridged.
    assert found == {"lorrie": [("truck", "trucks", 0.9)]}


def test_the_embedded_words_are_stored_once_and_read_back(tmp_path):
    encoder = _Encoder()
    words = ["ferries", "levy", "trucks"]
    first = load_or_build(tmp_path, words, encoder, "fake")
    again = load_or_build(tmp_path, words, encoder, "fake")
    assert len(encoder.calls) == 1
    assert np.allclose(first.vectors, again.vectors)
    # Another vocabulary is another key: embedded anew, the old file removed.
    load_or_build(tmp_path, ["trucks"], encoder, "fake")
    assert len(encoder.calls) == 2
    assert len(list(tmp_path.glob("bridge-*.npy"))) == 1


def test_each_question_word_is_embedded_once():
    encoder = _Encoder()
    bridges = WordBridges(_bridge, WordMeaning(encoder.encode))
    assert [w for w, _ in bridges.of("lorries", 0.8)] == ["trucks"]
    bridges.of("lorries", 0.8)
    assert encoder.calls == [["lorries"]]


def test_bridging_holds_only_within_its_block():
    assert not is_bridging()
    with bridging():
        assert is_bridging()
    assert not is_bridging()


def test_a_start_that_indexes_new_sources_embeds_their_words_before_any_question(
    assistant, settings
):
    # The session's assistant started on an empty home, so its first sync added every source:
    # the bridge is stored then, and no later question pays the second of embedding for it.
    assert assistant.last_sync.added
    assert list(settings.views_dir.glob("bridge-*.npy"))
