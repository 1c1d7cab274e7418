"""Every operand of a calculation is either stated by the question or stated by the sources for
the very thing, day or kind the question asks about; a missing one is named, never filled with a
figure nearby.

* An exchange rate named by a day, an event or the present is a rate the sources must state for
  that day: the rates the sources imply belong to their own reports. A conversion that names no
  rate, or asks for the sources' own rate, still uses it (and says so).
* A contract kind the rules exempt and fix no share for has no percentage, even when the question
  supposes it cleared for offsets case by case.
* An amount per item needs the number of those items (or the amount per one) too."""

from __future__ import annotations

import pytest
from routed import routed

from assistant.answering.operands import item_asked, missing_operand, uncounted_item

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


# ------------------------------------------------------------ a kind with no fixed share


@pytest.mark.parametrize(
    "question",
    [
        "A USD 90 million FMS purchase is approved for offsets by the steering committee. "
        "What offset follows?",
        "Korea signs a USD 50 million competitive contract and a USD 200 million FMS case the "
        "committee later authorizes for an offset. What is the total offset?",
    ],
)
def test_a_case_cleared_for_offsets_of_a_kind_with_no_fixed_share_has_no_percentage(question, data):
    why = missing_operand(question, routed(question, data).requests, data)
    assert why is not None
    assert "no offset percentage for an FMS case cleared for offsets" in why


@pytest.mark.parametrize(
    "question",
    [
        "Korea signs a USD 50 million competitive contract and a USD 200 million FMS case. "
        "Under the rule that exempts FMS, what is the total offset?",
        "What offset does a USD 40 million competitive contract require?",
    ],
)
def test_an_exempt_kind_not_supposed_cleared_is_worked_out_under_the_rule(question, data):
    assert missing_operand(question, routed(question, data).requests, data) is None


# ------------------------------------------------------------ an amount per item


@pytest.mark.parametrize(
    ("question", "item"),
    [
        (
            "The navy's frigate program costs KRW 3 trillion. What does that come to per ship?",
            "ship",
        ),
        ("How much is the package worth apiece?", "unit"),
        ("What is the unit cost of the helicopters?", "unit"),
        ("How much did Korea get in offsets per year over 2016-2020?", None),
        ("What minimum offset share per contract does the rule set?", None),
        ("How many tankers were bought per order?", None),
        # "each" asks the parts' own figures, or is who does something: no amount per item.
        ("What did the package hold, and how much was each part worth?", None),
        ("Two ministries cite the audit: how does each express the amount?", None),
        ("According to the ministry, what is the value per ship?", "ship"),
        ("Per the ministry, how much was spent on the frigates?", None),
    ],
)
def test_the_item_an_amount_is_asked_per(question, item):
    assert item_asked(question) == item


def test_an_amount_per_item_with_no_count_of_the_items_is_not_given():
    question = (
        "The later submarine batch is put at KRW 3 trillion. What does that come to per boat?"
    )
    said = ["The navy will spend KRW 3 trillion on the later submarine batch."]
    why = uncounted_item(question, said)
    assert why is not None and "no figure per boat" in why


@pytest.mark.parametrize(
    "said",
    [
        "The navy will spend KRW 3 trillion on six boats of the later batch.",
        "The later batch costs about KRW 500 billion per boat.",
        "Each boat of the later batch costs about KRW 500 billion.",
    ],
)
def test_an_amount_per_item_is_given_when_the_items_are_counted_or_priced_each(said):
    question = (
        "The later submarine batch is put at KRW 3 trillion. What does that come to per boat?"
    )
    assert uncounted_item(question, [said]) is None


def test_an_amount_per_aircraft_of_a_batch_never_counted_abstains(assistant):
    answer = assistant.ask(
        "DAPA's second F-35 phase is reported at KRW 4 trillion. How much does that work out "
        "to per jet?"
    )
    assert answer.abstained
    assert not answer.tool_calls
