"""Calculations on figures the sources give, named in words rather than written as amounts, and
results read the way the question asks in words (rounding, scale)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.followup import is_follow_up
from assistant.answering.reading import reading
from assistant.answering.routing import route
from assistant.answering.source_figures import money_named, program_named
from assistant.calculator.operations import calculate


def _routed(question, data, context=""):
    found = route(question, data, context=context)
    assert found is not None, question
    return found


def _results(found, data):
    return [calculate(request, data) for request in found.requests]


# -- rounding and scale asked in words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("Of the 64 bids received, 19 succeeded. What percentage succeeded? Give one decimal.", 1),
        ("What is 12% of $3.3 billion (two decimals)?", 2),
        ("What is 12% of $3.3 billion? Three decimal places please.", 3),
        ("What is 12% of $3.3 billion, as a whole number?", 0),
        ("What is 12% of $3.3 billion, with no decimals?", 0),
        (
            "Revenue went from $4 billion to $3.1 billion; by what percent? Nearest whole percent.",
            0,
        ),
    ],
)
def test_rounding_asked_in_words_is_read(question, places, data):
    assert reading(question).places == places
    assert {r.places for r in _routed(question, data).requests} == {places}


def test_the_words_that_ask_for_rounding_are_no_part_of_the_question():
    asked = reading("If KRW 2.6 trillion equals USD 1.9 billion, what rate is that? Nearest won.")
    assert (asked.places, "Nearest" in asked.question) == (0, False)


def test_a_change_rounded_to_whole_percent_states_its_size_rounded(data):
    (result,) = _results(
        _routed(
            "Sales went from $4 billion to $3.1 billion: what change is that, in whole percent?",
            data,
        ),
        data,
    )
    assert result.display == "−23%"
    assert "a decrease of 23%" in result.summary and "78%" in result.summary


def test_decimals_of_a_large_amount_are_read_in_its_scale(data):
    (result,) = _results(_routed("What is 15% of KRW 58 trillion, to one decimal?", data), data)
    assert result.display == "KRW 8.7 trillion"
    (whole,) = _results(_routed("What is 15% of KRW 58 trillion, as a whole number?", data), data)
    assert whole.display == "KRW 8,700,000,000,000"


# -- figures the program tables give, named in words ------------------------------------------------


def test_a_phase_named_by_its_ordinal_is_that_phase_of_the_program(data):
    assert program_named("the second F-35 phase", data) == "F-35A phase 2"
    assert program_named("phase two of the F-35A buy", data) == "F-35A phase 2"
    assert program_named("the F-35A deal with Lockheed", data) == "F-35A phase 1"


def test_what_is_asked_of_a_program_picks_its_figure(data):
    assert money_named("Lockheed's satellite pledge", data).id == "f35-commitment-satellites"
    assert money_named("the whole tanker offset package", data).id == "kcx-commitment-total"
    assert (
        money_named("What was it worth?", data, "about the second F-35 phase").id == "f35-2-value"
    )


def test_a_named_pledge_is_converted_at_the_stated_rate_and_cited(data):
    found = _routed(
        "What is Lockheed's satellite offset pledge in won at 1,300 won per dollar?", data
    )
    (request,) = found.requests
    assert (request.operation, request.amount, request.rate) == (
        "convert",
        "USD 2.1 billion",
        "1,300",
    )
    assert found.cites == ["f35-commitment-satellites"] and "USD 2.1 billion" in found.lead
    assert Decimal(calculate(request, data).result) == Decimal(2_730_000_000_000)


def test_a_figure_asked_in_its_own_currency_is_a_fact_not_a_conversion(data):
    assert route("How much did Airbus pledge in offsets, in dollars?", data) is None


def test_a_follow_up_converts_the_figure_the_earlier_question_named(data):
    found = _routed(
        "And in dollars, at 1,300 won a dollar?",
        data,
        context="What was the second F-35 phase valued at?",
    )
    assert found.cites == ["f35-2-value"]
    assert found.requests[0].amount == "KRW 4 trillion"


def test_one_part_of_a_pledge_as_a_share_of_the_whole_pledge(data):
    found = _routed(
        "Technology transfer made up what percentage of the tanker offset package?", data
    )
    (request,) = found.requests
    assert (request.operation, request.part, request.whole) == (
        "share_of",
        "USD 84.3 million",
        "USD 662.6 million",
    )
    assert found.cites == ["kcx-commitment-technology", "kcx-commitment-total"]


def test_a_share_of_two_counts_the_sources_give_of_one_thing(data):
    found = _routed("What fraction of the recommended SMEs sold to Lockheed, in percent?", data)
    firms = next(r for r in found.requests if r.whole == "73")
    assert firms.part == "12"
    assert "f35-sme-recommended-firms" in found.cites


def test_a_delivery_rate_is_still_a_fact_of_the_sources(data):
    assert route("What was the KC-X military support implementation rate?", data) is None
    assert route("What share of the tanker SME pledge was implemented by 2022?", data) is None


def test_a_share_the_question_applies_to_a_named_pledge(data):
    found = _routed(
        "What would 25% of Lockheed's KF-X technology transfer pledge amount to in dollars?", data
    )
    assert [r.expression for r in found.requests] == ["25% × USD 1.4 billion"]
    assert found.cites == ["f35-commitment-kfx"]


def test_a_delivery_rate_asked_in_money_is_worked_out(data):
    found = _routed("Turn the F-35A SME export implementation rate into a dollar amount.", data)
    assert [r.operation for r in found.requests] == ["implemented"]


def test_what_was_not_carried_out_of_a_pledge_is_the_remainder(data):
    found = _routed(
        "What dollar amount of the tanker technology-transfer pledge had not been carried out?",
        data,
    )
    assert found.requests[-1].expression == "(100% − 92.6%) × USD 84,300,000"


def test_a_stated_total_is_divided_by_the_units_the_sources_count(data):
    found = _routed(
        "Suppose the F-35A fleet cost 8 trillion won in all: per aircraft, how much?", data
    )
    assert [r.expression for r in found.requests] == ["8 trillion won / 40"]
    assert found.cites == ["f35-units"]


# -- a whole the value tables give, less a part of it ---------------------------------------------


def test_what_is_left_of_a_sourced_whole_once_a_named_part_is_out(data):
    found = _routed(
        "Leaving out FMS deals, what did Korea's 2011-2022 arms purchases from America come to?",
        data,
    )
    (result,) = _results(found, data)
    assert Decimal(result.result) == Decimal(8_800_000_000_000)
    assert found.cites == ["us-imports-2011-2022-total", "us-imports-2011-2022-fms"]


def test_a_whole_the_question_gives_otherwise_is_not_replaced(data):
    assert (
        route(
            "Had US arms sales to Korea over 2011-2022 totalled KRW 40 trillion, what part was non-FMS?",
            data,
        )
        is None
    )


# -- exchange rates the sources imply ----------------------------------------------------------


def test_the_rate_a_named_source_implies(data):
    found = _routed("What won-per-dollar rate does KIET's pairing of amounts imply?", data)
    (result,) = _results(found, data)
    assert (result.result, found.cites, found.disputed) == ("1250", ["rate-kiet-2023"], False)


def test_unnamed_sources_give_every_rate_they_imply_and_say_they_differ(data):
    found = _routed("What exchange rate do the sources imply between won and dollars?", data)
    assert {r.result for r in _results(found, data)} == {"1470", "1250"}
    assert found.disputed and "different" in found.lead


def test_a_rate_asked_of_what_came_before_is_read_with_it(data):
    assert route("Which rate follows from that?", data) is None
    found = _routed(
        "Which rate follows from that?",
        data,
        context="What is KIET's 2016-2020 offset figure in won?",
    )
    assert found.cites == ["rate-kiet-2023"]


# -- the gap to the threshold, and follow-ups that change one input --------------------------------


def test_how_far_below_the_threshold_is_asked_of_the_contract(data):
    found = _routed(
        "A ministry signs a competitive deal for 11.2 billion won at 1,400 won per dollar; "
        "how far under the offset threshold is it?",
        data,
    )
    assert found.below


@pytest.mark.parametrize(
    "question",
    [
        "Same deal, but sole-sourced?",
        "What does that come to in dollars?",
        "And what did that stage cost?",
        "Convert that into euros for me.",
        "Please express this in won.",
    ],
)
def test_a_question_that_refers_back_is_a_follow_up(question):
    assert is_follow_up(question, focus_terms=5)


@pytest.mark.parametrize(
    ("earlier", "follow_up", "currency"),
    [
        ("What were the tanker maker's offsets worth?", "What is that in Korean won?", "KRW"),
        ("What did the F-35A jets cost the Air Force?", "And in U.S. dollars?", "USD"),
    ],
)
def test_a_currency_named_with_its_country_asks_the_earlier_figure_converted(
    data, earlier, follow_up, currency
):
    found = _routed(follow_up, data, context=earlier)
    (request,) = found.requests
    assert request.operation == "convert" and request.to_currency == currency


def test_a_change_asked_in_won_uses_the_won_figures_of_both_periods(data):
    found = _routed(
        "How much did offset value shrink in won terms from 2011-2015 to 2016-2020?", data
    )
    (request,) = found.requests
    assert request.expression == "KRW 10.4509 trillion − KRW 1 trillion"


def test_the_gap_between_the_two_obligations_is_asked_of_both(data):
    found = _routed(
        "What is the gap between the competitive and the sole-source offset on a $70 million contract?",
        data,
    )
    assert found.difference and len(found.requests) == 2
    assert not _routed("What offset does a $70 million deal need?", data).difference


def test_a_rate_a_named_source_implies_converts_a_named_figure(data):
    found = _routed("Convert 6 trillion won to dollars at the rate implied by KIET.", data)
    assert found.requests[0].rate == "kiet"
    assert calculate(found.requests[0], data).result == "4800000000"


def test_the_parts_of_a_pledge_a_question_names_are_added_up(data):
    found = _routed("Add up Lockheed's satellite and SME pledges.", data)
    assert [r.expression for r in found.requests] == ["USD 2.1 billion + USD 300 million"]


def test_two_counts_the_report_gives_are_compared_in_a_call(data):
    found = _routed("How many fewer pages did Japan get than the EU in the trade report?", data)
    assert [r.expression for r in found.requests] == ["35 − 11"]
    assert found.cites == ["ustr-pages-eu", "ustr-pages-japan"]
    times = _routed("By what multiple did China's page count exceed Japan's?", data)
    assert [r.expression for r in times.requests] == ["48 / 11"]
    assert route("Give me Japan's page count in the trade report.", data) is None


def test_a_period_figure_converted_gives_each_figure_the_sources_disagree_on(data):
    found = _routed("At 1,300 won per dollar, what were the 2016-2020 offsets worth in won?", data)
    assert [r.amount for r in found.requests] == ["USD 800 million", "USD 700 million"]
    assert found.disputed and "disagree" in found.lead
    # Without a rate of its own, the won figure the sources give is the answer: no conversion.
    assert route("What were the 2016-2020 offsets worth in won?", data) is None


def test_two_countries_compared_on_what_each_would_demand(data):
    (request,) = _routed(
        "How much more would Türkiye ask for than Korea on a $44 million competitive order?", data
    ).requests
    assert (request.operation, request.countries) == ("compare_policies", ["Türkiye", "Korea"])


def test_a_share_the_question_ends_on_is_applied_to_its_contract(data):
    (request,) = _routed("What's the offset on a $14 million purchase at 35%?", data).requests
    assert request.expression == "35% × $14 million"


def _resolved(question, earlier):
    from assistant.answering.followup import resolve
    from assistant.answers import Turn

    turns = [Turn(role="user", content=earlier), Turn(role="assistant", content="…")]
    return resolve(question, turns, focus_terms=5)


def test_a_follow_up_rate_is_no_new_contract_amount(data):
    resolved = _resolved(
        "What about at 1,250 won per dollar?",
        "What offset would a 30 billion won sole-source deal need?",
    )
    assert "30 billion won" in resolved.context
    (request,) = _routed(resolved.query, data).requests
    assert (request.amount, request.rate) == ("30 billion won", "1,250")


def test_a_follow_up_asking_of_the_present_drops_the_earlier_year(data):
    from assistant.answering.followup import changes_an_input

    resolved = _resolved(
        "And these days?", "What offset did a competitive $25 million buy need in 1999?"
    )
    assert changes_an_input("And these days?") and "1999" not in resolved.context
    assert _routed(resolved.query, data).requests[0].year is None


@pytest.mark.parametrize(
    "question",
    [
        "Exports slid to $1.5 billion from $6 billion. What is the percentage decline?",
        "How much lower is $1.5 billion than $6 billion, in percent?",
        "From $6 billion to $1.5 billion: what percentage drop is that?",
    ],
)
def test_a_change_is_measured_from_the_amount_after_from_or_than(question, data):
    (request,) = _routed(question, data).requests
    assert (request.old, request.new) == ("$6 billion", "$1.5 billion")


def test_an_amount_over_a_number_of_years_is_spread_per_year(data):
    (request,) = _routed(
        "Say $450 million came in over three years: how much a year?", data
    ).requests
    assert request.expression == "$450 million / 3"


def test_an_amount_divided_among_a_count_is_worked_out_each(data):
    (request,) = _routed("What is $84 million split evenly between 6 yards?", data).requests
    assert request.expression == "$84 million / 6"


def test_the_share_of_a_whole_pledge_delivered_is_worked_out_from_each_part(data):
    found = _routed(
        "Across all its parts, what percentage of the tanker offset pledge was carried out?", data
    )
    delivered, share = found.requests
    assert (delivered.operation, share.operation, share.whole) == (
        "implemented",
        "share_of",
        "USD 662.6 million",
    )
    assert share.part == "USD 131,754,800"


def test_the_rule_applied_to_a_contract_value_the_tables_give(data):
    found = _routed(
        "How large an offset would the second F-35 phase have carried as a competitive deal, "
        "at 1,300 won to the dollar?",
        data,
    )
    (request,) = found.requests
    assert (request.amount, request.contract_type, request.rate) == (
        "KRW 4 trillion",
        "competitive",
        "1,300",
    )
    assert found.cites == ["f35-2-value"]
    # Whether offsets were sought on it is a fact of the sources, not a calculation.
    assert route("Did DAPA seek offsets on the second F-35 phase?", data) is None


def test_a_threshold_rise_asked_in_dollars_is_an_amount(data):
    (request,) = _routed(
        "By how many dollars did the offset threshold go up from 1984 to 2006?", data
    ).requests
    assert request.expression == "USD 10 million − USD 2 million"


def test_a_follow_up_conversion_converts_each_figure_the_earlier_calculation_gave(data):
    from assistant.answering.routing import follow_up_route

    found = follow_up_route(
        "Put both in won at 1,350 won per dollar.",
        "What offset would a $36 million deal need?",
        data,
    )
    assert found is not None
    converted = [r for r in found.requests if r.operation == "convert"]
    assert [r.amount for r in converted] == ["USD 18,000,000", "USD 10,800,000"]
