"""Three readings a calculation turns on: the average of the things a question counts, a
commitment "met" (delivered), and a seller named by its initials."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.routing import route
from assistant.calculator.operations import calculate


def _requests(question, data):
    found = route(question, data)
    assert found is not None, question
    return found.requests


def test_the_average_size_of_a_counted_thing_divides_the_total_by_the_count(data):
    requests = _requests(
        "A shipyard booked 16 repair jobs worth $48 million last year. "
        "What was the average value of a repair job?",
        data,
    )
    assert [r.operation for r in requests] == ["evaluate"]
    assert calculate(requests[0], data).result == "3000000"


def test_a_total_over_counted_offset_deals_is_no_contract_for_the_rule(data):
    # The amount is what 12 deals were worth together: the average deal is asked, not the
    # offset the rule would require of one contract of that size.
    requests = _requests(
        "Exporters signed 12 offset deals worth $3.6 billion in one year; "
        "what was the mean size of an offset deal?",
        data,
    )
    assert [r.operation for r in requests] == ["evaluate"]
    assert Decimal(calculate(requests[0], data).result) == Decimal("300000000")


def test_the_rule_asked_of_an_average_contract_still_goes_to_the_rule(data):
    requests = _requests(
        "Korea signed 4 competitive contracts worth $80 million in total; "
        "what offset does the rule require of that?",
        data,
    )
    assert {r.operation for r in requests} == {"offset_obligation"}


def test_a_share_of_a_pledge_that_had_been_met_is_the_rate_the_sources_state(data):
    # The delivery rate is a figure the sources give: quoted, not the part's share of the whole
    # pledge worked out.
    assert route("What fraction of Airbus's SME-export pledge had been met by 2022?", data) is None


def test_a_share_of_the_pledge_a_part_makes_up_is_still_worked_out(data):
    requests = _requests("What percent of Airbus's tanker offset package was SME exports?", data)
    assert [r.operation for r in requests] == ["share_of"]


def test_a_seller_written_by_its_initials_is_named(data):
    for question in (
        "What did Korea spend a year, on average, on US weapons over 2011-2022?",
        "Spread over 2011-2022, what were Korea's yearly arms purchases from the US?",
    ):
        requests = _requests(question, data)
        assert len(requests) == 1, question
        assert requests[0].expression == "KRW 33.8 trillion / 12", question
