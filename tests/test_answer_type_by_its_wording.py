"""What a question asks for is read from its wording, and each kind is answered as it is told.

A level is told in words of degree as well as in figures; a length of time so far is told by a
length of time or by the start it runs from, and not by whatever count stands near; a time
counted from the source's present ("until last year") is a time; a question of manner asks how,
whatever money it names.
"""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import answer_type, frame_of
from assistant.answers import Answer, Citation


def _answer(text: str) -> Answer:
    quote = text.replace(" [1]", "")
    citation = Citation(marker=1, source_id="s1", title="t", quote=quote, start=0, end=len(quote))
    return Answer(question="q", answer=text, citations=[citation])


def test_a_level_asked_is_told_by_a_word_of_degree():
    frame = frame_of("What level of harbour permit did the Chilean ferry lines obtain?")
    worded = _answer(
        "The ferry lines have since obtained a basic-tier permit and a low-level licence. [1]"
    )
    assert unmet(frame, worded, Entities()) is None


def test_a_level_said_of_a_thing_tells_its_level():
    frame = frame_of("At what level is the uptake of the Peruvian rebate?")
    assert (
        unmet(frame, _answer("The uptake of the rebate has remained quite low. [1]"), Entities())
        is None
    )


def test_a_level_is_not_told_by_a_sentence_of_no_degree():
    frame = frame_of("What level of harbour permit did the Chilean ferry lines obtain?")
    silent = _answer("The ferry lines argued that the permit was an unnecessary hurdle. [1]")
    assert unmet(frame, silent, Entities()) is not None


def test_a_length_of_time_so_far_is_not_told_by_a_count_nearby():
    frame = frame_of("How long has the Norwegian pilotage office existed?")
    staffed = _answer("The pilotage office has about a dozen members on staff. [1]")
    assert unmet(frame, staffed, Entities()) is not None


@pytest.mark.parametrize(
    "told",
    [
        "The pilotage office was set up by the port authority in 2011. [1]",
        "The pilotage office has operated for 14 years. [1]",
        "Ever since the ministry reviewed the port in 2011, the pilotage office has run the berths. [1]",
    ],
)
def test_how_long_a_thing_has_existed_is_told_by_its_length_or_its_start(told):
    frame = frame_of("How long has the Norwegian pilotage office existed?")
    assert unmet(frame, _answer(told), Entities()) is None


def test_a_thing_s_creation_does_not_tell_how_long_someone_has_held_it():
    frame = frame_of("How long have the Danish ferry lines held the harbour permit?")
    created = _answer("The harbour permit was created by the port authority in 2009. [1]")
    assert unmet(frame, created, Entities()) is not None


def test_how_long_a_rate_has_held_is_told_by_the_year_it_was_set():
    frame = frame_of("How long has the 12 percent harbour levy been in force in Valparaiso?")
    cut = _answer("The harbour levy was cut from 20 to 12 percent of the fare in 2003. [1]")
    assert unmet(frame, cut, Entities()) is None


def test_a_time_counted_from_the_present_answers_until_when():
    frame = frame_of("Until when was the Chilean shipyard obliged to deliver the tugs?")
    assert frame.answer_type == "date"
    told = _answer("The shipyard was obliged to deliver the tugs until last year, but did not. [1]")
    assert unmet(frame, told, Entities()) is None


@pytest.mark.parametrize(
    "question",
    [
        "How do Peruvian exporters cover the cost of the port levy?",
        "How did the Chilean navy pay for its new tugs?",
        "How are the harbour dues financed in Valparaiso?",
    ],
)
def test_a_question_of_manner_does_not_ask_for_an_amount(question):
    assert answer_type(question) == "other"


@pytest.mark.parametrize(
    "question, kind",
    [
        ("How much did the Chilean navy pay for its new tugs?", "money"),
        ("What did the Chilean navy pay for its new tugs?", "money"),
        ("How many tugs did the Chilean navy buy?", "count"),
    ],
)
def test_a_question_of_degree_still_asks_for_a_figure(question, kind):
    assert answer_type(question) == kind
