"""A multiple of two amounts of money is a plain number, not a count; "how many won" asks an
amount; fiscal-year labels name the same years as calendar ones.

Every wording here is invented: tolls, fares, mills and levies in made-up years."""

from __future__ import annotations

import pytest

from assistant.answering.fiscal_years import as_calendar_years
from assistant.answering.frame import answer_type
from assistant.answering.multiples_asked import money_multiple, times_as_multiple
from assistant.answering.stated_operands import operation_asked


@pytest.mark.parametrize(
    "question",
    [
        "In euros, the bridge tolls were how many times the ferry fares?",
        "How many times larger was the mill's budget than its payroll?",
        "How many times was the toll bigger than the fine?",  # set against: "than"
        "How many times as large as the grant was the loan?",
    ],
)
def test_how_many_times_set_against_something_asks_a_multiple(question: str) -> None:
    assert times_as_multiple(question) is not None


@pytest.mark.parametrize(
    "question",
    [
        "How many times did the harbour close in 2031?",
        "How many times has the council met since the levy began?",
        "What did the ferry cost?",
    ],
)
def test_how_many_times_before_an_auxiliary_counts_occasions(question: str) -> None:
    # "How many times did it close" counts closures: nothing is set against anything.
    assert times_as_multiple(question) is None


def test_a_multiple_of_amounts_in_a_named_currency_weighs_money_not_a_count() -> None:
    # The currency names what is weighed: two amounts of money, whose quotient counts nothing.
    asked = "Measured in won, the port's fees in 2031-2035 were how many times its fines?"
    assert money_multiple(asked) is not None
    assert answer_type(asked) != "count"
    assert answer_type("By the dollar figures, how many times larger was the grant?") != "count"


def test_a_multiple_of_counted_things_stays_a_count() -> None:
    # Pages, ships or looms set against each other are counts: no currency is named.
    assert money_multiple("how many times the northern mill's looms is that?") is None
    assert answer_type("how many times the northern mill's looms is that?") == "count"
    assert answer_type("How many times did the harbour close in 2031?") == "count"


@pytest.mark.parametrize(
    "question",
    [
        "What multiple of the grant was the loan?",
        "By what factor were the tolls larger than the fares?",
        "Were the levies a threefold rise on the fees?",
    ],
)
def test_every_wording_of_a_multiple_asks_one_of_stated_figures(question: str) -> None:
    # A multiple's words are the ones ``multiples_asked`` reads, wherever they are asked.
    assert operation_asked(question) == "multiple"


def test_how_many_units_of_a_currency_not_spent_asks_a_remainder() -> None:
    # "How many won" asks an amount as "how much" does: what was not spent is the rest.
    assert operation_asked("How many won of the mill's budget were not spent on looms?") == (
        "difference"
    )
    assert operation_asked("How many looms were not running?") is None


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("Over FY2031-35, what did the mill earn?", "Over 2031-35, what did the mill earn?"),
        ("What was the toll in FY 2030?", "What was the toll in 2030?"),
        ("In fiscal year 2029, what was levied?", "In 2029, what was levied?"),
        ("Fiscal years 2031-33: what did the port collect?", "2031-33: what did the port collect?"),
    ],
)
def test_a_fiscal_year_label_is_read_away_before_its_years(asked: str, read: str) -> None:
    assert as_calendar_years(asked) == read


@pytest.mark.parametrize(
    "asked", ["What did the FY20 budget say?", "What is the FY total?", "fiscal policy in 2030"]
)
def test_a_label_without_a_four_digit_year_is_left_as_written(asked: str) -> None:
    assert as_calendar_years(asked) == asked
