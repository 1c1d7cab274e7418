"""Calculations as routing reads them, for the calculator's wording tests: the route a question
takes (it must take one), its requests as plain data, and their exact results."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from assistant.answering.routing import Route, route
from assistant.calculator.operations import calculate
from assistant.knowledge.rows import OffsetData


def routed(question: str, data: OffsetData) -> Route:
    """The route ``question`` takes to the calculator; a test fails when it takes none."""
    found = route(question, data)
    assert found is not None, question
    return found


def requests_of(question: str, data: OffsetData) -> list[dict[str, Any]]:
    """The calculator requests ``question`` is read as, without the fields left unset."""
    return [r.model_dump(exclude_none=True) for r in routed(question, data).requests]


def results_of(question: str, data: OffsetData) -> list[Decimal]:
    """The result of each request ``question`` is read as."""
    return [Decimal(calculate(r, data).result) for r in routed(question, data).requests]
