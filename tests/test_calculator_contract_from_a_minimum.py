"""A contract's size worked back from an offset that exactly met a minimum: the minimum of the
country the question names (its own share from the data, not the home country's two), and the
rule of the year the question names (one share for every contract when that rule set one)."""

from __future__ import annotations

from routed import requests_of

from assistant.answering.routing import route


def test_another_countrys_minimum_gives_the_contract(data):
    requests = requests_of(
        "Norway took USD 9 million in offsets, exactly its minimum. How big was the contract?", data
    )
    assert requests == [{"operation": "evaluate", "expression": "USD 9 million ÷ 100%"}]


def test_the_countrys_share_row_is_cited(data):
    found = route(
        "Saudi Arabia got USD 7 million of offsets, just its minimum share. What was the deal's "
        "value?",
        data,
    )
    assert found is not None
    assert found.requests[0].expression == "USD 7 million ÷ 35%"
    assert found.cites and all(data.row(c).country == "Saudi Arabia" for c in found.cites)


def test_a_year_of_one_share_gives_one_contract_size(data):
    requests = requests_of(
        "In 1982 an offset of USD 3 million just met the requirement. What was the purchase worth?",
        data,
    )
    assert requests == [{"operation": "evaluate", "expression": "USD 3 million ÷ 50%"}]


def test_the_rule_in_force_still_gives_both_kinds(data):
    requests = requests_of(
        "An offset of USD 6 million met the requirement exactly. How big was the contract?", data
    )
    assert [r["expression"] for r in requests] == ["USD 6 million ÷ 50%", "USD 6 million ÷ 30%"]
