"""A share asked of what an earlier ask works out ("How many were not electric, and what share is
that?"): "that" is the earlier ask's result, the rest of the whole, not the part the question
states; a share asked of the part itself still takes the part."""

from __future__ import annotations

from routed import requests_of


def test_a_share_of_that_after_a_rest_asked_is_the_rest_share(data):
    requests = requests_of(
        "A port runs 40 cranes, 12 of them electric. How many are not electric, and what share "
        "is that?",
        data,
    )
    assert {"operation": "evaluate", "expression": "40 − 12"} in requests
    assert {"operation": "share_of", "part": "28", "whole": "40"} in requests
    assert not any(r.get("part") == "12" for r in requests)


def test_a_share_of_that_read_to_places_keeps_them(data):
    requests = requests_of(
        "Of the 150 bids received, 36 were accepted. How many were not accepted, and what "
        "percentage of the bids is that (one decimal)?",
        data,
    )
    assert {"operation": "share_of", "part": "114", "whole": "150", "places": 1} in requests


def test_a_share_asked_of_the_stated_part_takes_the_part(data):
    requests = requests_of(
        "A port runs 40 cranes, 12 of them electric. What share are electric?", data
    )
    assert requests == [{"operation": "share_of", "part": "12", "whole": "40"}]
