"""Answers say the sources disagree exactly where the curated disagreements say so."""

from __future__ import annotations

from assistant.knowledge.disagreements import load_disagreements, sides_cited


def _sides(answer):
    quotes = [c.quote for c in answer.citations]
    return {item.id: sides_cited(quotes, item) for item in load_disagreements()}


def test_an_answer_citing_the_wrong_release_date_also_cites_the_other_side(assistant):
    answer = assistant.ask("On what day did the USTR publish its 2025 trade barrier report?")
    sides = _sides(answer)
    assert answer.disputed and any(len(s) >= 2 for s in sides.values()), answer.answer
    assert "October" in answer.answer and "March" in answer.answer


def test_a_question_about_one_period_is_not_told_of_another_periods_dispute(assistant):
    answer = assistant.ask("How much did Korea obtain in offsets over 2011-2015?")
    assert "7.99 billion" in answer.answer and "8 billion" in answer.answer
    assert "(2016-2020)" not in answer.answer


def test_a_reason_question_gets_no_disagreement_note(assistant):
    answer = assistant.ask("Why have Korea's offset earnings shrunk so much?")
    assert "The sources disagree on" not in answer.answer


def test_every_flagged_answer_cites_two_sides_of_one_curated_disagreement(assistant):
    for question in (
        "What was the value of offsets Korea won in 2016-2020?",
        "How many pages did the NTE give Korea?",
        "When was the NTE report released?",
    ):
        answer = assistant.ask(question)
        if answer.disputed and not answer.tool_calls:
            assert any(len(s) >= 2 for s in _sides(answer).values()), question


def test_a_figure_asked_beside_a_reason_is_still_told_of_the_disagreement(assistant):
    # The whole question reads as a reason; its first part asks for a disputed figure.
    answer = assistant.ask(
        "What were Korea's offset earnings for 2016-2020, and why did they drop so far?"
    )
    assert answer.disputed, answer.answer
    assert any(len(s) >= 2 for s in _sides(answer).values()), answer.answer
