"""Statements of a third country: a rule or figure the sources give for a country that is
neither the home country, nor a party to the matter, nor one the question names.

"When did the levy begin, and what is its rate today?" asks of the home country's levy: a
statement that Chile "recently raised its rate to 9%" holds a rate, and names no year, but it
tells of Chile's rate, not of the one asked, so it says nothing of what holds now."""

from __future__ import annotations

from collections.abc import Callable

from assistant.knowledge.domain import domain

Names = Callable[[str, str], frozenset[str]]


def of_a_third_country(statement: str, asked: str, names: Names) -> bool:
    """Whether ``statement`` names a country and every country it names is a third one: not the
    home country, not a party to the matter (``names(text, "parties")``), and not one the
    question ``asked`` names."""
    named = names(statement, "countries")
    if not named:
        return False
    ours = {domain().home_country.lower()} | names(statement, "parties") | names(asked, "countries")
    return not named & ours
