"""A share asked of a result named back: when a later ask asks what share of a whole it restates
"that" makes, "that" is what the ask before it worked out, never a figure the question states."""

from __future__ import annotations

from routed import requests_of as _requests


def test_the_rest_worked_out_first_is_the_share_asked_of_the_whole_restated(data):
    question = (
        "Of 90 crates, 25 were opened. How many stayed shut, and what share of the 90 is that?"
    )
    assert _requests(question, data) == [
        {"operation": "evaluate", "expression": "90 − 25"},
        {"operation": "share_of", "part": "65", "whole": "90"},
    ]


def test_a_whole_written_with_all_is_restated_too(data):
    question = (
        "A fleet had 40 buses and 12 were retired. How many are still running, and what "
        "percentage of all 40 does that make?"
    )
    shares = [r for r in _requests(question, data) if r["operation"] == "share_of"]
    assert shares == [{"operation": "share_of", "part": "28", "whole": "40"}]


def test_an_amount_worked_out_first_is_the_share_asked_of_the_amount_restated(data):
    question = (
        "A port spent EUR 50 million, EUR 20 million of it on cranes. How much went on the rest, "
        "and what share of the EUR 50 million is that?"
    )
    shares = [r for r in _requests(question, data) if r["operation"] == "share_of"]
    assert [s["whole"] for s in shares] == ["EUR 50 million"]
    assert len(shares) == 1
