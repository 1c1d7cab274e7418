"""Arithmetic questions go to the calculator, factual ones to the data tables or the sources."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.routing import amounts, route
from assistant.calculator.operations import calculate


def _only(question, data):
    found = route(question, data)
    assert found is not None, question
    assert len(found.requests) == 1
    return found.requests[0]


def test_amounts_are_read_as_written():
    assert amounts("a $12 million deal and 14.7 billion won, USD 10M, 3 aircraft") == [
        "$12 million",
        "14.7 billion won",
        "USD 10M",
    ]


def test_a_contract_question_becomes_an_offset_obligation_request(data):
    request = _only(
        "If Korea signs a competitive contract worth $12 million, does it trigger an offset?", data
    )
    assert request.operation == "offset_obligation"
    assert (request.amount, request.contract_type, request.year) == (
        "$12 million",
        "competitive",
        None,
    )


def test_the_year_type_and_rate_of_the_question_are_kept(data):
    request = _only(
        "In 1985, would a non-competitive import of 5 billion won at 1,200 won per dollar "
        "have triggered an offset?",
        data,
    )
    assert (request.contract_type, request.year, request.rate) == ("non-competitive", 1985, "1,200")


def test_a_won_amount_without_a_rate_uses_the_sources_implied_rate(data):
    assert (
        _only("Does a 20 billion won competitive deal trigger an offset?", data).rate == "implied"
    )


def test_an_unstated_contract_type_is_worked_out_both_ways(data):
    found = route("Does a $30 million purchase trigger an offset obligation?", data)
    assert [r.contract_type for r in found.requests] == ["competitive", "non-competitive"]
    assert "does not say" in found.lead


def test_fms_is_recognised_in_words_and_acronym(data):
    for question in (
        "Does a $500 million FMS deal trigger an offset?",
        "Would a $500 million foreign military sale contract trigger an offset?",
    ):
        assert _only(question, data).contract_type == "fms"


def test_two_countries_and_an_amount_make_a_comparison(data):
    request = _only(
        "How much more offset would Norway seek than Korea on a $100 million contract?", data
    )
    assert request.operation == "compare_policies"
    assert request.countries == ["Norway", "Korea"]


def test_delivered_amounts_are_computed_but_rates_are_looked_up(data):
    request = _only("How much of Airbus's SME export commitment was implemented, in dollars?", data)
    assert (request.operation, request.program, request.category) == (
        "implemented",
        "KC-X",
        "SME exports",
    )
    assert route("What was the KC-X SME export implementation rate?", data) is None


@pytest.mark.parametrize(
    "question",
    [
        "Take each item of the Lockheed pledge times its delivery rate: how much got delivered?",
        "Apply every part's own rate to the tanker pledge and tell me how much was delivered.",
    ],
)
def test_a_rate_the_question_says_to_apply_is_an_input_not_the_ask(question, data):
    found = route(question, data)
    assert found is not None and found.requests[0].operation == "implemented"


def test_a_change_between_periods_uses_the_data_and_works_out_each_disputed_figure(data):
    found = route("By how much did offsets fall from 2011-2015 to 2016-2020, in percent?", data)
    assert [(r.old, r.new) for r in found.requests] == [
        ("USD 7990000000", "USD 800000000"),
        ("USD 7990000000", "USD 700000000"),
    ]
    assert "disagree" in found.lead
    assert {"value-2011-2015-kiet-799", "value-2016-2020-kiet-700"} <= set(found.cites)


@pytest.mark.parametrize(
    ("question", "operation"),
    [
        ("What is 30% of $25 million?", "evaluate"),
        ("Calculate (662.6 - 84.3) / 2", "evaluate"),
        ("What is the percentage change from 7.99 billion to 800 million?", "percent_change"),
        ("How much is $10 million in won at 1470?", "convert"),
        ("Convert 1 trillion won to dollars", "convert"),
    ],
)
def test_plain_arithmetic_is_routed(question, operation, data):
    assert _only(question, data).operation == operation


@pytest.mark.parametrize(
    "question",
    [
        "What is the offset threshold?",
        "Who supplied the KC-X tankers?",
        "How much were offsets worth from 2016 to 2020?",
        "What did the USTR say about offsets in 2025?",
        "Why did offsets decline after 2016?",
        "What is __import__('os').system('ls')?",
        "Were Korea's offsets from 2016 to 2020 worth about 1 trillion won?",  # a past figure
    ],
)
def test_factual_questions_are_not_routed(question, data):
    assert route(question, data) is None


@pytest.mark.parametrize(
    "question",
    [
        "When did the harbour board lift its levy from 4% to 6%?",
        "In which year was the quota cut from 40% to 25%?",
        "Who pushed the fee from $2 million to $3 million?",
        "Which country lifted its local-content rule from 30% to 45%?",
        "Why did the ministry trim the share from 60% to 50%?",
    ],
)
def test_a_change_the_question_tells_is_no_computation_when_it_asks_when_who_or_why(question, data):
    assert route(question, data) is None


@pytest.mark.parametrize(
    "question",
    [
        "The levy went from 4% to 6%: by what percent did it rise?",
        "When the fee moved from $2 million to $3 million, how much higher was it in percent?",
    ],
)
def test_a_change_told_and_asked_for_is_still_worked_out(question, data):
    assert _only(question, data).operation == "percent_change"


@pytest.mark.parametrize(
    "question",
    [
        "Lockheed's F-35A deal: how many aircraft, how much in KRW, and what SME-export rate by 2022?",
        "KC-X: number of tankers, cost in won, and the 2022 technology-transfer rate?",
    ],
)
def test_a_list_of_asks_none_a_calculation_is_not_routed_for_the_currency_one_of_them_names(
    question, data
):
    # One ask names a currency, another a pledge the tables give in dollars: put together they
    # look like a conversion no ask wants.
    assert route(question, data) is None


def test_an_ask_in_a_list_that_is_a_calculation_is_still_worked_out(data):
    found = route("What is the KC-X offset pledge in won, and who supplied the tankers?", data)
    assert found is not None
    assert [r.operation for r in found.requests] == ["convert"]


# -- through the assistant ---------------------------------------------------------------------


def test_each_calculator_call_is_recorded_with_its_input_and_output(assistant, sources):
    answer = assistant.ask("Does a competitive contract worth $12 million trigger an offset?")
    assert [call.name for call in answer.tool_calls] == ["calculator"]
    call = answer.tool_calls[0]
    assert call.input == {
        "operation": "offset_obligation",
        "amount": "$12 million",
        "contract_type": "competitive",
    }
    assert call.output["result"] == "6000000" and call.output["triggers"] is True
    assert "50% × USD 12,000,000 = USD 6,000,000" in answer.answer
    assert answer.citations
    for citation in answer.citations:
        assert sources[citation.source_id].text[citation.start : citation.end] == citation.quote


def test_a_calculation_that_cannot_be_done_says_why_and_records_the_attempt(assistant):
    answer = assistant.ask(
        "Would a $50 million competitive contract signed in 2031 trigger an offset?"
    )
    assert answer.abstained
    assert answer.answer.startswith("I can't calculate that: 2031 is in the future")
    assert answer.tool_calls[0].output == {
        "error": answer.answer[len("I can't calculate that: ") : -1]
    }


def test_a_question_a_table_row_answers_is_answered_from_the_row(assistant, sources):
    answer = assistant.ask("What is the offset threshold?")
    assert "USD 10 million" in answer.answer
    for citation in answer.citations:
        assert sources[citation.source_id].text[citation.start : citation.end] == citation.quote


def test_rows_that_disagree_are_all_shown_and_the_answer_says_so(assistant):
    answer = assistant.ask("When was the 2025 National Trade Estimate report released?")
    assert "disagree" in answer.answer
    assert "31 March 2025" in answer.answer and "31 October" in answer.answer
    assert "003_ef00d9b87152a25b" in {c.source_id for c in answer.citations}


def test_a_named_category_narrows_a_family_of_rows(assistant):
    answer = assistant.ask("What was the KC-X implementation rate for SME exports in 2022?")
    assert "10%" in answer.answer and "92.6%" not in answer.answer
    broad = assistant.ask("What were the KC-X implementation rates in 2022?")
    assert all(rate in broad.answer for rate in ("92.6%", "10%", "1%"))


def test_a_year_no_sentence_names_is_answered_from_the_rule_table(assistant):
    answer = assistant.ask("What offset threshold applied in 1985?")
    assert answer.tool_calls[0].input == {"operation": "offset_rule", "year": 1985}
    assert "USD 2,000,000" in answer.answer and "1984–1985" in answer.answer
    assert not answer.abstained


def test_threshold_alone_means_the_offset_threshold_but_share_needs_offset(data):
    (request,) = route("What threshold applied in 1985?", data).requests
    assert (request.operation, request.year) == ("offset_rule", 1985)
    assert route("What share of weapons imports came from the US in 1985?", data) is None


def test_a_year_the_policy_rows_describe_is_answered_in_their_words(data):
    assert route("What was the offset threshold in 1984?", data) is None


def test_a_year_whose_rows_set_no_rule_is_answered_by_the_rule_then_in_force(data):
    # The rows of 2018 tell of an audit and a renaming, none of a threshold or share: the rule
    # set before it still held.
    (request,) = route(
        "Which offset threshold did a purchase have to clear in 2018?", data
    ).requests
    assert (request.operation, request.year) == ("offset_rule", 2018)


def test_the_rule_before_a_year_is_the_one_in_force_the_year_before(data):
    (request,) = route("Which offset threshold held before 1984?", data).requests
    assert (request.operation, request.year) == ("offset_rule", 1983)


def test_a_span_cut_at_a_year_asks_the_rule_on_each_side_of_it(data):
    # Both sides of the year are asked: the rule standing the year before, and the one in force
    # from the year on, however the second side is worded.
    for question in (
        "Which offset share applied prior to 1984, and since then?",
        "What offset threshold held until 1984 versus after that year?",
        "Offset threshold before 1984 and after 1984: what were they?",
    ):
        requests = route(question, data).requests
        assert [(r.operation, r.year) for r in requests] == [
            ("offset_rule", 1983),
            ("offset_rule", 1984),
        ], question
    # One side asked, or a second ask of another kind, is not such a span.
    (request,) = route("Which offset threshold held before 1984?", data).requests
    assert request.year == 1983


def test_what_a_year_changed_is_asked_of_its_rows_not_the_rule_table(data):
    assert route("Was any offset rule newly brought in during 2018?", data) is None
    # The change at a year's start is the rows' too, asked "before" it as well.
    assert route("What offset share held before 1986, and how far was it reduced?", data) is None


def test_who_acted_on_a_rule_in_a_year_is_no_question_for_the_rule_table(data):
    assert route("Which agency reviewed the offset requirement in 2018?", data) is None


@pytest.mark.parametrize(
    "question",
    [
        "Does a competitive contract worth $5e7 trigger an offset?",
        "A contract worth 5e7 dollars: does it trigger an offset obligation?",
        "Convert $5E+7 to won at 1470",
        "How much more offset would Norway seek than Korea on a $1.2e8 contract?",
        "What is 5e7 * 2?",
    ],
)
def test_scientific_notation_is_never_read_as_its_leading_digits(data, question):
    from assistant.calculator.operations import calculate
    from assistant.errors import CalculationError

    # Not "$5" (the digits before the exponent), nor "7 dollars" (the ones after it): the whole
    # number goes to the calculator, which refuses it and says how to write it.
    assert all("e" in a.lower() for a in amounts(question) if a[-1].isdigit() or "$" in a)
    request = _only(question, data)
    with pytest.raises(CalculationError, match=r"scientific notation .* write the number out"):
        calculate(request, data)


def test_money_in_source_text_is_never_read_from_a_number_with_an_exponent():
    from assistant.quantities import find_money

    found = find_money("$5e7, $55e7, 3.5E-2 won and USD 1,000,000e3; but $5 million.")
    assert [(m.currency, str(m.amount)) for m in found] == [("USD", "5000000")]


def test_asked_with_an_exponent_the_assistant_refuses_rather_than_answer_for_5_dollars(assistant):
    answer = assistant.ask("Does a competitive contract worth $5e7 trigger an offset?")
    assert answer.abstained and "scientific notation" in answer.answer
    assert "USD 5 " not in answer.answer and "USD 5," not in answer.answer
    (call,) = answer.tool_calls
    assert call.name == "calculator" and "scientific notation" in call.output["error"]


def _requests(question, data):
    found = route(question, data)
    assert found is not None, question
    return found


def test_a_contract_priced_in_words_is_worked_out_on_its_exact_value(data):
    request = _only(
        "Would a competitive purchase of two hundred and five million dollars trigger offsets?",
        data,
    )
    assert request.operation == "offset_obligation"
    assert request.amount == "two hundred and five million dollars"


def test_the_obligation_is_on_the_contract_never_on_a_threshold_or_an_offered_offset(data):
    found = _requests(
        "The seller offered $5 million in offsets on a $22 million competitive deal. "
        "Is that enough to meet Korea's rule?",
        data,
    )
    assert [(r.amount, r.contract_type) for r in found.requests] == [("$22 million", "competitive")]
    assert found.offered == "$5 million"
    below = _requests(
        "Against a USD 10 million threshold, what offset would a non-competitive "
        "USD 14 million order carry?",
        data,
    )
    assert [r.amount for r in below.requests] == ["USD 14 million"]
    assert below.offered == ""


def test_an_offered_offset_without_a_question_of_measure_gets_no_gap(data):
    found = _requests(
        "A $40 million competitive contract comes with a $20 million offset. What does Korea require?",
        data,
    )
    assert found.offered == ""


def test_two_contracts_each_described_before_its_amount_keep_their_own_types(data):
    found = _requests(
        "Korea awards a sole-source deal for $18 million and a competitive one for $44 million; "
        "what offsets are owed in total?",
        data,
    )
    assert [(r.amount, r.contract_type) for r in found.requests] == [
        ("$18 million", "non-competitive"),
        ("$44 million", "competitive"),
    ]
    assert found.total


def test_a_contract_checked_in_a_year_and_today_is_worked_out_under_each_rule(data):
    found = _requests(
        "Would a competitive $8 million purchase have needed an offset in 2010, and does it now?",
        data,
    )
    assert [(r.amount, r.year) for r in found.requests] == [
        ("$8 million", 2010),
        ("$8 million", None),
    ]


def test_a_stated_delivery_rate_gives_the_delivered_and_the_outstanding_parts(data):
    found = _requests(
        "Saab committed a $75 million offset and had implemented 40% of it by 2021. "
        "How much was implemented, and how much is still outstanding?",
        data,
    )
    assert [r.expression for r in found.requests] == [
        "40% × $75 million",
        "(100% − 40%) × $75 million",
    ]
    assert "USD 45,000,000" in found.labels[1]("USD 45,000,000")


def test_a_percentage_of_a_contract_is_no_delivery_rate(data):
    found = route("How much offset is left on a $50 million deal at 30%?", data)
    assert found is None or all(r.operation != "evaluate" for r in found.requests)


def test_a_share_of_two_stated_counts_goes_to_the_calculator(data):
    found = _requests(
        "Out of 58 proposals screened, 13 were approved. What percentage were approved?", data
    )
    assert [(r.operation, r.part, r.whole) for r in found.requests] == [("share_of", "13", "58")]
    later = _requests("Of the 90 firms, 27 joined. What share joined, to one decimal place?", data)
    assert [(r.part, r.whole, r.places) for r in later.requests] == [("27", "90", 1)]


def test_the_whole_of_a_stated_share_is_the_part_divided_by_the_share(data):
    found = _requests(
        "Suppose $1.2 billion in offsets made up 15% of all defense imports. "
        "What were total defense imports?",
        data,
    )
    assert [r.expression for r in found.requests] == ["$1.2 billion / 15%"]


def test_two_stated_figures_of_a_change_win_over_the_recorded_ones(data):
    found = _requests(
        "Offsets fell from $6 billion in 2011-2015 to $900 million in 2016-2020. "
        "By what percentage?",
        data,
    )
    assert [(r.operation, r.old, r.new) for r in found.requests] == [
        ("percent_change", "$6 billion", "$900 million")
    ]


@pytest.mark.parametrize(
    "question",
    [
        "In which year did the port levy climb from 4% to 9%?",
        "When did the harbour fee go from 12 percent to 15 percent?",
        "Who lifted the dock charge from 3% to 5%?",
        "Why did the berth levy drop from 20 percent to 10 percent?",
    ],
)
def test_a_change_asked_when_who_or_why_is_no_calculation(question, data):
    assert route(question, data) is None


def test_a_change_asked_by_how_much_is_still_worked_out(data):
    found = _requests("By what percentage did the harbour fee go from 12% to 15%?", data)
    assert [r.operation for r in found.requests] == ["percent_change"]


def test_a_rate_between_other_currencies_is_kept_with_its_units(data):
    request = _only(
        "A non-competitive deal costs 30 million euros, at 1.2 dollars per euro. "
        "What offset does it require?",
        data,
    )
    assert (request.amount, request.rate) == ("30 million euros", "1.2 USD per EUR")


def test_a_price_after_at_is_an_amount_not_a_rate(data):
    assert amounts("a radar priced at 12 million dollars") == ["12 million dollars"]


def test_a_result_asked_in_millions_to_one_place_is_read_so(data):
    (request,) = _requests(
        "What is 3.7% of $412 million, in millions to one decimal?", data
    ).requests
    assert (request.places, request.scale) == (1, "million")


def test_a_follow_up_works_on_the_figure_the_earlier_calculation_gave(data):
    from assistant.answering.routing import follow_up_route

    found = follow_up_route(
        "What is that amount in won at 1,300 won per dollar?",
        "What offset does a $60 million competitive contract require?",
        data,
    )
    assert found is not None
    assert [r.operation for r in found.requests] == ["offset_obligation", "convert"]
    assert (found.requests[1].amount, found.requests[1].rate) == ("USD 30,000,000", "1,300")
    assert follow_up_route("What is that in won?", "Who supplied the tankers?", data) is None


def test_what_remains_of_a_recorded_commitment_comes_from_its_program_rows(data):
    found = _requests("How much of the KC-X military support offset remains unfulfilled?", data)
    assert [r.operation for r in found.requests] == ["implemented", "evaluate"]
    assert found.requests[1].expression == "(100% − 1%) × USD 6,300,000"
    delivered_only = _requests(
        "How much of the KC-X military support offset was delivered, in dollars?", data
    )
    assert [r.operation for r in delivered_only.requests] == ["implemented"]


def test_a_number_in_a_name_is_no_count_of_a_share(data):
    assert route("What share of the 40 F-35 jets were delivered by 2021?", data) is None


def test_a_follow_up_asking_only_for_a_conversion_converts_the_earlier_figure(data):
    from assistant.answering.routing import follow_up_route

    found = follow_up_route(
        "And in won, at 1,420 won per dollar?",
        "How much offset does a non-competitive $40 million deal need?",
        data,
    )
    assert found is not None
    assert (found.requests[-1].amount, found.requests[-1].to_currency) == ("USD 12,000,000", "KRW")


def test_arithmetic_written_in_words_is_computed(data):
    request = _only("What is forty percent of ninety million dollars?", data)
    assert request.operation == "evaluate"


# -- free wordings of calculations (issue 11) -----------------------------------------------------


def test_a_compound_amount_and_a_neither_nor_negation_are_read(data):
    request = _only(
        "If the army placed a 40-million-dollar order, neither FMS nor competitively tendered, "
        "how large an offset would apply?",
        data,
    )
    assert (request.operation, request.contract_type) == ("offset_obligation", "non-competitive")
    assert calculate(request, data).result == "12000000"


def test_an_obligation_asked_in_another_currency_too_is_converted_at_the_stated_rate(data):
    found = route(
        "What offset does a sole-source $60 million contract require, and how much is that in "
        "won at 1,300 per dollar?",
        data,
    )
    obligation, conversion = found.requests
    assert obligation.operation == "offset_obligation"
    assert (conversion.operation, conversion.amount, conversion.to_currency, conversion.rate) == (
        "convert",
        "USD 18,000,000",
        "KRW",
        "1,300",
    )


def test_a_won_contract_asked_in_dollars_needs_no_second_conversion(data):
    found = route(
        "An 80 billion won competitive contract at 1,600 won per dollar: what offset, in dollars?",
        data,
    )
    assert [r.operation for r in found.requests] == ["offset_obligation"]


def test_what_a_stated_part_leaves_of_a_stated_whole_is_their_difference(data):
    found = route(
        "Exports reached $900 million over the decade, of which $250 million came in the final "
        "year. How much does that leave for the earlier years?",
        data,
    )
    (request,) = found.requests
    assert request.expression == "$900 million − $250 million"
    assert calculate(request, data).result == "650000000"
    assert found.restated == ("$900 million", "$250 million")


def test_a_share_of_a_part_is_not_taken_for_what_the_part_leaves(data):
    found = route(
        "Exports reached $900 million over the decade, of which $250 million came in the final "
        "year. What percentage is that?",
        data,
    )
    assert [r.operation for r in found.requests] == ["share_of"]


def test_a_stated_amount_over_a_period_is_divided_by_its_years(data):
    (request,) = _route_requests(
        "A $600 million program ran from 2010 to 2015. What is that per year?", data
    )
    assert request.expression == "$600 million / 6"


def test_a_yearly_average_of_a_period_uses_the_figure_the_sources_give_for_it(data):
    found = route(
        "On average, how much in offsets did Korea secure each year between 2011 and 2015?", data
    )
    (request,) = found.requests
    assert request.expression == "USD 7.99 billion / 5"
    assert found.cites == ["value-2011-2015-kiet-799"]
    assert "2011–2015 USD 7.99 billion" in found.lead


def test_a_change_of_the_threshold_between_two_years_comes_from_the_rule_table(data):
    (request,) = _route_requests(
        "How many percent higher was the offset threshold in 1990 than in 1983?", data
    )
    assert (request.operation, request.old, request.new) == (
        "percent_change",
        "USD 1 million",
        "USD 5 million",
    )
    found = route("By how much has the offset threshold increased between 1985 and now?", data)
    assert (found.requests[0].old, found.requests[0].new) == ("USD 2 million", "USD 10 million")
    assert "policy-1984" in found.cites


def test_a_programs_listed_commitments_are_added_up_unless_the_sources_state_the_total(data):
    found = route("What are Lockheed Martin's offset commitments worth in total?", data)
    (request,) = found.requests
    assert calculate(request, data).result == "3800000000"
    assert len(found.cites) == 3
    assert route("What was Airbus's total offset commitment?", data) is None
    summed = route(
        "What do Airbus's tanker offset pledges add up to when summed item by item?", data
    )
    assert summed.requests[0].expression.count("+") == 2


def test_what_each_of_two_countries_would_demand_is_a_comparison(data):
    request = _only(
        "A $20 million contract placed in Saudi Arabia and another in Taiwan: how much offset "
        "would each require?",
        data,
    )
    assert request.operation == "compare_policies"


def _route_requests(question, data):
    found = route(question, data)
    assert found is not None, question
    return found.requests


def test_a_share_the_question_applies_to_its_contract_is_computed_as_stated(data):
    (request,) = _route_requests(
        "If Seoul asked for a 40% offset on a $25 million contract, how much would that be?", data
    )
    assert request.expression == "40% × $25 million"
    assert calculate(request, data).result == "10000000"


def test_a_share_stated_as_the_rule_leaves_the_rule_to_the_calculator(data):
    found = route(
        "The rules require offsets of 50% on competitive contracts; what does a $30 million "
        "competitive deal need?",
        data,
    )
    assert [r.operation for r in found.requests] == ["offset_obligation"]


def test_a_change_asked_as_an_amount_is_a_difference_not_a_percentage(data):
    found = route("How much lower was the offset value of 2016-2020 than that of 2011-2015?", data)
    assert [r.expression for r in found.requests][0] == "USD 7.99 billion − USD 800 million"
    (request,) = _route_requests(
        "Spending went from $900 million to $650 million. How many dollars less is that?", data
    )
    assert request.expression == "$900 million − $650 million"


def test_figures_compared_in_a_currency_are_no_difference_asked(data):
    assert route("Set 2011-2015 offsets beside 2016-2020 offsets, in US dollars.", data) is None


@pytest.mark.parametrize(
    "question",
    [
        "If 1.47 trillion won equals $1 billion, what exchange rate is that?",
        "A paper put KRW 2 trillion at about USD 1.6 billion. What won-dollar rate does it assume?",
        "What rate of exchange links USD 1.6 billion and KRW 2 trillion?",
        "How many won to the dollar is implied if $1 billion is 1.47 trillion won?",
    ],
)
def test_a_rate_asked_of_two_stated_amounts_is_the_rate_they_imply(data, question):
    (request,) = _route_requests(question, data)
    assert request.operation == "evaluate"
    assert calculate(request, data).result in ("1470", "1250")


def test_a_rate_the_question_gives_is_used_not_asked_for(data):
    found = route(
        "At 1,400 won to the dollar, how many won is $5 million next to KRW 6 billion?", data
    )
    assert [(r.operation, r.rate) for r in found.requests] == [("convert", "1,400")]


def test_the_share_an_offered_offset_is_of_its_contract_is_a_share_not_a_rule(data):
    (share,) = _route_requests(
        "What percentage of a $50 million contract is a $15 million offset?", data
    )
    assert (share.operation, share.part, share.whole) == ("share_of", "$15 million", "$50 million")
    # Asked against the rule, the rule's shares follow, so the share can be read against them.
    requests = _route_requests(
        "What percentage of a $50 million contract is a $15 million offset, and does it meet the "
        "required minimum?",
        data,
    )
    assert ("share_of", "$15 million", "$50 million") in {
        (r.operation, r.part, r.whole) for r in requests
    }
    obligations = [r for r in requests if r.operation == "offset_obligation"]
    assert {r.contract_type for r in obligations} == {"competitive", "non-competitive"}


def test_a_stated_rate_ends_at_its_number_and_a_currency_noun_asks_a_conversion(data):
    found = route(
        "If the exchange rate is 1,350, what is the won equivalent of the offset a competitive "
        "$16 million contract needs?",
        data,
    )
    assert [(r.operation, r.rate) for r in found.requests] == [
        ("offset_obligation", "1,350"),
        ("convert", "1,350"),
    ]


def test_an_amount_before_a_possessive_contract_is_the_contracts_value(data):
    found = route(
        "At 1,250, what does a sole-source $32 million contract's offset come to in won?", data
    )
    assert found.requests[0].operation == "offset_obligation"
    assert found.requests[0].amount == "$32 million"
    assert found.requests[1].to_currency == "KRW"


def test_an_award_without_competition_is_non_competitive(data):
    request = _only("A $33 million helicopter order, awarded without a tender: what offset?", data)
    assert request.contract_type == "non-competitive"


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("What is half of $18 million?", "9000000"),
        ("What is a quarter of 36 billion won?", "9000000000"),
        ("What is one third of $21 million?", "7000000"),
        ("What is two thirds of $21 million?", "14000000"),
        ("What is three quarters of $40 million?", "30000000"),
        ("What is double $13 million?", "26000000"),
        ("What is half a billion dollars minus $150 million?", "350000000"),
    ],
)
def test_parts_and_multiples_in_words_are_arithmetic(data, question, result):
    (request,) = _route_requests(question, data)
    assert Decimal(calculate(request, data).result) == Decimal(result)


def test_how_many_times_one_figure_is_another_is_their_ratio(data):
    (request,) = _route_requests(
        "Imports were $12 billion against $3 billion: how many times larger is the first?", data
    )
    assert request.expression == "$12 billion / $3 billion"
    found = route("How many times the 2016-2020 offset value was that of 2011-2015?", data)
    assert found.requests[0].expression == "USD 7.99 billion / USD 800 million"


def test_a_programs_price_per_unit_is_its_contract_value_over_its_units(data):
    found = route("Roughly what did Seoul pay per F-35A?", data)
    (request,) = found.requests
    assert request.expression == "KRW 7.77 trillion / 40"
    assert set(found.cites) == {"f35-value", "f35-units"}
    assert _route_requests("What was the per-unit cost of the Lockheed jets?", data)
    # No price and no units: the tanker program states no contract value.
    assert route("How much did each KC-X tanker cost?", data) is None
    assert route("What was each of Lockheed's offset items worth?", data) is None


def test_a_yearly_amount_over_a_period_is_multiplied_only_when_its_total_is_asked(data):
    (request,) = _route_requests(
        "At $45 million a year from 2014 to 2018, what do the offsets add up to?", data
    )
    assert request.expression == "$45 million × 5"
    assert calculate(request, data).result == "225000000"
    # A yearly figure restated for checking asks for no computation.
    assert (
        route(
            "Someone told me offsets ran at $45 million a year in 2014-2018; what do the sources say?",
            data,
        )
        is None
    )


def test_figures_set_side_by_side_in_dollar_terms_are_no_difference_asked(data):
    assert (
        route("In dollar terms, how do 2011-2015 offsets measure against 2016-2020?", data) is None
    )


def test_one_other_countrys_minimum_on_a_contract_is_worked_out_alone(data):
    # The home rule is set beside it only when the question names the home country.
    request = _only("How much offset would the UAE expect on a $30 million contract?", data)
    assert (request.operation, request.countries) == ("compare_policies", ["UAE"])
    assert calculate(request, data).details["required"] == {"UAE": "USD 18,000,000"}


def test_several_contracts_of_one_named_type_are_each_worked_out(data):
    found = route(
        "Four non-competitive orders of $11 million, $14 million, $9 million and $30 million: "
        "what offsets do they add up to?",
        data,
    )
    assert [(r.amount, r.contract_type) for r in found.requests] == [
        ("$11 million", "non-competitive"),
        ("$14 million", "non-competitive"),
        ("$9 million", "non-competitive"),
        ("$30 million", "non-competitive"),
    ]
    assert found.total


def test_a_count_of_contracts_worth_an_amount_each_repeats_the_amount(data):
    found = route("Seoul places three sole-source deals at $22 million apiece. Total offset?", data)
    assert [r.amount for r in found.requests] == ["$22 million"] * 3
    assert found.total


def test_if_not_after_a_named_type_asks_for_the_other_type_too(data):
    found = route("For a $26 million buy, what offset if it is competitive, and if not?", data)
    assert [r.contract_type for r in found.requests] == ["competitive", "non-competitive"]


def test_an_offset_asked_across_both_contracts_is_their_total(data):
    found = route(
        "Two tendered competitive buys, one of $19 million and one of $31 million: what offset "
        "is owed across both?",
        data,
    )
    assert [r.amount for r in found.requests] == ["$19 million", "$31 million"]
    assert found.total


@pytest.mark.parametrize(
    ("question", "contract"),
    [
        ("What size of sole-source deal leaves a vendor owing $3 million in offsets?", "10000000"),
        ("A competitive order came with a USD 8 million offset. What was the order's value?", "16"),
    ],
)
def test_an_obligation_given_asks_for_the_contract_that_owes_it(data, question, contract):
    request = _only(question, data)
    assert request.operation == "evaluate"
    result = calculate(request, data)
    assert Decimal(result.result) == Decimal(contract if len(contract) > 2 else contract + "e6")


def test_an_obligation_given_without_a_kind_is_worked_back_for_both_kinds(data):
    found = route("How large a deal would carry a $2.4 million offset?", data)
    assert found is not None
    values = {Decimal(calculate(r, data).result) for r in found.requests}
    assert values == {Decimal("4.8e6"), Decimal("8e6")}
    # Below the threshold either way: the answer says no offset would be owed.
    assert all("below" in label("X") for label in found.labels if label is not None)


def test_another_country_s_minimum_on_an_fms_deal_is_that_country_s_share_alone(data):
    request = _only("How much offset would the UAE ask on a $30 million FMS purchase?", data)
    assert request.operation == "evaluate"
    assert Decimal(calculate(request, data).result) == Decimal("18e6")


def test_a_threshold_followed_up_with_a_rate_is_the_rule_s_threshold_converted(data):
    found = route("and in won, at 1,250?", data, context="What's the offset trigger today?")
    assert found is not None
    result = calculate(found.requests[0], data)
    assert (result.currency, Decimal(result.result)) == ("KRW", Decimal("12.5e9"))
    # Without a rate of its own the won figure the sources state answers it, not a conversion.
    assert route("and in won?", data, context="What's the offset trigger today?") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("A trade fair drew 600 visitors to 40 stands. How many visitors per stand?", "15"),
        ("Some 45 parts came from 18 small firms; how many parts a company on average?", "2.5"),
    ],
)
def test_one_stated_count_over_another_is_the_count_per_unit_asked(data, question, expected):
    request = _only(question, data)
    assert Decimal(calculate(request, data).result) == Decimal(expected)


def test_an_average_restating_the_table_s_count_is_worked_from_the_table(data):
    found = route("What was the mean value of the 27 offset deals of 2022?", data)
    assert found is not None and found.cites
    # A count the table does not give is no restatement of it.
    assert route("What was the mean value of the 31 offset deals of 2022?", data) is None


def test_a_rate_asked_as_the_currency_pair_s_rate_is_the_rate_two_amounts_imply(data):
    request = _only("If USD 4 million equals KRW 5.6 billion, what's the won-dollar rate?", data)
    assert Decimal(calculate(request, data).result) == Decimal("1400")


@pytest.mark.parametrize(
    "question",
    [
        "A broker values $2 million at 2.6 billion won. At that rate, what is $50 million in won?",
        "Taking $2 million as 2.6 billion won, what does a $50 million order come to in won?",
    ],
)
def test_a_rate_told_as_one_value_in_two_currencies_converts_the_other_amount(question, data):
    request = _only(question, data)
    assert request.operation == "convert" and request.amount == "$50 million"
    assert Decimal(calculate(request, data).result) == Decimal("65000000000")


@pytest.mark.parametrize(
    "question",
    [
        "The trade office also put the $10 million trigger in won. What won amount did it give?",
        "What won figure does the report give beside its $10 million threshold?",
    ],
)
def test_a_conversion_a_source_gave_is_its_figure_not_a_calculation(question, data):
    # Nothing is worked out: the figure the sources state beside the amount is quoted.
    found = route(question, data)
    assert found is None or (found.requests == [] and "KRW 14.7 billion" in found.lead)


@pytest.mark.parametrize(
    "question",
    [
        "The report says the pledge was $662.6 million; how much is that in won?",
        "How much is the $10 million trigger in won?",
        "Put $5 million in won.",
        "Could you give me a $40 million deal in won?",
    ],
)
def test_an_amount_a_source_gave_is_still_converted_when_its_conversion_is_asked(question, data):
    assert _only(question, data).operation == "convert"


def test_a_change_asked_as_a_multiple_is_a_ratio(data):
    found = route("Express the 2011-2015 offset value as a multiple of 2016-2020's.", data)
    assert found is not None
    assert all("÷" in " ".join(calculate(r, data).working) for r in found.requests)


def test_a_rule_s_requirement_on_a_contract_is_its_offset_without_the_word(data):
    found = route("What would the sole-source rule require of a $40 million purchase?", data)
    assert found is not None
    assert [r.operation for r in found.requests] == ["offset_obligation"]


def test_a_pledge_restated_with_its_amount_is_worked_from_the_program_s_rate(data):
    found = route(
        "Airbus's $536.3m SME export pledge for the tankers: how many dollars were carried out by 2022?",
        data,
    )
    assert found is not None
    assert Decimal(calculate(found.requests[0], data).result) == Decimal("53630000")
    # An amount the program rows do not give is the question's own figure, not a restatement.
    found = route(
        "Airbus's $500m SME export pledge for the tankers: how many dollars were carried out by 2022?",
        data,
    )
    assert found is None or found.requests[0].operation != "implemented"


def test_projects_are_contracts_whose_offsets_add_up(data):
    found = route(
        "Two competitive projects, $15 million and $7 million, each on its own: total offset?", data
    )
    assert found is not None and found.total
    assert [r.amount for r in found.requests] == ["$15 million", "$7 million"]


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        (
            "Four firms bid against each other for a $30 million sonar order. What offset?",
            ["competitive"],
        ),
        ("A $30 million sonar order goes to a public tender. What offset?", ["competitive"]),
        ("DAPA put the $30 million sonar order out to tender. Offset due?", ["competitive"]),
        (
            "A sonar tender open to foreign bidders is worth $30 million. Offset owed?",
            ["competitive"],
        ),
        ("A $30 million sonar order is won in an open competition. Offset?", ["competitive"]),
        ("A direct award of $30 million for sonars: what offset?", ["non-competitive"]),
        ("A $30 million sonar buy with no competition at all: offset?", ["non-competitive"]),
        (
            "The $30 million sonar order was not put out to tender. What offset follows?",
            ["non-competitive"],
        ),
        (
            "A $30 million sonar order is negotiated directly with its maker. Offset, and what "
            "if it had gone to an open competition instead?",
            ["non-competitive", "competitive"],
        ),
    ],
)
def test_a_contest_between_bidders_or_its_absence_sets_the_contract_type(question, kinds, data):
    found = route(question, data)
    assert found is not None
    assert [r.contract_type for r in found.requests] == kinds


def test_several_awards_of_one_type_are_each_worked_out(data):
    found = route(
        "Three sole-source awards of $11 million, $20 million and $40 million: total offset?", data
    )
    assert found is not None
    assert [(r.amount, r.contract_type) for r in found.requests] == [
        ("$11 million", "non-competitive"),
        ("$20 million", "non-competitive"),
        ("$40 million", "non-competitive"),
    ]


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "What were Korea's yearly weapons imports on average over 2016-2020, in won?",
            "KRW 13.6 trillion / 5",
        ),
        (
            "Averaged per year, what did Korea pay for foreign arms in 2016-2020?",
            "USD 10 billion / 5",
        ),
        (
            "Korea's arms bought from America in 2011-2022 came to what a year, on average?",
            "KRW 33.8 trillion / 12",
        ),
        # The seller written as an adjective, or as the maker, before the goods.
        (
            "Across 2011 to 2022, what was Seoul's outlay on American hardware per year, on average?",
            "KRW 33.8 trillion / 12",
        ),
        (
            "Spread evenly over 2011–2022, what did Korea spend annually on U.S.-built munitions?",
            "KRW 33.8 trillion / 12",
        ),
    ],
)
def test_a_purchase_total_of_the_tables_is_spread_over_its_years(question, expression, data):
    assert _only(question, data).expression == expression


def test_a_seller_the_tables_give_no_purchase_figure_for_is_not_averaged(data):
    # The tables give 2016-2020 purchases from all sellers only: a per-year figure of purchases
    # from one seller is not worked out from them.
    found = route(
        "Averaged over 2016-2020, Korea's yearly outlay on arms from America came to what?", data
    )
    assert (
        found is None
        or "13.6" not in str(found.requests)
        and "10 billion" not in str(found.requests)
    )


@pytest.mark.parametrize(
    "question",
    [
        # Purchases from one seller, named by its adjective: the tables give 2016-2020 purchases
        # from all sellers only.
        "On average per year over 2016-2020, how much went on American equipment?",
        # Made at home: no import figure of the tables measures it.
        "What did Korean-made missiles cost a year on average between 2016 and 2020?",
    ],
)
def test_a_seller_named_before_the_goods_keeps_the_all_seller_figure_out(question, data):
    found = route(question, data)
    assert (
        found is None
        or "13.6" not in str(found.requests)
        and "10 billion" not in str(found.requests)
    )


def test_a_total_asked_over_a_period_is_not_spread_over_its_years(data):
    found = route("From 2011 to 2022, how much in all went on American-built jets?", data)
    assert found is None or not any("/ 12" in str(r.expression) for r in found.requests)


def test_the_home_country_as_a_bare_adjective_is_the_buyer_not_a_seller(data):
    assert (
        _only(
            "Korean arms purchases over 2016-2020 averaged what per year, in won?", data
        ).expression
        == "KRW 13.6 trillion / 5"
    )


def test_an_offset_total_shared_out_over_what_the_question_counts_is_divided(data):
    request = _only(
        "Offset deals of $2.4 billion were signed with 8 buyers. What is that per buyer?", data
    )
    assert request.expression == "$2.4 billion / 8"


@pytest.mark.parametrize(
    ("question", "old", "new"),
    [
        ("Members went from 40 to 52. How large a rise is that in percent?", "40", "52"),
        (
            "The club has 52 members against 40 a year ago. What percentage increase is that?",
            "40",
            "52",
        ),
        ("There were 30 plants, now 24. How many percent did the number fall?", "30", "24"),
    ],
)
def test_a_change_in_percent_between_two_stated_counts(question, old, new, data):
    request = _only(question, data)
    assert (request.operation, request.old, request.new) == ("percent_change", old, new)


@pytest.mark.parametrize(
    "question",
    [
        "Using the tanker program's reported delivery rate, how much of its military-support offset is unfulfilled?",
        "Given that rate, how much of the KC-X military support pledge was left undelivered?",
    ],
)
def test_a_rate_the_question_works_with_is_no_rate_it_asks(question, data):
    found = route(question, data)
    assert found is not None
    assert any("(100% − 1%)" in (r.expression or "") for r in found.requests)


def test_the_rate_itself_asked_is_still_a_fact(data):
    assert route("What delivery rate did the KC-X military support offset reach?", data) is None


def test_an_item_as_a_share_of_a_pledge_with_no_stated_total_is_worked_out_on_the_sum(data):
    found = route(
        "The KF-X technology transfer made up what percentage of the F-35A offset pledge as a whole?",
        data,
    )
    assert found is not None
    total, share = found.requests
    assert total.expression == "USD 2.1 billion + USD 1.4 billion + USD 300 million"
    assert (share.operation, share.part, share.whole) == (
        "share_of",
        "USD 1.4 billion",
        "USD 3.8 billion",
    )


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "For the KC-X, what is the gap between the technology transfer and military support commitments?",
            "USD 84.3 million − USD 6.3 million",
        ),
        (
            "How many times the KC-X military support pledge was its SME export pledge?",
            "USD 536.3 million / USD 6.3 million",
        ),
        (
            "The F-35A satellite pledge exceeds its SME export pledge by how much?",
            "USD 2.1 billion − USD 300 million",
        ),
    ],
)
def test_two_items_of_one_pledge_are_compared_larger_first(question, expression, data):
    assert _only(question, data).expression == expression


@pytest.mark.parametrize(
    ("question", "part", "whole"),
    [
        (
            "Lockheed ended up buying from 12 of the recommended companies: what share is that?",
            "12",
            "73",
        ),
        ("Of the 246 recommended items, what proportion did Lockheed purchase?", "30", "246"),
    ],
)
def test_a_count_the_tables_give_restated_in_the_question_still_takes_the_tables_pair(
    question, part, whole, data
):
    request = _only(question, data)
    assert (request.operation, request.part, request.whole) == ("share_of", part, whole)


def test_a_count_the_tables_do_not_give_is_not_replaced_by_theirs(data):
    found = route(
        "Lockheed had 500 items put to it and took some: what proportion of the 500 items was that?",
        data,
    )
    assert found is None or all(r.whole != "246" for r in found.requests)


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "How many won less were offsets in 2016-2020 than in 2011-2015?",
            "KRW 10.4509 trillion − KRW 1 trillion",
        ),
        (
            "How much did offsets fall from 2011-2015 to 2016-2020, in trillions of won?",
            "KRW 10.4509 trillion − KRW 1 trillion",
        ),
    ],
)
def test_a_change_between_periods_asked_in_won_uses_the_won_figures(question, expression, data):
    found = route(question, data)
    assert found is not None
    assert found.requests[0].expression == expression


@pytest.mark.parametrize(
    "question",
    [
        "Rebates of $2.4 billion were 15% of all spending. What's the overall figure?",
        "If $2.4 billion accounted for 15% of procurement, what's the procurement total?",
    ],
)
def test_a_whole_asked_with_a_contraction_is_the_part_divided_by_its_share(question, data):
    assert _route_requests(question, data)[0].expression == "$2.4 billion / 15%"


@pytest.mark.parametrize(
    "question",
    [
        "Exports were USD 900 million in 2010-2019 and USD 250 million in 2018-2019. What is left over for 2010-2017?",
        "Exports were USD 900 million in 2010-2019 and USD 250 million in 2018-2019. What remains for 2010-2017?",
    ],
)
def test_what_two_stated_period_totals_leave_for_the_rest_is_their_difference(question, data):
    expression = _route_requests(question, data)[0].expression
    assert expression == "USD 900 million − USD 250 million"


@pytest.mark.parametrize(
    "question",
    [
        "Lockheed owed $300m of SME exports on the F-35A buy. Taken at its execution rate, what dollar sum is done?",
        "At the reported execution rate, what dollar sum of Lockheed's F-35A SME export pledge is done?",
    ],
)
def test_an_execution_rate_or_work_done_asks_what_was_delivered(question, data):
    (request,) = _route_requests(question, data)
    assert (request.operation, request.program, request.category) == (
        "implemented",
        "F-35A phase 1",
        "SME exports",
    )


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "Shared out over the tankers, what is Airbus's KC-X offset pledge per plane?",
            "USD 662.6 million / 4",
        ),
        ("How much of the KC-X SME export offset falls on each tanker?", "USD 536.3 million / 4"),
    ],
)
def test_a_program_s_offset_pledge_per_unit_is_its_commitment_over_its_units(
    question, expression, data
):
    assert _route_requests(question, data)[0].expression == expression


def test_an_offset_pledge_asked_per_category_is_not_shared_over_units(data):
    found = route("What did the KC-X offsets promise in each category?", data)
    assert found is None or all("/ 4" not in (r.expression or "") for r in found.requests)


@pytest.mark.parametrize(
    ("question", "sign"),
    [
        ("By what amount does the F-35A offset pledge top the KC-X one? Give the difference.", "−"),
        ("How many times the KC-X tanker pledge is the F-35A one?", "/"),
    ],
)
def test_two_programs_pledges_compared_are_their_wholes_the_items_summed_where_no_total(
    question, sign, data
):
    (request,) = _route_requests(question, data)
    assert request.expression == (
        f"(USD 2.1 billion + USD 1.4 billion + USD 300 million) {sign} USD 662.6 million"
    )


def test_each_contract_of_a_foreign_rule_question_is_weighed_against_both_rules(data):
    requests = _route_requests(
        "Going by Norway's rule, what offsets would a $12 million order and an $8 million order each carry?",
        data,
    )
    assert [(r.operation, r.amount) for r in requests] == [
        ("compare_policies", "$12 million"),
        ("compare_policies", "$8 million"),
    ]


@pytest.mark.parametrize(
    ("question", "old", "new"),
    [
        (
            "Bus takings went from $40 million to $30 million. By what percent?",
            "$40 million",
            "$30 million",
        ),
        (
            "Ticket sales went from EUR 8 million to EUR 10 million: what percentage is that?",
            "EUR 8 million",
            "EUR 10 million",
        ),
        ("Riders went from 400 to 520 a day. By what percent?", "400", "520"),
    ],
)
def test_a_figure_going_from_one_value_to_another_asks_for_the_change(question, old, new, data):
    request = _only(question, data)
    assert (request.operation, request.old, request.new) == ("percent_change", old, new)


@pytest.mark.parametrize(
    ("question", "part", "whole"),
    [
        (
            "Bus takings went from $40 million to $30 million; what percent of the first is the second?",
            "$30 million",
            "$40 million",
        ),
        (
            "Bus takings went from $40 million to $30 million; what share of the latter is the former?",
            "$40 million",
            "$30 million",
        ),
        (
            "Riders went from 400 to 520 a day. What percent of the first is the second?",
            "520",
            "400",
        ),
    ],
)
def test_a_share_asked_of_a_named_whole_stays_a_share_after_a_move(question, part, whole, data):
    request = _only(question, data)
    assert (request.operation, request.part, request.whole) == ("share_of", part, whole)


def test_a_span_of_years_is_no_move(data):
    request = _only(
        "From 2015 to 2020 the line took $40 million one year and $30 million the next: what share is that?",
        data,
    )
    assert (request.operation, request.part, request.whole) == (
        "share_of",
        "$30 million",
        "$40 million",
    )


@pytest.mark.parametrize(
    ("question", "scale"),
    [
        ("What is $2,345,000 plus $3,100,000, in USD millions?", "million"),
        ("What is EUR 2,345,000 plus EUR 3,100,000, in euro millions?", "million"),
        ("What is KRW 2,345,000,000,000 plus KRW 3,100,000,000,000? Trillions.", "trillion"),
        ("What is $2,345,000 plus $3,100,000 (USD millions)?", "million"),
        ("What is $2,345,000 plus $3,100,000? (millions)", "million"),
    ],
)
def test_a_scale_named_with_its_currency_or_on_its_own_is_read_as_the_scale(question, scale, data):
    (request,) = route(question, data).requests
    assert request.scale == scale
    assert scale in calculate(request, data).display


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        (
            "A coast guard dropped offsets on its $120 million cutter buy. If it had demanded 25%, "
            "what offset would it have got?",
            "25% × $120 million",
        ),
        (
            "Rome skipped offsets on their EUR 300 million trainer program. Supposing it requested "
            "15% all the same, how big an offset would that be?",
            "15% × EUR 300 million",
        ),
    ],
)
def test_a_share_supposed_for_a_program_whose_offsets_were_dropped_is_worked_out(
    question, expression, data
):
    request = _only(question, data)
    assert (request.operation, request.expression) == ("evaluate", expression)


def _worked(found, data):
    return [calculate(r, data) for r in found.requests]


def test_a_part_told_before_the_whole_it_is_taken_out_of_gives_its_share_and_the_rest(data):
    found = route(
        "The port collected EUR 6 million out of the EUR 24 million the region raised. "
        "Work out the port's share, and the remainder raised elsewhere.",
        data,
    )
    assert found is not None
    results = _worked(found, data)
    assert [r.operation for r in results] == ["share_of", "evaluate"]
    assert Decimal(results[0].result) == Decimal("0.25")
    assert Decimal(results[1].result) == Decimal("18000000")


def test_a_sum_measured_against_a_figure_named_after_the_gap_leaves_that_figure_out(data):
    found = route(
        "Add EUR 1.5 million, EUR 2.5 million and EUR 0.5 million, then say how far the "
        "sum falls short of EUR 5 million.",
        data,
    )
    assert found is not None
    expressions = [r.expression for r in found.requests]
    assert expressions[0] == "EUR 1.5 million + EUR 2.5 million + EUR 0.5 million"
    assert [Decimal(r.result) for r in _worked(found, data)] == [
        Decimal("4500000"),
        Decimal("500000"),
    ]


def test_a_sum_with_no_figure_after_its_gap_is_only_added(data):
    found = route(
        "What is the difference between EUR 3 million and EUR 4 million plus EUR 1 million?", data
    )
    assert found is not None
    assert len(found.requests) == 1


def test_a_share_of_that_total_after_adding_a_pledge_is_of_the_sum(data):
    found = route(
        "Add up Lockheed's F-35A offset pledges, then give the KF-X technology item's share of "
        "that total.",
        data,
    )
    assert found is not None
    results = _worked(found, data)
    assert results[0].result is not None and Decimal(results[0].result) == Decimal("3.8E9")
    assert results[-1].operation == "share_of"
    assert round(Decimal(results[-1].result), 3) == Decimal("0.368")


def test_a_whole_backed_out_from_an_amount_equal_to_a_share_of_it(data):
    request = _only(
        "Harbour dues of EUR 9 million were equal to 12% of the port's revenue. Back out the "
        "implied total revenue.",
        data,
    )
    assert request.expression == "EUR 9 million / 12%"


def test_a_gap_named_between_two_stated_amounts_is_their_difference(data):
    request = _only("What is the gap between KRW 25 trillion and KRW 33.8 trillion?", data)
    assert Decimal(calculate(request, data).result) == Decimal("8800000000000")


def test_a_fall_from_one_amount_to_another_stays_a_percent_change(data):
    request = _only("How far did offsets fall from USD 8 billion to USD 800 million?", data)
    assert request.operation == "percent_change"


def test_an_implied_whole_and_a_mean_per_deal_are_both_worked_out(data):
    found = route(
        "From the Hankyung's BIS figures, what total of US arms export contracts does the 32.8 "
        "percent share imply, and what was the average value of the 27 offset contracts? "
        "Two decimals.",
        data,
    )
    assert found is not None
    results = {round(Decimal(calculate(r, data).result) / 10**6, 2) for r in found.requests}
    assert {Decimal("17926.83"), Decimal("217.78")} <= results


@pytest.mark.parametrize(
    "question",
    [
        "A reporter claims Chile lifted the contract value that brings offsets to USD 8 million. Right?",
        "An analyst says Peru raised the tender floor for its offsets to $4 million. Accurate?",
        "My notes say Chile set the purchase threshold for its offsets at USD 6 million. Correct?",
    ],
)
def test_a_claim_opened_by_someone_indefinite_poses_no_contract_to_work_out(question, data):
    # "A reporter" is the article of the one who claims, not of a contract: the claim restates a
    # rule of the sources, and is judged by them rather than worked out on its figure.
    assert route(question, data) is None


@pytest.mark.parametrize(
    "question",
    [
        "A colleague asks: does a $30 million competitive contract trigger an offset in Korea?",
        "If Korea buys a USD 30 million system in a competitive deal, does it trigger an offset?",
        "My client has a $25 million non-competitive contract. What offset would Korea require?",
    ],
)
def test_a_contract_of_the_asker_or_supposed_is_still_worked_out(question, data):
    assert route(question, data) is not None
