"""Every operand of a calculation is either stated by the question or stated by the sources for
the very thing, day or kind the question asks about; a missing one is named, never filled with a
figure nearby.

* An exchange rate named by a day, an event or the present is a rate the sources must state for
  that day: the rates the sources imply belong to their own reports. A conversion that names no
  rate, or asks for the sources' own rate, still uses it (and says so).
* A total stated for a later batch of a program is not divided by the count of the buy the
  program's rows hold."""

from __future__ import annotations

import pytest
from routed import routed

from assistant.answering.operands import missing_operand

# ------------------------------------------------------------ a rate of a day


@pytest.mark.parametrize(
    "question",
    [
        "A sole-source buy of KRW 18 billion: what offset is owed in dollars at today's "
        "exchange rate?",
        "Convert KRW 9 billion into US dollars at the current won-dollar rate.",
        "At the exchange rate on the day the new procurement law took effect, what is "
        "KRW 6 billion in dollars?",
        "What is KRW 12 billion in dollars at the rate when the tanker contract was signed?",
        "Put KRW 2.5 billion into dollars at the exchange rate on 14 March.",
        "The ministry bought USD 6 million of parts in 2009. What was that in won at that "
        "year's exchange rate?",
        "What is KRW 4 billion in dollars at the 1998 exchange rate?",
    ],
)
def test_a_rate_named_by_a_day_is_missing_not_the_sources_implied_rate(question, data):
    why = missing_operand(question, routed(question, data).requests, data)
    assert why is not None
    assert why.startswith("The sources state no exchange rate for the time asked")


@pytest.mark.parametrize(
    "question",
    [
        "What is KRW 12 billion in dollars?",
        "Convert KRW 5 billion to dollars at the rate the NTE implies.",
        "What is KRW 12 billion in dollars at 1,380 won per dollar?",
        "A sole-source buy of KRW 18 billion: what offset is owed in dollars?",
        # Beside an offset rule, "the current rate" may be the offset's share, not a day's rate.
        "What offset in dollars does a KRW 26 billion competitive deal carry at the current rate?",
        "What offset in dollars does a KRW 26 billion competitive deal carry under the current "
        "offset rates?",
    ],
)
def test_a_conversion_at_a_stated_or_the_sources_rate_goes_ahead(question, data):
    assert missing_operand(question, routed(question, data).requests, data) is None


def test_a_rate_named_by_the_year_of_a_report_that_implies_one_is_that_reports(data):
    question = "What is KRW 4 billion in dollars at the 2025 exchange rate?"
    assert missing_operand(question, routed(question, data).requests, data) is None


def test_a_rate_of_a_day_given_in_figures_is_the_questions_own(data):
    question = (
        "On the day of signing the dollar bought 1,410 won. What is KRW 7 billion in dollars?"
    )
    assert missing_operand(question, routed(question, data).requests, data) is None


def test_a_day_named_asks_the_sources_and_the_answer_abstains_naming_the_rate(assistant):
    answer = assistant.ask(
        "A competitive contract of KRW 40 billion: convert it at the spot rate on the day the "
        "contract was awarded and give the offset in dollars."
    )
    assert answer.abstained
    assert "no exchange rate for the time asked" in answer.answer
    assert not answer.tool_calls


# ------------------------------------------------------------ a later batch


def test_a_later_batch_s_total_is_not_divided_by_the_first_buy_s_count(assistant):
    answer = assistant.ask(
        "DAPA's second F-35 phase is reported at KRW 4 trillion. How much does that work out "
        "to per jet?"
    )
    assert not answer.tool_calls
    assert "100,000,000,000" not in answer.answer and "100 billion" not in answer.answer
