"""A comparison of the offset rule at two times gets the rule in force at each, and a question
after the first of a series of changes gets the earliest change, not the best-worded one.

The rule of a time comes from the rule table's step covering it: the rows of that step that
state the figures the answer leaves out are added (the threshold, the shares, or both when the
rule is asked of as a whole). Nothing is added to what is no comparison of the rule, to a
comparison of periods (values, not rules), or for a year no step covers."""

from __future__ import annotations

import pytest

from assistant.answering.extremes import first_change_asked
from assistant.answering.row_answers import (
    ORDINAL_SPREAD,
    ScoredFact,
    earliest_first,
    rule_rows_at_times,
    shape_fact,
)


def _ids(rows):
    return [row.id for row in rows]


def test_the_present_side_of_a_rule_comparison_gets_the_figures_the_answer_leaves_out(data):
    stated = "In 1986 the trigger went up to USD 5 million and the share fell to 30 percent."
    rows = rule_rows_at_times(
        "How does the offset rule of 1990 compare with the one in force today?", stated, data
    )
    assert rows, "the present's threshold and competitive share are not stated"
    shown = " ".join(row.shown() for row in rows)
    assert "USD 10 million" in shown and "50%" in shown


def test_each_side_s_threshold_alone_is_added_when_only_the_threshold_is_compared(data):
    rows = rule_rows_at_times(
        "Set the 1985 offset threshold against the 2015 one: how do they differ?", "", data
    )
    shown = " ".join(row.shown() for row in rows)
    assert "USD 2 million" in shown and "USD 10 million" in shown
    assert all(getattr(row, "threshold_usd", None) is not None for row in rows)


def test_nothing_is_added_when_the_answer_states_each_time_s_rule(data):
    stated = (
        "In 1982 offsets of 50 percent applied to contracts of USD 1 million. Today the trigger "
        "is USD 10 million, with 50 percent for competitive and 30 percent for other contracts."
    )
    question = "Contrast the offset requirement of 1982 with the current one."
    assert rule_rows_at_times(question, stated, data) == []


def test_a_year_no_step_covers_is_no_side_of_the_rule(data):
    rows = rule_rows_at_times(
        "How did the offset rule of 1975 compare with the current one?", "", data
    )
    assert rows and all(getattr(row, "year", 0) != 1975 for row in rows)
    assert all("1982" not in row.shown() for row in rows)


@pytest.mark.parametrize(
    "question",
    [
        # One time asked, no comparison: the rule of that year is the answer's own business.
        "What was the offset threshold in 1985?",
        # Periods compared: offset values, not the rule.
        "Compare the offsets obtained in 2011-2015 with 2016-2020.",
        # A share of something else than the program's rule.
        "Compare the import share of 1990 with today's.",
    ],
)
def test_no_rule_rows_are_added_to_what_is_no_comparison_of_the_rule(data, question):
    assert rule_rows_at_times(question, "", data) == []


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("When was the levy first raised, and by how much?", True),
        ("In what year was the toll first lowered?", True),
        ("Which is the earliest change to the quota?", True),
        ("When was the levy first introduced?", False),
        ("What did the first phase of the purchase cost?", False),
        ("When was the levy raised?", False),
    ],
)
def test_questions_after_the_first_of_a_series_of_changes(question, asked):
    assert first_change_asked(question) is asked


def _scored(data, *pairs):
    return [ScoredFact(shape_fact(data.row(row_id)), score, 0.7, 0.5) for row_id, score in pairs]


def test_the_first_change_is_the_earliest_near_row_of_the_best_row_s_table(data):
    facts = _scored(
        data, ("policy-1986-threshold", 0.8), ("policy-2006", 0.75), ("policy-1984", 0.7)
    )
    chosen = earliest_first(facts, "When was the trigger first raised, and to what?")
    assert chosen[0].fact.row.id == "policy-1984"
    assert sorted(_ids(s.fact.row for s in chosen)) == sorted(_ids(s.fact.row for s in facts))


def test_an_earlier_row_far_below_the_best_or_no_ordinal_leaves_the_order(data):
    far = _scored(
        data, ("policy-1986-threshold", 0.8), ("policy-1984", 0.8 * ORDINAL_SPREAD - 0.05)
    )
    assert earliest_first(far, "When was the trigger first raised?") == far
    near = _scored(data, ("policy-1986-threshold", 0.8), ("policy-1984", 0.75))
    assert earliest_first(near, "When was the trigger raised to USD 5 million?") == near


def test_the_rule_at_the_launch_compared_with_today_s_gives_both_rules(assistant):
    answer = assistant.ask(
        "How do the offset requirements Korea had when its program was launched compare "
        "with the current ones?"
    )
    assert not answer.abstained
    for figure in ("USD 1 million", "USD 10 million", "30%"):
        assert figure in answer.answer


def test_the_first_raise_after_an_earlier_question_is_the_earliest_one(assistant):
    first = "At what contract value did Korea's offset obligation start in 1982?"
    earlier = assistant.ask(first)
    answer = assistant.ask(
        "And when was that value first raised?",
        history=[
            {"role": "user", "content": first},
            {"role": "assistant", "content": earlier.answer},
        ],
    )
    assert "1984" in answer.answer
