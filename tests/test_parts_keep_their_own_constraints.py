"""Each part of a multi-part question, and a follow-up, is searched with its own constraints and
what the conversation settled: a part that names its own source is answered from it, not from the
source a leading clause named for the other parts; a part that refers back ("them", "it") is
asked of the thing the part before named; a part of a package named without its program is the
part of the program asked about before."""

from __future__ import annotations

import pytest

from assistant.answering.attribution import attributed
from assistant.answering.followup import program_of_part

CALLED = {"gazette": ("Harbour Gazette", "Gazette"), "daily": ("Port Daily",)}


@pytest.mark.parametrize(
    "question",
    [
        "what does the Gazette put them at?",
        "And what does the Harbour Gazette put that at?",
        "What does the Gazette put the total at?",
    ],
)
def test_what_a_piece_puts_a_figure_at_is_read_in_that_piece(question):
    named = attributed(question, CALLED)
    assert named is not None and named.sources == ("gazette",)


def test_putting_a_thing_somewhere_else_is_no_attribution():
    assert attributed("Did the Gazette put cranes on the quay?", CALLED) is None


def test_a_part_of_a_package_named_alone_takes_the_program_asked_before():
    asked = program_of_part(
        "how much of the SME export part had been delivered by 2022",
        "What did Airbus pledge for the KC-X tankers",
    )
    assert "KC-X" in asked


@pytest.mark.parametrize(
    ("question", "earlier"),
    [
        # The part names its program itself.
        ("how much of the F-35A SME exports were done", "What did Airbus pledge for the KC-X"),
        # The part names no part of a package.
        ("when were they delivered", "What did Airbus pledge for the KC-X tankers"),
        # The earlier words name no one program.
        ("how much of the SME exports were done", "Which deals carried offsets in 2018?"),
    ],
)
def test_a_part_keeps_its_words_when_no_one_program_is_left_unsaid(question, earlier):
    assert program_of_part(question, earlier) == question


@pytest.mark.slow
def test_a_part_naming_its_own_source_is_answered_from_it_beside_a_leading_source(assistant):
    answer = assistant.ask(
        "According to KIET, how much did Korea win in offsets during 2016-2020, and what does "
        "Hankyung put them at?"
    )
    assert not answer.abstained
    sources = {c.source_id for c in answer.citations}
    assert "004_840937613cbc5a16" in sources  # Hankyung's own sentence
    assert "plummeted" in answer.answer


@pytest.mark.slow
def test_a_part_referring_back_is_asked_of_the_earlier_part_s_thing(assistant):
    answer = assistant.ask(
        "Per Yonhap, what were Korea's offsets worth over 2016-2020, and what does Asiae say "
        "they were worth?"
    )
    assert not answer.abstained
    assert "$800 million" in answer.answer  # Yonhap's
    assert "1 trillion KRW" in answer.answer  # Asiae's


@pytest.mark.slow
def test_a_package_part_asked_beside_its_program_gets_that_program_s_rate(assistant):
    answer = assistant.ask(
        "What offsets did Airbus promise with the KC-X deal, and what share of the SME "
        "export part had been carried out by 2022?"
    )
    assert not answer.abstained
    assert "10%" in answer.answer
    assert "23.4%" not in answer.answer  # the F-35A's rate for the same part


@pytest.mark.slow
def test_a_follow_up_naming_another_source_drops_the_earlier_source(assistant):
    history = [
        {"role": "user", "content": "What did Yonhap say offsets were worth in 2016-2020?"},
        {"role": "assistant", "content": "From 2016 to 2020, ... stood at $800 million. [1]"},
    ]
    answer = assistant.ask("And what does Hankyung put them at?", history)
    assert not answer.abstained
    assert any(c.source_id == "004_840937613cbc5a16" for c in answer.citations)


@pytest.mark.slow
def test_a_part_of_its_own_time_is_asked_of_that_time_not_the_earlier_part_s(assistant):
    answer = assistant.ask(
        "When was Korea's offset policy launched, and what purchase size triggers it now?"
    )
    assert not answer.abstained
    assert "1982" in answer.answer
    assert "10 million" in answer.answer.replace("US$10 million", "USD 10 million")
