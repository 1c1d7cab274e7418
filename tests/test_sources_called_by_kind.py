"""A question may call a source by the kind of publication it is ("the wire service", "the
evening daily", "the think tank") rather than by its name. Each source's ``medium`` in
``sources.yaml`` says what kind of publication it is; a general noun for a kind names the sources
of that kind, the words before it narrow them, and used as a source the phrase is read as their
names, so the question is answered from them. A kind or a country's publication no source is of
is a source the project does not have.

The sources here are invented (a harbour town's two dailies, a wire, an institute, a blog); so
are the wordings.
"""

from __future__ import annotations

import pytest
from harbour_sources import HARBOUR_SOURCES as SOURCES

from assistant.answering.source_kinds import kinds_of, not_held, read_by_kind


def read(question: str) -> str:
    return read_by_kind(question, SOURCES).question


def test_the_medium_says_the_kind_and_the_kind_stands_in_when_no_medium_is_written() -> None:
    assert kinds_of(SOURCES["s3"]) == {"wire"}
    assert kinds_of(SOURCES["s4"]) == {"research"}
    assert kinds_of(SOURCES["s1"]) == {"newspaper"}
    assert kinds_of(SOURCES["s5"]) == {"blog"}  # from ``kind``: no medium written


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a kind only one source is of: that source
        (
            "Per the wire service, what will the toll be?",
            "Per the Ruripress, what will the toll be?",
        ),
        (
            "What does the news agency say of the strike?",
            "What does the Ruripress say of the strike?",
        ),
        (
            "In the newswire story, who ended the strike?",
            "In the Ruripress story, who ended the strike?",
        ),
        ("What toll does the think tank want?", "What toll does the NPI want?"),
        ("the research institute's estimate of the toll?", "the NPI's estimate of the toll?"),
        # the words before the noun narrow the kind to the sources they describe
        (
            "What does the evening daily put the toll at?",
            "What does the Harbour Evening Gazette put the toll at?",
        ),
        ("and per the morning paper?", "and per the Morning Courier?"),
    ],
)
def test_a_kind_used_as_a_source_reads_as_the_name_of_the_source_of_that_kind(
    question: str, expected: str
) -> None:
    assert read(question) == expected


def test_two_sources_of_one_kind_are_both_named_so_each_gives_its_own_account() -> None:
    assert read("What toll do the Ruritanian dailies report?") == (
        "What toll do the Harbour Evening Gazette and the Morning Courier report?"
    )


@pytest.mark.parametrize(
    "question",
    [
        # asks for the name: no source is given
        "Which newswire first reported the strike?",
        # a phrase already naming a source, and a noun that is part of a name
        "What does the NPI paper recommend?",
        "What does the Northern Policy Institute recommend?",
        # the kind is no source of the question: the think tank is its topic
        "When was the think tank founded?",
        # "the paper" could be either daily or the institute's paper: the words do not say
        "What does the paper say about tolls?",
        # "the other daily" picks by the conversation, not by kind
        "and per the other daily?",
        # the press as a whole is every source of the news, no one account
        "How does the press explain the strike?",
    ],
)
def test_a_phrase_that_does_not_single_out_sources_by_kind_is_left_as_asked(question: str) -> None:
    named = read_by_kind(question, SOURCES)
    assert named.question == question
    assert named.absent is None


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("What does the Danish weekly say about the toll?", "the Danish weekly"),
        ("According to the radio report, when does the strike end?", "the radio report"),
        ("Per the Japanese news agency, what is the toll?", "the Japanese news agency"),
        ("What does the French press make of the strike?", "the French press"),
    ],
)
def test_a_kind_or_a_country_s_publication_no_source_is_of_is_said_to_be_missing(
    question: str, absent: str
) -> None:
    named = read_by_kind(question, SOURCES)
    assert named.absent == absent
    said = not_held(absent, SOURCES)
    assert said.startswith(absent[0].upper() + absent[1:] + " is not among the sources")
    assert "Morning Courier" in said


def test_a_word_that_may_be_the_topic_s_is_no_missing_source() -> None:
    # "the toll study" may be any source's study of tolls, "the Harbour Board study" a body's
    # study the sources report on: neither is said to be missing.
    assert read_by_kind("What does the toll study conclude?", SOURCES).absent is None
    assert read_by_kind("What does the Harbour Board study conclude?", SOURCES).absent is None
