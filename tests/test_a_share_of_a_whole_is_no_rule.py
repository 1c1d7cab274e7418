"""A share asked of a whole (a total, imports, many contracts) is a statistic of that whole, not
the share of one contract's value an offset rule sets: the rule in force that year does not
answer it."""

from __future__ import annotations

from assistant.answering.shares_of_wholes import share_of_a_whole


def test_a_share_of_one_contract_is_the_rule_s():
    assert not share_of_a_whole("What share of a contract had to be offset in 1991?")
    assert not share_of_a_whole("What percentage of contract value did Peru require in 1988?")
    assert not share_of_a_whole("What share of each deal did offsets have to reach in 1999?")


def test_a_share_of_a_total_or_of_imports_is_a_statistic():
    assert share_of_a_whole("What share of Chile's arms imports did offsets cover in 2017?")
    assert share_of_a_whole("What share of total export contracts carried offsets in 2016?")
    assert share_of_a_whole("What share of all export contract value did offsets make up in 2014?")


def test_a_share_asked_of_no_whole_is_left_to_the_rule():
    assert not share_of_a_whole("What offset share applied in 1990?")
    assert not share_of_a_whole("How many percent did the rule require in 1993?")
