"""Each part of a question is searched with what it asks of: a later ask's pronoun for a thing
stands for the thing an earlier ask names, a request that lists several things asks for each,
"now" against "then" is the rule in force and the year it was set, and a follow-up that names
whose account it asks for drops the source the earlier question named."""

from __future__ import annotations

import re

import pytest

from assistant.answering.followup import resolve
from assistant.answering.frame import referents_put_in, split_parts
from assistant.answers import Turn


def test_a_later_ask_s_it_stands_for_the_thing_the_first_ask_asks_for():
    asks = split_parts("Which ministry drafted the levy, and who chairs it?")
    assert referents_put_in(asks)[1] == "who chairs the ministry"


def test_a_chain_of_pronouns_keeps_the_thing_the_first_pronoun_stood_for():
    asks = split_parts(
        "Which audit first flagged the subsidy, which board published it, and what cap did it name?"
    )
    put = referents_put_in(asks)
    assert put[1] == "which board published the audit"
    assert put[2] == "what cap did the audit name"


def test_they_stands_for_the_plural_thing_and_its_shortening_is_written_out():
    asks = split_parts(
        "What did the minister say about who the new port fees would hit, and when they'd start?"
    )
    # The embedded question carried on after "and" is still asked of the minister.
    assert (
        referents_put_in(asks)[1]
        == "What did the minister say about when the new port fees would start"
    )


def test_an_ask_naming_its_own_thing_before_its_pronoun_is_kept_as_written():
    asks = split_parts("Who wrote the harbour study, and where was the talk it draws on given?")
    assert referents_put_in(asks) == asks


def test_the_first_ask_and_a_question_without_pronouns_are_unchanged():
    asks = split_parts("When did the toll begin, and who collects the toll?")
    assert referents_put_in(asks) == asks


def test_an_opening_request_listing_things_is_one_request_per_thing():
    assert split_parts("Tell me the total paid since 1990, and the shares of ports and roads.") == (
        "Tell me the total paid since 1990",
        "give me the shares of ports and roads.",
    )


def test_a_listed_one_or_a_figure_of_the_first_thing_is_no_request_of_its_own():
    for question in (
        "Tell me the fee for ships, and the one for barges.",
        "Give me the total, and its yearly average.",
    ):
        assert split_parts(question) == (question,)


def _spans(text: str) -> list[tuple[str, str, int, int]]:
    return [
        ("countries", name, m.start(), m.end())
        for name in ("Peru", "Chile")
        for m in re.finditer(name, text)
    ]


def _unattributed(text: str) -> str:
    # A stand-in for the composer's: the words naming a source ("per the Gazette", "the
    # Institute's paper says") left out.
    text = re.sub(r"(?i)\bper the gazette,?\s*", "", text)
    return re.sub(r"(?i)\bdoes the institute's paper say\s*", "", text)


def test_a_follow_up_naming_its_source_drops_the_earlier_question_s_source():
    history = [
        Turn(role="user", content="Per the Gazette, what did Peru spend on dredging in 2019?"),
        Turn(role="assistant", content="PEN 40 million [1]."),
    ]
    resolved = resolve(
        "and what does the Institute's paper say that came to in dollars?",
        history,
        1,
        spans=_spans,
        unattributed=_unattributed,
    )
    assert "Gazette" not in resolved.context
    assert "dredging" in resolved.context


def test_a_follow_up_naming_no_source_keeps_the_earlier_question_s_source():
    history = [
        Turn(role="user", content="Per the Gazette, what did Peru spend on dredging in 2019?"),
        Turn(role="assistant", content="PEN 40 million [1]."),
    ]
    resolved = resolve(
        "and what did that come to in dollars?",
        history,
        1,
        spans=_spans,
        unattributed=_unattributed,
    )
    assert "Gazette" in resolved.context


@pytest.mark.slow
def test_a_later_ask_of_what_the_report_mentioned_gets_the_report_s_figure(assistant):
    answer = assistant.ask(
        "Which trade report was the first to list Korea's offsets as a barrier, which agency "
        "put it out, and what contract value did it cite?"
    )
    assert not answer.abstained
    assert "$10 million" in answer.answer or "USD 10 million" in answer.answer


@pytest.mark.slow
def test_a_request_listing_a_total_and_its_parts_gives_the_total_too(assistant):
    answer = assistant.ask(
        "Tell me the total value offsets have produced since 1983, and the shares and amounts "
        "for equipment acquisition and for parts manufacturing."
    )
    assert not answer.abstained
    assert "23.2 billion" in answer.answer
    assert "5.36 billion" in answer.answer and "7.14 billion" in answer.answer


@pytest.mark.slow
def test_the_threshold_now_against_at_the_start_names_the_year_it_was_set(assistant):
    answer = assistant.ask(
        "Then versus now: the offset threshold when the policy began against the one in force now?"
    )
    assert not answer.abstained
    assert "1 million" in answer.answer and "10 million" in answer.answer
    assert "2006" in answer.answer


def test_what_is_names_no_thing_for_a_later_pronoun():
    asks = ("what is the fee", "who set it")
    assert referents_put_in(asks)[1] == "who set the fee"
    assert referents_put_in(("what is due", "who set it")) == ("what is due", "who set it")
