"""Calculations whose figure needs a derived step: a rounding step written as a clause of its own
("…, to 0.1 million?", "won to 0.1 billion", "0.1 million.") reads the result, and a currency
named before its step is read apart from the other; the sum of several obligations asked in
another currency converts the sum; a share asked of the rest of a counted whole ("what share were
not electric?") is the rest's share; the rest of a money whole told "<part> of <group> out of
<whole>" is worked out; a contract that owes nothing says so as USD 0."""

from __future__ import annotations

from decimal import Decimal

from routed import requests_of as _requests
from routed import results_of as _results
from routed import routed

from assistant.answering.reading import reading, readings_by_currency
from assistant.calculator.arithmetic import parse_amount
from assistant.calculator.obligation import offset_obligation

# ------------------------------------------------------ a rounding step as a clause of its own


def test_a_step_after_a_comma_rounds_the_result():
    asked = reading("The two berth fees combined, to 0.1 million?")
    assert (asked.places, asked.scale) == (1, "million")
    assert "0.1" not in asked.question


def test_a_step_with_its_currency_between_figure_and_scale_rounds_the_result():
    asked = reading("Fee on a USD 8 million crane, to 0.01 USD million?")
    assert (asked.places, asked.scale) == (2, "million")


def test_a_step_in_a_sentence_of_its_own_rounds_the_result():
    asked = reading("How far short of the stated EUR 9 million is the sum? 0.1 million.")
    assert (asked.places, asked.scale) == (1, "million")


def test_a_figure_a_verb_tells_is_no_step():
    asked = reading("The toll fell to 0.1 billion in 2020. By how much did it fall?")
    assert (asked.places, asked.scale) == (None, None)


def test_a_step_followed_by_other_words_is_no_step():
    asked = reading("What share is that? 0.1 million tonnes were shipped.")
    assert (asked.places, asked.scale) == (None, None)


def test_a_currency_named_before_its_step_is_read_apart_from_the_other():
    by_currency = readings_by_currency(
        "A dredging levy: give it in dollars (nearest million) and in won at 1,300 KRW per "
        "USD, won to 0.1 billion"
    )
    assert (by_currency["KRW"].places, by_currency["KRW"].scale) == (1, "billion")
    assert (by_currency["USD"].places, by_currency["USD"].scale) == (0, "million")


def test_two_currencies_each_with_a_step_of_its_own_keep_their_steps():
    by_currency = readings_by_currency(
        "Add the two levies and convert. USD to 0.1 million, won to 0.1 billion."
    )
    assert (by_currency["USD"].places, by_currency["USD"].scale) == (1, "million")
    assert (by_currency["KRW"].places, by_currency["KRW"].scale) == (1, "billion")


# ------------------------------------------------------ the sum of obligations, converted


def test_the_total_of_obligations_asked_in_won_converts_the_total(data):
    found = routed(
        "A competitive $30 million crane deal and a non-competitive $12 million dredging "
        "contract: what do their offsets come to in total, in won at 1,300 KRW per USD?",
        data,
    )
    assert found.total
    assert [r.operation for r in found.requests] == ["offset_obligation"] * 2
    assert [(c.operation, c.to_currency, c.rate) for c in found.total_converted] == [
        ("convert", "KRW", "1,300")
    ]


def test_each_obligation_alone_asked_in_won_still_converts_each(data):
    found = routed("A competitive $30 million crane deal: its offset in won at 1,300?", data)
    assert not found.total_converted
    assert "convert" in [r.operation for r in found.requests]


# ------------------------------------------------------ a share of the rest of a count


def test_a_share_asked_of_the_denied_group_is_the_rest_share(data):
    assert _results(
        "Of the 40 cranes the port bought, 12 were electric. What share were not electric?", data
    ) == [Decimal(28), Decimal("0.7")]


def test_a_share_asked_with_a_contraction_is_the_rest_share(data):
    assert _results("Of 50 berths, 20 are leased. What fraction aren't leased?", data)[
        -1
    ] == Decimal("0.6")


def test_a_share_asked_of_the_group_itself_is_the_part_share(data):
    requests = _requests(
        "Of the 40 cranes the port bought, 12 were electric. What share were electric?", data
    )
    assert [(r["operation"], r["part"]) for r in requests] == [("share_of", "12")]


# ------------------------------------------------------ the rest of a money whole


def test_a_part_told_with_its_group_out_of_the_whole_leaves_the_rest(data):
    requests = _requests(
        "The port took EUR 3 million in tolls out of EUR 10 million of revenue. How much came "
        "from other sources?",
        data,
    )
    assert requests[0]["expression"] == "EUR 10 million − EUR 3 million"


# ------------------------------------------------------ nothing owed, said as USD 0


def test_a_contract_below_the_threshold_owes_usd_0(data):
    found = offset_obligation(data, parse_amount("$4 million"), "competitive")
    assert not found.triggers and "USD 0" in found.summary()


def test_an_fms_contract_has_no_mandatory_offset_said_as_usd_0(data):
    found = offset_obligation(data, parse_amount("$40 million"), "fms")
    assert "USD 0" in found.summary() and "case by case" in found.summary()


def test_a_group_denied_in_the_count_ask_leaves_the_share_ask_of_the_group(data):
    requests = _requests(
        "Of the 40 cranes the port bought, 12 were electric. How many were not electric, and what "
        "share were electric?",
        data,
    )
    shares = [r for r in requests if r["operation"] == "share_of"]
    assert [(r["part"], r["whole"]) for r in shares] == [("12", "40")]
