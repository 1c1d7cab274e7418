"""Arithmetic a turn asks on the figures the two turns before it were answered with."""

from assistant.answering.chained_figures import chained, operation_asked


def test_the_operation_is_read_from_the_turns_own_words():
    assert operation_asked("so how many times the first is that?") == "ratio"
    assert operation_asked("percent rise, to two decimals?") == "change"
    assert operation_asked("and the two together?") == "sum"
    assert operation_asked("what's the gap between them?") == "gap"


def test_a_turn_with_a_figure_or_year_of_its_own_is_no_chain():
    # "by 2019" and "$5 million" are what the turn asks about, not the earlier answers' figures.
    assert operation_asked("what share of the grain had been shipped by 2019?") is None
    assert operation_asked("what is $5 million plus that?") is None


def test_each_turns_figure_is_the_one_its_own_subject_names():
    # Both answers quote the same sentence; each turn's figure is the one its phrase names.
    said = "The bureau counted 12 staff at the Gazette and 30 staff at the Courier."
    chain = chained(
        "so how many times the Gazette's is that, one decimal?",
        ["How many staff does the Gazette have?", "and the Courier?"],
        [said, said],
    )
    assert chain is not None
    assert [o.text for o in chain.operands] == ["12", "30"]
    assert chain.question == "How many times 12 is 30, one decimal?"


def test_a_change_runs_from_the_earlier_year_whatever_order_the_turns_asked():
    said = "The mill made 50 barrels this year, against 40 barrels last year."
    chain = chained(
        "percent increase?",
        ["How many barrels did the mill make this year?", "and last year?"],
        [said, said],
    )
    assert chain is not None
    assert chain.question == "What is the percent change from 40 to 50?"


def test_no_chain_when_the_second_answer_gives_no_figure_of_the_measure():
    chain = chained(
        "combined?",
        ["How many staff does the Gazette have?", "and the Herald?"],
        ["The Gazette has 12 staff.", "The Herald was founded by a printer."],
    )
    assert chain is None
