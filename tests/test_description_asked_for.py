"""A description the name table lists for a body ("procurement agency" for DAPA) asks for that
body's name when it stands as the thing a wh-phrase asks for ("which procurement agency", "name
the arms procurement agency"): the question does not give the name, so the name answers it, and
the search looks for the sentences that write the name. A definite use ("the procurement agency
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
        "What arms procurement agency counted the offsets?",
        "Name the defense procurement agency that tallied the figures.",
        "Tell me which Korean procurement agency wrote the guidelines.",
    ],
)
def test_a_description_asked_for_gives_no_name(question):
    assert _given(question) == []


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("What did the procurement agency decide in 2023?", ["DAPA"]),
        ("Per the procurement agency, how large were offsets?", ["DAPA"]),
        ("Which report did the procurement agency publish?", ["DAPA"]),
        # The description modifies the noun asked for: a person of the body it names.
        ("Which procurement-agency official briefed reporters?", ["DAPA"]),
        ("Which procurement agency officials wrote the guidelines?", ["DAPA"]),
        # Written as a name, not a description: given.
        ("What DAPA ruling dropped the demand?", ["DAPA"]),
    ],
)
def test_a_definite_description_or_a_name_still_names_the_body(question, named):
    assert _given(question) == named


def test_the_search_for_a_described_body_writes_its_name():
    assert "(DAPA)" in described_as_named("Which procurement agency counted the offsets?")
    assert "(DAPA)" in described_as_named("Name the arms procurement agency behind the tally.")
    unchanged = "What did the procurement agency count?"
    assert described_as_named(unchanged) == unchanged


# -- whole answers ---------------------------------------------------------------------------------


def test_which_procurement_agency_is_answered_by_dapa(assistant):
    answer = assistant.ask(
        "What procurement agency chose not to pursue offsets for the F-35's second phase?"
    )
    assert not answer.abstained
    assert "DAPA" in answer.answer
