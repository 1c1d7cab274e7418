"""A claim that dates a beginning ("the levy goes back to 1975") is about the year its subject
began: it is asked again with its year asked, and the year the answer's first statement gives
confirms or corrects it. A sentence that merely mentions the claimed year ("in 1975 the rate
was cut") says nothing of when the levy began. A year that dates no single event (a period's
end, a report's edition) is no other date for an event claimed."""

from __future__ import annotations

from assistant.answering.claims import judge
from assistant.answering.start_claims import start_claimed, start_verdict


def _no_names(text: str) -> dict[str, frozenset[str]]:
    return {}


def test_a_beginning_claimed_in_any_wording_is_asked_for_its_year() -> None:
    assert start_claimed("The Zephyr levy goes back to 1975, doesn't it?") == (
        "The Zephyr levy goes back to what year?"
    )
    assert start_claimed("Is it true that the harbor board was set up in 1994?") == (
        "the harbor board was set up in what year?"
    )
    assert start_claimed("A colleague wrote that the ferry fund dates from 1961; accurate?") == (
        "the ferry fund dates from what year?"
    )


def test_a_claim_of_a_change_or_with_other_figures_is_no_beginning() -> None:
    assert start_claimed("The Zephyr levy was cut to 9% in 1975, wasn't it?") is None
    assert start_claimed("The harbor board was abolished in 1994, right?") is None
    # a question is no claim
    assert start_claimed("When was the harbor board set up?") is None


def test_the_first_statement_s_year_decides() -> None:
    claim = "The Zephyr levy goes back to 1975, doesn't it?"
    assert start_verdict(claim, "1968: the levy is introduced [1]. 1975: rate cut [2].") is False
    assert start_verdict(claim, "The levy began in 1975 [1].") is True
    assert start_verdict(claim, "The levy is collected by the port [1].") is None


def test_a_period_s_ends_and_a_report_s_year_do_not_correct_an_event_s_year() -> None:
    claim = "The harbor board scrapped the levy in 2018, right?"
    answer = "From 2016 to 2020 the levy raised $40 million, according to a 2022 report. [1]"
    assert judge(claim, answer, _no_names) != "no"
    # a year that dates an event still does
    assert judge(claim, "The harbor board scrapped the levy in 2015. [1]", _no_names) == "no"


def test_a_statement_that_tells_no_beginning_decides_nothing() -> None:
    # "stood at" dates a value over a period, not when the levy began: the claim goes on to be
    # judged the usual way.
    claim = "The Zephyr levy goes back to 1975, doesn't it?"
    assert start_verdict(claim, "From 2016 to 2020 the levy raised $40 million [1].") is None
