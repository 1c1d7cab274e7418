"""Every computation a question asks for is its own calculator request: a change asked both in
money and in percent gives both; one amount set against several others gives each ratio; a span
told by its length and last year is a span a remainder is worked from; an average per year of a
period's figure, a whole implied by the statistics' share for the year named, and the gap between
the parts' sum and the whole the sources state are each worked out, each read as the rounding
clause that names it says."""

from __future__ import annotations

from decimal import Decimal

import pytest
from routed import requests_of as _requests
from routed import results_of as _results

from assistant.answering.reading import only_reads, readings_named

# ------------------------------------------- a change asked in money and in percent gives both


def test_a_fall_asked_by_how_many_dollars_and_by_what_percent_gives_both(data):
    requests = _requests(
        "How many dollars and what percent did Korea's offsets lose between 2011-2015 and "
        "2016-2020?",
        data,
    )
    kinds = [r["operation"] for r in requests]
    assert "percent_change" in kinds
    assert any(r.get("expression", "").startswith("USD 7.99 billion −") for r in requests)


def test_by_how_much_and_by_what_percent_gives_the_amount_too(data):
    results = _results(
        "By how much and by what percent did offsets drop from 2011-2015 to 2016-2020?", data
    )
    assert Decimal("7190000000") in results


# ------------------------------------------------ one amount set against several others


def test_one_amount_set_against_two_others_gives_each_ratio(data):
    requests = _requests(
        "A fund paid out EUR 3 million against EUR 12 million raised, and against the EUR 30 "
        "million it had planned. What are both ratios?",
        data,
    )
    assert [(r["operation"], r["part"], r["whole"]) for r in requests] == [
        ("share_of", "EUR 3 million", "EUR 12 million"),
        ("share_of", "EUR 3 million", "EUR 30 million"),
    ]


def test_amounts_only_listed_are_not_set_against_one_another(data):
    from assistant.answering.routing import route

    found = route("Fees were EUR 3 million, EUR 12 million and EUR 30 million: list them.", data)
    assert found is None or all(r.operation != "share_of" for r in found.requests)


# ----------------------------------------- a span told by its length and its last year


def test_a_span_told_by_length_and_last_year_leaves_the_rest_of_it(data):
    requests = _requests(
        "KIET reports a seven-year figure through 2022 and one for 2021-2022. What do they "
        "leave implied for 2016-2020?",
        data,
    )
    assert [r["expression"] for r in requests] == ["USD 1.06 billion − USD 270 million"]


def test_an_average_per_year_of_a_figure_not_named_by_its_measure(data):
    results = _results(
        "The footnote gives one figure for the last two years. On average, what was that per "
        "year over 2021-2022?",
        data,
    )
    assert results == [Decimal("135000000")]


# ------------------------------------------------- a whole implied by the year's share


def test_an_implied_whole_named_by_its_year_uses_that_years_share(data):
    (request,) = _requests(
        "What total of US defense export contracts in 2022 do the BIS figures imply?", data
    )
    assert request["expression"] == "USD 5.88 billion / 32.8%"


# ------------------------------------------ a rounding sentence that names each result


def test_a_rounding_sentence_that_names_results_asks_nothing_itself():
    assert only_reads("Round the sum to one place in millions and the mean to two in billions.")


def test_each_named_result_is_read_its_own_way():
    asks = ["what is the projected sum of the grants", "What is the mean grant"]
    question = (
        "What is the projected sum of the grants, and the mean grant? Round the sum to one "
        "decimal place in billions and the mean to two decimal places in millions."
    )
    first, second = readings_named(question, asks)
    assert (first.places, first.scale) == (1, "billion")
    assert (second.places, second.scale) == (2, "million")


def test_one_rounding_for_all_results_names_no_ask():
    assert readings_named(
        "What is the sum, and the mean? Round to one decimal place.", ["the sum", "the mean"]
    ) == [None, None]


def test_the_implied_total_and_the_average_each_get_their_reading(data):
    requests = _requests(
        "Using the BIS figures, what was the implied total of US defense export contracts in "
        "2022, and the mean value of one offset contract? Round the total to two decimal places "
        "in billions and the mean to one decimal place in millions.",
        data,
    )
    read = {r["expression"]: (r.get("places"), r.get("scale")) for r in requests}
    assert read["USD 5.88 billion / 32.8%"] == (2, "billion")
    assert read["USD 5.88 billion / 27"] == (1, "million")


# ------------------------------------------ the parts' sum set against the whole stated


def test_the_gap_of_the_parts_sum_is_to_the_whole_the_sources_state(data):
    results = _results(
        "Sum the three items of the KC-X offset package, and how far short is that of the "
        "package total? One decimal, in millions.",
        data,
    )
    assert Decimal("626900000") in results
    assert Decimal("35700000") in results
    assert Decimal(0) not in results


# ---------------------------------------------------------- the answer records every call


@pytest.mark.slow
def test_a_drop_asked_in_dollars_and_percent_records_a_call_for_each(assistant):
    answer = assistant.ask(
        "From 2011-2015 to 2016-2020, by how many dollars and by what percentage did Korea's "
        "offsets shrink?"
    )
    assert not answer.abstained
    assert len(answer.tool_calls) >= 2
    assert "USD 7,190,000,000" in answer.answer
    assert "89.99%" in answer.answer


@pytest.mark.slow
def test_two_ratios_of_stated_figures_record_two_calls(assistant):
    answer = assistant.ask(
        "Offsets of KRW 2 trillion set against KRW 16 trillion of imports and against KRW 5 "
        "trillion of earlier offsets: what are the two ratios, to one decimal?"
    )
    assert not answer.abstained
    assert len(answer.tool_calls) == 2
    assert "12.5%" in answer.answer
    assert "40.0%" in answer.answer
