"""A description the name table lists for a body ("procurement agency" for DAPA, "think tank" for
KIET) asks for that body's name when it stands as the thing a wh-phrase asks for ("which think
tank", "name the procurement agency"): the question does not give the name, so the name answers
it, and the search looks for the sentences that write the name. A definite use ("the think tank
said", "per the procurement agency") still names the body. The wordings are new; none is a case of
the evaluation sets.
"""

from __future__ import annotations

import pytest

from assistant.answering.frame import described_as_named, given_names_text
from assistant.knowledge.names import name_table


def _given(question: str, kind: str = "organisations") -> list[str]:
    return name_table().find(kind, given_names_text(question))


@pytest.mark.parametrize(
    "question",
    [
        "Which procurement agency dropped the offset demand?",
        "What think tank counted the offsets?",
        "Name the research institute that tallied the figures.",
        "Tell me which Korean think tank wrote the study.",
        "Which of the think tanks measured it?",
    ],
)
def test_a_description_asked_for_gives_no_name(question):
    assert _given(question) == []


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("What did the procurement agency decide in 2023?", ["DAPA"]),
        ("Per the think tank, how large were offsets?", ["KIET"]),
        ("Which report did the research institute publish?", ["KIET"]),
        # The description modifies the noun asked for: a person of the body it names.
        ("Which procurement-agency official briefed reporters?", ["DAPA"]),
        ("Which think tank researchers wrote the study?", ["KIET"]),
        # Written as a name, not a description: given.
        ("What DAPA ruling dropped the demand?", ["DAPA"]),
    ],
)
def test_a_definite_description_or_a_name_still_names_the_body(question, named):
    assert _given(question) == named


def test_the_search_for_a_described_body_writes_its_name():
    assert "(KIET)" in described_as_named("Which think tank counted the offsets?")
    assert "(KIET)" in described_as_named("Name the research institute behind the tally.")
    assert described_as_named("What did the think tank count?") == "What did the think tank count?"


# -- whole answers ---------------------------------------------------------------------------------


def test_which_procurement_agency_is_answered_by_dapa(assistant):
    answer = assistant.ask(
        "What procurement agency chose not to pursue offsets for the F-35's second phase?"
    )
    assert not answer.abstained
    assert "DAPA" in answer.answer


def test_which_think_tank_is_answered_by_kiet(assistant):
    answer = assistant.ask(
        "Which think tank put the value of Korea's offsets from 2016 to 2020 at $800 million?"
    )
    assert not answer.abstained
    assert "Korea Institute for Industrial Economics" in answer.answer


def test_per_the_research_institute_still_attributes_to_its_paper(assistant):
    answer = assistant.ask(
        "According to the research institute, what did offsets bring in from 2016 to 2020?"
    )
    assert not answer.abstained
    assert {c.source_id for c in answer.citations} == {"002_b00326718e5a7ad5"}
