"""A wide answer (a summary, a side's position, a case) that quotes a sentence of a news story
reads on in the story: news writing gives each sentence a paragraph of its own, so the story's
next points are the next paragraphs.

- The rest of a speaker's statement ("“…”", "Cho said …", "“…,” he said.") comes with the
  statement that names the speaker, over more than two paragraphs.
- The story's next sentences come after it while each shares a telling term (one found in few of
  the sources' sentences) with the question or with the quoted sentence; the first that shares
  none has turned to another matter and ends the run. Words every source uses ("offset",
  "Korea") tell nothing.
- A report's paragraph of several sentences is read as a paragraph, not as a story: its next
  paragraph is a new point of its own.
- The story's sentences only fill the room the best sentence of each other source leaves.
"""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest
from paragraphed import units_in_paragraphs

from assistant.answering.compose import Composer
from assistant.knowledge.chunks import Unit


def _composer(paragraphs: list[list[str]], common: set[str]) -> Composer:
    """A composer over one source whose ``paragraphs`` hold the given sentences; its terms are
    the sentences' lower-case words, and the ``common`` ones are in every sentence's source."""
    units = units_in_paragraphs(paragraphs)
    terms = {i: [w.strip('.,“”"').lower() for w in u.text.split()] for i, u in units.items()}
    rare = math.log(40)
    index = SimpleNamespace(
        units=units,
        unit_terms=terms,
        idf=lambda term: 0.3 if term in common else rare,
    )
    composer = object.__new__(Composer)
    composer.index = index  # type: ignore[attr-defined]
    return composer


_STORY = [
    ["The port board listed the levy among its grievances."],
    ["“Most ports charge such a levy,” Ana Quispe, a spokesperson of the guild, said."],
    ["“We are talking with the board about it.”"],
    ["Quispe said the guild had never heard the board object before."],
    ["“The levy will likely come up at the next round,” she said."],
    ["Rainfall in the valley was heavy in May."],
]


def _texts(units: list[Unit]) -> list[str]:
    return [u.text for u in units]


def test_the_rest_of_a_speaker_s_statement_runs_over_several_paragraphs():
    composer = _composer(_STORY, common={"the", "a", "of", "said", "levy"})
    first = composer.index.units["s#u0001"]
    assert _texts(composer._carried_on(first, 3)) == [
        "“We are talking with the board about it.”",
        "Quispe said the guild had never heard the board object before.",
        "“The levy will likely come up at the next round,” she said.",
    ]


def test_a_story_reads_on_while_it_keeps_to_the_matter_and_stops_where_it_turns():
    composer = _composer(
        [
            ["The guild asked the board to scrap the harbour levy."],
            ["The harbour levy was set in 2019 at two percent."],
            ["Rainfall in the valley was heavy in May."],
            ["The harbour levy raised little in its first year."],
        ],
        common={"the", "a", "in", "to", "at", "was", "its"},
    )
    first = composer.index.units["s#u0000"]
    # "harbour" and "levy" tell the matter; the rain shares none and ends the story's run.
    assert _texts(composer._story_on(first, frozenset({"scrap"}))) == [
        "The harbour levy was set in 2019 at two percent."
    ]


def test_words_every_source_uses_keep_no_story_on_the_matter():
    composer = _composer(
        [
            ["The guild asked the board to scrap the levy."],
            ["The levy is collected by the board."],
        ],
        common={"the", "a", "to", "by", "is", "levy", "board"},
    )
    first = composer.index.units["s#u0000"]
    assert composer._story_on(first, frozenset({"guild"})) == []


def test_a_report_s_paragraph_is_no_story():
    composer = _composer(
        [
            ["The guild asked the board to scrap the harbour levy.", "It cited the costs."],
            ["The harbour levy was set in 2019 at two percent."],
        ],
        common={"the", "a", "in", "to", "at", "was", "it"},
    )
    first = composer.index.units["s#u0000"]
    assert composer._story_on(first, frozenset({"harbour"})) == []


@pytest.mark.slow
def test_a_spokesperson_s_statements_are_given_in_the_story_s_order(assistant):
    answer = assistant.ask(
        "What did the procurement agency's spokesman tell reporters about the barrier report?"
    )
    assert not answer.abstained
    said = [
        "Most countries utilize offset programs",
        "In order to ease institutional barriers",
        "further assessment was needed",
        "will likely be discussed",
    ]
    places = [answer.answer.find(words) for words in said]
    assert all(place >= 0 for place in places), answer.answer
    assert places == sorted(places)


@pytest.mark.slow
def test_a_story_s_next_points_fill_only_the_room_other_sources_leave(assistant):
    answer = assistant.ask(
        "The US calls Korea's offsets a barrier though they keep falling: "
        "set out the figures that show the fall."
    )
    assert not answer.abstained
    assert "800 million" in answer.answer
