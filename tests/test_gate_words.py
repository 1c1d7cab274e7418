"""The weak-match gate judges what a question is about, not how it asks for the answer: the
words asking to lay an answer out, to set sources side by side, to give a source's wording, and
the names of the sources asked after, are no topic an answering sentence must share.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest

from assistant.answering.gate_words import (
    presentation_words,
    source_descriptions,
    source_names_in,
)

_CALLED = {"wire": ("Yonhap",), "daily": ("Asia Business Daily", "Asiae"), "blog": ("blog",)}


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Line up the delivery shares of the three parts.", ["Line up"]),
        ("Lay out the reasons the agency gave.", ["Lay out"]),
        ("Split the total by kind and rank the kinds.", ["rank"]),
        ("The wire versus the blog on the 2019 value", ["versus"]),
        ("How does the daily frame the listing?", ["frame"]),
        ("How did the paper state the threshold?", ["state"]),
        ("Why did it stop, as the wire tells it?", ["tells"]),
        ("What was secured in the 2011-15 window?", ["window"]),
    ],
)
def test_words_asking_how_an_answer_is_laid_out_or_worded_are_found(question, words):
    assert presentation_words(question) == words


@pytest.mark.parametrize(
    "question",
    [
        "Which officials of senior rank attended the talks?",  # a rank held, not an order asked
        "Which state-owned firms won the contracts?",  # a state, not a source's wording
        "What share of the line's output went abroad?",
        "How did the programme develop after the window closed?",
    ],
)
def test_the_same_words_naming_a_topic_are_kept(question):
    assert presentation_words(question) == []


def test_the_sources_a_question_names_are_found_by_any_name_they_are_called():
    question = "Asiae versus Yonhap: how does each put the 2016 value?"
    assert sorted(source_names_in(question, _CALLED)) == ["Asiae", "Yonhap"]
    assert source_names_in("What did the Asian market make of it?", _CALLED) == []


@pytest.mark.slow
def test_two_sources_set_side_by_side_are_asked_for_what_they_state(assistant):
    answer = assistant.ask(
        "Yonhap versus the blog: how does each put the drop in offset value after 2016?"
    )
    assert not answer.abstained
    quotes = " ".join(c.quote for c in answer.citations)
    assert "800 million" in quotes


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "How does the blog frame the dispute over rice import quotas?",
        "Line up, as Yonhap tells it, the offsets Korea secured from Sweden by year.",
    ],
)
def test_a_framed_question_on_what_the_sources_lack_is_still_refused(assistant, question):
    assert assistant.ask(question).abstained


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What reasons does the think tank give for the slump?", ["think tank"]),
        ("Do the wire stories agree on the date?", ["wire", "stories"]),
        ("In which journal did the piece also run?", ["journal", "piece"]),
        ("Which sole-source deals did the press report on?", ["press"]),
    ],
)
def test_a_source_described_rather_than_named_is_found(question, words):
    assert source_descriptions(question) == words


def test_a_compound_ending_in_a_word_for_a_source_is_no_description():
    assert source_descriptions("Which single-press lines were left idle?") == []


@pytest.mark.slow
def test_a_question_calling_its_source_by_what_it_is_is_answered(assistant):
    # "think tank" is no word of the sources: no sentence could share it with the question.
    answer = assistant.ask(
        "Set out the reasons the think tank gives for the steep fall in offset value after 2015."
    )
    assert not answer.abstained
    assert any("Reasons for this rapid decline" in c.quote for c in answer.citations)


@pytest.mark.slow
def test_a_described_source_asked_what_the_sources_lack_is_still_refused(assistant):
    assert assistant.ask(
        "Set out the reasons the think tank gives for the rise in rice tariffs."
    ).abstained
