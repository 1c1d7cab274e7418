"""A later part of a question keeps what it asks of when it is looked up alone: a thing it
points back to ("that contract") is the one an earlier part named, an embedded question carried
on after "and" ("… say about how high the fees would be, and when they'd start") is still asked
of the speaker, and a part is checked as asked, with those things put in."""

from __future__ import annotations

from assistant.answering.answerability import unmet
from assistant.answering.frame import dated, frame_of, referents_put_in, split_parts
from assistant.answers import Answer, Citation


def _answer(text: str, quote: str) -> Answer:
    citation = Citation(marker=1, source_id="s", title="t", start=0, end=len(quote), quote=quote)
    return Answer(question="q", answer=text, citations=[citation])


def test_a_thing_pointed_back_to_is_named_as_the_earlier_ask_named_it():
    asks = split_parts(
        "When did the ministry cancel the third ferry contract, and what was that contract worth?"
    )
    assert referents_put_in(asks)[1] == "what was the third ferry contract worth"


def test_those_things_are_named_by_a_plural_the_earlier_ask_named():
    asks = split_parts("Who chaired the two harbour audits, and when were those audits published?")
    assert referents_put_in(asks)[1] == "when were the two harbour audits published"


def test_that_opening_a_clause_or_of_the_wrong_number_is_no_pointer():
    for question in (
        "Which board set the new dock levy, and did the mayor say that levy income fell?",
        "Which firm won the ferry contract, and why were that contracts cancelled?",
        "When did the port open, and what was that worth?",
    ):
        asks = split_parts(question)
        assert referents_put_in(asks)[1] == asks[1]


def test_an_embedded_question_carried_on_after_and_keeps_its_speaker():
    asks = split_parts(
        "What did the harbour chief say about how high the fees would be and when they'd start?"
    )
    assert asks == (
        "What did the harbour chief say about how high the fees would be",
        "What did the harbour chief say about when they'd start",
    )
    assert (
        referents_put_in(asks)[1]
        == "What did the harbour chief say about when the fees would start"
    )


def test_an_ask_in_asking_order_is_a_question_of_its_own():
    asks = split_parts(
        "What did the harbour chief say about how high the fees would be, and when did they start?"
    )
    assert asks[1] == "when did they start"


def test_a_bare_thing_pointed_back_to_asks_its_worth_of_no_qualifier():
    # "worth" asks the figure: it is not the noun of "that contract", whose only word would be
    # taken for a qualifier every statement must write.
    question = "When did the navy sign the tug deal, and what was that deal worth?"
    part = split_parts(question)[1]
    said = "The navy's tug purchase was valued at USD 4 million."
    assert unmet(frame_of(part), _answer(f"{said} [1]", said), given=question) is None


def test_the_original_figure_of_the_rule_is_the_one_at_the_program_s_start():
    assert dated("How far is the original threshold from today's?", 1982, 2025) == (
        "How far is the threshold in 1982 from today's?"
    )
    assert dated("Korea's initial offset trigger against the present one?", 1982, 2025) == (
        "Korea's offset trigger in 1982 against the present one?"
    )
    # Beside a year, "original" is that year's; of no figure of the rule, it is no time.
    for question in ("What was the original 2006 threshold?", "What did the original study say?"):
        assert dated(question, 1982, 2025) == question
