"""A question that states its own amounts and asks only a measure between them (a share, a percent
change, a ratio, a spread) is worked out as that measure: naming an offset or a deal does not put
a contract to the offset rule unless the rule's own words ask it ("required", "the threshold",
"must"). The sources' own counts are measured the same way: one economy's pages as a percentage of
another's, the whole being the one named after "percentage of", and a count against "the year
before" (the year before the present when no year is written before it)."""

from __future__ import annotations

import pytest

from assistant.answering.frame import relative_years
from assistant.answering.measures_asked import measure_only
from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _operations(question, data):
    found = route(question, data)
    assert found is not None, question
    return [r.operation for r in found.requests]


def _displays(question, data):
    found = route(question, data)
    assert found is not None, question
    return [calculate(r, data).display for r in found.requests]


# ------------------------------------------ a measure between the question's own amounts


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "Made-up case: a ferry deal of EUR 90 million came with EUR 27 million of offsets. "
            "What percentage of the deal is that?",
            "30%",
        ),
        (
            "Suppose a buyer's offset credits dropped from USD 50 million to USD 40 million. "
            "What is the percentage decrease?",
            "−20%",
        ),
    ],
)
def test_a_measure_of_amounts_named_as_offsets_is_no_obligation(question, shown, data):
    assert "offset_obligation" not in _operations(question, data)
    assert shown in _displays(question, data)


def test_a_list_of_offset_parts_and_their_spread_puts_no_part_to_the_rule(data):
    question = (
        "A fictional package has three offset parts: USD 8 million, USD 30 million and "
        "USD 5 million. What is the spread between the largest and the smallest?"
    )
    assert "offset_obligation" not in _operations(question, data)
    assert "USD 25,000,000" in _displays(question, data)


@pytest.mark.parametrize(
    "question",
    [
        "A USD 40 million competitive deal offers USD 12 million of offsets: what percent of the "
        "deal is that, and does it meet the floor?",
        "What share of a USD 20 million contract must be offset under the rule?",
        "A USD 30 million sole-sourced deal: how many times the threshold is it?",
    ],
)
def test_the_rules_own_words_still_ask_the_rule(question):
    assert not measure_only(question)


# -------------------------------------------------------------------- the sources' own counts


@pytest.mark.parametrize(
    "question",
    [
        "The report's pages on Japan make up what percentage of its pages on China?",
        "What percentage of China's pages in the report do Japan's pages come to?",
    ],
)
def test_one_economys_pages_as_a_share_of_anothers(question, data):
    (shown,) = _displays(question, data)
    assert shown == "22.92%"  # 11 pages of 48


def test_the_year_before_counts_from_the_present_unless_a_year_is_written_before_it():
    assert relative_years("up on the year before?", 2030) == (2029,)
    assert relative_years("a year earlier than now", 2030) == (2029,)
    assert relative_years("In 2012, and the year before?", 2030) == ()


# ------------------------------------------- two categories of one period's breakdown set apart


def test_two_categories_of_a_periods_breakdown_are_set_apart(data):
    found = route(
        "Across 1983-2022, how much more came from equipment acquisition than from parts "
        "manufacturing and exports? Or the reverse?",
        data,
    )
    assert found is not None
    assert [calculate(r, data).display for r in found.requests] == ["USD 1,780,000,000"]
    assert set(found.cites) == {"value-1983-2022-parts", "value-1983-2022-equipment"}


def test_one_shared_word_names_no_category(data):
    found = route("How much more did exports bring in than weapons over 1983-2022?", data)
    assert found is None or not {"value-1983-2022-parts", "value-1983-2022-technology"} <= set(
        found.cites
    )


# ------------------------------------------- a share's change relative to where it started


def test_a_countrys_share_change_relative_to_its_old_share(data):
    found = route("In relative terms, how much did Türkiye lift its required offset share?", data)
    assert found is not None
    (request,) = found.requests
    assert request.operation == "percent_change"
    assert calculate(request, data).display == "40%"


def test_the_home_share_a_years_rule_set_is_measured_against_the_one_before(data):
    found = route("By what percent did the 1986 rule change Korea's offset requirement?", data)
    assert found is not None
    assert [calculate(r, data).display for r in found.requests] == ["−40%"]
    assert "policy-1986-share" in found.cites


def test_a_change_in_points_stays_a_gap_in_points(data):
    found = route("By how many percentage points did Türkiye lift its required offset?", data)
    assert found is not None
    assert [r.operation for r in found.requests] == ["evaluate"]


# ------------------------------------------- a part named, then taken out of its whole


@pytest.mark.parametrize(
    "question",
    [
        "For 2011 to 2022, once the FMS purchases are subtracted, what is left of US arms bought?",
        "US weapons bought in 2011-2022 with FMS contracts set aside: what remains?",
    ],
)
def test_a_part_named_before_the_words_that_take_it_out_leaves_the_rest(question, data):
    found = route(question, data)
    assert found is not None
    assert "KRW 8,800,000,000,000" in [calculate(r, data).display for r in found.requests]


# ------------------------------------------- a division named is a share worked out


def test_a_division_named_works_the_share_out_and_a_plain_ask_reads_the_stated_one(data):
    worked = route(
        "Dividing 2016-2020 offsets by weapons imports for that period, in won, gives what "
        "percentage?",
        data,
    )
    assert worked is not None
    assert [r.operation for r in worked.requests] == ["share_of"]
    stated = route("What percentage of 2016-2020 weapons imports did offsets make up?", data)
    assert stated is None or all(r.operation != "share_of" for r in stated.requests)


# ------------------------------------------- a package shared over the program's own units


def test_the_programs_own_count_restated_still_shares_the_package_out(data):
    found = route(
        "Shared across the 40 F-35A jets, what does the satellite offset come to per jet?", data
    )
    assert found is not None
    assert [calculate(r, data).display for r in found.requests] == ["USD 52,500,000"]


def test_a_unit_dated_by_its_delivery_asks_per_unit_not_progress(data):
    found = route("What is the KC-X offset package worth per tanker delivered?", data)
    assert found is not None
    assert [calculate(r, data).display for r in found.requests] == ["USD 165,650,000"]


# ------------------------------------------- a part's own count restated as what is taken out


def test_a_parts_count_restated_as_taken_out_leaves_the_rest_of_the_whole(data):
    found = route(
        "The programs DAPA says are offset-eligible for 2023-2024: with the 46 non-competitive "
        "ones taken out, how many are left?",
        data,
    )
    assert found is not None
    assert [calculate(r, data).display for r in found.requests] == ["13"]


def test_a_parts_count_restated_as_its_own_members_is_not_the_rest(data):
    found = route("Of the 46 non-competitive offset-eligible programs, how many are FMS?", data)
    assert found is None or "13" not in [calculate(r, data).display for r in found.requests]


def test_a_share_set_against_the_rates_of_contract_types_asks_the_rule():
    assert not measure_only(
        "A EUR 8 million offset on a EUR 32 million deal: what percentage is that, and which "
        "contract type's rate does it match?"
    )
