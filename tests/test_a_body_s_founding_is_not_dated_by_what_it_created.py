"""The date of a body's own creation is not the date of something the body created."""

from __future__ import annotations

from assistant.answering.agent_dates import creation_asked, only_its_creations_dated

_LICENCE = "The pilot licence was created by the Harbour Trust in 2016 and tightened in 2020."


def test_the_thing_whose_creation_is_asked_is_the_passive_s_subject():
    assert creation_asked("When was the Harbour Trust set up?") == "the Harbour Trust"
    assert creation_asked("In what year was the ferry guild first founded?") == "the ferry guild"
    assert creation_asked("When did the trust create the licence?") is None


def test_a_body_written_only_as_the_agent_of_another_creation_is_not_dated_by_it():
    # The licence's date, not the trust's.
    assert only_its_creations_dated("When was the Harbour Trust set up?", [_LICENCE])


def test_the_thing_created_is_dated_by_the_same_sentence():
    assert not only_its_creations_dated("When was the pilot licence set up?", [_LICENCE])


def test_a_sentence_telling_the_body_s_own_creation_dates_it():
    own = "The Harbour Trust was established in 1998; the pilot licence was created by the Harbour Trust in 2016."
    assert not only_its_creations_dated("When was the Harbour Trust set up?", [own])
    # A question not about a creation is left alone.
    assert not only_its_creations_dated("When did the Harbour Trust meet?", [_LICENCE])
