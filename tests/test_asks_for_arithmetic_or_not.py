"""What in a question's wording asks the calculator for arithmetic on figures the sources give, and
what only asks what the sources state (a breakdown, what a report cited)."""

from __future__ import annotations

import pytest

from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _results(question, data):
    found = route(question, data)
    assert found is not None, question
    return [calculate(r, data) for r in found.requests]


# -- a split between a package's own categories is its breakdown, not a share per unit -----------


@pytest.mark.parametrize(
    "question",
    [
        "How was the F-35A offset package divided among satellites, KF-X technology and SME exports?",
        "Airbus's tanker offsets: how were they shared between technology transfer and military support?",
        "How is the KC-X package spread across SME exports, technology transfer and military support?",
    ],
)
def test_a_split_between_categories_asks_the_breakdown_the_sources_state(question, data):
    assert route(question, data) is None


def test_a_package_spread_over_what_was_bought_is_still_shared_out_per_unit(data):
    (result,) = _results(
        "If the KC-X offset package were spread evenly across the tankers, what would each get?",
        data,
    )
    assert result.display == "USD 165,650,000"


# -- a year that dates a document is not the year a rule is asked of ---------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What offset threshold did the 2025 NTE report give?",
        "Which threshold for offsets did the 2025 trade barrier report mention, in dollars?",
        "In the 2023 KIET study, what offset threshold is cited?",
    ],
)
def test_a_year_naming_a_report_asks_what_the_report_says(question, data):
    assert route(question, data) is None


def test_the_rule_of_a_year_is_still_worked_out_beside_a_dated_report(data):
    found = route("In its 2023 study, what offset threshold did KIET mention for 2010?", data)
    assert found is not None
    assert [(r.operation, r.year) for r in found.requests] == [("offset_rule", 2010)]


# -- the rest of a whole once a part bought some way is left out -------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Between 2011 and 2022, what value of US weapons did Korea buy that was not procured via FMS?",
        "For 2011-2022, how much of Korea's American arms spending was not contracted under FMS?",
    ],
)
def test_a_part_left_out_with_a_verb_of_buying_leaves_the_rest(question, data):
    (rest,) = _results(question, data)
    assert rest.display == "KRW 8,800,000,000,000"


def test_each_result_is_rounded_as_its_own_clause_says(data):
    found = route(
        "How much of the 2011-2022 US arms buys did not go through FMS, and what share is that? "
        "Give the won figure to two decimals in trillions and the share to a whole percent.",
        data,
    )
    assert found is not None
    assert [(r.operation, r.places) for r in found.requests] == [("evaluate", 2), ("share_of", 0)]


# -- a share asked more finely than the sources round it is worked out -------------------------------


@pytest.mark.parametrize(
    ("question", "part", "whole"),
    [
        (
            "What exact share of the 2016-2020 weapon imports were the offsets obtained, in won?",
            "KRW 1 trillion",
            "KRW 13.6 trillion",
        ),
        (
            "Precisely what percentage of 2016-2020 arms imports were offsets, in dollar terms?",
            "USD 800 million",
            "USD 10 billion",
        ),
    ],
)
def test_an_exact_share_of_period_figures_is_worked_out(question, part, whole, data):
    found = route(question, data)
    assert found is not None
    assert [(r.operation, r.part, r.whole) for r in found.requests] == [("share_of", part, whole)]


def test_asking_what_exactly_a_source_said_is_no_calculation(data):
    question = "What exactly did KIET say was the percentage of 2016-2020 imports taken as offsets?"
    assert route(question, data) is None


# -- counts the sources give, added, and one's share of the sum --------------------------------------


def test_counts_named_together_are_added(data):
    (total,) = _results("How many pages did the NTE devote to China and Japan combined?", data)
    assert total.result == "59"


@pytest.mark.parametrize(
    ("question", "added", "part"),
    [
        (
            "Summing the pages on the EU and Korea, what fraction of that sum went to the EU?",
            "35 + 7",
            "35",
        ),
        (
            "Taking China's, Japan's and Korea's pages together, what is Japan's percentage of all?",
            "48 + 11 + 7",
            "11",
        ),
    ],
)
def test_one_counts_share_of_the_sum_is_the_one_its_words_name(question, added, part, data):
    found = route(question, data)
    assert found is not None
    total, share = found.requests
    assert total.expression == added
    assert (share.operation, share.part) == ("share_of", part)


# -- parts added and set against their whole: no delivery shortfall ---------------------------------


def test_parts_summed_and_set_short_of_the_whole_are_not_a_delivery_shortfall(data):
    found = route(
        "Sum the three items of the tanker offset package: how far short of its stated total "
        "does the sum fall?",
        data,
    )
    assert found is not None
    assert "implemented" not in {r.operation for r in found.requests}
    assert [r.display for r in _results_of(found, data)] == ["USD 626,900,000", "USD 35,700,000"]


def test_how_much_of_a_pledge_is_outstanding_is_still_a_delivery_shortfall(data):
    found = route("How much of the KC-X SME export pledge is still outstanding?", data)
    assert found is not None
    assert found.requests[0].operation == "implemented"


# -- a total asked of the whole, with parts named in another ask -------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What was the KC-X package's total offset pledge, and what delivery rates did its SME "
        "export and technology transfer items reach?",
        "Give Airbus's total tanker offset commitment; how far did the military support and "
        "SME export items get by 2022?",
    ],
)
def test_a_total_asked_beside_parts_asked_of_their_progress_is_the_sources_total(question, data):
    assert route(question, data) is None


def test_a_total_of_the_parts_named_in_its_own_clause_is_their_sum(data):
    (total,) = _results(
        "What do the KC-X technology transfer and SME export pledges come to in total?", data
    )
    assert total.display == "USD 620,600,000"


def _results_of(found, data):
    return [calculate(r, data) for r in found.requests]
