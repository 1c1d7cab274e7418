"""A calculation applies only an offset rule the knowledge holds for what the question asks: the
country or body named, the time asked, the part of the offset asked, and, when the question names
its source, that source's statement of the rule. Where the data hold no such rule the calculation
is declined, saying whose rules they do give; never is another country's rule applied instead.
Two countries' minimum shares are each worked out on their own contract and then added up or set
against each other, and whether a contract crosses a country's threshold is said in words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from routed import results_of, routed

from assistant.answering.amounts import stated_amounts
from assistant.answering.attribution import Attribution
from assistant.answering.preamble import without_preamble
from assistant.answering.routing import route
from assistant.answering.rule_coverage import declined
from assistant.answering.sourced_rule import rule_of_sources
from assistant.calculator.operations import CalculatorInput, calculate


def _declined(question, data):
    found = routed(question, data)
    return declined(question, found.requests, found.cites, data)


# ------------------------------------------------------------ the country or body named


@pytest.mark.parametrize(
    "question",
    [
        "Poland buys USD 30 million of howitzers after an open competition. Under Poland's own "
        "offset rules, what offset would it seek?",
        "What offset obligation would Japan's rule put on a USD 25 million sole-source purchase?",
    ],
)
def test_a_country_the_data_give_no_rule_for_is_declined_not_given_the_home_rule(question, data):
    why = _declined(question, data)
    assert why is not None
    assert "no offset rule for" in why
    assert ("Poland" in why) or ("Japan" in why)
    # The answer says whose rules the sources do give.
    assert "Norway" in why and "Korea" in why


def test_one_country_without_a_rule_beside_one_with_a_rule_declines_the_combination(data):
    question = (
        "Say Norway places a USD 60 million FMS order and Australia a USD 20 million one. "
        "What minimum offset do the two demand combined?"
    )
    why = _declined(question, data)
    assert why is not None and "Australia" in why


def test_a_threshold_asked_of_a_country_whose_threshold_is_not_given_is_declined(data):
    question = (
        "Given Norway's contract-value floor for offsets, what would Norway demand on a "
        "USD 3 million competitive purchase?"
    )
    why = _declined(question, data)
    assert why is not None
    assert "no offset threshold for Norway" in why
    assert "Türkiye" in why


@pytest.mark.parametrize(
    "question",
    [
        "What offset would Türkiye demand on a USD 12 million arms contract?",
        "What offset would Korea require on a USD 40 million competitive contract?",
        "What offset does a USD 40 million competitive contract require?",
    ],
)
def test_a_rule_the_data_hold_is_applied(question, data):
    assert _declined(question, data) is None


def test_a_share_the_question_states_is_no_rule_of_the_data(data):
    question = "If Poland demands a 40% offset on a USD 50 million contract, what offset is that?"
    found = route(question, data)
    assert found is not None
    assert declined(question, found.requests, found.cites, data) is None


# ------------------------------------------------------------------- the time asked


def test_another_country_s_rule_before_its_change_is_declined(data):
    question = (
        "Under Turkey's previous threshold, would a USD 3 million arms purchase have triggered "
        "an offset, and how much?"
    )
    why = _declined(question, data)
    assert why is not None and "only as it now stands" in why


def test_the_home_rule_of_an_earlier_time_is_applied(data):
    question = "Under the original rule, what offset did a USD 2.5 million purchase contract owe?"
    assert _declined(question, data) is None


# ------------------------------------------------------------------- the part asked


def test_a_part_of_the_required_offset_by_kind_is_declined(data):
    question = (
        "A USD 20 million competitive contract in 2023: what share of the required offset "
        "had to be SME exports?"
    )
    why = _declined(question, data)
    assert why is not None and "by kind" in why


# ----------------------------------------------------- two countries, two contracts


def test_two_countries_minimums_on_their_own_contracts_are_added_up(data):
    question = (
        "Suppose Norway orders USD 40 million of radars and the UAE USD 20 million of drones. "
        "What minimum offset do they seek in total?"
    )
    assert results_of(question, data) == [
        Decimal("40000000"),
        Decimal("12000000"),
        Decimal("52000000"),
    ]


def test_two_countries_minimums_set_against_each_other_take_the_larger_less_the_smaller(data):
    question = (
        "Saudi Arabia buys USD 100 million of missiles and the Netherlands USD 30 million of "
        "trucks. How much bigger is the Saudi minimum offset than the Dutch one?"
    )
    found = routed(question, data)
    results = [Decimal(calculate(r, data).result) for r in found.requests]
    assert results == [Decimal("35000000"), Decimal("30000000"), Decimal("5000000")]


def test_two_countries_on_one_contract_are_compared_on_it(data):
    question = (
        "If the UAE and Taiwan each bought USD 50 million through FMS, how much more would "
        "the UAE's minimum be than Taiwan's?"
    )
    (request,) = routed(question, data).requests
    assert request.operation == "compare_policies"
    assert Decimal(calculate(request, data).result) == Decimal("12500000")


def test_crossing_a_country_s_threshold_is_said_in_words(data):
    result = calculate(
        CalculatorInput(
            operation="compare_policies", amount="USD 7 million", countries=["Türkiye", "Korea"]
        ),
        data,
    )
    assert any("is above it" in note for note in result.notes)


# ------------------------------------------------------------- the source named


def test_a_named_source_that_states_the_share_is_the_one_cited(data):
    question = "What offset would a USD 30 million competitive contract require?"
    named = Attribution(("001_4df862b2e8f3b0fd",), ("Korea Bizwire",), question)
    found = routed(question, data)
    stated = rule_of_sources(found.requests, data, named, {})
    assert stated.declined is None
    assert stated.rows
    assert {data.row(r).source for r in stated.rows} == {"001_4df862b2e8f3b0fd"}


def test_a_named_source_that_states_no_share_is_declined_naming_who_does(data):
    question = "What offset would a USD 30 million competitive contract require?"
    named = Attribution(("000_698068ed5c1850f6",), ("the Daily",), question)
    called = {"002_b00326718e5a7ad5": ("KIET",), "001_4df862b2e8f3b0fd": ("Korea Bizwire",)}
    stated = rule_of_sources(routed(question, data).requests, data, named, called)
    assert stated.declined is not None
    assert stated.declined.startswith("the Daily states no offset share for competitive")
    assert "KIET" in stated.declined


def test_a_share_of_another_period_does_not_stand_for_the_rule_in_force(data):
    # KIET's 30% of 1986 is no statement of today's non-competitive share by another source.
    question = "What offset would a USD 30 million non-competitive contract require?"
    named = Attribution(("001_4df862b2e8f3b0fd",), ("Korea Bizwire",), question)
    stated = rule_of_sources(routed(question, data).requests, data, named, {})
    assert stated.declined is not None


# ------------------------------------------------------- the figures of a chain


def test_a_trigger_named_after_its_amount_is_a_threshold():
    roles = [
        a.role
        for a in stated_amounts(
            "Convert KRW 30 billion to dollars and check it against the USD 10 million trigger, "
            "then work out the offset."
        )
    ]
    assert roles == ["contract", "threshold"]
    # A verb "trigger" with its object still ends the amount's phrase.
    (verb,) = stated_amounts("Does a $9 million deal trigger an offset duty?")
    assert verb.role == "contract"


def test_an_opening_whose_colon_introduces_a_figure_is_kept():
    question = "Our purchase is priced in won: KRW 30 billion, sole-source. Convert it to dollars."
    assert without_preamble(question) == question


@pytest.mark.slow
def test_the_answer_declines_a_rule_the_sources_do_not_give(assistant):
    answer = assistant.ask(
        "Under China's offset rules, what would a USD 50 million competitive contract owe?"
    )
    assert answer.abstained
    assert "no offset rule for China" in answer.answer
    assert not answer.tool_calls


@pytest.mark.slow
def test_the_answer_per_a_named_source_cites_that_source(assistant):
    answer = assistant.ask(
        "According to Korea Bizwire, what offset would a USD 44 million competitive deal owe?"
    )
    assert not answer.abstained
    assert "USD 22" in answer.answer
    assert {c.source_id for c in answer.citations} == {"001_4df862b2e8f3b0fd"}
