"""A multiple is asked in many wordings ("how many times", "threefold", "what multiple", "by what
factor"): each is worked out as the larger figure over the smaller, never as a gap or a percent
change. "Factor" asks for one only after "by ... factor" or before what moved, so a factor named
as a cause asks for no arithmetic. A multiple asked with no reading of its own is stated at a
percentage's two places, the exact quotient kept in the working; one that has no more places is
stated as it is."""

from __future__ import annotations

import pytest

from assistant.answering.measures_asked import measure_only
from assistant.answering.multiples_asked import asks_multiple
from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _only(question, data):
    found = route(question, data)
    assert found is not None, question
    assert len(found.requests) == 1, found.requests
    return found.requests[0]


# -------------------------------------------------------------- the wordings of a multiple


@pytest.mark.parametrize(
    "question",
    [
        "By what factor did the harbour levy grow between the two reviews?",
        "By which factor does the loan outstrip the grant?",
        "What factor was the budget multiplied by?",
        "How many times larger was the loan than the grant?",
        "The fleet saw a threefold rise: true?",
        "What multiple of the grant was the loan?",
        "The loan grew by a factor of how much?",
    ],
)
def test_each_wording_of_a_multiple_asks_for_one(question):
    assert asks_multiple(question)


@pytest.mark.parametrize(
    "question",
    [
        "What was the main factor behind the fall in port traffic?",
        "Which factor did the auditors single out?",
        "Was cost a key factor in the decision?",
    ],
)
def test_a_factor_named_as_a_cause_asks_for_no_multiple(question):
    assert not asks_multiple(question)


def test_a_multiple_between_the_questions_own_amounts_is_a_measure_not_a_rule(data):
    assert measure_only(
        "A grant of EUR 12 million and a loan of EUR 30 million: by what factor is the loan bigger?"
    )


# ------------------------------------------------------------------- worked out as a quotient


def test_a_move_asked_by_what_factor_is_the_larger_over_the_smaller(data):
    request = _only(
        "Suppose a port's fees went from USD 4 million to USD 10 million. By what factor did they "
        "rise?",
        data,
    )
    assert request.operation == "evaluate"
    assert calculate(request, data).display == "2.5"


def test_thresholds_of_two_years_asked_by_factor_are_the_later_over_the_earlier(data):
    request = _only("By what factor did the offset trigger value rise between 1984 and 2006?", data)
    assert request.operation == "evaluate"
    assert calculate(request, data).display == "5"


# -------------------------------------------------------------------- how a multiple is read


def test_a_multiple_with_more_places_than_a_percentage_is_read_at_two(data):
    request = _only(
        "Made-up depots: one holds USD 22 million of spares and another USD 7 million. By what "
        "factor does the first exceed the second?",
        data,
    )
    result = calculate(request, data)
    assert result.display == "3.14"
    assert any("3.142857" in line for line in result.working)


def test_a_multiple_asked_at_its_own_places_keeps_them(data):
    request = _only(
        "Made-up depots: one holds USD 22 million of spares and another USD 7 million. How many "
        "times the second is the first, to four decimals?",
        data,
    )
    assert calculate(request, data).display == "3.1429"


def test_a_whole_multiple_is_stated_as_it_is(data):
    request = _only(
        "Invented figures: a loan of USD 27 million against a grant of USD 9 million. How many "
        "times the grant is the loan?",
        data,
    )
    assert request.places is None
    assert calculate(request, data).display == "3"
