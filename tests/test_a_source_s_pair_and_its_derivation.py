"""A question for the figures one source gives, set side by side, gets every one of them and how
the source comes to each:

- a side the source also states as the equivalent of an amount in another currency ("KRW 1
  trillion (about USD 800 million today)") is cited with that statement too, since the amount
  it converts is where the figure comes from;
- a source named with "both" of its totals of one measure for two periods ("the paper's two
  five-year figures in won") gets each period's figure, each told with its period, and no
  claim that the sources disagree.

And a comparison of the offset rule whose one side is named by the body that set it ("the
floor the agency fixed") gets that body's rule, with the year it set it."""

from __future__ import annotations

from assistant.answering.row_answers import rule_rows_at_times, shape_fact
from assistant.answering.sides_asked import derivations, periods_of

KIET, ASIAE = "002_b00326718e5a7ad5", "000_698068ed5c1850f6"


def _facts(data, source: str | None = None):
    return [
        shape_fact(r)
        for r in data.rows()
        if r.id.startswith("value-") or getattr(r, "period", None)
        if source is None or r.source == source
    ]


def test_a_dollar_side_is_derived_from_the_won_amount_its_source_converts(data):
    facts = [f for f in _facts(data, KIET) if f.family[1:] == ("2016-2020", "offset_value")]
    dollars = [f for f in facts if f.figure[0] == "USD"]
    found = derivations(dollars, facts)
    derived = [g for got in found.values() for g in got]
    assert derived, "the won statement giving the dollar figure as its equivalent is its origin"
    assert all(g.figure[0] == "KRW" and g.row.source == KIET for g in derived)
    assert any("13.6 trillion" in q for g in derived for q in g.row.cited)


def test_a_side_with_no_conversion_of_its_own_keeps_its_statement_alone(data):
    facts = [f for f in _facts(data, KIET) if f.family[1:] == ("2016-2020", "offset_value")]
    seven = [f for f in facts if f.figure[0] == "USD" and "700" in f.row.shown()]
    assert seven and derivations(seven, facts) == {}


def test_one_named_source_s_figures_for_two_periods_are_its_sides(data):
    near = [f for f in _facts(data) if f.family[2:] == ("offset_value",)]
    chosen = periods_of(near, frozenset({ASIAE}), frozenset({"KRW"}))
    assert {f.family[1] for f in chosen} == {"2011-2015", "2016-2020"}
    assert {f.row.source for f in chosen} == {ASIAE}


def test_periods_are_no_sides_when_no_source_is_named(data):
    near = [f for f in _facts(data) if f.family[2:] == ("offset_value",)]
    assert periods_of(near, frozenset(), frozenset({"KRW"})) == []


def test_a_rule_named_by_the_body_that_set_it_is_told_with_its_year(data):
    rows = rule_rows_at_times(
        "Set the offset threshold from the program's first year against the threshold the "
        "procurement agency fixed: how do they compare?",
        "The floor was USD 1 million in 1982; deals worth over US$10 million need offsets.",
        data,
    )
    shown = " ".join(row.shown() for row in rows)
    assert "2006" in shown and "USD 10 million" in shown


def test_a_body_named_without_a_verb_of_setting_adds_no_time(data):
    rows = rule_rows_at_times(
        "How does the 1982 offset threshold compare with what the procurement agency reviews?",
        "The threshold was USD 1 million in 1982.",
        data,
    )
    assert all("2006" not in row.shown() for row in rows)


def test_the_institute_s_two_dollar_amounts_come_with_the_won_total_behind_one(assistant):
    answer = assistant.ask(
        "The institute's paper puts 2016-2020 offsets at two separate dollar amounts; which "
        "are they, and where does each come from?"
    )
    assert "USD 800 million" in answer.answer and "USD 700 million" in answer.answer
    assert "KRW 1 trillion" in answer.answer and "seven percent" in answer.answer


def test_the_daily_s_two_won_totals_for_its_two_periods(assistant):
    answer = assistant.ask(
        "What are both five-year won totals the Asiae article gives for offsets?"
    )
    assert "10.4509 trillion" in answer.answer and "1 trillion" in answer.answer
    assert not answer.disputed
