"""A part is not said to be unanswered when the one statement that gives the other parts' figures
gives its figure too, in other words than the part's ("invested" for "spend", "companies" for
"firms"). A part the answer does not give a figure of its kind for, or gives one only of another
thing, stays unanswered: the note is then true."""

from __future__ import annotations

from assistant.answering.answerability import answered_beside, unanswered_parts
from assistant.answering.frame import frame_of, split_parts
from assistant.answers import Answer, Citation


def _answer(text: str) -> Answer:
    return Answer(
        question="q",
        answer=text,
        citations=[Citation(marker=1, source_id="s", title="t", quote="q", start=0, end=1)],
    )


def _beside(question: str, text: str, asked: str) -> bool:
    frame = frame_of(question)
    parts = [frame_of(part) for part in split_parts(question)]
    part = next(p for p in parts if p.question.startswith(asked))
    return answered_beside(part, frame, parts, _answer(text), None)


def test_a_figure_worded_otherwise_in_the_statement_of_the_other_parts_answers_its_part():
    question = (
        "How many ferries did the port buy, how much did it spend, and when did the first sail?"
    )
    text = (
        "The port authority invested about EUR 48 million to acquire six ferries, the first "
        "of which entered service in May 2019. [1]"
    )
    # The own-word check alone misses it ("spend" is not written) ...
    parts = [frame_of(part) for part in split_parts(question)]
    missing = unanswered_parts(frame_of(question), _answer(text), parts, None, str.split)
    assert "how much did it spend" in [p.question for p in missing]
    # ... but the statement giving the count and the date gives the amount beside them.
    assert _beside(question, text, "how much did it spend")


def test_as_many_counts_as_the_parts_asking_for_counts_answer_each_of_them():
    question = "How many parts did the agency put forward, and how many suppliers won orders?"
    text = (
        "The agency proposed 120 components from 35 vendors, of which 14 components from 6 "
        "makers were ordered. [1]"
    )
    assert _beside(question, text, "how many suppliers won orders")


def test_a_part_whose_kind_no_statement_holds_stays_unanswered():
    question = "When did the port adopt berth credits, and how many credit deals has it signed?"
    text = "The port adopted berth credits in June 2017 but has since set them aside. [1]"
    assert not _beside(question, text, "how many credit deals has it signed")


def test_a_lone_count_beside_other_counts_asked_is_no_answer_to_each():
    question = "How many ferries were ordered, and how many of those run on hydrogen?"
    text = "The port ordered 12 ferries in 2021. [1]"
    assert not _beside(question, text, "how many of those run on hydrogen")


def test_a_part_asking_no_kind_of_figure_is_not_taken_as_answered():
    # "What did she promise" is met by any statement, so no statement's figures decide it.
    question = "When did the minister visit the port, and what did she promise?"
    text = "The minister visited the port in April 2020 with 40 officials. [1]"
    assert not _beside(question, text, "what did she promise")


def test_a_date_beside_no_other_figure_asked_does_not_answer_a_date_part():
    # The other part asks for no kind of figure: the year in the statement may be of another
    # event than the one the part asks the date of.
    question = "Which firms were refused a berth licence, and when were they refused?"
    text = "The licence scheme was created in 2016 and tightened in 2022. [1]"
    assert not _beside(question, text, "when were they refused")
