"""A breakdown question may name the whole it splits between its verb and its parts ("break the
total down by type", "splits the value since 1983 into three groups"), and name that whole by
its length ("the forty-year total"): the rows of that whole, part by part, answer it; the rest of
the question (how many groups, how to rank them) is how to lay the answer out."""

from __future__ import annotations

import pytest

_PARTS = ("46%", "30.8%", "23.1%")


@pytest.mark.parametrize(
    "question",
    [
        "Split Korea's offset value since 1983 into three groups and rank them.",
        "Break Korea's offset value since 1983 down into its types.",
        "Divide the forty-year offset value into categories, largest first.",
        "Break the 40-year total of offset value down by category.",
        "Split the four-decade offset total into its parts and compare their shares.",
    ],
)
def test_a_whole_named_inside_a_breakdown_is_answered_part_by_part(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert all(share in answer.answer for share in _PARTS)
    assert "1983–2022" in answer.answer


def test_a_breakdown_of_a_whole_the_sources_give_for_no_one_named_is_refused(assistant):
    answer = assistant.ask("Split the offset value Japan earned since 1983 into three groups.")
    assert answer.abstained
