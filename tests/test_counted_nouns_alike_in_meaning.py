"""A question may count what a source counts by another noun: "how many crates" is answered by
"85 boxes" when the two nouns are close in the encoder's meaning, never by a count of another kind
of thing, nor by a length of time. Without an encoder the nouns are matched as written."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from assistant.answering.answerability import counted
from assistant.answering.counted_alike import WordMeaning, counts_alike, reading_meaning
from assistant.answering.own_words import asked_party

# Invented directions of meaning: a word's vector is its axis, or a blend of two.
_AXES = {
    "crates": [1.0, 0.0, 0.0, 0.0],
    "boxes": [0.9, 0.1, 0.0, 0.0],
    "pilots": [0.0, 0.0, 1.0, 0.0],
    "officials": [0.0, 0.1, 0.95, 0.0],
    "persons": [0.0, 0.0, 1.0, 0.05],
    "engineers": [0.0, 0.55, 0.8, 0.0],
    "firms": [0.0, 1.0, 0.35, 0.0],
    "companies": [0.0, 1.0, 0.3, 0.0],
    "vendors": [0.0, 0.95, 0.2, 0.0],
    "months": [0.0, 0.0, 0.0, 1.0],
    "years": [0.0, 0.0, 0.1, 0.98],
}


def _encode(words: Sequence[str]) -> np.ndarray:
    rows = []
    for word in words:
        vector = np.array(_AXES.get(word, [0.3, 0.3, 0.3, 0.3]), dtype=np.float32)
        rows.append(vector / np.linalg.norm(vector))
    return np.stack(rows)


_MEANING = WordMeaning(_encode)


def test_without_an_encoder_another_noun_does_not_count_the_asked_things():
    assert not counted(["The depot shipped 85 boxes to Tromso."], "How many crates did it ship?")


def test_a_noun_close_in_meaning_counts_the_asked_things():
    with reading_meaning(_MEANING):
        assert counted(["The depot shipped 85 boxes to Tromso."], "How many crates did it ship?")


def test_a_noun_far_in_meaning_still_counts_other_things():
    with reading_meaning(_MEANING):
        assert not counted(["The depot hired 12 pilots in May."], "How many crates did it ship?")


def test_a_length_of_time_counts_no_things_whatever_its_closeness():
    with reading_meaning(_MEANING):
        assert not counts_alike("month", "year")
        assert not counted(["The lease ran for 5 years."], "How many months did the lease run?")


def test_a_noun_nearer_another_kind_than_the_written_kind_counts_that_kind():
    groups = (frozenset({"company", "firm"}), frozenset({"person", "official"}))
    with reading_meaning(_MEANING):
        # Engineers are near firms, but nearer the people counted: "12 firms" counts no engineers.
        assert not counts_alike("engineer", "firm", groups)
        assert counts_alike("vendor", "firm", groups)


def test_the_encoder_is_read_only_within_its_block():
    with reading_meaning(_MEANING):
        assert counts_alike("crate", "box")
    assert not counts_alike("crate", "box")


def test_a_capitalised_word_ending_in_ly_is_part_of_the_name_that_explains():
    assert asked_party("How does the Nordic Shipping Daily explain the port closure?") == (
        "the Nordic Shipping Daily"
    )
    assert asked_party("How did the ministry swiftly respond to the audit?") == "the ministry"
