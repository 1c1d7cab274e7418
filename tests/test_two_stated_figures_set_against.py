"""Arithmetic on two figures the tables state, asked in wordings that name the operation rather
than an operator: the ratio of one minimum share to another, a multiple or a relative difference of
two shares, what is left of a pledge after the part delivered, and an average of one count per
another. Each is worked by the calculator on the rows it cites; the same figures asked as facts get
no calculation."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from assistant.answering.routing import _count_over_count, route
from assistant.answering.shares_set_against import operation_asked, shares_named
from assistant.calculator.operations import calculate
from assistant.knowledge.rows import CountryPolicy, OffsetStatistic


def _share(country, percent, kind=None):
    return CountryPolicy(
        id=f"{country.lower()}-{kind or 'share'}",
        source="s2",
        quote=f"{country} asks {percent} percent.",
        country=country,
        attribute="min_share",
        value=f"Min. {percent}%",
        percent=Decimal(percent),
        contract_type=kind,
    )


@pytest.fixture
def invented(data):
    return replace(
        data,
        countries=(
            _share("Atlantis", 80),
            _share("Lemuria", 35),
            _share("Korea", 45, "competitive"),
            _share("Korea", 15, "non-competitive"),
        ),
    )


def _result(question, data):
    found = route(question, data)
    assert found is not None, question
    assert len(found.requests) == 1, found.requests
    return found, calculate(found.requests[0], data)


# -------------------------------------------------------------- two shares set against each other


def test_a_ratio_of_two_countries_minimums_is_the_first_over_the_second(invented):
    found, result = _result(
        "What is the ratio of Lemuria's minimum offset to Atlantis's?", invented
    )
    assert result.display == "0.44"
    assert "0.4375" in " ".join(result.working)
    assert set(found.cites) == {"lemuria-share", "atlantis-share"}


def test_the_home_rules_two_kinds_are_named_by_their_contracts(invented):
    _, result = _result(
        "Give the ratio of the offset rate on non-competitive buys to the competitive rate.",
        invented,
    )
    assert result.display == "0.33"


def test_a_multiple_of_two_shares_is_the_larger_over_the_smaller(invented):
    _, result = _result("Atlantis's minimum is how many times Lemuria's?", invented)
    assert result.display == "2.29"


def test_a_relative_difference_is_the_change_from_the_second_share_to_the_first(invented):
    found, _ = _result(
        "In relative terms, how much higher is Atlantis's minimum offset than Lemuria's?", invented
    )
    request = found.requests[0]
    assert (request.operation, request.old, request.new) == ("percent_change", "35%", "80%")


@pytest.mark.parametrize(
    "question",
    [
        "What minimum offsets do Atlantis and Lemuria set per contract?",
        "Which is higher, Atlantis's minimum or Lemuria's?",
    ],
)
def test_the_same_shares_asked_as_facts_ask_no_operation(question):
    assert operation_asked(question) is None


def test_a_share_named_twice_is_no_pair(invented):
    assert (
        len(shares_named("What is the ratio of Atlantis's minimum to Atlantis's?", invented)) == 1
    )


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
