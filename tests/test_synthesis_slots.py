"""A synthesis answer's few sentences go to points: a figure's credit line ("Note: Based on …")
takes no slot, a sentence a page's notes cut short is read whole and once, a
part of a report's outline whose point says "this policy" comes with the sentence naming it, a
writer's forecast is a reading, and a side's public line is its position."""

from __future__ import annotations

import pytest

from assistant.answering.discourse import credits_figure
from assistant.answering.frame import answer_type, asks_position
from assistant.answering.outline import Part, points_of
from assistant.answering.sentence_kinds import READING, RECOMMENDATION, asked_kind
from assistant.knowledge.chunks import Unit


@pytest.mark.parametrize(
    "text",
    [
        "Note: Based on the ministry's yearbooks (2011) and (2019).",
        "Source: Park and Lee (2018) (expanded for analysis herein).",
        "Sources: Newly compiled on the basis of the port authority's returns.",
    ],
)
def test_a_figure_s_credit_line_credits_a_figure(text):
    assert credits_figure(text)


@pytest.mark.parametrize(
    "text",
    [
        "Note that the levy was never collected from ferries.",
        "Sources close to the ministry said the fee would rise in 2026.",
        "Note: The tonnage figures count only cargo ships.",
    ],
)
def test_a_finding_or_a_note_explaining_data_is_no_credit_line(text):
    assert not credits_figure(text)


@pytest.mark.parametrize(
    "question",
    [
        "What does the columnist expect to come of the port ruling?",
        "What did the newsletter predict would happen to freight rates?",
        "What does the blogger anticipate after the tariff move?",
    ],
)
def test_a_writer_s_forecast_is_asked_as_a_reading(question):
    assert asked_kind(question) is READING


def test_what_a_party_expects_to_be_paid_is_no_reading():
    assert asked_kind("What does the port expect ferries to pay?") is not READING


@pytest.mark.parametrize(
    "question",
    [
        "What was the ministry's line on the audit?",
        "What was the union's public line after the vote?",
        "Did the agency change its official line on the levy?",
    ],
)
def test_a_side_s_line_asks_for_its_position(question):
    assert asks_position(question)
    assert answer_type(question) == "position"


@pytest.mark.parametrize(
    "question",
    ["Which ferry line carried the most cargo?", "When did the production line restart?"],
)
def test_a_line_that_is_no_one_s_stance_asks_for_no_position(question):
    assert answer_type(question) != "position"


def _unit(number: int, text: str) -> Unit:
    return Unit(
        f"r#u{number:04d}", "r", number * 100, number * 100 + len(text), "sentence", text, text,
        f"r#p{number}", number,
    )  # fmt: skip


def test_an_outline_point_that_says_this_policy_comes_with_the_sentence_naming_it():
    part = Part(
        Unit("r#u0000", "r", 0, 20, "heading", "(2) Pooling", "(2) Pooling", "r#p0", 0),
        (
            _unit(1, "At present, each port buys its tugs alone."),
            _unit(2, "This policy should be replaced by pooled buying."),
            _unit(3, "Pooling lowers prices."),
        ),
    )
    assert [u.text for u in points_of(part, RECOMMENDATION)] == [
        "At present, each port buys its tugs alone.",
        "This policy should be replaced by pooled buying.",
    ]


def test_an_outline_point_cut_short_by_notes_is_read_whole():
    part = Part(
        Unit("r#u0000", "r", 0, 20, "heading", "(1) Keeping it", "(1) Keeping it", "r#p0", 0),
        (
            _unit(1, "The statute should be amended to keep the levy in"),
            _unit(2, "The statute should be amended to keep the levy in force for ten years."),
        ),
    )
    assert [u.text for u in points_of(part, RECOMMENDATION)] == [
        "The statute should be amended to keep the levy in force for ten years."
    ]


@pytest.mark.slow
def test_a_cut_sentence_and_its_whole_are_one_point(assistant):
    answer = assistant.ask("What does offset banking offer Korea, and why does KIET favour it?")
    assert not answer.abstained
    # The sentence a page's notes cut short is shown once, whole.
    assert answer.answer.count("Korea has also been reluctant to utilize offset banking") <= 1
    assert "fulfill their [" not in answer.answer


@pytest.mark.slow
def test_a_figure_s_credit_line_takes_no_slot_of_a_side_s_line(assistant):
    answer = assistant.ask("What was the procurement agency's line when asked about the report?")
    assert not answer.abstained
    assert "Note: Based on" not in answer.answer
    assert "domestic priority supply policy" in answer.answer


@pytest.mark.slow
def test_a_named_blog_s_forecast_comes_with_its_own_list(assistant):
    answer = assistant.ask("What does the blogger anticipate will come from the USTR listing?")
    assert not answer.abstained
    assert "could lead to:" in answer.answer
    for point in ("potential amendment", "Increased pressure", "more collaborative approach"):
        assert point in answer.answer


@pytest.mark.slow
def test_a_report_s_prescriptions_are_its_outline_of_recommendations(assistant):
    answer = assistant.ask(
        "What prescriptions does the KIET paper offer for Korea's offset policy?"
    )
    assert not answer.abstained
    for part in ("Maintaining the offset requirement", "offset banking", "local governments"):
        assert part in answer.answer


@pytest.mark.slow
def test_how_come_asks_for_the_causes_a_report_gives(assistant):
    answer = assistant.ask("How come Korea's offsets shrank so much after 2015, in KIET's view?")
    assert not answer.abstained
    assert "Reasons for this rapid decline include" in answer.answer


@pytest.mark.slow
def test_a_paper_s_counter_argument_is_read_in_that_paper(assistant):
    answer = assistant.ask("What is the Korea Economic Daily's counter-argument to the listing?")
    assert not answer.abstained
    assert {c.source_id for c in answer.citations} == {"004_840937613cbc5a16"}
