"""How far one amount falls short of another, asked in other words than "difference": a
shortfall between two amounts the question states ("needed EUR 9 million, got EUR 6.5 million:
the shortfall?") is the larger less the smaller; and the margin of a contract to the threshold,
asked as the rise it still needs ("how much would the price have to go up to reach it"), in
dollars ("how many dollars below"), with the threshold called a line, or named before the
contract ("under the threshold of 1990, a $3 million buy fell short by how much?")."""

from __future__ import annotations

from routed import requests_of, routed


def test_a_shortfall_between_two_stated_amounts_is_their_difference(data):
    requests = requests_of(
        "Invented: a shipyard owed EUR 9 million of offsets and delivered EUR 6.5 million. "
        "How far short did it come?",
        data,
    )
    assert requests == [{"operation": "evaluate", "expression": "EUR 9 million − EUR 6.5 million"}]


def test_a_shortfall_asked_in_percent_is_not_a_difference(data):
    found = routed(
        "Invented: a shipyard owed EUR 9 million of offsets and delivered EUR 6.5 million. "
        "What is the shortfall in percent?",
        data,
    )
    assert [r.operation for r in found.requests] != ["evaluate"]


def test_the_rise_a_price_needs_to_reach_the_threshold_is_the_margin(data):
    found = routed(
        "A sole-source radar is priced at USD 7 million. How much would its price need to go up "
        "to reach the contract value at which Korea seeks offsets?",
        data,
    )
    assert found.below


def test_the_threshold_named_before_the_contract_asks_the_margin(data):
    found = routed(
        "Under the threshold in force in 1990, a USD 3.3 million purchase fell short by how much?",
        data,
    )
    assert found.below
    assert {r.year for r in found.requests} == {1990}


def test_a_threshold_called_a_line_in_dollars_asks_the_margin(data):
    found = routed(
        "At 1,400 won to the dollar, a competitive deal of KRW 9.8 billion is how many dollars "
        "below the USD 10 million offset line?",
        data,
    )
    assert found.below
    assert found.offered == ""
