"""The home country's capital set beside another country in a question ("Seoul's share against
the Netherlands'") names the home country's side, as "Korea" would: a comparison then has two
sides, and the home country's is looked for too. Alone, the capital is the city it names."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.answering.compose import Composer
from assistant.knowledge.domain import domain


def _composer() -> Composer:
    composer = object.__new__(Composer)
    composer.home_country = domain().home_country.lower()
    composer.other_countries = frozenset()
    composer.index = SimpleNamespace(  # type: ignore[attr-defined]
        lexicon=SimpleNamespace(terms=lambda word: [word.lower()]), units={}
    )
    return composer


def _countries(text: str) -> list[str]:
    spans = _composer().name_spans(text)
    return sorted(name.lower() for kind, name, _, _ in spans if kind == "countries")


def test_the_home_capital_beside_another_country_names_the_home_country() -> None:
    capital = domain().home_capitals[0]
    home = domain().home_country.lower()
    assert _countries(f"Does {capital} ask a larger share than Norway?") == sorted([home, "norway"])


def test_the_home_capital_alone_names_no_country() -> None:
    capital = domain().home_capitals[0]
    assert _countries(f"What did officials in {capital} say about the talks?") == []


def test_the_home_country_named_outright_is_one_side_not_two() -> None:
    capital = domain().home_capitals[0]
    home = domain().home_country
    assert _countries(f"Does {home} (through {capital}) ask more than Norway?") == sorted(
        [home.lower(), "norway"]
    )


def test_the_names_of_a_text_are_read_once_and_each_caller_gets_its_own_copy() -> None:
    composer = _composer()
    capital = domain().home_capitals[0]
    question = f"Does {capital} ask a larger share than Norway?"
    first = composer.name_spans(question)
    first.clear()
    assert composer.name_spans(question) == list(composer._name_spans_read(question)) != []
