"""An open question about a thing it names (a deal, a firm, another country) is answered from
the sentences about that thing, found by any of its names, also the everyday ones ("the
refuelling-aircraft order" for the sentences on Airbus), and from the paragraphs where a source
tells of it, not from sentences that share the question's other words or name it in passing."""

from __future__ import annotations

import pytest
from cited import cited_text as _quotes

pytestmark = pytest.mark.slow


def test_a_deal_called_by_its_kind_of_aircraft_is_answered_from_the_sentences_on_it(assistant):
    answer = assistant.ask("What became of the offset package tied to the refuelling aircraft?")
    assert not answer.abstained
    quotes = _quotes(answer)
    # The sentences on the deal call it by its maker and its code, not by the question's words.
    assert "Airbus" in quotes and "implementation rate was only 92.6%" in quotes
    assert "T-50" not in quotes  # offsets in general are not what was asked about


def test_the_paragraph_that_tells_of_a_deal_comes_before_mentions_in_passing(assistant):
    answer = assistant.ask("Tell me the story of the stealth fighter buys and their offsets.")
    assert not answer.abstained
    quotes = _quotes(answer)
    assert "Lockheed Martin agreed to provide offset trade" in quotes
    assert "refused to transfer four core technologies" in quotes


def test_each_deal_an_open_question_names_gets_the_sentences_about_it(assistant):
    answer = assistant.ask(
        "Give me an overview of how the stealth fighter purchase and the refuelling aircraft "
        "purchase turned out for Korean suppliers."
    )
    assert not answer.abstained
    quotes = _quotes(answer)
    assert "Lockheed Martin" in quotes and "Airbus" in quotes
    assert "Poland" not in quotes  # a paragraph naming the fighters only as an example


def test_another_country_an_open_question_names_is_told_by_each_sentence_on_it(assistant):
    answer = assistant.ask("How has Turkey made use of banked offsets?")
    assert not answer.abstained
    quotes = _quotes(answer)
    # Each sentence on the country says something of its own, though only one shares the
    # question's other words.
    assert "leeway in fulfilling offset terms" in quotes
    assert "T-129 attack helicopters" in quotes


def test_a_country_named_by_its_adjective_is_answered_from_the_sentences_on_it(assistant):
    answer = assistant.ask("What could Seoul copy from the Taiwanese way of negotiating offsets?")
    assert not answer.abstained
    assert "Priority List" in _quotes(answer)


def test_a_country_named_only_in_passing_does_not_make_an_answer_about_it(assistant):
    # The sources name Japan only in a count of a report's pages: nothing of its offset rules.
    answer = assistant.ask("What offset terms does Japan impose when it imports weapons?")
    assert answer.abstained
