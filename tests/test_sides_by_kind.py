"""A side named by its kind ("Korean industry", "the shipping firms") is asked for by what it
says or how it explains something; its words are given by a sentence whose speaker is of that
kind, the home country left unsaid as its own press leaves it."""

import pytest

from assistant.answering.sides_by_kind import head, side_asked, spoken_of


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("What do Korean shipping firms say about the new fees?", "Korean shipping firms"),
        ("How does the fishing industry explain the falling catch?", "the fishing industry"),
        (
            "What have the big harbour operators been saying about the levy?",
            "the big harbour operators",
        ),
    ],
)
def test_the_side_is_the_subject_of_a_verb_of_saying(question: str, side: str) -> None:
    assert side_asked(question) == side


@pytest.mark.parametrize(
    "question",
    [
        # A document speaks in its author's voice throughout: no side of its own.
        "What does the report say about the fees?",
        "What does the harbour study say about the catch?",
        "What did the 2031 harbour fees report say about the catch?",
        # A pronoun names no side.
        "What do they say about the levy?",
        # No verb of saying: a question about the side, not its words.
        "What do Korean shipping firms pay in fees?",
    ],
)
def test_what_names_no_side_speaking(question: str) -> None:
    assert side_asked(question) is None


def test_the_home_country_is_left_unsaid() -> None:
    # A Seoul daily writes "the related industry" for Korean industry.
    assert spoken_of("Korean shipping industry", "South Korea") == "shipping industry"
    assert spoken_of("the Portuguese fleet", "South Korea") == "the Portuguese fleet"


def test_the_kind_of_side_is_its_head_noun() -> None:
    # "Korean shipping firms" are firms: a sentence whose speaker is "the shipping press" is
    # not theirs, though it shares "shipping".
    assert head("Korean shipping firms") == "firms"
