"""A question about what a named source itself is ("the Lisbon institute's brief is a reworked
lecture: when was the lecture given?") is about the document, not its topic, and the document's
own sentence on itself ("This report is a revised summary of the address …") answers it.

- A question makes the document its subject: "the brief is", "the paper began", "the report grew".
- A question about the document's topic does not ("what does the report say of tariffs").
- The source's word on itself is a sentence whose subject is the document, a footnote's number
  aside; a sentence that merely mentions a report is not.
"""

from __future__ import annotations

import pytest

from assistant.answering.self_descriptions import asks_of_itself, describes_itself


@pytest.mark.parametrize(
    "question",
    [
        "The Lisbon institute's brief is a reworked lecture. When was the lecture given?",
        "The harbour study began life as a speech. At what event?",
        "The ministry's paper grew out of a seminar talk: on what date was it held?",
    ],
)
def test_a_question_making_the_document_its_subject_asks_of_it(question):
    assert asks_of_itself(question)


@pytest.mark.parametrize(
    "question",
    [
        "What does the Lisbon institute's report say about rail tariffs?",
        "Which paper mills did the harbour study count?",
    ],
)
def test_a_question_about_the_document_s_topic_does_not(question):
    assert not asks_of_itself(question)


def test_the_document_s_sentence_on_itself_describes_it():
    assert describes_itself(
        "This report is a revised summary of an address given in Porto in 2019."
    )
    assert describes_itself("3) This paper was first presented at the Harbour Forum.")


def test_a_sentence_mentioning_a_report_does_not():
    assert not describes_itself("The ministry's report was released on Monday.")
    assert not describes_itself("According to this report by the bureau, exports fell.")
