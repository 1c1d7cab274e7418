"""A question of manner ("how do ... cover the cost") asks how something is done, whatever money
it names; "how much" and "how many" still ask for a figure."""

from __future__ import annotations

import pytest

from assistant.answering.frame import answer_type


@pytest.mark.parametrize(
    "question",
    [
        "How do Peruvian exporters cover the cost of the port levy?",
        "How did the Chilean navy pay for its new tugs?",
        "How are the harbour dues financed in Valparaiso?",
    ],
)
def test_a_question_of_manner_does_not_ask_for_an_amount(question):
    assert answer_type(question) == "other"


@pytest.mark.parametrize(
    "question, kind",
    [
        ("How much did the Chilean navy pay for its new tugs?", "money"),
        ("What did the Chilean navy pay for its new tugs?", "money"),
        ("How many tugs did the Chilean navy buy?", "count"),
    ],
)
def test_a_question_of_degree_still_asks_for_a_figure(question, kind):
    assert answer_type(question) == kind
