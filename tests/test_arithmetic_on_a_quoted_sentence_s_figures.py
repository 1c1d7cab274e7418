"""A remainder, a difference, a share or a multiple asked of two amounts that the sentence an
answer quotes states itself is worked out by the calculator, with the sentence still quoted; when
the amounts cannot be told apart with confidence, the answer stays as composed.

Every wording here is invented (a mill, a shipyard, a port): the rule reads the question's
general English for the operation and the quoted sentence's figures for the operands."""

from __future__ import annotations

from assistant.answering.stated_operands import (
    operation_asked,
    with_stated_arithmetic,
    worked_from_quotes,
)
from assistant.answers import Answer, Citation
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)

MILL = "The mill had a USD 9 million budget in 2019, of which USD 6 million went on new looms."
PORT = (
    "The port spent USD 40 million on cranes (USD 25 million), dredging (USD 10 million) "
    "and offices (USD 5 million)."
)
RATES = "The yard's revenue fell from USD 80 million in 2010 to USD 50 million in 2020."


def _cited(*quotes: str) -> list[Citation]:
    return [
        Citation(marker=i, source_id="s", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(quotes, start=1)
    ]


def _answer(*quotes: str) -> Answer:
    return Answer(question="q", answer=" ".join(quotes), citations=_cited(*quotes))


def test_the_operation_is_read_from_the_question_s_own_english() -> None:
    assert operation_asked("How much of the budget was not spent on looms?") == "difference"
    assert operation_asked("How far short of the budget did the loom spending fall?") == (
        "difference"
    )
    assert operation_asked("What share of the budget went on looms?") == "share"
    assert operation_asked("The budget was how many times the loom bill?") == "multiple"
    # "Of the $9 million, $6 million went on looms: how much went on the rest?" gives a whole and
    # its part and asks "how much": the rest is asked, with no word of remainder.
    assert operation_asked(
        "Of the USD 9 million, USD 6 million bought looms. How much bought dyes?"
    )
    # A question asking for a stated figure asks for no derived quantity.
    assert operation_asked("How much did the mill spend on looms?") is None
    # A rate or a sum is another calculation, left to the calculator's own routes.
    assert operation_asked("What won-per-dollar rate does the difference imply?") is None


def test_a_remainder_is_the_whole_less_its_part() -> None:
    worked = worked_from_quotes(
        "How much of the mill's 2019 budget was not for looms?", _cited(MILL)
    )
    assert worked is not None
    assert worked.request.expression == "USD 9 million - USD 6 million"


def test_a_share_is_the_part_over_its_whole_at_the_places_asked() -> None:
    worked = worked_from_quotes("What share of the budget went on looms?", _cited(MILL), places=1)
    assert worked is not None
    assert (worked.request.part, worked.request.whole, worked.request.places) == (
        "USD 6 million",
        "USD 9 million",
        1,
    )


def test_with_more_than_two_figures_the_operands_are_those_the_question_names() -> None:
    # The dredging and the offices are named by the question; the cranes are not.
    worked = worked_from_quotes("The dredging cost how many times the offices?", _cited(PORT))
    assert worked is not None
    assert worked.request.expression == "USD 10 million / USD 5 million"
    # The question states the whole itself: it and the one other figure it names.
    worked = worked_from_quotes("Of the USD 40 million, how much was not cranes?", _cited(PORT))
    assert worked is not None
    assert worked.request.expression == "USD 40 million - USD 25 million"


def test_figures_that_cannot_be_told_apart_give_no_calculation() -> None:
    # Three figures besides the whole and no word of the question names one of them.
    assert worked_from_quotes("How many times larger was one than another?", _cited(PORT)) is None
    # A figure the question states that the quoted sentence does not: another sentence is meant.
    assert worked_from_quotes("Of the USD 70 million, how much was left?", _cited(MILL)) is None


def test_a_sentence_of_another_period_is_not_worked_on() -> None:
    # The question asks about 2015-2020; the sentence sets 2010 against 2020.
    assert worked_from_quotes("How much did revenue drop over 2015-2020?", _cited(RATES)) is None
    assert worked_from_quotes("How much did revenue drop over 2010-2020?", _cited(RATES))


def test_the_answer_shows_the_working_and_keeps_its_quote() -> None:
    composed = _answer(MILL)
    worked = with_stated_arithmetic(
        "How much of the 2019 budget was left after looms?", composed, DATA
    )
    assert worked.tool_calls and worked.tool_calls[0].name == "calculator"
    assert "USD 3,000,000" in worked.answer
    assert "Working:" in worked.answer
    assert MILL in worked.answer and worked.citations == composed.citations


def test_a_claim_put_for_checking_is_not_worked_out() -> None:
    # "Exceed" and "left" are words of a difference in a question; in a claim they state what
    # the asker believes, and the answer is a verdict on it.
    composed = _answer(MILL)
    for claim in (
        "In 2019 the loom spending had to exceed USD 6 million of the budget. True?",
        "I read that USD 3 million of the mill's 2019 budget was left after looms, right?",
    ):
        assert with_stated_arithmetic(claim, composed, DATA) == composed


def test_a_share_the_sentence_states_is_not_worked_out_again() -> None:
    stated = "Of the USD 9 million budget, USD 6 million, or 67 percent, went on looms."
    composed = _answer(stated)
    assert with_stated_arithmetic("What share of the budget went on looms?", composed, DATA) is (
        composed
    )
    # Asked finer than the sentence writes it, or in a currency, the share is worked out.
    finer = with_stated_arithmetic(
        "What share of the budget went on looms? Two decimals.", composed, DATA
    )
    assert finer.tool_calls and "66.67%" in finer.answer
    in_dollars = with_stated_arithmetic(
        "In dollar terms, what share of the budget went on looms?", composed, DATA
    )
    assert in_dollars.tool_calls


def test_a_refusal_or_a_calculated_answer_is_left_alone() -> None:
    refused = Answer(question="q", answer="I can't answer that.", abstained=True)
    assert with_stated_arithmetic("How much was left?", refused, DATA) is refused


def test_a_question_of_several_parts_is_left_to_its_parts() -> None:
    # Each part is answered on its own; the share of the last part is the sentence's own.
    asked = "How much did the mill budget, how much went on looms, and what share is that?"
    assert operation_asked(asked) is None
    # A question word inside a clause opens no second ask.
    assert operation_asked("What was the gap between what the mill budgeted and spent?") == (
        "difference"
    )


def test_a_ratio_named_in_its_order_is_left_alone() -> None:
    # "The ratio of looms to the budget" is 6 to 9, not 9 to 6: a multiple's larger-over-smaller
    # would invert it, so a ratio named by its order is not worked out here.
    assert operation_asked("What ratio of loom spending to budget did the mill reach?") is None


def test_a_share_is_taken_only_of_one_part_and_its_one_whole() -> None:
    # The port's sentence gives a total and three parts: a share asked of it may mean any part
    # of any of them, or a figure of another sentence, so it is not worked out here.
    assert worked_from_quotes("What share of the spending went on cranes?", _cited(PORT)) is None


def test_a_figure_in_a_list_is_told_by_its_own_label_not_by_the_sentence_s_subject() -> None:
    # The package's total follows words naming the shipyard the question names too; the parts'
    # own labels ("hull repairs", "crew training") are what tell the two parts asked apart.
    quote = (
        "The Northgate shipyard, which built the ferries, offered work worth USD 90 million "
        "(hull repairs USD 50 million, crew training USD 30 million, spare parts USD 10 million)."
    )
    question = "By how much did Northgate's hull repairs pledge top its crew training pledge?"
    worked = worked_from_quotes(question, _cited(quote))
    assert worked is not None
    assert worked.request.expression == "USD 50 million - USD 30 million"
