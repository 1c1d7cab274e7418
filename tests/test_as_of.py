"""No clock: the calculator speaks as of TRADEBRIEF_AS_OF (default: the newest source's date), so
its answers are the same on whatever day they are asked."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from assistant import settings as settings_module
from assistant.calculator import obligation, operations
from assistant.calculator.operations import calculate
from assistant.errors import CalculationError, InputError
from assistant.knowledge.rows import load_data
from assistant.settings import Settings, newest_source_date

DATA = load_data(Settings().data_dir)
REQUESTS = [
    {"operation": "offset_obligation", "amount": "$12 million", "contract_type": "competitive"},
    {
        "operation": "offset_obligation",
        "amount": "$12 million",
        "contract_type": "competitive",
        "year": 2025,
    },
    {
        "operation": "offset_obligation",
        "amount": "$3 million",
        "contract_type": "non-competitive",
        "year": 1990,
    },
    {
        "operation": "offset_obligation",
        "amount": "20 billion won",
        "contract_type": "fms",
        "rate": "implied",
    },
    {"operation": "offset_rule", "year": 2024},
    {"operation": "convert", "amount": "$10 million", "to_currency": "KRW", "rate": "implied"},
]
FUTURE = {"operation": "offset_rule", "year": 2026}


def test_the_default_as_of_is_the_newest_source_date(monkeypatch):
    monkeypatch.delenv("TRADEBRIEF_AS_OF", raising=False)
    assert Settings().as_of_date == dt.date(2025, 4, 1)
    assert Settings.from_env().as_of_date == dt.date(2025, 4, 1)
    assert newest_source_date(Settings().sources_dir / "sources.yaml") == dt.date(2025, 4, 1)


def test_tradebrief_as_of_sets_it_and_a_bad_value_is_refused(monkeypatch):
    monkeypatch.setenv("TRADEBRIEF_AS_OF", "2030-01-15")
    assert Settings.from_env().as_of_date == dt.date(2030, 1, 15)
    assert calculate(FUTURE, DATA).details["rule"] == "rule-2023"
    monkeypatch.setenv("TRADEBRIEF_AS_OF", "next tuesday")
    with pytest.raises(InputError, match="TRADEBRIEF_AS_OF"):
        Settings.from_env()


def test_a_year_after_the_sources_is_refused_naming_their_last_year(monkeypatch):
    monkeypatch.delenv("TRADEBRIEF_AS_OF", raising=False)
    with pytest.raises(CalculationError, match="the sources describe rules up to 2025"):
        calculate(FUTURE, DATA)
    assert calculate(FUTURE, DATA, as_of=dt.date(2026, 1, 1)).details["rule"] == "rule-2023"


def _frozen(day: dt.date) -> SimpleNamespace:
    class Frozen(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            return day

    class FrozenDateTime(dt.datetime):
        @classmethod
        def now(cls, tz=None) -> dt.datetime:  # noqa: ARG003
            return dt.datetime.combine(day, dt.time())

    return SimpleNamespace(
        date=Frozen, datetime=FrozenDateTime, time=dt.time, timedelta=dt.timedelta
    )


def _outputs() -> list[object]:
    found: list[object] = [calculate(r, DATA).model_dump(mode="json") for r in REQUESTS]
    try:
        calculate(FUTURE, DATA)
    except CalculationError as exc:
        found.append(str(exc))
    return found


@pytest.mark.parametrize(
    "day",
    [
        dt.date(2026, 1, 1),
        dt.date(2026, 11, 23),
        dt.date(2028, 2, 29),
        dt.date(2031, 7, 4),
        dt.date(2035, 12, 31),
    ],
)
def test_the_calculator_gives_the_same_outputs_on_any_day(day, monkeypatch):
    monkeypatch.delenv("TRADEBRIEF_AS_OF", raising=False)
    expected = _outputs()
    for module in (obligation, operations, settings_module):
        monkeypatch.setattr(module, "dt", _frozen(day))
    assert _outputs() == expected
    assert "the sources describe rules up to 2025" in str(expected[-1])
