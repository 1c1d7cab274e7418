"""A length of time asked up to now ("how long has the guild been meeting?") is answered by a
span or by the time it runs from, and by no figure of another measure."""

import pytest

from assistant.answering.answerability import unmet
from assistant.answering.frame import frame_of
from assistant.answering.lengths_so_far import asks_length_so_far, runs_from, tells_length
from assistant.answers import Answer, Citation


@pytest.mark.parametrize(
    "question",
    [
        "How long has the guild been meeting?",
        "For how long have the two ports shared a pilot service?",
        # An aside between the asking words and the verb leaves the question as it is.
        "How long, by the guild's own count, has the charter stood?",
        "How many years have the ferries run at night?",
    ],
)
def test_a_span_up_to_now_is_asked(question: str) -> None:
    assert asks_length_so_far(question)


@pytest.mark.parametrize(
    "question",
    [
        # A length that does not run up to now, or no length at all.
        "How long did the strike last?",
        "How long is the harbour wall?",
        "When did the guild first meet?",
    ],
)
def test_other_questions_ask_no_span_up_to_now(question: str) -> None:
    assert not asks_length_so_far(question)


@pytest.mark.parametrize(
    "sentence",
    [
        "The guild has met every spring since 2015.",
        "Ever since the board audited the fund in 2018, the port has pressed for a new levy.",
        "First set up in 1994, the pilot service now covers both harbours.",
        "The night ferries have been kept running for twelve years.",
    ],
)
def test_a_start_or_a_length_states_the_span(sentence: str) -> None:
    assert tells_length(sentence)


def test_a_figure_of_another_measure_states_no_span() -> None:
    # Dues and a year of account say nothing of how long the guild has met.
    assert not tells_length("In 2019 the guild's dues came to $40 per member.")
    assert not runs_from("In 2019 the guild's dues came to $40 per member.")


def _answer(text: str) -> Answer:
    citation = Citation(marker=1, source_id="s1", title="t", quote=text, start=0, end=len(text))
    return Answer(question="q", answer=f"{text} [1]", citations=[citation])


def test_how_long_so_far_is_not_answered_by_an_amount_of_another_measure() -> None:
    question = "How long has the guild been collecting dues?"
    dues = "In 2019 the guild's dues came to $40 per member."
    started = "The guild has been collecting dues since 2015."
    assert unmet(frame_of(question), _answer(dues)) is not None
    assert unmet(frame_of(question), _answer(started)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Since adopting the charter in May 2015, the guild has met each spring.",
    ],
)
def test_a_clause_of_the_act_dates_the_span(sentence: str) -> None:
    assert runs_from(sentence)


def test_a_value_changed_in_a_year_dates_only_the_span_of_that_value() -> None:
    cut = "The toll was cut from 20 to 15 percent of the fare in 1990."
    assert tells_length(cut, "How long has the 15 percent toll held?")
    assert not tells_length(cut, "How long has the bridge toll been charged at night?")


def test_a_decade_a_span_runs_from_dates_it() -> None:
    assert runs_from("Since the late 2010s, the guild's takings have shrunk.")
