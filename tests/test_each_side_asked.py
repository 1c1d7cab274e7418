"""A question that asks one thing of two names of one kind, joined ("the levy in Peru and in
Chile") or the second put as a last part of its own ("what levy is charged there, and in
Chile?"), is answered for each name, as a comparison is; two names that merely meet in a
question ("Peru's accord with Chile") ask nothing of each. A side is owed each kind of figure
another side is given, a count written in words ("a dozen", "one or two") as much as in digits."""

from __future__ import annotations

import re

import pytest

from assistant.answering.compose import _OTHERS, _asks_each_joined, _figure_kinds


def _spans(question: str, *names: str) -> list[tuple[str, str, int, int]]:
    return [
        ("countries", name.lower(), m.start(), m.end())
        for name in names
        for m in re.finditer(name, question)
    ]


@pytest.mark.parametrize(
    "question",
    [
        "What levy do growers pay in Peru and in Chile?",
        "What levy do growers pay in Peru or Chile?",
        "Once Peru raised it, what levy do growers pay there, and in Chile?",
        "What did the levy come to in Peru, and what about Chile?",
    ],
)
def test_one_ask_of_two_joined_names_asks_it_of_each(question):
    assert _asks_each_joined(question, _spans(question, "Peru", "Chile"))


@pytest.mark.parametrize(
    "question",
    [
        "What levy did Peru agree with Chile?",
        "When Peru and the growers met, what levy was set?",
        "After Peru wrote to Chile, what levy did the growers pay in 2019?",
        "What levy does Peru charge?",
    ],
)
def test_names_that_only_meet_in_a_question_ask_nothing_of_each(question):
    assert not _asks_each_joined(question, _spans(question, "Peru", "Chile"))


@pytest.mark.slow
def test_a_threshold_asked_of_two_joined_countries_is_given_for_each(assistant):
    answer = assistant.ask("What is the offset threshold contract value in Türkiye and in Korea?")
    assert not answer.abstained
    assert "USD 5 million" in answer.answer
    assert "USD 10 million" in answer.answer


@pytest.mark.slow
def test_a_body_asked_by_its_unit_is_named(assistant):
    answer = assistant.ask("What unit runs the banking of offsets at DAPA?")
    assert not answer.abstained
    assert "Offset Division" in answer.answer


@pytest.mark.parametrize(
    ("statement", "counts"),
    [
        ("The guild has a dozen or so inspectors on its books.", True),
        ("Only one or two clerks at the port handle the levy.", True),
        ("The board has eleven members.", True),
        # One picked out of several counts nothing.
        ("One of the growers objected to the levy.", False),
        ("The levy is one step in a longer plan.", False),
    ],
)
def test_a_count_written_in_words_is_a_count_each_side_is_owed(statement, counts):
    # "How many on each side?": a side told "a dozen" has its count; the other side's "one or
    # two" is the count it is owed, not a statement that names it and counts nothing.
    assert ("count" in _figure_kinds(statement)) is counts


@pytest.mark.slow
def test_staff_counted_in_words_are_given_for_each_body(assistant):
    answer = assistant.ask("How many people work on offsets at DAPA and at MOTIE, each?")
    assert not answer.abstained
    assert "dozen" in answer.answer
    assert "one or two" in answer.answer


@pytest.mark.parametrize(
    ("question", "others"),
    [
        ("How does the levy stack up against what European countries charge?", True),
        ("Is the toll higher than Asian buyers pay?", True),
        ("How does the levy compare with other nations' tolls?", True),
        # A region named as the place itself is no group of others.
        ("How does the European levy compare with the toll?", False),
    ],
)
def test_others_named_by_their_region_are_a_side_of_their_own(question, others):
    assert bool(_OTHERS.search(question)) is others


@pytest.mark.slow
def test_a_comparison_with_a_region_s_countries_tells_their_practice(assistant):
    answer = assistant.ask("How does the offset rate Korea sets measure up to European nations?")
    assert not answer.abstained
    assert "100" in answer.answer
