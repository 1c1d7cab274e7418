"""A question naming one year after "in", "of", "during" or "throughout" and asking what took
place asks for that year's events: every dated event of the year about the question's subject,
not the events about its one rarest word. A year that opens or closes a span ("since 1999",
"1999 to 2001") is a story over time, not one year's events."""

from __future__ import annotations

import pytest

from assistant.answering.year_story import asks_year_events, of_the_year, year_told


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("What happened to Chile's procurement rules in 1997?", 1997),
        ("Go through the port-levy events of 2011 for me.", 2011),
        ("Which changes to the tender code took place during 2004?", 2004),
        ("What went on with Peru's counter-trade throughout the year 2015?", 2015),
    ],
)
def test_one_year_named_within_the_question_is_the_year_asked(question, year):
    assert year_told(question) == year


@pytest.mark.parametrize(
    "question",
    [
        # A span's bounds, or its opening, are a story over time.
        "What happened to Chile's procurement rules from 1997 to 2001?",
        "What happened to the levy in 1997 and 2001?",
        "What has happened to the levy since 1997?",
        # No year at all.
        "What happened to the levy?",
    ],
)
def test_a_span_or_no_year_is_no_single_year(question):
    assert year_told(question) is None


def test_a_year_asked_without_asking_what_took_place_is_no_year_story():
    assert asks_year_events("What happened to Chile's procurement rules in 1997?")
    assert not asks_year_events("What was the levy rate in 1997?")


def test_an_event_of_the_year_belongs_when_it_states_a_word_of_the_subject():
    subject = {"levy", "port"}
    assert of_the_year(1997, frozenset({"levy", "rais"}), 1997, subject)
    # Another year's event, or one of the same year on another subject, is another story.
    assert not of_the_year(1998, frozenset({"levy"}), 1997, subject)
    assert not of_the_year(1997, frozenset({"beef", "import"}), 1997, subject)
    assert not of_the_year(None, frozenset({"levy"}), 1997, subject)
