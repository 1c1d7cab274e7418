"""A date asked of one member of a series by its place ("the fourth ferry", "the last of the six
ferries") is told only where that place is written: a sentence that dates the series by its start
dates its first member, not a later one. A place the sources do write ("the second phase") keeps
its answer. The wordings here are invented; none is a case of the evaluation sets."""

from __future__ import annotations

from assistant.answering.answerability import unmet
from assistant.answering.frame import frame_of
from assistant.answering.series_positions import position_asked, position_unmet
from assistant.answers import Answer, Citation

_START = "The port took six ferries from the yard, starting with the first one in May 2019."


def _answer(text: str) -> Answer:
    return Answer(
        question="q",
        answer=text,
        citations=[Citation(marker=1, source_id="s", title="t", quote="q", start=0, end=1)],
    )


def test_a_later_member_or_the_last_is_a_place_asked_and_the_first_is_not():
    assert position_asked("In which month did the fourth ferry reach the port?") == (
        "fourth",
        "fourth ferry",
    )
    assert position_asked("When did the last of the six ferries arrive?") == (
        "last",
        "last of the six ferries",
    )
    assert position_asked("When was the final ferry of the order handed over?") is not None
    # The first member is what a start dates; "the last two years" names no member.
    assert position_asked("When did the first ferry arrive?") is None
    assert position_asked("What did the port pay over the last two years?") is None


def test_a_start_date_does_not_date_a_later_member_of_the_series():
    assert position_unmet("In which month did the fourth ferry reach the port?", [_START])
    assert position_unmet("When did the last of the six ferries arrive?", [_START])
    told = "The last ferry of the six reached the port in June 2021."
    assert position_unmet("When did the last of the six ferries arrive?", [told]) is None


def test_a_stage_the_sources_write_keeps_its_date():
    said = "In April 2022 the port board put the second phase of the ferry order on hold."
    assert position_unmet("When did the board pause the second-phase ferry buy?", [said]) is None


def test_the_answer_to_a_later_member_s_date_from_a_start_is_declined():
    frame = frame_of("In which month did the fourth ferry reach the port?")
    assert unmet(frame, _answer(_START + " [1]")) is not None
    first = frame_of("In which month did the first ferry reach the port?")
    assert unmet(first, _answer(_START + " [1]")) is None
