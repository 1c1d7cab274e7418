"""Each computation a question asks gets its own call, read as the question says: a sentence
that rounds a ratio one way and a percentage another rounds each kind; a rounding sentence after
two asks sharing one verb reads both; places given to percentages alone leave a count as it is;
an ask whose figures the whole question's calculation never uses is worked out beside it; a
conversion asked "in billions of dollars" converts."""

from __future__ import annotations

from decimal import Decimal

from routed import requests_of as _requests

from assistant.answering.reading import reading
from assistant.answering.routing import route
from assistant.calculator.operations import calculate

# ------------------------------------------------- a rounding sentence read kind by kind


def test_a_ratio_and_a_percentage_each_take_the_places_their_clause_gives():
    asked = reading("How far apart are they? Ratio to three decimals, percent to whole numbers.")
    assert (asked.percent_places, asked.money_places) == (0, 3)


def test_a_ratio_and_a_percent_change_asked_together_are_rounded_each_its_own_way(data):
    requests = _requests(
        "On the report's page counts, how many times as many pages went to China as to Korea, "
        "and by what percent did the number of Korea cases grow over the previous year? Ratio to "
        "three decimals, percent to whole numbers.",
        data,
    )
    places = {r["operation"]: r.get("places") for r in requests}
    assert places == {"percent_change": 0, "evaluate": 3}


def test_a_sentence_naming_no_kind_of_result_still_rounds_every_result():
    asked = reading("What is left? Dollars in millions, no decimals.")
    assert (asked.places, asked.percent_places, asked.money_places) == (0, None, None)


# ------------------------------------------------- a rounding sentence after shared-verb asks


def test_a_rounding_sentence_after_two_shares_of_one_part_rounds_both(data):
    requests = _requests(
        "Express EUR 3 million as a share of EUR 8 million and as a share of EUR 12 million. "
        "Round each to two decimals of a percent.",
        data,
    )
    assert [r["operation"] for r in requests] == ["share_of", "share_of"]
    assert [r.get("places") for r in requests] == [2, 2]


# ------------------------------------------------- percentages' places leave a count alone


def test_places_given_to_percentages_alone_do_not_round_a_count(data):
    requests = _requests(
        "How many more pages did China get than Korea in the report, and by what percent did the "
        "number of Korea cases grow over the previous year? Percent, one decimal.",
        data,
    )
    by_operation = {r["operation"]: r for r in requests}
    assert by_operation["percent_change"]["places"] == 1
    assert "places" not in by_operation["evaluate"]


def test_a_percent_only_reading_is_told_apart_from_one_for_every_result():
    assert reading("What share is it? Percent, one decimal.").percent_only
    assert not reading("What share is it, and what amount? One decimal.").percent_only


# ------------------------------------------------- an ask the whole's calculation leaves out


def test_an_ask_on_figures_the_whole_never_uses_gets_its_own_call(data):
    requests = _requests(
        "What did one F-35A of the first phase cost on average, and what is the sum of "
        "Lockheed's three pledged offset items?",
        data,
    )
    expressions = [r.get("expression") for r in requests]
    assert "KRW 7.77 trillion / 40" in expressions
    assert "USD 2.1 billion + USD 1.4 billion + USD 300 million" in expressions


# ------------------------------------------------- a scale of a currency names the currency


def test_a_conversion_asked_in_a_scale_of_dollars_converts_to_dollars(data):
    (convert,) = _requests(
        "What is KRW 650 billion in millions of dollars at 1,300 won per dollar?", data
    )
    assert convert["operation"] == "convert"
    assert (convert["to_currency"], convert["scale"]) == ("USD", "million")
    assert Decimal(convert["rate"].replace(",", "")) == 1300


# ------------------------------------------------- an implied rate carries its unit


def test_an_implied_rate_is_stated_in_won_per_dollar(data):
    found = route("What rate in won per dollar do USD 4 million and KRW 5.2 billion imply?", data)
    assert found is not None and found.labels and found.labels[0] is not None
    shown = calculate(found.requests[0], data).display
    assert found.labels[0](shown).endswith("1,300 KRW per USD.")
