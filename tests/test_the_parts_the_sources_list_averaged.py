"""The parts of a figure the sources break down (a program's offset commitments by category, a
period's offset value by type), when their average is asked, are added and the sum divided by
their count: two recorded steps with every part cited. The average is of amounts, so a rate or a
share asked of the parts is not this; and a count the question gives of the parts must be the
count the sources list. Wordings are invented; the programs are the tables' own."""

from __future__ import annotations

from assistant.answering.routing import _parts_averaged, route


def _operations(question: str, data) -> list[str]:
    found = route(question, data)
    return [r.expression or "" for r in found.requests] if found else []


def test_the_mean_of_a_periods_parts_by_type_is_their_sum_over_their_count(data):
    # The 1983-2022 value by type: three parts, added, then the sum over three (not the
    # period's total over its forty years).
    steps = _operations(
        "Averaged over its three kinds, what did the 1983-2022 offset value bring?", data
    )
    assert len(steps) == 2
    assert steps[0].count("+") == 2
    assert steps[1].endswith("÷ 3")


def test_a_count_that_is_not_the_sources_count_of_parts_is_not_averaged_over_them(data):
    # Five parts asked of a package the sources split in three: some other five.
    assert _parts_averaged("The typical item among the five KC-X offset items?", data) is None


def test_an_average_rate_of_the_parts_is_no_average_of_their_amounts(data):
    assert (
        _parts_averaged("The average implementation rate of the KC-X offset items?", data) is None
    )


def test_a_question_with_its_own_amounts_is_not_averaged_from_the_tables(data):
    question = "Three items of EUR 2, 4 and 9 million: the average item?"
    assert _parts_averaged(question, data) is None


def test_an_average_over_time_is_not_an_average_over_the_parts(data):
    # "the average yearly value" of a period is over its years, whatever parts it has.
    question = "Add up the 1983-2022 offset value's three kinds, then the average yearly value?"
    assert _parts_averaged(question, data) is None


def test_an_average_within_one_named_part_is_not_over_the_parts(data):
    # Things bought under one pledge named ("its SME exports") are averaged within that part, if
    # at all; the pledges themselves are not what is averaged.
    question = "What was the average value of each F-35A SME exports deal?"
    assert _parts_averaged(question, data) is None
