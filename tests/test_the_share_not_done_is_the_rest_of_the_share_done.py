"""A share asked with its predicate negated ("what share had the port not collected?") is 100%
less the share the sources state for the positive predicate, worked out by the calculator with
that share's citations; a negation inside a relative clause names a subset, not the complement,
and an answer that states no single share leaves the question as it was.

Every wording here is invented (a port's levy, a mill's looms, a ferry's crossings)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answering.share_complements import positive_question, with_share_complement
from assistant.answers import Answer, Citation
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)
LEVY = "By 2031 the port had collected 64% of the ferry levy."


def _stated(text: str) -> Answer:
    cited = Citation(marker=1, source_id="s", title="t", quote=LEVY, start=0, end=len(LEVY))
    return Answer(question="q", answer=text, citations=[cited])


def _asker(text: str, asked: list[str]) -> Callable[[str], Answer]:
    def ask(question: str) -> Answer:
        asked.append(question)
        return _stated(text)

    return ask


def test_the_negation_of_the_predicate_is_taken_away_in_any_of_its_forms() -> None:
    assert positive_question("What share of the levy had the port not collected by 2031?") == (
        "What share of the levy had the port collected by 2031?"
    )
    # "still" goes with the negation: the positive share has no "still".
    assert positive_question("What percentage of the levy had the port still not collected?") == (
        "What percentage of the levy had the port collected?"
    )
    assert positive_question("What share of the levy hadn't the port collected?") == (
        "What share of the levy had the port collected?"
    )
    # A participle negated by its prefix: "left unpaid" is the positive "paid".
    assert positive_question("Which proportion of the tolls had the ferry left unpaid?") == (
        "Which proportion of the tolls had the ferry paid?"
    )


def test_a_negation_that_is_not_the_share_s_own_predicate_is_no_complement() -> None:
    # "the looms that were not new": a subset of the looms, whose share is asked as it is.
    assert positive_question("What share of the looms that were not new did the mill sell?") is None
    # "the rule of not taxing ferries": a gerund negated inside the subject, not the predicate.
    assert (
        positive_question("What share of the levy did the rule of not taxing ferries cost?") is None
    )
    # A count, not a share: other routes work out what was not bought.
    assert positive_question("How many of the looms did the mill not buy?") is None
    # No negation at all, and "United" is a name, not a negated participle.
    assert positive_question("What share of the levy did the port collect?") is None
    assert positive_question("What share of the crossings did the United Ferry run?") is None


def test_the_complement_is_one_hundred_percent_less_the_stated_share_and_is_cited() -> None:
    asked: list[str] = []
    before = Answer(question="q", answer="I can't answer that.", abstained=True)
    answer = with_share_complement(
        "What share of the levy had the port not collected by 2031?",
        before,
        DATA,
        _asker("Ferry levy collected by 2031: 64% [1].", asked),
    )
    assert asked == ["What share of the levy had the port collected by 2031?"]
    assert not answer.abstained
    assert answer.tool_calls and answer.tool_calls[0].input["expression"] == "100% − 64%"
    assert "36%" in answer.answer and "[1]" in answer.answer
    assert answer.citations[0].quote == LEVY


def test_an_answer_stating_several_shares_or_none_leaves_the_question_as_it_was() -> None:
    before = Answer(question="q", answer="Sentences.", citations=[])
    question = "What share of the levy had the port not collected?"
    for stated in ("Collected: 64% of the levy and 20% of the tolls [1].", "Collected [1]."):
        assert with_share_complement(question, before, DATA, _asker(stated, [])) is before
