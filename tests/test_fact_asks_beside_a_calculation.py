"""A question that asks for a fact of the sources beside a calculation gets both: the calculator
works out its asks, the sources answer the others (each quote cited), and an ask the sources do
not answer is said to be unanswered, never dropped in silence. An ask that leans on another's
result, or names a result to work out, is the calculation's, not a fact to look up."""

from __future__ import annotations

import pytest

from assistant.answering.routing import fact_asks, route

# -- which asks are for the sources ----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        (
            "In what year did DAPA come into being, and what offset would a USD 30 million "
            "competitive contract owe?",
            ["In what year did DAPA come into being"],
        ),
        (
            "Who built the KC-X tankers, and what is USD 40 million in won at 1,400 won per dollar?",
            ["Who built the KC-X tankers"],
        ),
    ],
)
def test_an_ask_opening_with_a_question_word_and_stating_no_figure_is_the_sources(
    data, question, facts
):
    assert fact_asks(question, data) == facts


@pytest.mark.parametrize(
    "question",
    [
        # Each ask names a result to work out or states a figure.
        "What is 60% of USD 20 million, and what share of USD 50 million is that?",
        # A pronoun leans on the other ask's result.
        "What is 60% of USD 20 million, and when would it be paid?",
        # How much, how many: a count or an amount, perhaps the calculation's.
        "How many tankers were bought, and what is 10% of USD 5 million?",
        # One ask only.
        "When did DAPA come into being?",
        # A size asked bare or after a preposition is the size the calculation works out.
        "Would a USD 12 million competitive deal signed in 2024 need an offset, and for how much?",
        "Under the 1990 rules, does an USD 8 million purchase owe an offset, and how large?",
        "Would a USD 25 million sole-source contract need offsets, and how big?",
    ],
)
def test_asks_for_results_or_leaning_on_another_are_not_looked_up_as_facts(data, question):
    assert fact_asks(question, data) == []


def test_a_calculation_beside_a_fact_ask_is_worked_out_not_handed_to_the_sources(data):
    found = route(
        "In what year did DAPA come into being, and what offset would a USD 30 million "
        "competitive contract owe?",
        data,
    )
    assert found is not None
    assert [r.operation for r in found.requests] == ["offset_obligation"]


def test_an_ask_on_a_fact_the_other_ask_names_leaves_the_question_to_the_sources(data):
    # "that" is the fact the first ask looks up: there is nothing to work out without it.
    assert route("Who signed the KC-X deal, and what is 5% of that?", data) is None


# -- the answer joins both -------------------------------------------------------------------


@pytest.mark.slow
def test_the_fact_asked_beside_a_calculation_is_answered_and_cited(assistant):
    answer = assistant.ask(
        "In what year did DAPA come into being, and what offset would a USD 30 million "
        "competitive contract owe?"
    )
    assert not answer.abstained
    assert answer.tool_calls
    assert "USD 15,000,000" in answer.answer
    assert "2006" in answer.answer
    quotes = " ".join(c.quote for c in answer.citations)
    assert "2006" in quotes
    markers = [c.marker for c in answer.citations]
    assert markers == list(range(1, len(markers) + 1))


@pytest.mark.slow
def test_a_date_asked_before_a_share_is_answered_beside_it(assistant):
    answer = assistant.ask(
        "Since when have the KC-X tankers been arriving, and what percent of USD 662.6 million "
        "is USD 84.3 million?"
    )
    assert answer.tool_calls
    assert "12.72%" in answer.answer
    assert "November 2018" in answer.answer


@pytest.mark.slow
def test_a_fact_ask_the_sources_do_not_answer_is_said_to_be_unanswered(assistant):
    answer = assistant.ask(
        "When will the 2027 trade estimate report be published, and what is 10% of USD 5 million?"
    )
    assert "USD 500,000" in answer.answer
    assert "do not answer this part" in answer.answer


def test_a_fact_ask_opening_with_a_preposition_is_still_the_sources(data):
    # Only a size after the preposition is the calculation's: a date or a name is not.
    assert fact_asks(
        "Would a USD 12 million competitive deal need an offset, and since when has that "
        "threshold applied?",
        data,
    ) == ["since when has that threshold applied"]
