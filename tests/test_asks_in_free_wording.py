"""Calculations asked in free wording: several asks each rounded as asked, a share the question
supposes applied to a figure the sources give, a ratio of the sources' own figures worked out
exactly, and the thresholds a comparison of two countries relies on."""

from __future__ import annotations

import pytest

from assistant.answering.reading import reading
from assistant.answering.routing import amounts, route
from assistant.calculator.operations import calculate


def _shown(question, data):
    found = route(question, data)
    assert found is not None, question
    return [calculate(request, data).display for request in found.requests]


# -- rounding each ask's result as the question says ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Between 2011-2015 and 2016-2020, what was the dollar decline in Korea's offsets, and the "
        "percentage decline? Percentages as whole numbers; dollar amounts in billions to one "
        "decimal.",
        "Korea's offsets shrank between 2011-2015 and 2016-2020: how many dollars did they lose, "
        "and what percent was that? Amounts in USD billions with one decimal; the percent to the "
        "nearest whole number.",
        "How far did Korea's offset value slide between 2011-2015 and 2016-2020 in dollars, and "
        "how big was the slide in percent? Dollars in billions to one decimal; the percentage as "
        "a whole number.",
    ],
)
def test_a_sentence_rounding_each_kind_rounds_every_asks_result_of_that_kind(data, question):
    shown = _shown(question, data)
    assert "USD 7.2 billion" in shown  # 7.99 billion less 800 million
    assert "−90%" in shown
    assert not any("," in figure for figure in shown)  # nothing left unrounded


def test_a_scale_in_a_sentence_of_its_own_is_read_with_the_places_beside_it():
    assert reading("What was the gap? KRW billions with three decimals.").scale == "billion"
    assert reading("How much in all? Trillions of won, two decimals.").scale == "trillion"
    assert reading("What is the average (USD millions, one decimal)?").scale == "million"


# -- a second ask of another kind -------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Taking offset values for 2011-2015 and 2016-2020 in dollars, give the decline in "
        "billions of dollars to two decimals and state the later figure as a percentage of the "
        "earlier (whole number).",
        "For offsets in 2011-2015 and 2016-2020: how much of the earlier level survived as a "
        "percentage (one decimal), and state the reduction in billions of dollars to two decimals.",
    ],
)
def test_a_change_named_by_its_noun_in_a_currency_is_worked_out_beside_the_percentage(
    data, question
):
    shown = _shown(question, data)
    assert "USD 7.19 billion" in shown
    assert any(figure.endswith("%") for figure in shown)


def test_a_share_of_the_earlier_period_kept_is_worked_out_beside_the_drop(data):
    question = (
        "Using the dollar figures, how much lower was the 2016-2020 offset value than "
        "2011-2015's, and what fraction of the earlier value survived? Dollars in millions, no "
        "decimals; share to one decimal."
    )
    shown = _shown(question, data)
    assert "USD 7,190 million" in shown
    assert "−90.0%" in shown


def test_the_whole_a_share_left_to_the_sources_implies_is_worked_out_beside_an_average(data):
    question = (
        "For 2022, what was a US offset deal worth on average (USD millions, two decimals), and "
        "what whole US defense export market does the reported share suggest (USD billions, two "
        "decimals)?"
    )
    assert _shown(question, data) == ["USD 217.78 million", "USD 17.93 billion"]


# -- a share supposed of a figure the sources give ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "Suppose Korea had demanded 40% offsets on everything it bought from America during "
            "2011-2022: what would such offsets come to, in trillions of won?",
            "KRW 13.52 trillion",
        ),
        (
            "Had a 15 percent rate been levied on the 2011-2022 FMS purchases, what offset value "
            "would it have produced? KRW trillions, two decimals.",
            "KRW 3.75 trillion",
        ),
        (
            "If Korea had sought offsets of 25% on its weapons imports in 2016-2020, how much "
            "would it have obtained in won?",
            "KRW 3,400,000,000,000",
        ),
        (
            "If Korea had insisted on 50% offsets on its 2016-2020 weapons imports, how much "
            "would that have come to in trillions of won?",
            "KRW 6.80 trillion",
        ),
        (
            "Suppose offsets of 10 percent had been sought on all arms Korea bought from the US "
            "across 2011-2022. What would they have totalled? KRW trillions.",
            "KRW 3.38 trillion",
        ),
    ],
)
def test_a_share_supposed_of_a_period_figure_of_the_sources_is_worked_out(data, question, shown):
    found = route(question, data)
    assert found is not None and found.cites
    assert shown in _shown(question, data)


def test_a_share_told_of_a_period_figure_is_no_supposition(data):
    assert route("Korea demanded 7% of the 2016-2020 imports in offsets.", data) is None


# -- a ratio of the sources' own figures --------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Working from the KRW figures for 2016-2020, what was the precise ratio of offsets to "
        "imports, to one decimal place?",
        "Give the ratio of offsets to imports for 2016-2020 from the won numbers, one decimal.",
    ],
)
def test_a_ratio_of_offsets_to_imports_is_their_share_worked_out(data, question):
    assert _shown(question, data) == ["7.4%"]


def test_a_ratio_of_imports_to_offsets_is_no_share(data):
    found = route(
        "Working from the KRW figures for 2016-2020, what was the ratio of imports to offsets?",
        data,
    )
    assert found is None or all(r.operation != "share_of" for r in found.requests)


# -- the gap between what two asks worked out ---------------------------------------------------


@pytest.mark.parametrize(
    ("question", "gap"),
    [
        (
            "Picture one USD 40 million FMS purchase. What minimum offset would Taiwan seek, what "
            "would Korea get under its 30% non-competitive rate, and how far apart are they?",
            "USD 2,000,000",
        ),
        (
            "Take a $60 million FMS order. What would Norway require as a minimum, what would "
            "Korea ask if it used its 50% competitive rate instead, and how big is the "
            "difference between them?",
            "USD 30,000,000",
        ),
    ],
)
def test_a_gap_asked_after_two_amounts_is_the_larger_less_the_smaller(data, question, gap):
    assert _shown(question, data)[-1] == gap


# -- whether the earlier ask's result reaches a mark the next ask names ---------------------------


def _labelled(question, data):
    """Each request's result as the answer states it: its label's sentence, else the display."""
    found = route(question, data)
    assert found is not None, question
    labels = [*found.labels, *[None] * (len(found.requests) - len(found.labels))]
    shown = []
    for request, label in zip(found.requests, labels, strict=True):
        display = calculate(request, data).display
        shown.append(label(display) if label is not None else display)
    return found, shown


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "Take a KRW 12.6 billion radar quote. At 1,400 won per dollar, what does it come to "
            "in dollars, and does it top the USD 10 million offset trigger?",
            "No: USD 9,000,000 falls short of USD 10 million by USD 1,000,000.",
        ),
        (
            "What is 60% of USD 20 million, and is it above USD 10 million?",
            "Yes: USD 12,000,000 exceeds USD 10 million by USD 2,000,000.",
        ),
    ],
)
def test_an_ask_whether_the_earlier_result_crosses_a_mark_sets_the_two_side_by_side(
    data, question, verdict
):
    _, shown = _labelled(question, data)
    assert shown[-1] == verdict


def test_a_mark_named_as_a_threshold_is_a_figure_of_the_sources_to_cite(data):
    found, _ = _labelled(
        "Take a KRW 12.6 billion radar quote. At 1,400 won per dollar, what does it come to in "
        "dollars, and does it top the USD 10 million offset trigger?",
        data,
    )
    assert found.restated == ("USD 10 million",)


def test_a_contract_checked_against_the_rule_gets_no_second_threshold_comparison(data):
    found = route(
        "A supplier bids KRW 12 billion on a sole-source deal. At 1,300 won per dollar, what is "
        "that in dollars, and does it exceed the USD 10 million threshold?",
        data,
    )
    assert found is not None
    assert all(r.operation != "evaluate" for r in found.requests)


@pytest.mark.parametrize(
    "question",
    [
        # A mark in another currency than the result: no comparison to make.
        "What is 60% of USD 20 million, and is it above KRW 10 billion?",
        # No yes-or-no ask: the mark is a figure to work on, not one to reach.
        "What is 60% of USD 20 million, and how much is left of USD 30 million?",
    ],
)
def test_no_mark_comparison_without_a_yes_or_no_ask_in_the_result_s_currency(data, question):
    found = route(question, data)
    labels = found.labels if found is not None else []
    assert not any(
        label is not None and label("USD 1").startswith(("Yes:", "No:")) for label in labels
    )


# -- an ask on an amount the question states, beside one on an amount worked out ----------------


@pytest.mark.parametrize(
    ("question", "converted"),
    [
        (
            "A sole-source deal is priced at KRW 28 billion. At 1,400 won per dollar, what is "
            "the deal in dollars, and what is its 30% offset in dollars?",
            {"KRW 28 billion", "KRW 8,400,000,000"},
        ),
        (
            "Say a tender comes in at KRW 70 billion. Using 1,400 won a dollar, how many dollars "
            "is that, and how many dollars is a 50% offset on it?",
            {"KRW 70 billion", "KRW 35,000,000,000"},
        ),
    ],
)
def test_each_ask_converting_its_own_amount_is_converted(data, question, converted):
    found = route(question, data)
    assert found is not None
    assert {r.amount for r in found.requests if r.operation == "convert"} == converted


def test_a_conversion_asked_once_is_not_worked_out_twice(data):
    found = route(
        "A sole-source deal is priced at KRW 28 billion. At 1,400 won per dollar, what is its "
        "30% offset, and what is that in dollars?",
        data,
    )
    assert found is not None
    assert [r.operation for r in found.requests].count("convert") == 1


def test_a_bare_number_word_leaves_the_currency_to_the_figure_after_it(data):
    assert amounts("Consider one USD 45 million radar contract.") == ["USD 45 million"]
    assert amounts("Consider one KRW 50 billion order and two $5 million ones.") == [
        "KRW 50 billion",
        "$5 million",
    ]


# -- a second contract called "one", asked after the first ----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Work out the offset owed on a USD 35 million competitive contract, and tell me whether a "
        "USD 6 million one would owe any.",
        "Give the offset on a competitive USD 35 million deal signed in 2024, and say if a USD 6 "
        "million one would trigger one too.",
    ],
)
def test_a_contract_called_one_in_a_later_ask_is_checked_under_the_first_asks_rule(data, question):
    found = route(question, data)
    assert found is not None
    checked = [(r.amount, r.contract_type) for r in found.requests]
    assert checked == [("USD 35 million", "competitive"), ("USD 6 million", "competitive")]


def test_an_obligation_worked_out_by_one_ask_is_not_checked_as_a_contract_by_the_next(data):
    found = route(
        "What offset does a USD 40 million sole-source deal owe, and what is that in won at 1,400?",
        data,
    )
    assert found is not None
    assert {r.amount for r in found.requests if r.operation == "offset_obligation"} == {
        "USD 40 million"
    }


# -- what remains of a recorded pledge -----------------------------------------------------------


def test_what_remains_of_a_recorded_pledge_states_the_pledge_and_rate_it_works_on(data):
    found = route("How much of the KC-X technology transfer offset was left undone in 2022?", data)
    assert found is not None
    assert "USD 84.3 million" in found.lead and "92.6%" in found.lead
    assert found.cites


@pytest.mark.parametrize(
    "question",
    [
        "Where did the tanker deal's tech transfer part stand? How much of it was achieved?",
        "How much of Airbus's military support pledge got fulfilled?",
    ],
)
def test_how_much_of_a_part_was_delivered_asks_the_stated_rate_not_an_amount(data, question):
    assert route(question, data) is None


@pytest.mark.parametrize(
    "question",
    [
        "How much of Airbus's military support pledge got fulfilled, in dollars?",
        "How much of the tanker deal's tech transfer part was realised, in USD millions?",
        "What value of the KC-X SME export pledge had been delivered by 2022?",
    ],
)
def test_a_part_delivered_asked_in_money_is_worked_out(data, question):
    found = route(question, data)
    assert found is not None and found.requests[0].operation == "implemented"
