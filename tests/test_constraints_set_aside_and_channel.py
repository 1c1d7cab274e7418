"""What a question sets aside or limits its figure to binds the answer, however it is worded.

- "Sonar aside, which …" and "leaving sonar aside, which …" set sonar aside as "besides sonar"
  does: a statement naming sonar as one of a set whose rest goes unnamed does not answer.
- A figure asked of deals that went "through" or "via" a channel named by its code ("the share
  bought through DCS") is of those deals, as for "DCS purchases": the whole's figure for the
  period, or the channel's figure for another period, is no answer.
- "What sits at the top of the list" asks what the list holds, as "what tops the list" does.
- Counter-trade is the program's name, not a counter-argument: it does not make a question
  ask for a position.
"""

from __future__ import annotations

import pytest

from assistant.answering.answerability import _list_unopened, unmet
from assistant.answering.frame import answer_type, frame_of
from assistant.answering.others_asked import set_aside, without_set_aside
from assistant.answers import Answer, Citation


def _said(sentence: str) -> Answer:
    citation = Citation(
        marker=1, source_id="s1", title="t", quote=sentence, start=0, end=len(sentence)
    )
    return Answer(question="q", answer=f"{sentence} [1]", citations=[citation])


# -- what is set aside ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Sonar aside, which other systems did the shipyard decline to license?",
        "Leaving sonar aside, which systems did the shipyard decline to license?",
        "Setting aside sonar, which systems did the shipyard decline to license?",
    ],
)
def test_a_thing_set_aside_before_the_question_is_set_aside(question):
    assert [b.lower() for b in set_aside(question)] == ["sonar"]
    assert "sonar" not in without_set_aside(question).lower()


@pytest.mark.parametrize(
    "question",
    [
        "What did the ministry put aside for the fund, and why?",
        "Is the aside in the report true?",
        "Set that aside, what did the agency do next?",
    ],
)
def test_aside_that_sets_nothing_aside_is_left_alone(question):
    assert set_aside(question) == ()


def test_the_others_of_a_set_whose_rest_goes_unnamed_are_not_given():
    frame = frame_of("Sonar aside, what were the other systems the shipyard refused to license?")
    said = "The shipyard refused to license three systems, including sonar."
    problem = unmet(frame, _said(said))
    assert problem is not None
    named = "The shipyard refused to license three systems: sonar, the mast and the winch."
    assert unmet(frame, _said(named)) is None


# -- a channel's figure --------------------------------------------------------------------------


def test_a_share_of_deals_through_a_channel_is_the_channel_s_for_the_period():
    frame = frame_of("What share of the navy's imports went through DCS in 2015-2019?")
    whole = "From 2015 to 2019, the navy imported ships worth USD 9 billion, 12 percent of it used."
    assert unmet(frame, _said(whole)) is not None
    other_period = "DCS contracts made up 40 percent of the navy's imports from 2008 to 2021."
    assert unmet(frame, _said(other_period)) is not None
    its_own = "From 2015 to 2019, DCS contracts made up 35 percent of the navy's imports."
    assert unmet(frame, _said(its_own)) is None


def test_a_channel_s_figure_for_the_period_it_is_given_for_is_answered():
    frame = frame_of("How much did the navy buy via DCS between 2008 and 2021?")
    said = "DCS contracts made up USD 4 billion of the navy's imports from 2008 to 2021."
    assert unmet(frame, _said(said)) is None


# -- what a list holds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What sits at the top of the export list the ministry keeps?",
        "Which goods come first on the ministry's export list?",
        "What is at the head of the ministry's export list?",
    ],
)
def test_what_heads_a_list_is_not_answered_by_the_list_being_kept(question):
    frame = frame_of(question)
    assert _list_unopened(frame, ["The ministry keeps an export list and posts it online."])
    assert not _list_unopened(frame, ["The ministry's export list is topped by engines."])


# -- counter-trade ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many frigates did the navy buy under counter-trade in 2019?", "count"),
        ("How much countertrade did the shipyard pledge?", "quantity"),
        ("How did the shipyard counter the ministry's claims?", "position"),
    ],
)
def test_counter_trade_is_no_counter_argument(question, kind):
    assert answer_type(question) == kind


# -- through the assistant -----------------------------------------------------------------------


@pytest.mark.slow
def test_the_unnamed_rest_of_the_refused_technologies_is_refused(assistant):
    answer = assistant.ask(
        "Leaving the radar aside, which core technologies did Lockheed Martin withhold?"
    )
    assert answer.abstained


@pytest.mark.slow
def test_the_fms_share_is_given_for_its_own_period_and_refused_for_a_part_of_it(assistant):
    whole = assistant.ask(
        "What share of the weapons Korea bought from the US went via FMS from 2011 to 2022?"
    )
    assert not whole.abstained
    assert "74" in whole.answer
    part = assistant.ask(
        "What share of the weapons Korea bought from the US went via FMS in 2013-2017?"
    )
    assert part.abstained


@pytest.mark.slow
def test_the_size_of_the_waived_phase_is_its_stated_value(assistant):
    answer = assistant.ask("How big was the second F-35 phase that DAPA bought without offsets?")
    assert not answer.abstained
    assert "4 trillion" in answer.answer
