"""A year a question writes otherwise than "in 2021" is still the year it asks of: written into
a word of time ("mid-2023", "pre-2024"), counted off from another year in words ("the two years
following 2020"), or naming the report a story covers. A year the sources give nothing for is
still refused.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "question",
    [
        "Which assemblyman headed the mid-2023 effort to strengthen the offset law?",
        "Which legislator spearheaded the pre-2024 drive to reinforce offset trade by statute?",
    ],
)
def test_a_year_written_into_a_word_of_time_finds_the_sentence_of_that_year(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert "Sul Hoon" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which assemblyman headed the mid-2021 effort to strengthen the offset law?",
        "Which Korean lawmaker pushed in 2021 for a stronger offset law?",
    ],
)
def test_a_year_the_sources_say_nothing_of_is_refused(assistant, question):
    assert assistant.ask(question).abstained


def test_a_stretch_counted_off_a_year_in_words_is_answered_by_those_years(assistant):
    answer = assistant.ask(
        "How much offset value did the defense community gain over the two years following 2020?"
    )
    assert not answer.abstained
    assert "USD 270 million" in answer.answer
    refused = assistant.ask(
        "How much offset value did the defense community gain over the two years following 2017?"
    )
    assert refused.abstained


def test_a_figure_in_a_paragraph_about_one_deal_is_that_deals_figure_for_its_year(assistant):
    # The rate's sentence names no program: the paragraph named the deal two sentences before.
    asked = "What percentage of the F-35A SME export promise had been carried out in {}?"
    answer = assistant.ask(asked.format(2022))
    assert not answer.abstained
    assert "23.4%" in answer.answer
    assert assistant.ask(asked.format(2020)).abstained
