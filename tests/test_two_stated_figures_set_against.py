"""Arithmetic on two figures the tables state, asked in wordings that name the operation rather
than an operator: what is left of a pledge after the part delivered, and an average of one count
per another. Each is worked by the calculator on the rows it cites."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.routing import _count_over_count, route
from assistant.knowledge.rows import OffsetStatistic

# -------------------------------------------------------------- what is left, and counts per count


def test_what_is_left_of_a_pledge_after_the_part_delivered_is_worked_out(data):
    found = route(
        "What is left of Airbus's KC-X SME export pledge after the part delivered by 2022?", data
    )
    assert found is not None
    assert any("(100% −" in (r.expression or "") for r in found.requests)


def test_a_rate_applied_is_worked_with_not_asked(data):
    found = route(
        "Once the 2022 delivery rate is applied, what is left of Airbus's KC-X military support "
        "pledge?",
        data,
    )
    assert found is not None


def _count(id_, amount, unit):
    return OffsetStatistic(
        id=id_,
        source="s4",
        quote=f"{amount} {unit}",
        measure=unit,
        amount=Decimal(amount),
        unit=unit,
    )


def test_an_average_of_one_count_per_another_is_stated_at_two_places():
    found = _count_over_count(
        "How many berths were leased per harbour on average?",
        _count("berths", 40, "berths"),
        _count("harbours", 7, "harbours"),
    )
    assert found is not None
    assert found.requests[0].places == 2
