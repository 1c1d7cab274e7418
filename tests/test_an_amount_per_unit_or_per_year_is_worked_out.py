"""A total over a count: a program's value over the units it bought, or a period's figure over its
years. The ask is read from its grammar: a currency named for the answer ("in won") asks an
amount as "how much" does; "each of the 40 jets", "per-jet" and "the price of a part" each name
the one thing priced; "in a typical year" asks a yearly mean; a kind of purchase the tables hold
under one seller ("the FMS deals") settles which purchases are spread. The wordings here are
invented; none is a case of the evaluation sets."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.routing import route
from assistant.answering.units_priced import unit_asked
from assistant.calculator.operations import calculate

_NOUNS = {"frigate", "frigates", "unit", "one", "ship"}


def _program(word: str) -> str | None:
    return "Frigate buy" if word.lower().startswith("frigate") else None


def test_a_counted_set_or_a_hyphened_unit_names_the_thing_priced():
    # The count between "each of the" and the noun is skipped: the noun is the thing.
    assert unit_asked(
        "What did each of the 12 frigates cost?", "Frigate buy", _NOUNS, False, _program
    )
    assert unit_asked("The per-ship price of the buy?", "Frigate buy", _NOUNS, False, _program)


def test_a_price_asked_of_one_other_thing_is_no_price_of_a_unit():
    # "the average price of a spare part" prices parts, not the frigates, however "average".
    question = "What was the average price of a spare part the navy ordered?"
    assert not unit_asked(question, "Frigate buy", _NOUNS, True, _program)


def test_a_currency_named_for_the_answer_asks_an_amount_per_unit(data):
    found = route("In won, what did one F-35A of the first buy come to each?", data)
    assert found is not None
    (request,) = found.requests
    assert request.expression == "KRW 7.77 trillion / 40"
    assert Decimal(calculate(request, data).result) == Decimal("194250000000")


def test_a_count_other_than_the_units_bought_is_not_divided_by_the_buy_s_units(data):
    # "each of the 15 jets": the rows' value is the value of 40, not of those 15.
    found = route("What did each of the 15 F-35As come to in won?", data)
    assert found is None or all("/ 40" not in (r.expression or "") for r in found.requests)


def test_how_many_won_in_a_typical_year_is_a_period_s_figure_over_its_years(data):
    found = route("In a typical year of 2011-2015, how many won of offsets came in?", data)
    assert found is not None
    assert [r.expression for r in found.requests] == ["KRW 10.4509 trillion / 5"]


def test_a_kind_of_purchase_the_tables_hold_under_one_seller_is_spread_over_its_years(data):
    found = route("Across 2011-2022, what did the FMS deals come to on average per year?", data)
    assert found is not None
    assert [r.expression for r in found.requests] == ["KRW 25 trillion / 12"]
