"""A synthesis question (a summary, the reasons for something, a request to pull together or
lay out the sources' facts, a side's case) gathers the facts it asks for from other sections and
sources than the paragraph nearest its words: figures when it asks for numbers, causes when it
asks why, dated events when it asks for a history, arguments when it asks for a side's case.

- A gathered sentence holds the question's topic (the telling words its best sentence shares
  with it; words nearly every sentence holds tell nothing), read with the sentences just before
  it in its paragraph ("Reasons for this fall include …" after the line naming the fall), and
  states a fact of the asked kind; for figures, one the answer does not state yet.
- It comes from a paragraph the answer does not quote, or goes on (within two sentences) from a
  sentence the answer quotes: the rest of a quoted paragraph may hold the figures that break a
  quoted total down, or a second cause. Never from before a quoted sentence, never a quoted one
  again, whole when a page's notes cut it short.
- Whatever kind is asked, the sentence right after a quoted one that leans on it ("This is
  because …", "It is therefore …") finishes the quoted point and is gathered too.
- It is no near-duplicate of a shown sentence, and at most two are gathered, the closest to the
  question in meaning first.
- A question asking for no such kind, or one that is no synthesis (a quick fact), gathers
  nothing else: a longer answer would only add figures to it that it did not ask for.
"""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pytest
from paragraphed import units_in_paragraphs

from assistant.answering.compose import Candidate, Composer, _synthesis, intent_of
from assistant.answering.synthesis import fact_wanted, figure_values
from assistant.knowledge.chunks import Unit


def _composer(paragraphs: list[list[str]], common: set[str]) -> Composer:
    """A composer over one made-up source; each sentence's vector says how close it is to the
    question by how many of the words "crane" and "levy" it holds."""
    units = units_in_paragraphs(paragraphs)
    terms = {i: [w.strip(".,").lower() for w in u.text.split()] for i, u in units.items()}

    def vector(unit_id: str) -> np.ndarray:
        words = terms[unit_id]
        return np.array([words.count("crane"), words.count("levy"), 1.0])

    index = SimpleNamespace(
        units=units,
        unit_terms=terms,
        idf=lambda term: 0.3 if term in common else math.log(40),
        unit_vectors=lambda ids: {i: vector(i) for i in ids},
    )
    composer = object.__new__(Composer)
    composer.index = index  # type: ignore[attr-defined]
    return composer


def _query(question: str) -> SimpleNamespace:
    return SimpleNamespace(
        question=question,
        intent=intent_of(question),
        weights={"crane": 3.0, "levy": 3.0, "port": 0.3},
        vector=np.array([1.0, 1.0, 0.0]),
        only=frozenset(),
    )


def _best(unit: Unit, hits: set[str]) -> Candidate:
    return Candidate(unit, 1.0, 0.5, 0.5, frozenset(hits), frozenset())


_PORT = [
    ["The port charges a crane levy on every ship.", "The crane levy is paid by the shipowner."],
    ["Rainfall was heavy in May."],
    ["The crane levy raised USD 4 million in 2021.", "The port is busy."],
    ["The crane levy fell because traffic moved to the river port in 2022."],
    ["The crane levy raised USD 4 million in 2021, the port said."],
]
_COMMON = {"the", "a", "on", "is", "by", "in", "port", "was", "to"}


def _texts(units: list[Unit]) -> list[str]:
    return [u.text for u in units]


def test_a_request_for_the_numbers_gathers_the_figures_of_other_sections():
    composer = _composer(_PORT, _COMMON)
    shown = [composer.index.units["s#u0000"], composer.index.units["s#u0001"]]
    query = _query("How much does the crane levy matter? Give me the numbers.")
    gathered = composer._gathered(query, shown, [_best(shown[0], {"crane", "levy", "port"})])
    # Both later sections state figures of the levy the answer lacks; the repeat of the first
    # one's figures adds none and is left out; the rain is off the topic.
    assert _texts(gathered) == [
        "The crane levy raised USD 4 million in 2021.",
        "The crane levy fell because traffic moved to the river port in 2022.",
    ]


def test_a_why_question_gathers_only_sentences_giving_a_cause():
    composer = _composer(_PORT, _COMMON)
    shown = [composer.index.units["s#u0000"]]
    query = _query("Why did the crane levy fall?")
    gathered = composer._gathered(query, shown, [_best(shown[0], {"crane", "levy"})])
    assert _texts(gathered) == [
        "The crane levy fell because traffic moved to the river port in 2022."
    ]


def test_a_sentence_holds_the_topic_its_paragraph_sets_before_it():
    composer = _composer(
        [
            ["The crane levy is charged on every ship."],
            [
                "The crane levy fell by half in 2022.",
                "Reasons for this fall include lower traffic.",
            ],
            ["Wages fell because of lower traffic.", "Nothing else changed."],
            [
                "The crane levy was set in 2019.",
                "Ships were fewer.",
                "Tugs got dearer.",
                "Fuel fell because of lower traffic.",
            ],
        ],
        _COMMON | {"of", "for", "this", "half", "fell"},
    )
    shown = [composer.index.units["s#u0000"]]
    query = _query("Why did the crane levy fall?")
    gathered = composer._gathered(query, shown, [_best(shown[0], {"crane", "levy"})])
    # The reasons carry on from the sentence naming the levy's fall; the wages' cause is about
    # something else, and a cause three sentences after the levy's line is too far from it.
    assert _texts(gathered) == ["Reasons for this fall include lower traffic."]


def test_a_synthesis_asking_no_kind_of_fact_gathers_nothing():
    composer = _composer(_PORT, _COMMON)
    shown = [composer.index.units["s#u0000"]]
    query = _query("Describe the crane levy.")
    assert composer._gathered(query, shown, [_best(shown[0], {"crane", "levy"})]) == []


def test_words_every_sentence_holds_name_no_topic_to_gather_by():
    composer = _composer(_PORT, _COMMON | {"crane", "levy"})
    shown = [composer.index.units["s#u0000"]]
    query = _query("How much does the crane levy matter? Give me the numbers.")
    assert composer._gathered(query, shown, [_best(shown[0], {"crane", "levy"})]) == []


def test_the_rest_of_a_quoted_paragraph_adds_the_breakdown_of_its_total():
    composer = _composer(
        [
            [
                "In 2020 the crane levy raised USD 7 million.",
                "The crane levy raised USD 9 million in 2021.",
                "Of that, USD 5 million came from bulk ships.",
                "Tankers paid the rest.",
                "Tugs paid USD 1 million.",
            ],
        ],
        _COMMON | {"that", "of", "from", "came", "ships", "paid", "rest"},
    )
    shown = [composer.index.units["s#u0001"]]
    query = _query("How much does the crane levy raise? Give me the figures.")
    gathered = composer._gathered(query, shown, [_best(shown[0], {"crane", "levy"})])
    # The breakdown right after the quoted total goes on from it; the line before the quoted
    # one is no rest of it, and the tugs' figure is three sentences on, out of its reach.
    assert _texts(gathered) == ["Of that, USD 5 million came from bulk ships."]


def test_a_second_cause_right_after_a_quoted_one_is_gathered():
    composer = _composer(
        [
            [
                "The crane levy fell in 2022 because traffic moved to the river port.",
                "Fuel costs were also behind the crane levy's fall.",
            ],
            ["Rainfall was heavy in May."],
        ],
        _COMMON | {"also", "were", "fuel", "costs"},
    )
    shown = [composer.index.units["s#u0000"]]
    query = _query("Why did the crane levy fall?")
    gathered = composer._gathered(query, shown, [_best(shown[0], {"crane", "levy"})])
    assert _texts(gathered) == ["Fuel costs were also behind the crane levy's fall."]


def test_a_sentence_leaning_on_a_quoted_one_finishes_its_point_whatever_is_asked():
    composer = _composer(
        [
            [
                "The harbour board has two clerks for the crane levy.",
                "It is therefore hard pressed to check the dockets.",
                "The board meets on Mondays.",
            ],
        ],
        _COMMON | {"it", "therefore", "hard", "pressed", "check", "dockets", "meets"},
    )
    shown = [composer.index.units["s#u0000"]]
    query = _query("Describe the crane levy.")
    gathered = composer._gathered(query, shown, [_best(shown[0], {"crane", "levy"})])
    # No kind of fact is asked: only the sentence that leans on the quoted one comes with it.
    assert _texts(gathered) == ["It is therefore hard pressed to check the dockets."]


def test_a_sides_case_gathers_its_arguments_not_its_bare_facts():
    composer = _composer(
        [
            ["The dockers oppose the crane levy."],
            ["Without the crane levy, the yards would lose their best crews."],
            ["The crane levy is paid monthly."],
        ],
        _COMMON | {"without", "the", "would", "lose", "their", "best", "crews", "paid"},
    )
    shown = [composer.index.units["s#u0000"]]
    query = _query("Give me the dockers' case against the crane levy.")
    gathered = composer._gathered(query, shown, [_best(shown[0], {"crane", "levy"})])
    assert _texts(gathered) == ["Without the crane levy, the yards would lose their best crews."]


@pytest.mark.parametrize(
    "question",
    [
        "Give me the harbour board's case for the crane levy.",
        "Give me the growers' arguments against the crane levy.",
        "What went wrong with the crane levy? Explain.",
        "Summarize the history of the crane levy.",
        "Why did the harbour board raise the crane levy?",
        "Is the crane levy unusual? Pull together what the sources say.",
        "How much does the levy matter to the port? Give me the figures.",
        "Walk me through the crane levy talks.",
    ],
)
def test_summaries_reasons_and_requests_to_gather_are_syntheses(question):
    assert _synthesis(question, intent_of(question))


@pytest.mark.parametrize(
    "question",
    [
        "How much did the crane levy raise in 2021?",
        "When was the crane levy introduced?",
        "Who pays the crane levy?",
    ],
)
def test_quick_facts_are_no_syntheses(question):
    assert not _synthesis(question, intent_of(question))


def test_the_kind_of_fact_asked():
    figures = fact_wanted("Give me the numbers on the levy.", why=False, chronological=False)
    assert figures is not None and figures("It raised USD 4 million.")
    assert not figures("It is paid by shipowners.")
    causes = fact_wanted("Why did it fall?", why=True, chronological=False)
    assert causes is not None and causes("It fell because traffic moved.")
    assert not causes("It fell in 2022.")
    dated = fact_wanted("Trace its history.", why=False, chronological=True)
    assert dated is not None and dated("It was raised in 2019.")
    assert fact_wanted("Describe the levy.", why=False, chronological=False) is None
    argued = fact_wanted("What are the arguments against the levy?", why=False, chronological=False)
    assert argued is not None and argued("Dropping it would cost the port its cranes.")
    assert argued("The growers argue that it is unfair.")
    assert not argued("It is paid monthly.")


def test_a_sentence_adds_figures_only_when_it_states_one_not_shown():
    def adds(text: str, shown: str) -> bool:
        return bool(figure_values(text) - figure_values(shown))

    assert adds("It raised USD 5 million.", "It raised USD 4 million.")
    assert not adds("The USD 4 million it raised", "It raised USD 4 million.")
    assert not adds("It is paid by shipowners.", "It raised USD 4 million.")
