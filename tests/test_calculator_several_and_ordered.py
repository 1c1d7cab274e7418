"""Calculations whose wording a reporter chooses freely: a change whose two figures are named in
either order but whose way (a fall, a rise) the question states; a share whose whole is written
"out of a ..." or asked with a verb; a rule stated beside the contracts it applies to; and several
calculations asked in one question (two products, two rates, two shares of one whole, one thing
asked of each item of a list)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from routed import requests_of as _requests
from routed import results_of as _results

from assistant.answering.amounts import stated_amounts
from assistant.answering.routing import route
from assistant.calculator.operations import calculate

# ------------------------------------------------- a change goes the way the question says


@pytest.mark.parametrize(
    "question",
    [
        # The larger figure is written last, against "versus" or "compared with".
        "Port fees came to EUR 6.4 million in 2001-2005 versus EUR 2.2 million in 2006-2010: "
        "by what percentage did they decline?",
        "The later levy of EUR 2.2 million compared with EUR 6.4 million before: what percentage "
        "drop is that?",
    ],
)
def test_a_fall_asked_is_measured_from_the_larger_figure(question, data):
    (change,) = _requests(question, data)
    assert change["operation"] == "percent_change"
    assert (change["old"], change["new"]) == ("EUR 6.4 million", "EUR 2.2 million")


def test_a_rise_asked_is_measured_from_the_smaller_figure(data):
    (change,) = _requests(
        "Grower subsidies: EUR 9 million now versus EUR 5 million before. How large an increase "
        "in percent?",
        data,
    )
    assert (change["old"], change["new"]) == ("EUR 5 million", "EUR 9 million")


def test_a_change_whose_way_is_not_said_keeps_the_order_written(data):
    (change,) = _requests(
        "Peru's levy went from EUR 2.2 million to EUR 6.4 million. What is the percentage change?",
        data,
    )
    assert (change["old"], change["new"]) == ("EUR 2.2 million", "EUR 6.4 million")


def test_a_counted_fall_goes_the_way_asked_too(data):
    (change,) = _requests(
        "A club counted 40 members, and 52 the year before. By what percent did membership shrink?",
        data,
    )
    assert (Decimal(change["old"]), Decimal(change["new"])) == (52, 40)


def test_percentages_the_question_states_ask_no_change_between_its_amounts(data):
    # Two pledges with their delivery rates: each rate is a factor, not a rise from one to the other.
    found = route(
        "Work out what was delivered on two pledges: a EUR 40 million pledge at a 25% delivery "
        "rate, and a EUR 12 million pledge at 50%.",
        data,
    )
    assert found is not None
    assert all(r.operation != "percent_change" for r in found.requests)


# ------------------------------------------------- a share of a whole, however worded


def test_an_amount_of_a_noun_is_no_whole_of_a_share(data):
    # "the value of X" names X; no share word stands before its "of".
    found = route(
        "The value of EUR 2 million compared with EUR 5 million before - what share is that?",
        data,
    )
    assert found is not None
    (share,) = [r for r in found.requests if r.operation == "share_of"]
    assert (share.part, share.whole) == ("EUR 2 million", "EUR 5 million")


def test_a_part_out_of_a_whole_is_a_share_of_it(data):
    (share,) = _requests(
        "Growers got EUR 18 million out of a EUR 48 million fund. Compute that share to one "
        "decimal.",
        data,
    )
    assert (share["part"], share["whole"]) == ("EUR 18 million", "EUR 48 million")
    assert share["places"] == 1


def test_a_share_of_two_counts_asked_with_a_verb(data):
    (share,) = _requests("A port cleared 45 ships out of 180 inspected. Work out that share.", data)
    assert (share["operation"], share["part"], share["whole"]) == ("share_of", "45", "180")


def test_counts_with_no_share_asked_stay_with_the_sources(data):
    assert (
        route("A port cleared 45 ships out of 180 inspected. Work out the port's name.", data)
        is None
    )


def test_several_parts_of_one_whole_are_each_its_share(data):
    shares = _requests(
        "Give the shares of a EUR 90 million fund taken by the EUR 30 million for growers and the "
        "EUR 12 million for ports.",
        data,
    )
    assert [(s["part"], s["whole"]) for s in shares] == [
        ("EUR 30 million", "EUR 90 million"),
        ("EUR 12 million", "EUR 90 million"),
    ]


def test_parts_larger_than_the_whole_named_are_no_shares_of_it(data):
    found = route(
        "What share of a EUR 20 million fund are EUR 30 million and EUR 12 million?", data
    )
    assert found is None or all(r.operation != "share_of" for r in found.requests)


# ------------------------------------------------- a rule stated beside its contracts


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("A 40% rule on purchases of at least $3 million: what of a $7 million deal?", "threshold"),
        ("A rule covering deals worth $3 million or more: what of a $7 million deal?", "threshold"),
        # One contract with a floor on its price is still a contract.
        ("A contract of at least $3 million: what offset?", "contract"),
    ],
)
def test_a_bound_on_a_class_of_contracts_is_a_threshold(text, role):
    assert stated_amounts(text)[0].role == role


def test_contracts_under_a_rule_of_one_share_are_each_worked_out_once_and_added(data):
    found = route(
        "In 1983, what offset would a $4.6 million purchase and a $0.8 million purchase have "
        "required in total?",
        data,
    )
    assert found is not None and found.total
    assert [(r.amount, r.contract_type, r.year) for r in found.requests] == [
        ("$4.6 million", "competitive", 1983),
        ("$0.8 million", "competitive", 1983),
    ]


def test_a_rule_stated_in_brackets_beside_its_year_leaves_the_contracts_to_that_year(data):
    found = route(
        "When the program started in 1982 (half of purchase contracts of at least USD 1 million), "
        "what combined offset would a USD 6.2 million contract and a USD 0.4 million contract "
        "have required?",
        data,
    )
    assert found is not None
    assert [(r.amount, r.year) for r in found.requests] == [
        ("USD 6.2 million", 1982),
        ("USD 0.4 million", 1982),
    ]
    first, second = (calculate(r, data) for r in found.requests)
    assert Decimal(first.result) == Decimal("3100000")
    assert not second.triggers  # under the rule's USD 1 million: no offset


def test_contracts_under_a_rule_with_two_shares_are_shown_under_each_and_not_added(data):
    found = route("What offset would a $14 million deal and a $26 million deal need in all?", data)
    assert found is not None and not found.total
    assert [(r.amount, r.contract_type) for r in found.requests] == [
        ("$14 million", "competitive"),
        ("$14 million", "non-competitive"),
        ("$26 million", "competitive"),
        ("$26 million", "non-competitive"),
    ]


# ------------------------------------------------- several calculations in one question


def test_two_percentages_of_amounts_are_two_products(data):
    assert _results("Work out 12% of EUR 50 million and 35% of EUR 50 million.", data) == [
        Decimal("6000000"),
        Decimal("17500000"),
    ]


def test_one_expression_with_and_in_it_is_not_split(data):
    # "and" joining no two expressions: the calculator cannot read it, the sources may.
    assert route("What is the sum of fees and levies of 2019?", data) is None


def test_each_pair_of_amounts_gives_its_own_implied_rate(data):
    assert _results(
        "What won-per-dollar rates are implied by $4 million matching KRW 5.2 billion, and by "
        "KRW 3 trillion matching $2.4 billion?",
        data,
    ) == [Decimal("1300"), Decimal("1250")]


def test_amounts_that_do_not_pair_as_dollars_and_won_give_no_rates(data):
    found = route(
        "What rates are implied by $4 million and $5 million, and KRW 3 trillion and KRW 2 "
        "trillion?",
        data,
    )
    assert found is None or all(
        r.operation != "evaluate" or "/" not in (r.expression or "") for r in found.requests
    )


def test_what_a_list_head_asks_is_asked_of_each_item(data):
    found = route(
        "Estimate what was delivered under two pledges: the growers' EUR 40 million pledge at a "
        "25% delivery rate, and the port's EUR 12 million pledge at 50%. Round each to one "
        "decimal in EUR millions.",
        data,
    )
    assert found is not None
    assert [Decimal(calculate(r, data).result) for r in found.requests] == [
        Decimal("10000000"),
        Decimal("6000000"),
    ]
    # The rounding sentence reads every item's result, not the last item's alone.
    assert all(r.places == 1 and r.scale == "million" for r in found.requests)


def test_an_average_per_the_noun_counted_skips_the_word_qualifying_it(data):
    (mean,) = _requests(
        "Peru signed 16 export contracts worth $2.4 billion last year. What was the average value "
        "per contract?",
        data,
    )
    assert mean["expression"] == "$2.4 billion / 16"


def test_two_amounts_each_named_by_its_own_noun_of_are_placed_by_the_share_asked(data):
    # "fees of X, levies of Y": each "of" names an amount, neither is the whole; the share asked
    # "of fees" is of the larger.
    (share,) = _requests(
        "In 2019 (fees of EUR 8 million, levies of EUR 2 million), what exact percentage of fees "
        "were levies?",
        data,
    )
    assert (share["part"], share["whole"]) == ("EUR 2 million", "EUR 8 million")


def test_an_amount_of_an_amount_is_still_a_share_of_the_second(data):
    (share,) = _requests("Express EUR 3 million of EUR 12 million as a percentage.", data)
    assert (share["part"], share["whole"]) == ("EUR 3 million", "EUR 12 million")


# ------------------------------------------------- amounts stated and asked added


@pytest.mark.parametrize(
    "question",
    [
        "Add the port's EUR 8 million to the EUR 3 million of levies.",
        "What is the sum of EUR 8 million and EUR 3 million?",
        "Fees of EUR 8 million and levies of EUR 3 million: what do they come to together?",
    ],
)
def test_stated_amounts_asked_added_are_added(question, data):
    (added,) = _requests(question, data)
    assert added["expression"] == "EUR 8 million + EUR 3 million"


def test_contracts_asked_in_total_are_not_their_values_added(data):
    # Contracts are posed for what the rules require of them.
    found = route("Two deals, $9 million and $15 million: how much in total?", data)
    assert found is None or all("+" not in (r.expression or "") for r in found.requests)


def test_amounts_in_two_currencies_are_not_added(data):
    found = route("What do EUR 8 million and KRW 3 billion come to together?", data)
    assert found is None or all("+" not in (r.expression or "") for r in found.requests)
