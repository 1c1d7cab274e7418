"""Calculations whose figures or operation a reporter writes loosely: a unit written once for a
pair of figures ("from 40 to 25 percent"), an operation told as an order ("subtract A from B"),
a contract type told by an adverb ("bought non-competitively") for things counted by any name, a
contract set against the threshold without the word "offset", a result asked "in dollars" with
nothing more, and a whole restated with the figure the tables give for it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from routed import requests_of as _requests
from routed import results_of as _results

from assistant.answering.reading import currency_asked
from assistant.answering.routing import route, units_shared
from assistant.calculator.operations import calculate

# ------------------------------------------------- a unit written once for a pair of figures


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("cut from 40 to 25 percent", "cut from 40 percent to 25 percent"),
        ("from 40 to 25%", "from 40% to 25%"),
        ("from EUR 5 to EUR 8 million", "from EUR 5 million to EUR 8 million"),
        ("from 5 to 8 million euros", "from 5 million euros to 8 million euros"),
        ("from EUR 9 to 4 billion", "from EUR 9 billion to EUR 4 billion"),
        ("between forty and sixty percent", "between forty percent and sixty percent"),
    ],
)
def test_a_unit_written_once_belongs_to_both_figures_of_the_pair(written, read):
    assert units_shared(written) == read


@pytest.mark.parametrize(
    "written",
    [
        "from 2011 to 2015 percent",  # years lend and take nothing
        "a EUR 10 million levy and 30 percent of it",  # each figure has its own unit
        "from 40 percent to 25 percent",
        "items 5, 8 million",  # no pair joined by "to", "and", "or"
    ],
)
def test_figures_with_units_of_their_own_are_left_as_written(written):
    assert units_shared(written) == written


def test_a_change_between_percentages_written_once_is_a_change_of_percentages(data):
    (change,) = _requests(
        "Peru's port levy was cut from 40 to 25 percent. By what percentage did it fall?", data
    )
    assert (change["old"], change["new"]) == ("40 percent", "25 percent")
    # a fall of 37.5%, not of 40 (a bare number) to 25%
    assert _results(
        "Peru's port levy was cut from 40 to 25 percent. By what percentage?", data
    ) == [Decimal("-0.375")]


def test_a_change_between_amounts_with_one_scale_is_measured_in_that_scale(data):
    (result,) = _results(
        "Grower subsidies went from EUR 5 to EUR 8 million. What is the percentage increase?", data
    )
    assert result == Decimal("0.6")  # 60%, not from EUR 5 to EUR 8 million


# ------------------------------------------------- an operation told as an order


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Subtract EUR 3 million from EUR 11 million.", Decimal("8000000")),
        ("Take EUR 3 million away from EUR 11 million.", Decimal("8000000")),
        ("Deduct 12 from 40.", Decimal("28")),
        ("Divide EUR 12 million by 4.", Decimal("3000000")),
        ("Multiply EUR 20 million by 15%.", Decimal("3000000")),
    ],
)
def test_an_operation_told_as_an_order_works_on_the_figures_around_it(question, expected, data):
    assert _results(question, data) == [expected]


@pytest.mark.parametrize(
    "question",
    ["Take the levy away from the growers.", "Divide the port fees by the number of ships."],
)
def test_an_order_without_figures_is_no_calculation(question, data):
    assert route(question, data) is None


# ------------------------------------------------- contracts told loosely


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("A grain silo bought non-competitively for $40 million: what offset?", "non-competitive"),
        ("A grain silo bought competitively for $40 million: what offset?", "competitive"),
    ],
)
def test_a_contract_type_told_by_an_adverb_is_that_type(question, kind, data):
    (request,) = _requests(question, data)
    assert request["contract_type"] == kind


def test_as_many_things_counted_as_amounts_are_each_a_contract_of_the_type_named(data):
    requests = _requests(
        "Two silos are bought non-competitively, for $20 million and $30 million. What offset "
        "in total?",
        data,
    )
    assert [(r["amount"], r["contract_type"]) for r in requests] == [
        ("$20 million", "non-competitive"),
        ("$30 million", "non-competitive"),
    ]


def test_a_count_that_does_not_match_the_amounts_makes_no_contracts_of_them(data):
    requests = _requests(
        "Three silos are bought non-competitively, for $20 million and $30 million. What offset "
        "in total?",
        data,
    )
    assert len(requests) == 1


def test_a_contract_set_against_the_threshold_asks_whether_the_rule_applies(data):
    requests = _requests("Would a $9 million grain deal clear the threshold?", data)
    assert {r["operation"] for r in requests} == {"offset_obligation"}
    assert all(r["amount"] == "$9 million" for r in requests)


def test_a_threshold_named_before_its_amount_is_stated_not_posed(data):
    assert route("Is the threshold for a grain contract USD 10 million?", data) is None


@pytest.mark.parametrize(
    ("question", "currency"),
    [
        ("A KRW 30 billion competitive silo deal: what offset in dollars?", "USD"),
        ("A $40 million competitive silo deal: what offset, in won?", "KRW"),
        # two currencies named alone: neither is the result's
        ("A silo priced in won, KRW 20 billion: what offset in dollars?", None),
        ("A KRW 30 billion competitive silo deal: what offset?", None),
    ],
)
def test_a_currency_named_alone_at_the_end_of_an_ask_is_the_results(question, currency):
    assert currency_asked(question) == currency


def test_an_offset_asked_in_dollars_on_a_won_contract_is_stated_in_dollars(data):
    (request,) = _requests(
        "A competitive silo deal of KRW 29.4 billion at 1,470 won per dollar: what offset in "
        "dollars? Round to one decimal in millions.",
        data,
    )
    assert request["to_currency"] == "USD"
    assert "USD 10 million" in calculate(request, data).summary


# ------------------------------------------------- a whole restated with the tables' figure


def test_a_whole_restated_with_its_figure_is_still_the_tables_whole(data):
    (share,) = _requests(
        "Airbus's $662.6 million tanker pledge: what percent of it was military support?", data
    )
    assert (share["part"], share["whole"]) == ("USD 6.3 million", "USD 662.6 million")


def test_a_whole_stated_with_a_figure_of_its_own_is_not_the_tables(data):
    assert (
        route("Airbus's $700 million tanker pledge: what percent of it was military support?", data)
        is None
    )


# ------------------------------------------------- a count per another count of one group


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "For the F-35A deal, what is the average number of items recommended per SME?",
            "246 / 73",
        ),
        ("In the F-35A program, how many items did each firm that sold to it supply?", None),
        (
            "For the F-35A program, what is the average number of items bought per company?",
            "30 / 12",
        ),
        ("On average, how many items did each of the 73 SMEs put forward for the F-35A buy?", None),
        (
            "How many items, on average, did each of the 73 recommended F-35A SMEs offer?",
            "246 / 73",
        ),
    ],
)
def test_a_count_asked_per_another_count_of_its_group_divides_by_it(question, expression, data):
    found = route(question, data)
    if expression is None:
        # no group named (recommended or bought): which two counts is not said
        assert found is None or found.requests[0].expression != "246 / 73"
        return
    assert found is not None
    (request,) = found.requests
    assert request.expression == expression
    assert found.cites  # both counts are the tables', cited


def test_a_count_restated_wrong_is_not_the_tables_group(data):
    assert (
        route("How many items, on average, did each of the 80 recommended F-35A SMEs offer?", data)
        is None
    )


def test_a_count_asked_without_a_divisor_stays_with_the_sources(data):
    assert route("How many items were recommended for the F-35A program?", data) is None


@pytest.mark.parametrize(
    "name",
    ["countertrade", "counter-trade", "industrial collaboration", "industrial participation"],
)
def test_an_offset_asked_by_another_name_of_the_sources_is_an_offset(name, data):
    requests = _requests(
        f"A competitive grain silo contract of USD 70 million: how much {name} is due?", data
    )
    assert [(r["operation"], r["contract_type"]) for r in requests] == [
        ("offset_obligation", "competitive")
    ]


def test_a_threshold_asked_by_another_name_of_the_offset_is_no_contract(data):
    assert route("Is countertrade required above a USD 10 million threshold?", data) is None
