"""Sentence units of one made-up source laid out in paragraphs, for tests of how an answer reads
on from a sentence it quotes (a story's next paragraphs, a claim's figures after it)."""

from __future__ import annotations

from assistant.knowledge.chunks import Unit


def units_in_paragraphs(paragraphs: list[list[str]]) -> dict[str, Unit]:
    """The sentences of ``paragraphs`` as units of source "s", in order, by id."""
    units: dict[str, Unit] = {}
    number = 0
    for paragraph, sentences in enumerate(paragraphs):
        for text in sentences:
            unit_id = f"s#u{number:04d}"
            units[unit_id] = Unit(
                unit_id, "s", number * 100, number * 100 + len(text), "sentence", text, text,
                f"s#p{paragraph}", paragraph,
            )  # fmt: skip
            number += 1
    return units
