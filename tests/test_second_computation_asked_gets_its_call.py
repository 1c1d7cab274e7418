"""A question that asks two computations gets both worked out, each its own calculator request
read as its own clause says: a share named with its part after "what is" ("the exact FMS
share"), or asked by "recompute", beside the remainder; a named category's share of the whole a
broken-down measure has, beside an average of that whole; the parts named by the labels their
rows carry, added and set against the headline, without the word "offsets"; each delivery
category named, and their total. A share the sources state, asked plainly, stays a fact of the
sources, and a figure is never set against itself."""

from __future__ import annotations

from decimal import Decimal

from routed import requests_of as _requests
from routed import results_of as _results

from assistant.answering.reading import names_its_readings, only_reads
from assistant.answering.routing import route

# ------------------------------------------- a remainder and the part's exact share


def test_the_rest_and_the_parts_exact_share_are_both_worked_out(data):
    requests = _requests(
        "For 2011-2022 US weapons buys in won: what total was bought outside FMS, and what is "
        "the precise FMS share, to one decimal?",
        data,
    )
    kinds = [r["operation"] for r in requests]
    assert kinds == ["evaluate", "share_of"]
    assert requests[1]["part"] == "KRW 25 trillion"


def test_recompute_asks_for_the_share_worked_out_again(data):
    results = _results(
        "Please recompute the FMS proportion of 2011-2022 American arms purchases, and give "
        "the amount bought other than through FMS.",
        data,
    )
    assert Decimal("8800000000000") in results
    assert any(abs(r - Decimal("0.7396")) < Decimal("0.0001") for r in results)


def test_a_share_the_sources_state_asked_plainly_is_no_calculation(data):
    assert route("What was the FMS share of Korea's 2011-2022 US arms purchases?", data) is None


# --------------------------- a named part's share of the whole of a broken-down measure


def test_a_named_types_exact_share_of_the_period_whole(data):
    requests = _requests("Of the 1983-2022 offset value, what is the exact equipment share?", data)
    assert requests == [
        {"operation": "share_of", "part": "USD 5.36 billion", "whole": "USD 23.2 billion"}
    ]


def test_an_average_then_a_share_of_the_total_sets_no_figure_against_itself(data):
    requests = _requests(
        "The 1983-2022 offset value: spread over 40 years, what is the average per year, and "
        "what exact share of the total came from parts? Average in USD millions, share to one "
        "decimal.",
        data,
    )
    assert [r["operation"] for r in requests] == ["evaluate", "share_of"]
    assert requests[1]["part"] == "USD 7.14 billion"
    assert requests[1]["places"] == 1
    assert all(r.get("old") is None or r["old"] != r.get("new") for r in requests)


def test_a_sentence_naming_each_result_with_its_reading_asks_nothing():
    assert names_its_readings("Mean in USD millions, share to one decimal.")
    assert only_reads("Total in billions, gap to two decimals.")
    assert not names_its_readings("What is the share to two decimals?")


# ------------------------------------------ parts named by their rows' labels, added up


def test_parts_named_by_their_labels_are_added_and_set_against_the_headline(data):
    results = _results(
        "Sum KIET's 1983-2022 values for technology, parts and equipment; how far short of the "
        "USD 23.2 billion headline does that fall?",
        data,
    )
    assert results == [Decimal("23170000000"), Decimal("30000000")]


# ------------------------------------------ each delivered category, and their total


def test_each_category_delivered_and_the_total_get_their_own_request(data):
    requests = _requests(
        "Using the 2022 rates, how many dollars of the KC-X pledge were delivered for SME "
        "exports and for military support, and how much altogether?",
        data,
    )
    assert [r.get("category") for r in requests] == ["SME exports", "military support", None]


def test_a_programs_listed_items_are_added_without_the_word_offsets(data):
    requests = _requests("Add up the KC-X tanker deal's three listed items. Whole millions.", data)
    assert [r["operation"] for r in requests] == ["evaluate"]
    assert requests[0]["expression"].count("+") == 2


def test_a_programs_parts_asked_without_its_pieces_named_are_no_sum(data):
    assert route("What did the F-35A's parts cost in total?", data) is None


# ------------------------------- a contract's margin to the trigger, then grown by an add-on


def test_an_amount_bundled_into_the_same_contract_is_added_then_checked(data):
    requests = _requests(
        "A non-competitive order of USD 8 million: does it reach Korea's offset trigger? And "
        "if the seller folds USD 4 million of training into the same contract, what offset "
        "is owed?",
        data,
    )
    assert {"operation": "evaluate", "expression": "USD 8 million + USD 4 million"} in requests
    grown = [r for r in requests if r.get("amount") == "USD 12,000,000"]
    assert grown and grown[0]["operation"] == "offset_obligation"


def test_missing_or_clearing_the_trigger_asks_the_margin(data):
    found = route(
        "Would a competitive USD 9 million buy trigger an offset, and by how much does it miss "
        "the trigger?",
        data,
    )
    assert found is not None and found.below


# --------------------------------------------- readings per currency, a topic's pronoun


def test_each_currency_is_read_as_its_own_clause_says(data):
    requests = _requests(
        "For the F-35A buy as the Asia Business Daily tells it: add up the offset items in "
        "dollars, and work out the cost per jet in won. Dollars in billions to one decimal, "
        "won in billions to two decimals.",
        data,
    )
    per_jet = [r for r in requests if r.get("expression") == "KRW 7.77 trillion / 40"]
    assert per_jet and (per_jet[0]["places"], per_jet[0]["scale"]) == (2, "billion")
    summed = [r for r in requests if "+" in r.get("expression", "")]
    assert summed and (summed[0]["places"], summed[0]["scale"]) == (1, "billion")


def test_a_portion_asked_as_an_amount_is_no_share(data):
    assert route("What was the SME exports portion of the KC-X pledge worth?", data) is None


# ------------------------------------------- the source named, not the one it cites


def test_a_publication_that_cites_another_is_the_source_of_its_figures():
    from assistant.answering.attribution import attributed

    called = {"gazette": ("Harbour Gazette", "Gazette"), "institute": ("NRI",)}
    found = attributed(
        "The Gazette cites NRI counts for two years: by what share did they fall?", called
    )
    assert found is not None and found.sources == ("gazette",)
