"""A breakdown asked by a dimension ("break the levy down by province") is answered only by
figures of at least two parts, of one kind and of the period asked; the whole, the count of the
parts, or a comparison with another period is no breakdown. The wordings are invented."""

from __future__ import annotations

from assistant.answering.answerability import _times
from assistant.answering.breakdowns_asked import asks_breakdown, breakdown_unmet


def unmet(question: str, statements: list[str], period: tuple[int, int] | None = None) -> bool:
    return breakdown_unmet(question, statements, period, _times)


def test_a_breakdown_is_asked_by_the_verbs_of_dividing_a_whole_along_a_dimension() -> None:
    assert asks_breakdown("Break the EUR 4.2 million toll income down by bridge.")
    assert asks_breakdown("break down the harbour's 2019-21 landings by species")
    assert asks_breakdown("How were the 12 grants shared out among the 5 villages?")
    assert asks_breakdown("How was the levy split between the two years?")
    assert asks_breakdown("What has the mill earned, broken down by product?")


def test_arithmetic_and_the_noun_ask_no_breakdown() -> None:
    # "divided by" is a sum; "the split between" names a thing talked about, and "in the
    # breakdown by type, how much ..." asks one part, which other checks judge.
    assert not asks_breakdown("What is EUR 40 million divided by 8?")
    assert not asks_breakdown(
        "What does the guild propose about the split between ports and roads?"
    )
    assert not asks_breakdown("In the council's breakdown by ward, how much went to the docks?")


def test_the_whole_alone_or_the_count_of_parts_does_not_answer() -> None:
    question = "How were the 12 grants worth EUR 9 million shared out among the 5 villages?"
    assert unmet(question, ["The council gave 12 grants worth EUR 9 million to 5 villages."])
    assert unmet(question, ["5 villages received grants."])


def test_figures_of_two_parts_answer() -> None:
    question = "Break the EUR 9 million of grants down by village."
    assert not unmet(question, ["Northby got EUR 5 million and Southby EUR 4 million."])


def test_a_sum_beside_a_share_of_another_whole_is_not_two_parts() -> None:
    # EUR 9 million and 31% are of different kinds: not two parts of one whole.
    question = "How were the 12 grants shared out among the 5 villages?"
    assert unmet(question, ["12 grants worth EUR 9 million went out, 31% of the budget."])


def test_figures_of_another_period_are_no_parts_of_the_period_asked() -> None:
    question = "Break the 2014-2018 landings down by species."
    said = ["Landings were EUR 7 million in 2009-2013 and EUR 3 million in 2014-2018."]
    assert unmet(question, said, (2014, 2018))


def test_figures_of_times_within_the_period_are_its_parts() -> None:
    # A split by period is answered by the sub-periods' figures.
    question = "How does the EUR 10 million for 2010 through 2016 break down by period?"
    said = [
        "From 2010 to 2014 the fund paid EUR 7 million, compared with EUR 20 million in 2003-2007.",
        "Over 2015 to 2016 it paid EUR 3 million.",
    ]
    assert not unmet(question, said, (2010, 2016))


def test_readings_of_one_figure_by_several_sources_are_one_figure() -> None:
    question = "Break the 2014-2018 landings down by species."
    said = ["2014-2018, landings: about EUR 3 million [1]; nearly EUR 2.8 million [2]."]
    assert unmet(question, said, (2014, 2018))
