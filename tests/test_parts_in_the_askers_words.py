"""A question of several parts or sides, asked in the asker's own words: each part is answered
as it would be asked alone. A wh-phrase asks for the kind its own noun names, not for a noun
further on past its verb; a part about a thing the sources never name is still said to be
unanswered; a rule's time named in words ("when offsets began")
and its threshold named as a floor get each time's rule; and "how high" asks for a degree any
word of degree gives."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import unanswered_parts
from assistant.answering.frame import answer_type, dated, frame_of, split_parts
from assistant.answers import Answer, Citation


def _answer(text: str) -> Answer:
    return Answer(
        question="q",
        answer=text,
        citations=[Citation(marker=1, source_id="s", title="t", quote="q", start=0, end=1)],
    )


def _terms(text: str) -> list[str]:
    return [w.strip("?,.'").lower() for w in text.split() if len(w) > 3]


def _missing(question: str, text: str) -> list[str]:
    parts = [frame_of(part) for part in split_parts(question)]
    assert len(parts) > 1
    found = unanswered_parts(frame_of(question), _answer(text), parts, None, _terms)
    return [part.question for part in found]


def test_a_wh_phrase_asks_for_its_own_noun_not_one_past_its_verb():
    assert answer_type("Which agency briefed the shipbuilders on the levy?") == "organisation"
    assert answer_type("Which department courted the foreign suppliers?") == "organisation"


def test_a_compound_of_head_nouns_still_asks_for_its_last():
    assert answer_type("Which agency official briefed the shipbuilders?") == "person"


def test_the_start_of_offsets_named_in_words_is_the_programs_first_year():
    assert "in 1982" in dated("What was the floor when offsets began?", 1982, 2025)
    assert "in 1982" in dated("the trigger as offsets were first introduced", 1982, 2025)


def test_a_part_writing_none_of_the_sources_words_is_not_met_by_another_count():
    missing = _missing(
        "Which board levied the ferries, and how many drones flew over?",
        "The harbour board levied the ferries and charged 12 ships at its berths. [1]",
    )
    assert missing == ["how many drones flew over"]


@pytest.mark.slow
def test_a_part_about_a_thing_the_sources_never_name_is_still_said_to_be_unanswered(assistant):
    answer = assistant.ask(
        "Which ministry proposed the Korean SMEs to Lockheed Martin, and how many drones did "
        "the US maker end up taking?"
    )
    assert "Ministry of SMEs and Startups" in answer.answer
    assert "do not answer this part of the question: how many drones" in answer.answer


@pytest.mark.slow
def test_the_floor_when_offsets_began_is_set_beside_the_one_dapa_fixed(assistant):
    answer = assistant.ask(
        "How does the contract floor when offsets began compare with the one DAPA fixed later?"
    )
    assert not answer.abstained
    assert "USD 1 million" in answer.answer
    assert "USD 10 million" in answer.answer


@pytest.mark.slow
def test_how_steep_a_person_said_something_would_be_is_answered_by_any_degree(assistant):
    answer = assistant.ask("What did Trump say about how steep the reciprocal tariffs would be?")
    assert not answer.abstained
    assert "quite low" in answer.answer
