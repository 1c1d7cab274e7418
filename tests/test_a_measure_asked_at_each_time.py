"""A measure asked at each time ("from period to period, give me each figure", "year by year")
is answered with the rows of its series: every time the tables give that one measure for, oldest
first, with every source's reading of a time on its line. The words of the distribution name no
topic. A question asking each year is met by years only: a five-year total is no year's figure.
The rows and wordings here are invented; none is a case of the evaluation sets."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.row_answers import ScoredFact, shape_fact
from assistant.answering.series_asked import asks_each_time, series, without_each_time
from assistant.knowledge.rows import OffsetValue, UstrFact


def _value(id: str, period: str, amount: int, measure: str = "offset_value") -> OffsetValue:
    return OffsetValue(
        id=id,
        source="s",
        quote=f"quote {id}",
        period=period,
        measure=measure,  # type: ignore[arg-type]
        amount=Decimal(amount),
        currency="USD",
    )


def _cases(id: str, year: int, number: int) -> UstrFact:
    return UstrFact(
        id=id,
        source="s",
        quote=f"quote {id}",
        topic="cases",
        economy="Ruritania",
        year=year,
        number=Decimal(number),
        unit="cases",
    )


_ROWS = [
    _value("late", "2016-2020", 800),
    _value("early", "2011-2015", 7990),
    _value("early-other", "2011-2015", 8000),
    _value("recent", "2021-2022", 270),
    _value("imports", "2016-2020", 10000, measure="weapons_imports"),
]
_FACTS = [shape_fact(row) for row in _ROWS]


def _ranked(first: str) -> list[ScoredFact]:
    return [ScoredFact(fact, 1.0 if fact.row.id == first else 0.5, 1.0, 0.5) for fact in _FACTS]


def test_a_distribution_over_time_is_asked_and_no_topic():
    assert asks_each_time("How did the grants move from period to period?")
    assert asks_each_time("Give me the harvest year by year.")
    assert asks_each_time("What did the levy raise in each of the periods?")
    assert asks_each_time("How much came in? Give me each figure.")
    assert not asks_each_time("What did the levy raise in the last period?")
    assert not asks_each_time("Which figure did the ministry quote?")
    assert (
        without_each_time("How did the grants move from period to period?")
        == "How did the grants move ?"
    )


def test_the_series_is_every_time_of_the_best_rows_measure_oldest_first():
    groups = series("How did it move from period to period?", _ranked("late"), _FACTS, 0.3)
    assert [[f.row.id for f in group] for group in groups] == [
        ["early", "early-other"],
        ["late"],
        ["recent"],
    ]


def test_another_measure_of_the_same_time_is_no_part_of_the_series():
    groups = series("How did it move year by year?", _ranked("imports"), _FACTS, 0.3)
    # Imports are given for one period only, and a period is no year: no series.
    assert groups == []


def test_a_measure_asked_each_year_is_met_by_years_only():
    yearly = [shape_fact(r) for r in (_cases("a", 2023, 40), _cases("b", 2024, 18))]
    ranked = [ScoredFact(f, 1.0, 1.0, 0.5) for f in yearly + _FACTS]
    assert [g[0].row.id for g in series("How many each year?", ranked, yearly + _FACTS, 0.3)] == [
        "a",
        "b",
    ]
    # Five-year totals answer "each period", not "each year".
    assert series("What came in each year?", _ranked("late"), _FACTS, 0.3) == []
