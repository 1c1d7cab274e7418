""" "How long has it held?" asks a length of time up to now, which a sentence tells by the time
the thing runs from: "since 2014", or a "since" clause dated by the act it runs from ("since
adopting the levy in May 2019"). The kind of offset a question names must still be written
with that start: a start of another kind answers nothing. The wordings here are invented; none
is a case of the evaluation sets."""

from __future__ import annotations

from assistant.answering.answerability import runs_since, unmet
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation


def _answer(text: str) -> Answer:
    return Answer(
        question="q",
        answer=text,
        citations=[Citation(marker=1, source_id="s", title="t", quote="q", start=0, end=1)],
    )


def test_a_since_clause_dated_by_its_act_tells_how_long_something_has_held():
    frame = frame_of("How long has the harbour board kept its berth levy in the drawer?")
    assert runs_since(frame, "Since adopting the berth levy in May 2019, the board has shelved it.")
    assert runs_since(frame, "The board has shelved the levy since 2019.")
    assert not runs_since(frame, "Since the board is short of staff, the levy was shelved in 2019.")
    assert not runs_since(frame_of("When did the board adopt the levy?"), "since 2019")


def test_how_long_a_kind_of_offset_has_gone_unmet_is_told_by_the_year_it_runs_from():
    frame = frame_of(
        "About how long has the shipyard been turning down asks for technology transfer?"
    )
    since = _answer(
        "Since 2014 the shipyard has declined every request for technology transfer [1]."
    )
    assert unmet(frame, since) is None


def test_a_start_of_another_kind_of_offset_does_not_tell_how_long_the_kind_asked_has_held():
    frame = frame_of(
        "About how long has the shipyard been turning down asks for technology transfer?"
    )
    other_kind = _answer(
        "Since 2014 the shipyard has declined every request for military support [1]."
    )
    assert unmet(frame, other_kind) is not None
    undated = _answer("The shipyard has declined every request for technology transfer [1].")
    assert unmet(frame, undated) is not None
