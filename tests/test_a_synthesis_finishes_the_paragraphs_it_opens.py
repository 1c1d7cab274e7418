"""A synthesis reads to its end a paragraph it opens: the last points of an account (what came of
a pledge, the remedy after a fault) often stand in the sentences the answer's room cut off.

- A paragraph is opened when the answer quotes two or more of its sentences, or its first.
- Its sentences after the last quoted one come right after that one, before whatever the answer
  quotes next, up to three in all; earlier paragraphs of the answer are finished first.
- A sentence saying again what a shown one says is left out; so is one of another paragraph.
- A question asking for a matter's whole account in other words than a request to summarize
  ("what's the gist of", "give me an overview of", "how does the paper portray") is a synthesis.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from paragraphed import units_in_paragraphs

from assistant.answering.compose import Composer, _synthesis, intent_of
from assistant.knowledge.chunks import Unit


def _composer(paragraphs: list[list[str]]) -> Composer:
    units = units_in_paragraphs(paragraphs)
    terms = {i: [w.strip(".,").lower() for w in u.text.split()] for i, u in units.items()}
    composer = object.__new__(Composer)
    composer.index = SimpleNamespace(units=units, unit_terms=terms)  # type: ignore[attr-defined]
    return composer


def _texts(units: list[Unit]) -> list[str]:
    return [u.text for u in units]


_MILL = [
    [
        "The Oslo mill agreed to buy pulp from twelve local farms.",
        "It bought from five of them in the first year.",
        "The county audit found the contracts unsigned.",
        "Only two farms were paid by 2021.",
        "The mill blamed its new owners.",
    ],
    ["The river froze in 2020."],
]


def test_the_rest_of_an_opened_paragraph_follows_its_last_quoted_sentence():
    composer = _composer(_MILL)
    units = composer.index.units
    shown = [units["s#u0000"], units["s#u0001"], units["s#u0005"]]
    finished = composer._paragraphs_finished(shown)
    assert _texts(finished) == [
        "The Oslo mill agreed to buy pulp from twelve local farms.",
        "It bought from five of them in the first year.",
        "The county audit found the contracts unsigned.",
        "Only two farms were paid by 2021.",
        "The mill blamed its new owners.",
        "The river froze in 2020.",
    ]


def test_a_paragraph_opened_by_its_first_sentence_alone_is_finished():
    composer = _composer(_MILL)
    finished = composer._paragraphs_finished([composer.index.units["s#u0000"]])
    assert len(finished) == 4  # the first sentence and three more, the room's limit


def test_one_sentence_from_inside_a_paragraph_opens_nothing():
    composer = _composer(_MILL)
    shown = [composer.index.units["s#u0002"]]
    assert composer._paragraphs_finished(shown) == shown


def test_at_most_three_sentences_are_added_the_earlier_paragraph_first():
    composer = _composer(
        [
            ["The dam was planned in 2010.", "Its cost doubled.", "Work stopped.", "Talks began."],
            ["Farmers sued.", "The court agreed.", "The ruling was appealed.", "It was upheld."],
        ]
    )
    units = composer.index.units
    shown = [units["s#u0000"], units["s#u0004"]]
    assert _texts(composer._paragraphs_finished(shown)) == [
        "The dam was planned in 2010.",
        "Its cost doubled.",
        "Work stopped.",
        "Talks began.",
        "Farmers sued.",
    ]


def test_a_sentence_repeating_a_shown_one_is_left_out():
    composer = _composer(
        [
            [
                "The ferry fare rose to 9 euros.",
                "Fewer tourists came.",
                "The ferry fare rose to 9 euros in May.",
                "The island's hotels closed early.",
            ],
        ]
    )
    units = composer.index.units
    finished = composer._paragraphs_finished([units["s#u0000"], units["s#u0001"]])
    assert _texts(finished)[2:] == ["The island's hotels closed early."]


@pytest.mark.parametrize(
    "question",
    [
        "What's the gist of the harbour board's ruling on the crane levy?",
        "Give me an overview of the quarrel over the crane levy.",
        "How does the Harbour Gazette portray the crane levy?",
        "How does the board's new crane levy work?",
        "Tell me the story of the crane levy bill.",
    ],
)
def test_a_whole_account_asked_in_other_words_is_a_synthesis(question):
    assert _synthesis(question, intent_of(question))


@pytest.mark.parametrize(
    "question",
    [
        "How much did the Harbour Gazette say the crane levy raised in 2021?",
        "When did the board's crane levy start to work?",
    ],
)
def test_a_quick_fact_in_those_words_is_no_synthesis(question):
    assert not _synthesis(question, intent_of(question))
