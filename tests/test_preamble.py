"""An opening about the asker is no part of what the question asks."""

from __future__ import annotations

from assistant.answering.preamble import without_preamble


def test_an_opening_about_the_asker_is_set_aside():
    assert (
        without_preamble("I'm drafting a note for my director. Why did the Port Board raise fees?")
        == "Why did the Port Board raise fees?"
    )
    assert (
        without_preamble("For our team meeting: when did the Harbour Act take effect?")
        == "When did the Harbour Act take effect?"
    )
    assert (
        without_preamble("We are reviewing pilotage costs. What did Ferrania charge in 2019?")
        == "What did Ferrania charge in 2019?"
    )


def test_an_opening_that_names_the_subject_or_a_figure_stays():
    for asked in (
        "I'm looking at the Ferrania contract. Who built the tugs?",
        "We're bidding on a tender worth $30 million. What share must be offset?",
        "I am told there were twelve bids. How many came from abroad?",
    ):
        assert without_preamble(asked) == asked


def test_an_opening_that_reports_or_says_what_is_wanted_stays():
    for asked in (
        "I read that tug fees fell. Is that right for Ferrania?",
        "My notes say tug fees doubled. Check that for the Port Board.",
        "I need the rate: what did Ferrania charge in 2019?",
    ):
        assert without_preamble(asked) == asked


def test_an_opening_stays_when_the_rest_names_nothing_of_its_own():
    asked = "I want to understand pilotage fees. How are they set?"
    assert without_preamble(asked) == asked
    assert without_preamble("What did the Port Board decide?") == "What did the Port Board decide?"
