"""A report's numbered sections read as an outline: a question for its recommendations is
answered by the section whose numbered parts each recommend something."""

from __future__ import annotations

from assistant.answering.outline import (
    outline_of,
    paragraph_leads,
    point_of,
    section_around,
    sections,
)
from assistant.answering.sentence_kinds import (
    DRAWBACK,
    RECOMMENDATION,
    asked_kind,
    without_asking,
)
from assistant.knowledge.chunks import Unit

_REPORT = [
    ("heading", "1. Background"),
    ("sentence", "The levy was set in 1990 and has raised little since."),
    ("heading", "(1) Origins"),
    ("sentence", "Parliament passed it after a long debate."),
    ("heading", "(2) Yield"),
    ("sentence", "It brings in less each year."),
    ("footnote", "1) Ministry figures."),
    ("heading", "2. What the state can do"),
    ("heading", "(1) Keeping the levy"),
    ("sentence", "Its history is short."),
    ("sentence", "The levy should stay in the statute."),
    ("heading", "(2) Widening the base"),
    ("sentence", "The base must be widened to services."),
    ("heading", "(3) Staffing the office"),
    ("sentence", "The office needs to hire twelve auditors."),
    ("heading", "3. Conclusion"),
    ("sentence", "The levy can work."),
]


def _units() -> list[Unit]:
    units = []
    for number, (kind, text) in enumerate(_REPORT):
        units.append(
            Unit(
                f"r#u{number:04d}",
                "r",
                number * 100,
                number * 100 + len(text),
                kind,
                text,
                text,
                f"r#p{number}",
                number,
            )  # fmt: skip
        )
    return units


def test_numbered_headings_nest_by_the_order_their_styles_first_appear():
    found = {s.heading.text: [p.heading.text for p in s.parts] for s in sections(_units())}
    assert found == {
        "1. Background": ["(1) Origins", "(2) Yield"],
        "2. What the state can do": [
            "(1) Keeping the levy",
            "(2) Widening the base",
            "(3) Staffing the office",
        ],
    }  # a footnote numbered "1)" is no heading


def test_the_section_whose_parts_recommend_is_the_outline_of_recommendations():
    section = outline_of(_units(), RECOMMENDATION)
    assert section is not None and section.heading.text == "2. What the state can do"
    points = [point_of(part, RECOMMENDATION) for part in section.parts]
    assert [p.text for p in points if p is not None] == [
        "The levy should stay in the statute.",
        "The base must be widened to services.",
        "The office needs to hire twelve auditors.",
    ]


def test_no_section_is_an_outline_of_what_its_parts_do_not_say():
    assert outline_of(_units(), DRAWBACK) is None
    two_parts = [u for u in _units() if not u.text.startswith("(3)")]
    two_parts = [u for u in two_parts if "auditors" not in u.text]
    assert outline_of(two_parts, RECOMMENDATION) is None  # two parts are no list of points


def test_a_proposed_thing_is_not_a_question_about_what_is_proposed():
    assert asked_kind("What would the proposed levy change for importers?") is None
    assert asked_kind("How does the suggested formula work?") is None
    assert asked_kind("What does the audit office propose?") is RECOMMENDATION
    assert asked_kind("Which fixes were suggested by the panel?") is RECOMMENDATION


def test_the_words_naming_the_kind_asked_for_are_no_topic():
    assert "advise" not in without_asking("What steps does the audit office advise?")
    assert "drawbacks" not in without_asking("What are the drawbacks of pooled credits?")
    # A question for a person or a date keeps them: there they are what it is about.
    assert "proposed" in without_asking("Who proposed the levy on imports?")
    # A phrase that asks around its topic ("what does X offer") keeps the topic.
    assert "pooled credits" in without_asking("What do pooled credits offer a buyer?")


def test_the_section_around_a_sentence_runs_from_its_heading_to_the_next():
    units = _units()
    heading, body = section_around(units, units[5])  # "It brings in less each year."
    assert heading.text == "(2) Yield"
    assert [u.text for u in body] == ["It brings in less each year."]  # no footnote, no heading


def test_a_sentence_before_any_numbered_heading_has_no_section():
    units = [Unit("s#u0000", "s", 0, 10, "sentence", "Plain text.", "Plain text.", "s#p0", 0)]
    assert section_around(units, units[0]) is None


def test_each_paragraph_of_a_section_is_led_by_its_first_sentence():
    units = _units()
    body = [units[9], units[10], units[12]]  # paragraphs 9, 10 and 12
    same = Unit("r#u0099", "r", 1050, 1060, "sentence", "More.", "More.", "r#p10", 10)
    assert paragraph_leads([*body[:2], same, body[2]]) == body
