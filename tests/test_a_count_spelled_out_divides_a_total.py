"""A count spelled out in words with the noun it counts right after it ("nine tugboats", "Twelve
harbour leases") is a count as much as "9 tugboats": a total stated over it, asked per item or
on average, is divided by it, a recorded step. A number word with no noun after it counts
nothing. Wordings are invented."""

from __future__ import annotations

from routed import requests_of


def test_a_spelled_count_divides_the_total_asked_on_average(data):
    requests = requests_of(
        "Twelve harbour leases worth EUR 48 million in all. What is the typical lease worth?",
        data,
    )
    assert requests == [{"operation": "evaluate", "expression": "EUR 48 million / 12"}]


def test_a_spelled_count_divides_the_total_asked_per_item(data):
    requests = requests_of(
        "Nine tugboats were bought for USD 27 million. What did each cost?", data
    )
    assert requests == [{"operation": "evaluate", "expression": "USD 27 million / 9"}]


def test_digits_and_words_read_alike(data):
    spelled = requests_of("Eight cranes for EUR 40 million: the average crane?", data)
    digits = requests_of("8 cranes for EUR 40 million: the average crane?", data)
    assert spelled == digits == [{"operation": "evaluate", "expression": "EUR 40 million / 8"}]
