"""One group's case with an aside before what it argues against ("the growers' case, per the
weekly, against the fee") is still that group's case."""

from __future__ import annotations

from assistant.answering.sentence_kinds import ARGUMENT, asked_kind


def test_a_group_s_case_with_an_aside_before_its_target_is_one_side_s_case():
    assert (
        asked_kind("Set out the growers' case, per the farm weekly, against the fee.") is ARGUMENT
    )
