"""Calculations asked in free wording: each class of wording becomes the calculation it asks for,
and words that only say how to read the result are never taken for an input."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _requests(question, data):
    found = route(question, data)
    assert found is not None, question
    return found.requests


def _results(question, data):
    return [calculate(request, data) for request in _requests(question, data)]


# -- how a result is asked to be rounded ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "A supplier committed $52.4 million and had fulfilled 61.5% of it. "
            "How much money is that, to the nearest $0.01 billion?",
            "USD 0.03 billion",
        ),
        (
            "A vendor pledged $52.4 million and has delivered 61.5% of it. "
            "Rounded to the nearest thousand dollars, how much was delivered?",
            "USD 32,226 thousand",
        ),
        (
            "A firm owed $52.4 million and had fulfilled 61.5% of it. "
            "How much is that to the nearest dollar?",
            "USD 32,226,000",
        ),
        (
            "A vendor pledged $52.4 million and has delivered 61.5% of it. "
            "How much was delivered? Round to 0.1 million dollars.",
            "USD 32.2 million",
        ),
        (
            "A firm owed $52.4 million and had fulfilled 61.5% of it. "
            "What was fulfilled (0.01 billion)?",
            "USD 0.03 billion",
        ),
    ],
)
def test_a_rounding_step_written_as_an_amount_is_a_reading_not_an_input(question, shown, data):
    (request,) = _requests(question, data)
    assert request.expression == "61.5% × $52.4 million"
    assert calculate(request, data).display == shown


def test_a_figure_a_sentence_tells_after_to_is_no_rounding_step():
    from assistant.answering.reading import reading

    told = "Exports rose to 0.1 billion dollars; what share of the whole is that?"
    assert reading(told).places is None and reading(told).question == told


def test_a_share_rounded_to_the_nearest_tenth_of_a_percent_shows_one_place(data):
    (result,) = _results(
        "What share of $96 million is $7 million, to the nearest tenth of a percent?", data
    )
    assert result.display == "7.3%"


# -- a share of an amount the question states --------------------------------------------------


def test_a_share_achieved_of_a_stated_pledge_is_worked_out_as_delivered(data):
    (result,) = _results(
        "A contractor promised EUR 18 million in local investment and has achieved 40% of it. "
        "How much is that?",
        data,
    )
    assert Decimal(result.result) == 7_200_000 and result.currency == "EUR"


def test_a_share_of_it_asked_as_an_amount_is_that_share_of_the_stated_amount(data):
    (request,) = _requests(
        "A ministry set aside $80 million and 15% of it went to training. How much money is that?",
        data,
    )
    assert request.expression == "15% × $80 million"
    assert Decimal(calculate(request, data).result) == 12_000_000


# -- a ratio of two stated amounts -------------------------------------------------------------


def test_a_ratio_of_two_unplaced_amounts_is_the_smaller_as_a_share_of_the_larger(data):
    found = route(
        "Over five years a navy bought 2.4 trillion won of ships and secured 0.3 trillion won "
        "of offsets; give the ratio between them to one decimal place.",
        data,
    )
    assert found is not None
    (request,) = found.requests
    assert (request.operation, request.part, request.whole) == (
        "share_of",
        "0.3 trillion won",
        "2.4 trillion won",
    )
    assert calculate(request, data).display == "12.5%"
    assert "smaller" in found.lead  # the answer says how it placed them


def test_the_ratio_of_a_to_b_keeps_the_order_written(data):
    (request,) = _requests("What is the ratio of $30 million to $24 million?", data)
    assert (request.part, request.whole) == ("$30 million", "$24 million")
    assert calculate(request, data).display == "125%"


# -- parts the sources list, against a whole ---------------------------------------------------


def test_parts_checked_against_a_stated_whole_give_their_sum_and_the_gap(data):
    found = route(
        "Taken together, do the KC-X offset commitments by category match a USD 650 million total?",
        data,
    )
    assert found is not None
    added, gap = (calculate(r, data) for r in found.requests)
    assert Decimal(added.result) == 626_900_000
    assert Decimal(gap.result) == 23_100_000
    assert found.labels[1] is not None
    assert "less than" in found.labels[1](gap.display)
    # Each part is cited from the row that states it.
    assert len(found.cites) == 3


def test_parts_checked_against_the_sources_own_total_cite_that_total(data):
    found = route(
        "Is there a gap between the 1983-2022 offset values by type, summed, and the overall "
        "figure?",
        data,
    )
    assert found is not None
    added, gap = (calculate(r, data) for r in found.requests)
    assert Decimal(added.result) == Decimal("23.17e9")
    assert Decimal(gap.result) == Decimal("0.03e9")
    assert "value-1983-2022-kiet" in found.cites


def test_parts_merely_summed_are_not_checked_against_a_total(data):
    found = route("What do the KC-X offset commitments add up to?", data)
    assert found is not None and len(found.requests) == 1


# -- a price per item ----------------------------------------------------------------------------


def test_a_stated_price_over_a_stated_count_is_the_price_of_each(data):
    (request,) = _requests(
        "A coast guard paid $360 million for 8 patrol boats. What did each boat cost?", data
    )
    assert request.expression == "$360 million / 8"
    assert Decimal(calculate(request, data).result) == 45_000_000


def test_an_exchange_rate_is_no_count_of_items(data):
    (request,) = _requests(
        "At 1,300 won per dollar, a buyer pays 26 billion won for 2 radars: how much per radar?",
        data,
    )
    assert request.expression == "26 billion won / 2"


# -- an average from figures the sources give ----------------------------------------------------


def test_an_average_the_question_asks_of_sourced_figures_divides_them_and_cites_both(data):
    found = route(
        "On average, how much was each US offset agreement worth in 2022, in millions, to the "
        "nearest whole number?",
        data,
    )
    assert found is not None
    (request,) = found.requests
    assert request.expression == "USD 5.88 billion / 27"
    assert calculate(request, data).display == "USD 218 million"
    assert found.cites == ["bis-2022-value", "bis-2022-contracts"]


def test_a_share_asked_per_contract_of_a_country_is_no_average(data):
    assert route("What minimum offset per contract does Taiwan set?", data) is None


# -- another country's minimum beside the home rule ------------------------------------------------


def test_a_foreign_minimum_and_the_home_rule_asked_together_are_compared(data):
    (request,) = _requests(
        "On a $6 million purchase, what offset does Norway's minimum call for next to Korea's rule?",
        data,
    )
    assert request.operation == "compare_policies"
    assert request.countries == ["Norway", "Korea"]
    result = calculate(request, data)
    assert result.details["required"]["Korea"] == "USD 0"  # under the home threshold


# -- restated facts stay questions for the sources ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that a firm delivered 40% of its $10 million pledge?",
        "Did each of the 12 frigates really cost $300 million?",
    ],
)
def test_a_restated_figure_in_these_wordings_is_no_calculation(question, data):
    assert route(question, data) is None


# -- several asks in one question ---------------------------------------------------------------


def test_a_change_asked_as_an_amount_and_as_a_percentage_gets_both_worked_out(data):
    results = _results(
        "Chile's arms budget went from USD 4 billion to USD 2.5 billion: how much lower is it, "
        "and what is the percentage fall?",
        data,
    )
    assert [r.operation for r in results] == ["percent_change", "evaluate"]
    assert results[1].currency == "USD"
    assert Decimal(results[1].result) == Decimal("1500000000")


def test_an_ask_read_again_in_a_part_of_the_question_adds_no_second_calculation(data):
    # The contract type is in the clause; each part alone would lose it. The one obligation the
    # whole asks for is worked out once.
    requests = _requests(
        "If a navy placed a 30-million-dollar order, neither FMS nor competitively tendered, "
        "how large an offset would apply, and what share of the order is that?",
        data,
    )
    assert [r.operation for r in requests].count("offset_obligation") == 1


def test_a_bracketed_whole_number_rounds_the_result_to_no_places(data):
    (request,) = _requests(
        "Of 40 deals, 14 were signed abroad: what percent is that (whole number)?", data
    )
    assert request.places == 0


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("A port logged 80 ships, 35 of them tankers. How many were not tankers?", 45),
        ("Of the 25 bids, of which 9 were rejected, how many went through?", 16),
    ],
)
def test_a_counted_whole_less_its_stated_part_answers_how_many_are_in_the_rest(
    data, question, rest
):
    (result,) = _results(question, data)
    assert Decimal(result.result) == rest


def test_a_count_of_other_things_than_the_whole_is_no_rest_of_it(data):
    # The whole counts bids; the question counts firms, which the bids do not tell.
    assert route("Of 25 bids received, 9 were rejected: how many firms bid twice?", data) is None


def test_a_question_asking_of_the_stated_part_itself_is_no_calculation(data):
    assert route("A port logged 80 ships, 35 of them tankers. How many were tankers?", data) is None


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "Over 2001-2007 imports reached USD 9 billion, and 2006-2007 accounted for USD 3 "
            "billion: derive the 2001-2005 figure.",
            "USD 9 billion − USD 3 billion",
        ),
        (
            "The fund paid out USD 40 million in 2012-2013 and USD 150 million across 2005-2013. "
            "What does that imply for 2005-2011?",
            "USD 150 million − USD 40 million",
        ),
    ],
)
def test_amounts_stated_for_a_span_and_its_rest_imply_the_period_asked(data, question, expression):
    (request,) = _requests(question, data)
    assert request.expression == expression


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("If USD 1 buys KRW 1,250, what is a KRW 50 billion order in dollars?", "1250"),
        ("Say $20 million is roughly KRW 27 billion: what is KRW 81 billion in dollars?", "1350"),
        ("With $1 = ₩1,300, convert KRW 26 billion to dollars.", "1300"),
    ],
)
def test_a_rate_stated_as_one_value_in_both_currencies_is_the_rate_used(data, question, rate):
    (request,) = _requests(question, data)
    assert request.operation == "convert"
    assert request.rate == rate


def test_one_amount_written_again_in_the_other_currency_is_one_contract(data):
    (request,) = _requests(
        "A $12 million (about KRW 16 billion) sole-source deal: what offset?", data
    )
    assert request.operation == "offset_obligation"
    assert request.amount == "$12 million"


def test_a_total_then_converted_is_added_up_and_converted_each_read_as_its_ask_says(data):
    requests = _requests(
        "What is USD 2.5 billion plus USD 1.5 billion, and convert the total to won at KRW 1,400 "
        "per dollar (in trillions, one decimal).",
        data,
    )
    assert [r.operation for r in requests] == ["evaluate", "convert"]
    assert requests[0].places is None and requests[0].scale is None
    assert requests[1].rate == "1,400"
    assert calculate(requests[1], data).display == "KRW 5.6 trillion"


@pytest.mark.parametrize(
    "question",
    [
        "If USD 2.2 billion was 40% of a navy's budget, how big was the total? Give it in "
        "billions, one decimal.",
        "If USD 2.2 billion was 40% of a navy's budget, how big was the total? Round to the "
        "nearest tenth of a billion.",
    ],
)
def test_a_sentence_that_only_says_how_to_round_is_no_ask_of_its_own(data, question):
    (result,) = _results(question, data)
    assert result.display == "USD 5.5 billion"
