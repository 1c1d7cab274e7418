"""Arithmetic that sets one program's figure against another program's: each program's figure
is read from its own words (an offset category it pledged, its whole pledge, or the value of a
contract the sources give no pledge for), then worked on as asked, both inputs cited."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.program_pairs import two_program_figures
from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _results(question, data):
    found = route(question, data)
    assert found is not None, question
    return [Decimal(calculate(request, data).result) for request in found.requests]


def _ids(question, data):
    found = two_program_figures(question, data)
    return None if found is None else [[row.id for row in figure.rows] for figure in found]


def test_each_program_s_figure_is_read_from_its_own_words(data):
    assert _ids(
        "Was the A330 deal's SME export promise bigger than the satellites Lockheed offered?", data
    ) == [["kcx-commitment-sme"], ["f35-commitment-satellites"]]


def test_a_program_named_with_no_category_is_its_whole_pledge(data):
    assert _ids(
        "How far did Lockheed's tech transfer promise outrun all that the tanker maker pledged?",
        data,
    ) == [["f35-commitment-kfx"], ["kcx-commitment-total"]]


def test_a_pronoun_for_the_other_category_names_the_same_category(data):
    assert _ids(
        "Was the tanker supplier's SME export offer larger than the stealth jet maker's one?", data
    ) == [["kcx-commitment-sme"], ["f35-commitment-sme"]]


def test_a_phase_is_told_by_a_year_only_its_rows_carry(data):
    assert _ids(
        "In won, how much did the first F-35 acquisition cost beyond the F-35 buy of 2023?", data
    ) == [["f35-value"], ["f35-2-value"]]


def test_one_program_named_twice_is_no_pair(data):
    assert _ids("Is Airbus's KC-X tech transfer promise larger than its SME one?", data) is None


def test_the_whole_of_a_share_is_the_figure_named_after_percentage_of(data):
    (share,) = _results(
        "Lockheed's SME export promise is what percentage of the tanker supplier's full package?",
        data,
    )
    assert share.quantize(Decimal("0.0001")) == Decimal("0.4528")
    (share,) = _results(
        "What percentage of the A330 package's military support is Lockheed's SME export offer?",
        data,
    )
    assert share.quantize(Decimal("0.01")) == Decimal("47.62")


def test_a_gap_is_the_larger_less_the_smaller_and_a_multiple_the_larger_over_it(data):
    assert _results(
        "By how much did Lockheed's satellite offer exceed the A330 SME export promise?", data
    ) == [Decimal("1563700000")]
    (times,) = _results(
        "How many times the tanker maker's tech transfer offer was Lockheed's satellite one?",
        data,
    )
    assert times.quantize(Decimal("0.01")) == Decimal("24.91")


def test_a_percentage_above_is_measured_from_the_figure_after_than(data):
    found = route(
        "In percent, how much larger was the A330 SME export promise than Lockheed's SME one?",
        data,
    )
    assert found is not None
    (change,) = found.requests
    assert (change.operation, change.old, change.new) == (
        "percent_change",
        "USD 300 million",
        "USD 536.3 million",
    )


def test_two_programs_figures_are_added_when_asked_together(data):
    assert _results(
        "Between them, what did the tanker supplier's military support and Lockheed's SME "
        "export offers come to?",
        data,
    ) == [Decimal("306300000")]


def test_a_question_with_amounts_of_its_own_is_no_pair_of_the_sources(data):
    found = route(
        "If Lockheed had offered USD 500 million of SME exports, how much more than the A330 "
        "SME export promise would that be?",
        data,
    )
    assert found is None or not any("300 million" in (r.expression or "") for r in found.requests)


def test_a_fact_restated_about_two_programs_goes_to_no_calculation(data):
    assert (
        route("Is it true that Lockheed pledged more in satellites than Airbus did overall?", data)
        is None
    )
