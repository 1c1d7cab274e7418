"""A question the first search leaves unanswered is searched again, deeper, and answered when
the deeper search finds a sentence that answers it:

- the deeper answer leads with a sentence the first search never read ("the two ports have been
  in talks since 2019" for "how long have the harbours been negotiating"), which shares as much
  of the question's words as the weak-match gate asks;
- a deeper answer that leads with a sentence the first search already read and refused is no
  new evidence, and one leading with a new sentence that shares few of the question's words
  merely holds a figure or a name of the asked kind: both stay refused;
- a refusal of the deeper search stays a refusal, and the search is shallow again afterwards;
- a summary or a history ("walk me through the harbour's pilotage rules") is not searched
  again: read deeper, it gathers more sentences that merely mention what it names.

The ports, harbours and figures are invented; none is a case of the evaluation sets.
"""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

from assistant.answering.compose import _WEAK_COVERAGE, Candidate, Composer
from assistant.answering.scope import Scope
from assistant.answers import Answer, Citation
from assistant.knowledge.chunks import Unit

QUESTION = "How long have the two harbours been negotiating a shared pilotage pact?"


def _candidate(start: int, text: str, coverage: float) -> Candidate:
    unit = Unit(
        id=f"s{start}",
        source_id="ports",
        start=start,
        end=start + len(text),
        kind="sentence",
        text=text,
        quote=text,
        passage_id=f"p{start}",
        paragraph=start,
    )
    return Candidate(unit, coverage, coverage, 0.3, frozenset(), frozenset())


FIRST = [_candidate(0, "The pilotage pact would pool both ports' tugs.", 0.2)]
TALKS = _candidate(500, "The two ports have been in talks since 2019 on the pact.", 0.5)
BARE = _candidate(900, "The port bought 12 tugs in 2019.", 0.1)


def _answered_by(candidate: Candidate) -> Answer:
    unit = candidate.unit
    citation = Citation(
        marker=1,
        source_id=unit.source_id,
        title="Ports",
        quote=unit.text,
        start=unit.start,
        end=unit.end,
    )
    return Answer(question=QUESTION, answer=f"{unit.text} [1]", citations=[citation])


def _composer(deeper: list[Candidate], answer: Answer, wide: bool = False) -> SimpleNamespace:
    composer = SimpleNamespace(_answering=threading.local(), searched=[])
    query = SimpleNamespace(intent=SimpleNamespace(wide=wide))

    def ranked_query(
        question: str, context: str, scope: Scope
    ) -> tuple[SimpleNamespace, list[Candidate]]:
        deep = getattr(composer._answering, "deeper", False)
        return query, (deeper if deep else FIRST)

    def compose(question: str, context: str, scope: Scope) -> Answer:
        composer.searched.append(getattr(composer._answering, "deeper", False))
        return answer

    composer._ranked_query = ranked_query
    composer._compose = compose
    return composer


def _deeper(composer: SimpleNamespace) -> Answer | None:
    return Composer._searched_deeper(composer, QUESTION, "", Scope(True))  # type: ignore[arg-type]


def test_a_new_sentence_sharing_enough_of_the_question_answers_it():
    assert TALKS.coverage >= _WEAK_COVERAGE
    composer = _composer([*FIRST, TALKS], _answered_by(TALKS))
    answer = _deeper(composer)
    assert answer is not None and "since 2019" in answer.answer
    assert composer.searched == [True]
    assert not getattr(composer._answering, "deeper", False)


def test_a_sentence_the_first_search_already_read_is_no_new_evidence():
    composer = _composer([TALKS, *FIRST], _answered_by(FIRST[0]))
    assert _deeper(composer) is None


def test_a_new_sentence_that_merely_holds_a_figure_of_the_asked_kind_answers_nothing():
    assert BARE.coverage < _WEAK_COVERAGE
    composer = _composer([*FIRST, BARE], _answered_by(BARE))
    assert _deeper(composer) is None


def test_a_refusal_of_the_deeper_search_stays_a_refusal():
    refused = Answer(question=QUESTION, answer="I can't answer that.", abstained=True)
    assert _deeper(_composer([*FIRST, TALKS], refused)) is None


def test_the_search_is_shallow_again_when_the_deeper_one_fails():
    composer = _composer([*FIRST, TALKS], _answered_by(TALKS))

    def broken(question: str, context: str, scope: Scope) -> Answer:
        raise RuntimeError("index gone")

    composer._compose = broken
    with pytest.raises(RuntimeError):
        _deeper(composer)
    assert not getattr(composer._answering, "deeper", False)


def test_a_summary_is_not_searched_again():
    composer = _composer([*FIRST, TALKS], _answered_by(TALKS), wide=True)
    assert _deeper(composer) is None
    assert composer.searched == []
