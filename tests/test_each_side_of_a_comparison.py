"""A comparison gives each side its own statement: a question naming two sources as its sources
gets what each one says, the one the first answer left out looked up on its own; and a side is
not known by what another side the question names says about it."""

from __future__ import annotations

import pytest

from assistant.answering.attribution import asked_of_each
from assistant.answering.speakers import spoken_by_another

CALLED = {
    "gazette": ("Harbour Gazette", "Gazette"),
    "institute": ("NRI", "Northern Research Institute"),
}


def test_each_named_source_is_asked_the_question_alone():
    asked = asked_of_each("The Gazette and the NRI disagree on the levy. Which is right?", CALLED)
    assert sorted(asked) == [
        ("gazette", "The Gazette disagree on the levy. Which is right?"),
        ("institute", "NRI disagree on the levy. Which is right?"),
    ]


def test_a_question_naming_one_source_has_no_sides_to_ask_apart():
    assert asked_of_each("What does the Gazette say about the levy?", CALLED) == []
    assert asked_of_each("Who raised the levy?", CALLED) == []


def _mentions(name: str, words: str) -> bool:
    return name.lower() in words.lower()


def test_a_statement_another_side_makes_about_a_side_is_the_other_side_s():
    said = "“Fees are fair,” a spokesman of the Board said when asked about the Guild's letter."
    assert spoken_by_another(said, "Guild", ["Board"], _mentions)
    assert not spoken_by_another(said, "Board", ["Guild"], _mentions)


def test_a_statement_nobody_is_said_to_make_belongs_to_no_other_side():
    said = "The Guild's letter asked the Board to halve the fees."
    assert not spoken_by_another(said, "Guild", ["Board"], _mentions)


@pytest.mark.slow
def test_each_of_two_named_sources_gets_its_own_statement(assistant):
    answer = assistant.ask(
        "Hankyung and the blog both covered the USTR's release. "
        "Where do the two part ways on what it was called?"
    )
    assert not answer.abstained
    cited = {c.source_id for c in answer.citations}
    assert {"004_840937613cbc5a16", "003_ef00d9b87152a25b"} <= cited


@pytest.mark.slow
def test_a_side_leads_with_its_own_statement_not_the_other_side_s_reply(assistant):
    answer = assistant.ask(
        "The trade representative and the procurement agency's spokesman: "
        "where do their views of Korea's offsets differ?"
    )
    assert "prioritiz" in answer.answer
    assert "Most countries utilize offset programs" in answer.answer
