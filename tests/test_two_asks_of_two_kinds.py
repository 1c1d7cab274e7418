"""Calculations asked two at a time, each answered; and figures the sources state, read rather
than worked out again."""

from __future__ import annotations

import pytest

from assistant.answering.frame import COMPETITIVE
from assistant.answering.reading import reading
from assistant.answering.routing import Route, _joined, route
from assistant.calculator.operations import CalculatorInput, calculate


def _shown(question, data):
    found = route(question, data)
    assert found is not None, question
    return [calculate(request, data).display for request in found.requests]


# -- the rest of a whole, and its share ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Out of $900 million the agency spent on radars, $240 million went to one supplier. How "
        "much went to the others, and what percent of the spending was it?",
        "Of the $900 million spent on radars last year, $240 million was paid to one firm. How "
        "much wasn't paid to that firm, and what proportion of the spending does it make up?",
    ],
)
def test_the_rest_of_a_stated_whole_and_its_share_are_both_worked_out(data, question):
    assert _shown(question, data) == ["USD 660,000,000", "73.33%"]


def test_a_share_asked_of_the_part_after_the_rest_is_the_parts_share(data):
    question = (
        "Of the $2 billion budget, $700 million was spent abroad. How much was not spent "
        "abroad? And what fraction of the budget went abroad?"
    )
    assert _shown(question, data) == ["USD 1,300,000,000", "35%"]


def test_a_sentence_of_two_words_that_rounds_to_whole_numbers_is_no_ask():
    asked = reading("Whole numbers.")
    assert asked.places == 0
    assert asked.question.strip(" .") == ""


# -- a change in money and in percent ----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Toll revenue went from $40 million to $52 million. By how much did it rise, in "
        "percentage and dollar terms?",
        "Toll revenue climbed from $40 million to $52 million: how big was the rise in absolute "
        "terms and as a percentage?",
    ],
)
def test_a_change_asked_in_money_and_in_percent_gives_both(data, question):
    assert _shown(question, data) == ["USD 12,000,000", "30%"]


def test_a_change_asked_in_percent_only_gives_the_percentage(data):
    assert _shown("Toll revenue rose from $40 million to $52 million: by what percent?", data) == [
        "30%"
    ]


def test_each_kind_of_result_is_rounded_as_its_own_sentence_says(data):
    question = (
        "Fees fell from USD 3.47 billion to USD 1.1 billion. How big a drop is that in dollar "
        "terms and as a percentage? Dollars to one decimal; the percentage as a whole number."
    )
    assert _shown(question, data) == ["USD 2.4 billion", "−68%"]


# -- a rule's rate supposed for a stated amount ------------------------------------------------


def test_a_rules_rate_supposed_for_a_named_phase_is_worked_out_as_its_offset(data):
    found = route(
        "The army waived offsets on the KRW 2 trillion third batch of its tank program. Had it "
        "sought the 50% competitive rate, what offset would that have been?",
        data,
    )
    assert found is not None
    (request,) = found.requests
    assert request.operation == "offset_obligation"
    assert request.amount == "KRW 2 trillion" and request.contract_type == "competitive"
    assert calculate(request, data).result == "1000000000000"


# -- a second ask of the same kind as the first ------------------------------------------------


def test_a_second_division_asked_on_its_own_is_worked_out_beside_the_first(data):
    found = route(
        "Suppose USD 5.88 billion was 40% of all sales: how big were all sales (billions, two "
        "decimals)? And the average value of a US offset contract in 2022, in USD millions?",
        data,
    )
    assert found is not None
    assert [r.expression for r in found.requests] == [
        "USD 5.88 billion / 40%",
        "USD 5.88 billion / 27",
    ]


def test_an_ask_read_again_without_the_wholes_year_adds_nothing(data):
    def owed(year):
        return CalculatorInput(
            operation="offset_obligation",
            amount="USD 45 million",
            contract_type=COMPETITIVE,
            year=year,
        )

    whole = Route([owed(2023)])
    joined = _joined(whole, [Route([owed(2023)]), Route([owed(None)])], data)
    assert joined is not None
    assert [r.year for r in joined.requests] == [2023]


# -- figures the sources state are read, not worked out again ----------------------------------


def test_a_share_the_sources_state_beside_the_part_is_no_calculation(data):
    assert route("In 2011-2022 what share of Korea's US arms buys went via FMS?", data) is None


def test_the_rest_of_a_sourced_whole_is_worked_out_without_the_stated_share(data):
    found = route(
        "In 2011-2022, how much of Korea's US arms buying was outside FMS, and what share was FMS?",
        data,
    )
    assert found is not None
    assert [r.operation for r in found.requests] == ["evaluate"]


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "Across 2011-2022, which fraction of Korea's American weapons spending was not via FMS?",
            ["26.04%"],
        ),
        (
            "For 2011-2022, how much of the US arms bill went outside FMS, and what proportion "
            "of the bill is that?",
            ["KRW 8,800,000,000,000", "26.04%"],
        ),
        (
            "Over 2011-2022, how much of the US arms bill did not go through FMS, and which "
            "share of the bill is that?",
            ["KRW 8,800,000,000,000", "26.04%"],
        ),
    ],
)
def test_the_share_of_what_a_sourced_part_leaves_is_worked_out(data, question, shown):
    assert _shown(question, data) == shown


@pytest.mark.parametrize(
    "question",
    [
        "Set the KC-X technology transfer offsets against its SME export offsets: how big is "
        "each, and how much of each had been delivered?",
        "For the F-35A package, line up the SME export part beside the technology transfer "
        "part: their size and how much of each was fulfilled.",
    ],
)
def test_two_parts_of_a_package_compared_are_read_from_the_delivery_rates(data, question):
    assert route(question, data) is None


def test_one_part_delivered_in_dollars_is_still_worked_out(data):
    found = route("How many dollars of the KC-X technology transfer had been delivered?", data)
    assert found is not None
    assert [r.operation for r in found.requests] == ["implemented"]


# -- a rounding said once, for every ask -------------------------------------------------------


def test_a_sentence_that_rounds_each_result_reads_every_asks_result(data):
    question = (
        "Of the items the SME ministry put forward for the F-35A offsets, what share were "
        "purchased, and what share of the recommended SMEs sold any? Both as percentages, to "
        "one decimal."
    )
    assert _shown(question, data) == ["12.2%", "16.4%"]


# -- the whole a sourced share implies ---------------------------------------------------------


def test_the_whole_a_share_of_the_statistics_implies_is_their_total_over_it(data):
    found = route(
        "The BIS puts 2022 offset deals at 32.8% of US arms export contracts: what whole "
        "export figure does that correspond to?",
        data,
    )
    assert found is not None
    assert [r.expression for r in found.requests] == ["USD 5.88 billion / 32.8%"]
    assert len(found.cites) == 2


def test_a_share_the_statistics_do_not_give_implies_no_whole_of_theirs(data):
    assert route("What whole export figure does a 41% share correspond to?", data) is None


# -- parts with their delivery rates, added up -------------------------------------------------


def test_parts_at_their_delivery_rates_are_multiplied_and_added_up(data):
    question = (
        "A vendor pledged $40 million in training at 75% delivered and $60 million in parts at "
        "20% delivered. How much has it delivered so far?"
    )
    assert _shown(question, data) == ["USD 42,000,000"]


def test_the_delivered_sum_as_a_share_of_the_package_stated_without_a_rate(data):
    question = (
        "Of a $150 million package, the training part ($40 million) is 75% delivered and the "
        "parts deal ($60 million) 20% delivered. How much has been delivered, and what share "
        "of the package is that?"
    )
    assert _shown(question, data) == ["USD 42,000,000", "28%"]


def test_a_rounding_that_names_its_result_in_a_word_is_no_ask(data):
    question = (
        "Out of $900 million spent on radars, $240 million went to one supplier. How much went "
        "to others, and what proportion of the spending was that? Dollars to the nearest "
        "million; the share to one decimal."
    )
    assert _shown(question, data) == ["USD 660 million", "73.3%"]


def test_that_year_in_a_second_ask_refers_to_no_earlier_figure(data):
    found = route(
        "Suppose USD 5.88 billion was 40% of all sales: how big were all sales? And the mean "
        "value of one US offset deal that year?",
        data,
    )
    assert found is not None
    assert [r.operation for r in found.requests] == ["evaluate", "evaluate"]
    assert found.requests[1].expression == "USD 5.88 billion / 27"


def test_the_inputs_of_two_asks_are_listed_under_one_label(data):
    mean = Route(
        [CalculatorInput(operation="evaluate", expression="$12 million / 4")],
        lead="Inputs: $12 million over 4 ferries, as the sources give them.",
    )
    whole = Route(
        [CalculatorInput(operation="evaluate", expression="$12 million / 30%")],
        lead="Inputs: ferry spending, $12 million; its share of the port budget, 30%, as the "
        "sources give them.",
    )
    joined = _joined(None, [mean, whole], data)
    assert joined is not None and len(joined.requests) == 2
    assert joined.lead.count("Inputs:") == 1
    assert joined.lead.count("as the sources give") == 1
    assert "4 ferries" in joined.lead and "30%" in joined.lead


# -- an average of what the question counts, and an ask that borrows the first's words ---------


@pytest.mark.parametrize(
    "question",
    [
        "9 dock leases were signed for $45 million in all. What was the mean lease?",
        "The port counted 9 leases worth $45 million last year: what was the average lease?",
    ],
)
def test_an_average_of_what_the_question_counts_is_its_total_over_the_count(data, question):
    assert _shown(question, data) == ["USD 5,000,000"]


def test_an_average_of_something_the_question_does_not_count_is_no_division(data):
    assert route("Nine firms shared $45 million of work. What was the average lease?", data) is None


@pytest.mark.parametrize("asks", ["What was", "What's"])
def test_a_second_ask_that_borrows_the_first_asks_words_is_worked_out_too(data, asks):
    shown = _shown(
        "A survey found 9 leases worth $45 million, which was 30% of all port income. "
        f"{asks} the average lease, and the implied total port income?",
        data,
    )
    assert shown == ["USD 5,000,000", "USD 150,000,000"]


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "Total up Lockheed's offset items, then tell me what fraction of that the satellite "
            "piece makes up.",
            ["USD 3,800,000,000", "55.26%"],
        ),
        (
            "Add up the tanker pledge's pieces: what do they come to, and which share of that "
            "sum is military support?",
            ["USD 626,900,000", "1%"],
        ),
    ],
)
def test_a_named_items_share_of_the_parts_added_up_is_worked_out_beside_the_sum(
    data, question, shown
):
    assert _shown(question, data) == shown
