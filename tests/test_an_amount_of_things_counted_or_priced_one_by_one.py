"""An amount asked of a set the question counts ("the 12 lamps") is stated only in a clause that
writes those things; an amount asked of one of a kind the sources count ("each bench" beside
"300 benches") is stated only where a clause says it is one's. A span of time is a period, not a
set of things. The wordings here are invented; none is a case of the evaluation sets."""

from __future__ import annotations

from assistant.answering.answerability import has_type
from assistant.answering.priced_things import counted_set, one_unpriced, set_unpriced


def _money(text: str) -> bool:
    return has_type(text, "money")


_BENCHES = "The council spent about $4 million on its 300 benches, and it also bought 12 lamps."


def test_a_set_the_question_counts_is_priced_only_in_a_clause_that_writes_it():
    asked = "What were the 12 lamps the council bought worth?"
    assert counted_set(asked) == ("12", "lamps")
    assert set_unpriced(asked, [_BENCHES], _money) == "the 12 lamps"
    priced = "The council paid $90,000 for the 12 lamps."
    assert set_unpriced(asked, [priced], _money) is None
    benches = "What were the 300 benches worth?"
    assert set_unpriced(benches, [_BENCHES], _money) is None


def test_a_span_of_time_is_a_period_not_a_set_of_things():
    assert counted_set("What did the council spend over the five years to 2020?") is None


def test_one_of_things_the_sources_count_is_not_priced_by_their_total():
    assert one_unpriced("What did each bench cost the council?", [_BENCHES], _money) == "bench"
    apiece = "The council bought 300 benches at $13,000 apiece."
    assert one_unpriced("What did each bench cost the council?", [apiece], _money) is None


def test_each_of_the_parts_of_a_list_asks_their_own_amounts_not_one_of_a_count():
    # "What was each part worth" asks the parts a list names; no statement counts parts.
    listed = "The pledge held training ($2 million) and spare parts ($3 million)."
    assert one_unpriced("What was each part of the pledge worth?", [listed], _money) is None


def test_a_source_after_per_is_no_thing_priced_one_by_one():
    # "per the Ledger" names where a figure is from: "the" counted nowhere is no thing.
    shares = "Dredging made up USD 2 billion, or 40 percent of the total."
    asked = "How much of the total went to dredging, in dollars, per the Ledger?"
    assert one_unpriced(asked, [shares], _money) is None


def test_a_set_that_acts_is_not_what_an_amount_is_of():
    # "the two ports" count who acts, not the things an amount or a length is of.
    assert counted_set("How long have the two ports been talking about a merger?") is None
    assert counted_set("What was the value of the 12 lamps?") == ("12", "lamps")


def test_a_deal_a_pledge_is_for_or_a_year_is_no_set_an_amount_is_of():
    assert counted_set("How much training did the yard pledge for the 12 lamps?") is None
    assert counted_set("What value did the 2024 harbour dues report give?") is None
