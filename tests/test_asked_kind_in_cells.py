"""A question asks for a kind of thing (a name, a body, a length of time) that a table cell, a
row's label or a sentence naming such a body gives, in other words than the question's: "what do
they call it" is met by the row labelled by name, "which committee" by a sentence naming a
committee (even one indexed by its acronym), and a chart the question points to by its kind ("the
comparison chart") asks for no comparison."""

from __future__ import annotations

import pytest

from assistant.answering.compose import _NAME_ASKED, _NAMING_LABEL, _row_label
from assistant.answering.frame import answer_type, body_noun_asked
from assistant.knowledge.chunks import Unit


@pytest.mark.parametrize(
    "question",
    [
        "How many weeks do growers get to file a claim, going by the comparison table?",
        "According to the comparison figure, how long does the port hold a cargo?",
    ],
)
def test_a_chart_named_by_its_kind_asks_for_no_comparison(question):
    assert answer_type(question) != "comparison"


def test_a_comparison_asked_for_is_still_one():
    assert answer_type("How does the levy compare with the port fee?") == "comparison"
    assert answer_type("Compare the two schemes' windows for filing.") == "comparison"


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Which board signs off on each fishing permit?", "board"),
        ("Which council sets the harbour levy?", "council"),
        ("Which commission hears the growers' appeals?", "commission"),
        ("Which bureau keeps the register of quotas?", "bureau"),
    ],
)
def test_a_body_of_any_named_kind_is_asked_for_as_a_body(question, noun):
    assert answer_type(question) == "organisation"
    assert body_noun_asked(question) == noun


def test_a_body_that_is_only_the_subject_of_what_is_asked_is_not_asked_for():
    assert body_noun_asked("Tell me the amount the committee paid for the pier.") is None
    assert body_noun_asked("What did the council say about the levy?") is None


@pytest.mark.parametrize(
    "question",
    [
        "What does Chile call its version of the quota?",
        "In the growers' table, what is Peru's scheme known as?",
        "What is the permit termed in the port's rules?",
    ],
)
def test_a_question_for_what_a_thing_is_called_asks_for_a_name(question):
    assert _NAME_ASKED.search(question)


def test_a_question_for_what_someone_did_asks_for_no_name():
    assert not _NAME_ASKED.search("What did the ministry do about the levy?")
    assert not _NAME_ASKED.search("Who called for the levy to be scrapped?")


def _row(text: str) -> Unit:
    return Unit("s#1", "s", 0, len(text), "row", text, text, "s#p0", 0)


def test_a_row_labelled_by_name_gives_names_and_its_cells_do_not_count():
    named = _row("Table 2. Quotas abroad — Local name of scheme: Peru: Cuota; Chile: Named quota")
    other = _row("Table 2. Quotas abroad — Quota recognised?: Peru: Yes; Chile: Name pending")
    assert _row_label(named) == "Local name of scheme"
    assert _NAMING_LABEL.search(_row_label(named))
    assert not _NAMING_LABEL.search(_row_label(other))


def test_a_body_asked_for_by_its_kind_is_answered_by_the_sentence_naming_one(assistant):
    answer = assistant.ask(
        "What committee looks at offset possibilities when Korea buys weapons via FMS?"
    )
    assert not answer.abstained
    assert "Defense Program Steering Committee" in answer.answer


def test_what_a_country_calls_its_banking_scheme_is_read_from_the_row_of_names(assistant):
    answer = assistant.ask("What is Taiwan's form of offset banking called in the KIET table?")
    assert not answer.abstained
    assert "Preapproved credits" in answer.answer


def test_a_length_of_time_in_a_comparison_chart_is_read_from_its_cell(assistant):
    answer = assistant.ask(
        "Going by the comparison chart, how long is the negotiation window in the traditional "
        "offset system?"
    )
    assert not answer.abstained
    assert "3 to 6 months" in answer.answer


def test_an_office_asked_for_is_met_by_any_part_of_a_body_its_source_names(assistant):
    answer = assistant.ask("Which office at DAPA looks after offset banking?")
    assert not answer.abstained
    assert "Offset Division" in answer.answer
