"""A period's figure converted at a rate the question states: a type of the period's offset
value the question names is converted, not the period's total; and a question naming two
currencies converts the figure stated in the one it names first into the one it names last."""

from __future__ import annotations

from assistant.answering.routing import route


def _requests(question, data):
    found = route(question, data)
    assert found is not None, question
    return [(r.operation, r.amount, r.to_currency) for r in found.requests]


def test_a_type_of_a_periods_offsets_named_is_the_figure_converted(data):
    assert _requests(
        "Taking 1,250 won per dollar, how many won did equipment acquisition bring in over "
        "1983-2022?",
        data,
    ) == [("convert", "USD 5.36 billion", "KRW")]


def test_the_currency_named_first_is_the_figures_and_the_last_the_one_asked(data):
    assert _requests(
        "Using 1,400 won per dollar, what is the 2011-2015 offset figure in won worth in dollars?",
        data,
    ) == [("convert", "KRW 10.4509 trillion", "USD")]


def test_a_type_named_with_no_conversion_asked_is_no_calculation(data):
    assert route("What did equipment acquisition bring in over 1983-2022?", data) is None


def test_a_period_named_by_its_length_alone_is_converted_when_one_period_has_it(data):
    assert _requests(
        "At 1,350 won per dollar, what are the offsets of the forty years to 2022 in won?", data
    ) == [("convert", "USD 23.2 billion", "KRW")]
