"""Arithmetic on two figures of the value tables a question names without stating them: two
periods' offset values, or two types of one period's offset value, read where the question names
them and worked on as asked (a share with the whole named after "percentage of", a sum, one taken
from the other, a multiple). Where the sources give a period other figures too, each is worked
out and the answer is marked disputed."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _found(question, data):
    found = route(question, data)
    assert found is not None, question
    return found


def _results(question, data):
    return [Decimal(calculate(r, data).result) for r in _found(question, data).requests]


def test_two_types_of_one_period_are_added_when_asked_in_all(data):
    assert _results(
        "Equipment acquisition plus technologies for native weapons: how much in all, 1983-2022?",
        data,
    ) == [Decimal("16030000000")]


def test_one_type_as_a_percentage_of_another_takes_the_one_named_after_of_as_the_whole(data):
    (share,) = _results(
        "For 1983-2022, equipment acquisition came to what percentage of parts manufacturing "
        "and exports?",
        data,
    )
    assert share.quantize(Decimal("0.0001")) == Decimal("0.7507")


def test_types_measured_against_their_periods_total_add_the_shares_the_sources_state(data):
    assert _results(
        "What percentage of the 1983-2022 total did equipment acquisition and parts "
        "manufacturing and exports make up between them?",
        data,
    ) == [Decimal("0.539")]


def test_one_period_taken_from_another_is_the_larger_less_the_smaller(data):
    assert _results(
        "Subtracting the 2021-2022 gains, what remains of the 2016-2022 total?", data
    ) == [Decimal("790000000")]


def test_two_consecutive_years_joined_by_and_name_their_span(data):
    (share,) = _results(
        "Of the offsets for 2016-2022, what share was obtained in 2021 and 2022?", data
    )
    assert share.quantize(Decimal("0.0001")) == Decimal("0.2547")


def test_a_period_the_sources_disagree_on_is_worked_out_with_each_figure(data):
    found = _found("What did 2016-2020 and 2021-2022 bring in together?", data)
    assert found.disputed
    assert [Decimal(calculate(r, data).result) for r in found.requests] == [
        Decimal("1070000000"),
        Decimal("970000000"),
    ]


def test_an_amount_the_question_restates_picks_that_figure_of_a_disputed_period(data):
    found = _found(
        "Taking the USD 700 million for 2016-2020, what share of the 2016-2022 total is it?", data
    )
    assert not found.disputed
    (request,) = found.requests
    assert request.part == "USD 700 million"


def test_a_change_from_one_period_to_the_next_is_left_to_the_change_reading(data):
    found = _found("By what percentage did offsets fall from 2011-2015 to 2016-2020?", data)
    assert found.requests[0].operation == "percent_change"


def test_a_fact_restated_about_two_periods_is_no_calculation(data):
    assert route("Is it true that 2011-2015 brought more offsets than 2016-2020?", data) is None


def test_each_types_share_of_its_periods_total_asked_apart_is_the_sources_own(data):
    assert (
        route(
            "Of the 1983-2022 total, what share was equipment acquisition, and what share parts "
            "manufacturing and exports?",
            data,
        )
        is None
    )


def test_a_whole_in_words_of_its_own_before_the_types_is_not_the_type_after_it(data):
    assert (
        route(
            "What share of all offset value over the four decades went to equipment "
            "acquisition, versus parts manufacturing and exports?",
            data,
        )
        is None
    )


def test_a_period_named_by_its_length_alone_is_the_one_period_of_that_length(data):
    assert _results(
        "After taking away the 2016-2022 total, what is left of the forty-year offset value?",
        data,
    ) == [Decimal("22140000000")]


def test_years_still_to_come_name_no_period_of_the_tables(data):
    assert (
        route("Over the next two years, how much more than 2016-2020 will offsets bring?", data)
        is None
    )


def test_a_question_inferring_a_period_from_two_others_is_no_pair_of_them(data):
    found = route(
        "Given the 1983-2022 sum and the 2011-2015 figure, what do they imply for 1983-2010?", data
    )
    assert found is None or not any("+" in (r.expression or "") for r in found.requests)


def test_a_share_asked_beside_the_figure_itself_is_each_figures_own_stated_share(data):
    # "the amount and share of A and of B" asks what each came to and its part of the total,
    # both stated in the tables; neither is a share of the other.
    for question in (
        "Over 1983-2022, what were the amount and share of parts manufacturing and exports "
        "and of equipment acquisition?",
        "List the shares and dollar values of equipment acquisition and of technologies for "
        "native weapons over 1983-2022.",
    ):
        assert route(question, data) is None, question
