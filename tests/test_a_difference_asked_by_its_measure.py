"""A difference is asked by its measure phrase ("by how much", "by how many", "how far short
of"), whatever verb compares the two figures: "trail", "top" and "lag" ask the same gap as
"exceed". Every wording is invented; the figures are the tables' own."""

from __future__ import annotations

from assistant.answering.differences_asked import asks_difference
from assistant.knowledge.rows import load_data
from assistant.settings import Settings
from tests.routed import requests_of

DATA = load_data(Settings().data_dir)


def test_the_measure_phrase_asks_a_difference_with_any_verb() -> None:
    assert asks_difference("By how many berths did the north quay trail the south quay?")
    assert asks_difference("By how much did the levy top the toll?")
    assert asks_difference("How far short of the dredging budget did the crane budget fall?")
    assert asks_difference("How far behind the ferry's tally was the barge's?")
    assert asks_difference("The levy was USD 3 million; by how much did it top the toll?")
    # An indirect question governed by a verb of its own ("rank … by how much") asks no gap.
    assert not asks_difference("Rank the quays by how much cargo each handled.")
    # A figure asked as it stands asks no gap.
    assert not asks_difference("How many berths does the north quay have?")
    assert not asks_difference("How far is the quay from the town?")


def test_two_counts_of_one_kind_differ_whatever_verb_compares_them() -> None:
    # The report's chapters on Korea and Japan: 7 and 11 pages.
    assert requests_of("By how many pages did the Korea chapter lag the Japan chapter?", DATA) == [
        {"operation": "evaluate", "expression": "11 − 7"}
    ]


def test_two_items_of_one_pledge_differ_whatever_verb_compares_them() -> None:
    # Airbus's tanker pledge: military support USD 6.3 million, technology transfer USD 84.3 million.
    requests = requests_of(
        "How far short of the tanker deal's technology transfer item did its military support"
        " item fall?",
        DATA,
    )
    assert requests == [
        {"operation": "evaluate", "expression": "USD 84.3 million − USD 6.3 million"}
    ]
