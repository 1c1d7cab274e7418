"""A question may ask in an everyday word ("the choppers") what the sources write in their own
("helicopters"). The word no source writes is taken to mean the few words of the sources'
vocabulary nearest to it in the encoder's meaning, by rank, not by a closeness floor: a sentence
writing one of them meets it; a sentence writing none of them does not, however close it is to
the question as a whole. Without an encoder no word is bridged."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from assistant.answering.nearest_written import WrittenNeighbours, bridged

# Invented directions of meaning: each word is an axis, or near one.
_AXES = {
    "helicopters": [1.0, 0.0, 0.0, 0.0, 0.0],
    "rotorcraft": [0.9, 0.0, 0.0, 0.1, 0.0],
    "choppers": [0.95, 0.05, 0.0, 0.0, 0.0],
    "equipment": [0.0, 1.0, 0.0, 0.0, 0.0],
    "gizmos": [0.1, 0.9, 0.0, 0.0, 0.0],
    "harbour": [0.0, 0.0, 1.0, 0.0, 0.0],
    "tariff": [0.0, 0.0, 0.0, 1.0, 0.0],
    "weather": [0.0, 0.0, 0.2, 0.0, 0.98],
}
# The sources' written words, each with its search term.
_SURFACES = {
    "helicopters": "helicopt",
    "rotorcraft": "rotorcraft",
    "equipment": "equip",
    "harbour": "harbour",
    "tariff": "tariff",
    "2019": "2019",
}


def _encode(words: Sequence[str]) -> np.ndarray:
    rows = []
    for word in words:
        vector = np.array(_AXES.get(word, [0.2, 0.2, 0.2, 0.2, 0.2]), dtype=np.float32)
        rows.append(vector / np.linalg.norm(vector))
    return np.stack(rows)


def test_an_everyday_word_means_the_sources_words_nearest_to_it():
    near = WrittenNeighbours(_encode, _SURFACES, nearest=2)
    assert near.terms_near("choppers") == {"helicopt", "rotorcraft"}
    assert "equip" in near.terms_near("gizmos")


def test_figures_and_codes_are_never_a_words_neighbour():
    # "2019" is no word of meaning: a year is matched as written or not at all.
    near = WrittenNeighbours(_encode, _SURFACES, nearest=len(_SURFACES))
    assert "2019" not in near.terms_near("choppers")


def test_a_sentence_writing_a_neighbour_meets_the_everyday_word():
    near = WrittenNeighbours(_encode, _SURFACES, nearest=1)
    unwritten = {"chopper": "choppers"}
    assert bridged(unwritten, frozenset({"helicopt", "navi"}), near.terms_near) == {"chopper"}


def test_a_sentence_writing_none_of_its_neighbours_does_not():
    # A topic the sources never treat ("the weather") has nearest words too, but of another
    # meaning; a sentence about helicopters writes none of them.
    near = WrittenNeighbours(_encode, _SURFACES, nearest=1)
    assert not bridged({"weather": "weather"}, frozenset({"helicopt"}), near.terms_near)


def test_without_a_vocabulary_nothing_is_bridged():
    near = WrittenNeighbours(_encode, {}, nearest=3)
    assert near.terms_near("choppers") == frozenset()
    assert not bridged({"chopper": "choppers"}, frozenset({"helicopt"}), near.terms_near)


def test_each_word_is_embedded_once():
    calls: list[tuple[str, ...]] = []

    def counting(words: Sequence[str]) -> np.ndarray:
        calls.append(tuple(words))
        return _encode(words)

    near = WrittenNeighbours(counting, _SURFACES, nearest=1)
    near.terms_near("choppers")
    near.terms_near("choppers")
    assert calls.count(("choppers",)) == 1
    assert len(calls) == 2  # the vocabulary once, the word once


def test_the_vocabulary_embedded_ahead_is_not_embedded_again_at_the_first_word():
    lists: list[list[str]] = []

    def vocabulary(words: Sequence[str]) -> np.ndarray:
        lists.append(list(words))
        return _encode(words)

    near = WrittenNeighbours(_encode, _SURFACES, nearest=1, vocabulary=vocabulary)
    near.prepare()
    assert lists == [["equipment", "harbour", "helicopters", "rotorcraft", "tariff"]]
    assert near.terms_near("choppers") == {"helicopt"}
    assert len(lists) == 1
