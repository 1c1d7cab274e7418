"""Every figure an answer states stands in a cited quote, a recorded tool call or the question."""

from __future__ import annotations

import pytest

from assistant.answering.figures import figures, untraced, without_untraced
from assistant.answers import Answer, Citation, ToolCall
from assistant.evaluation.cases import EvalCase
from assistant.evaluation.scoring import judge


def _cite(quote: str, marker: int = 1) -> Citation:
    return Citation(marker=marker, source_id="s", title="t", quote=quote, start=0, end=len(quote))


def test_figures_are_compared_by_value_whatever_the_writing():
    answer = Answer(
        question="q",
        answer="The threshold is USD 10,000,000 and the share 50% [1].",
        citations=[_cite("contracts over $10 million owe 50 percent")],
    )
    assert untraced(answer) == []


def test_names_references_and_markers_are_not_figures():
    assert figures("F-35A phase 1 and KC-X under Table 2, see Figure 5 and A330 [3]") == []
    assert [v for _, v in figures("released on the 31st")] == [31]


def test_a_figure_no_quote_states_is_untraced_unless_a_tool_or_the_question_gives_it():
    answer = Answer(question="What about 1,470 won?", answer="At 1,470 won it is KRW 7,350 [1].",
                    citations=[_cite("a rate")])  # fmt: skip
    assert untraced(answer) == ["7,350"]
    called = answer.model_copy(
        update={"tool_calls": [ToolCall(name="calculator", input={}, output={"result": "7350"})]}
    )
    assert untraced(called) == []


def test_a_date_named_as_metadata_is_not_a_figure_of_the_sources():
    answer = Answer(
        question="q",
        answer="Tariffs due on the 2nd (date from the article's dateline: 2031-04-02) [1].",
        citations=[_cite("due on the 2nd")],
    )
    assert untraced(answer) == []


def test_claims_with_untraced_figures_are_dropped_and_nothing_left_is_an_abstention():
    answer = Answer(
        question="q",
        answer="Imports were USD 9 billion [1]. Offsets were USD 3 billion [2].",
        citations=[_cite("imports of $9 billion"), _cite("offsets grew", 2)],
        disputed=True,
    )
    kept = without_untraced(answer)
    assert kept.answer == "Imports were USD 9 billion [1]." and [
        c.marker for c in kept.citations
    ] == [1]
    assert not kept.disputed
    only = answer.model_copy(update={"answer": "Offsets were USD 3 billion [2]."})
    assert without_untraced(only).abstained


@pytest.mark.parametrize("disputed", [True, False])
def test_the_eval_fails_an_answer_that_says_the_sources_disagree_without_a_curated_disagreement(
    disputed,
):
    case = EvalCase(id="c", category="x", question="q", facts=("pages",))
    answer = Answer(question="q", answer="Seven pages [1].", citations=[_cite("seven pages")],
                    disputed=disputed)  # fmt: skip
    problems = judge(case, answer, {"s": "seven pages"}, None, 5).problems
    assert (problems != []) == disputed


def test_a_refusal_keeps_its_reason_but_not_a_figure_nothing_traces():
    refusal = Answer(
        question="q", answer="I can't answer that: only 2001–2004 is given.", abstained=True
    )
    kept = without_untraced(refusal)
    assert kept.abstained and "2001" not in kept.answer and "I can't answer that" in kept.answer


def test_a_refusal_drops_a_bracketed_figure_nothing_traces_with_its_brackets():
    refusal = Answer(
        question="q",
        answer="I can't answer that. Nearest: Harbour dues by berth (1997) — ferries: free [1]",
        citations=[_cite("ferries: free")],
        abstained=True,
    )
    kept = without_untraced(refusal).answer
    assert "Harbour dues by berth — ferries: free [1]" in kept
    assert "(" not in kept and "1997" not in kept


def test_korean_figures_are_read_at_their_value():
    quote = "Airbus agreed to provide offset trade worth $662.6 million in 2015."
    cited = Citation(marker=1, source_id="s", title="t", quote=quote, start=0, end=len(quote))
    traced = Answer(
        question="?",
        answer="6억 6,260만 달러(USD 662.6 million) [1], 2015년 [1]",
        citations=[cited],
    )
    assert untraced(traced) == []
    wrong = Answer(question="?", answer="7억 달러 [1]", citations=[cited])
    assert untraced(wrong) == ["700 million"]


def test_a_year_the_question_names_from_the_present_is_one_it_gives():
    from assistant.knowledge.domain import domain

    year = domain().present_year - 1
    answer = Answer(
        question="How long was last year's audit?",
        answer=f"I can't answer that. The sources say nothing on this for {year}.",
        abstained=True,
    )
    assert untraced(answer) == []
    assert untraced(answer.model_copy(update={"question": "How long was the audit?"})) == [
        str(year)
    ]


def test_a_figure_the_user_gave_earlier_in_the_conversation_is_traced_by_the_eval():
    # The last turn alone does not hold 2031; the turn before it does, so a refusal that says
    # how it read the follow-up states no figure of its own.
    refusal = Answer(
        question="And the harbour levy?",
        answer="The sources say nothing on this for 2031.",
        abstained=True,
    )
    alone = EvalCase(id="a", category="x", question="And the harbour levy?", abstain=True)
    talked = EvalCase(
        id="t",
        category="x",
        turns=("What did the 2031 audit say about dock fees?", "And the harbour levy?"),
        abstain=True,
    )
    assert judge(alone, refusal, {}, None, 5).untraced == ("2031",)
    assert judge(talked, refusal, {}, None, 5).untraced == ()


def test_a_claim_traced_only_by_the_quote_of_a_dropped_claim_goes_with_it():
    # The second claim's figure stands only in the first claim's quote; once the first claim
    # (and its citation) is dropped, nothing the answer cites states it.
    answer = Answer(
        question="q",
        answer="Dues were USD 4 billion and USD 6 billion [1]. Ports took USD 6 billion [2].",
        citations=[_cite("dues of $6 billion"), _cite("ports grew", 2)],
    )
    kept = without_untraced(answer)
    assert kept.abstained and untraced(kept) == []


def test_a_refusal_for_untraced_figures_does_not_name_them():
    answer = Answer(
        question="q", answer="Levies reached USD 7 billion [1].", citations=[_cite("levies rose")]
    )
    refusal = without_untraced(answer)
    assert refusal.abstained and "7" not in refusal.answer and untraced(refusal) == []


def test_a_refusal_names_a_year_of_its_reading_only_when_the_user_gave_it():
    # "When the levy began" may be read as the first rule's year; the user never said it, so a
    # refusal that named it would put forward a fact no citation backs. A year an earlier turn
    # gave is how the follow-up was read, and stays.
    from assistant.pipeline import _as_asked

    def refusal() -> Answer:
        return Answer(
            question="read",
            answer="I can't answer that. The sources say nothing on this for 1977.",
            abstained=True,
        )

    alone = _as_asked(refusal(), "What was the harbour levy when it began?", id=None)
    assert "1977" not in alone.answer and alone.abstained
    assert alone.question == "What was the harbour levy when it began?"
    followed = _as_asked(
        refusal(), "And the harbour levy?", id=7, earlier=["What did the 1977 audit find?"]
    )
    assert "for 1977" in followed.answer and followed.id == 7


def test_a_dated_list_that_loses_a_line_to_an_untraced_figure_stays_a_list():
    answer = Answer(
        question="q",
        answer=(
            "- 2011: The port opens a berth [1]\n"
            "- 2014: The toll rises to USD 4 [2]\n"
            "- 2019: The berth closes [3]"
        ),
        citations=[_cite("opened a berth in 2011"), _cite("the toll rose", 2), _cite("in 2019", 3)],
    )
    kept = without_untraced(answer)
    assert kept.answer == "- 2011: The port opens a berth [1]\n- 2019: The berth closes [3]"
