"""A wide answer that quotes a sentence naming its speaker ("“…,” Park, the board's spokesperson,
said") quotes with it the rest of that speaker's words: a story names a speaker once and goes on
with a quotation on its own, "…,” he added." or the speaker's surname ("Park said …"). What the
spokesperson said is one point, and a question about the side they speak for asks for all of it.

- Only a sentence that names a person as its speaker brings more; one that names nobody, or an
  unnamed group ("some experts said"), brings nothing.
- The run ends at the first sentence that does not lean back on the speaker.
- End to end: asked what the procurement agency said in reply to the US report, the answer gives
  the spokesperson's later words too (the planned procurement pact, the call for more study).
"""

from __future__ import annotations

from types import SimpleNamespace

from paragraphed import units_in_paragraphs

from assistant.answering.compose import Composer
from assistant.knowledge.chunks import Unit


def _composer(paragraphs: list[list[str]]) -> tuple[Composer, list[Unit]]:
    units = units_in_paragraphs(paragraphs)
    composer = object.__new__(Composer)
    composer.index = SimpleNamespace(units=units, unit_terms={})  # type: ignore[attr-defined]
    # The name table of the sources knows no made-up person: the first capitalised name stands.
    composer.first_named = (  # type: ignore[method-assign]
        lambda kind, text: "Lena Park" if kind == "person" and "Park" in text else None
    )
    return composer, list(units.values())


_STORY = [
    ["“Fees like these are normal abroad,” Lena Park, the board's spokesperson, said Monday."],
    ["“We are talking with the buyers about a new pact.”"],
    ["Park said more study of the buyers' view was needed."],
    ["“It will come up in the talks,” she said."],
    ["Exports rose 4% last year."],
]


def test_a_named_speaker_s_statement_comes_with_the_rest_of_their_words() -> None:
    composer, units = _composer(_STORY)
    assert composer._spoken_on(units[0]) == units[1:4]


def test_the_run_ends_where_the_story_turns_to_another_matter() -> None:
    composer, units = _composer(_STORY)
    assert units[4] not in composer._spoken_on(units[0])


def test_a_sentence_naming_no_person_as_its_speaker_brings_nothing() -> None:
    composer, units = _composer(
        [
            ["Some experts said the fees were too high."],
            ["“They will fall,” he said."],
            ["The board raised its fees in 2021."],
            ["“That was needed,” one official added."],
        ]
    )
    assert composer._spoken_on(units[0]) == []
    assert composer._spoken_on(units[2]) == []


def test_the_agency_s_reply_gives_the_spokesperson_s_later_words_too(assistant) -> None:
    answer = assistant.ask(
        "How did the procurement agency's spokesperson respond to the US report?"
    )
    assert not answer.abstained
    text = answer.answer.lower()
    assert "most countries" in text
    assert "reciprocal defense procurement" in text
    assert "further assessment" in text
