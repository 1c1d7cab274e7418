"""One table of names: routing and the calculator read the same words for each program."""

from __future__ import annotations

import pytest

from assistant.answering.routing import route
from assistant.calculator.operations import calculate
from assistant.errors import CalculationError
from assistant.knowledge.names import name_table


@pytest.mark.parametrize(
    ("text", "program"),
    [("the F35 jets", "F-35A phase 1"), ("Lockheed Martin's pledge", "F-35A phase 1"),
     ("the A330 MRTT buy", "KC-X"), ("KCX", "KC-X"), ("the frigate program", None),
     ("what its F-35As cost", "F-35A phase 1"), ("both KC-Xs", "KC-X"), ("the F-35Ax", None),
     # A deal called by its kind of aircraft: the sources' only tankers and fighters.
     ("the refuelling aircraft order", "KC-X"), ("the stealth fighter buys", "F-35A phase 1"),
     ("their stealth jets", "F-35A phase 1"), ("the trainer jet", None),
     ("the KF-X fighter program", None), ("fighter exports to Poland", None)],
)  # fmt: skip
def test_program_names_as_people_write_them(text, program):
    assert name_table().first("programs", text) == program


def test_every_program_the_table_names_exists_in_the_data(data):
    assert set(name_table().names("programs")) <= {row.program for row in data.programs}


def test_routing_and_the_calculator_agree_on_a_program(data):
    found = route(
        "How much of the tanker maker Airbus's SME export pledge was delivered, in dollars?", data
    )
    (request,) = found.requests
    assert request.program == "KC-X" and request.category == "SME exports"
    result = calculate({"operation": "implemented", "program": "airbus", "category": "smes"}, data)
    assert result.result == calculate(request, data).result
    with pytest.raises(CalculationError, match="KC-X or F-35A phase 1"):
        calculate({"operation": "implemented", "program": "Rafale"}, data)


def test_countries_match_their_other_names():
    assert name_table().find("countries", "Turkey and South Korea") == ["Türkiye", "Korea"]


def test_a_conversion_follow_up_works_on_a_price_asked_of_a_program_in_the_plural(data):
    found = route(
        "Give that in dollars at 1,300 won to the dollar.",
        data,
        context="What did the navy pay for its F-35As?",
    )
    assert found is not None
    (request,) = found.requests
    assert request.operation == "convert"
