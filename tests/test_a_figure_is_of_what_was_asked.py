"""A figure answers only when it is of the thing asked: the part of a promise named (its rate or
its amount, not another part's), a value (an amount, never a count of the things valued), the
measure asked (a price, not the offset a clause of the question already gives), the currency
asked ("the total dollar value"), and the stage named even with a program's code between its
ordinal and its noun ("the second X-7 batch").

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import (
    _measures_asked,
    _rate_of_another_part,
    unmet,
)
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation


def _answer(text: str) -> Answer:
    citation = Citation(marker=1, source_id="s1", title="t", quote=text, start=0, end=len(text))
    return Answer(question="q", answer=f"{text} [1]", citations=[citation])


def test_an_implementation_rate_asked_of_one_part_is_not_another_part_s_rate():
    question = "What was the military support implementation rate of the frigate pledge in 2019?"
    rated = ["The SME export implementation rate was only 41% in 2019."]
    assert _rate_of_another_part(question, rated) == ["military support"]
    own = ["The military support implementation rate reached 12% in 2019."]
    assert _rate_of_another_part(question, own) == []


def test_an_amount_asked_of_one_part_of_a_pledge_is_stated_with_that_part():
    question = "How much military support did the shipyard pledge for the frigates?"
    others = _answer("The shipyard pledged SME exports ($40 million) and satellites ($90 million).")
    assert unmet(frame_of(question), others) is not None
    own = _answer("The shipyard pledged military support worth $7 million.")
    assert unmet(frame_of(question), own) is None


def test_a_value_asked_is_not_answered_by_a_count_of_the_things_valued():
    question = "What combined value do the ports expect from the projects listed for 2031-2032?"
    counted = _answer("The agency lists 38 projects for 2031 to 2032, 21 of them single-source.")
    assert unmet(frame_of(question), counted) is not None
    valued = _answer("The projects listed for 2031 to 2032 are valued at USD 3 billion.")
    assert unmet(frame_of(question), valued) is None


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "What did Chile pay for its frigates over 2001-2004, when it got $2bn in offsets?",
            ["purchase"],
        ),
        ("Of the USD 9 billion Chile spent, how much came back as offsets?", ["offset"]),
        ("What did Chile pay for its frigates, and what offsets came with them?", None),
    ],
)
def test_a_measure_the_question_gives_an_amount_for_is_given_not_asked(question, asked):
    found = _measures_asked(question)
    if asked is None:
        assert len(found) == 2
    else:
        assert found == asked


@pytest.mark.parametrize(
    ("question", "currency"),
    [
        ("What is the total dollar value of the harbour projects?", "USD"),
        ("What was the combined won amount of the two orders?", "KRW"),
        ("What is the total value of the harbour projects?", None),
    ],
)
def test_a_currency_before_a_word_for_the_whole_is_the_currency_asked(question, currency):
    assert frame_of(question).currency == currency


@pytest.mark.parametrize(
    ("question", "stages"),
    [
        ("How many ships are in the second X-7 batch?", (("batch", 2),)),
        ("What was the third KC-9 tranche worth?", (("tranche", 3),)),
        ("How many ships are in the second big batch?", ()),
    ],
)
def test_a_stage_is_named_with_a_program_code_between_its_ordinal_and_noun(question, stages):
    assert frame_of(question).stages == stages
