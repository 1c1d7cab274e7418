"""A verdict on a claim rests on a statement that carries the claimed figure for the same thing:
a figure held up against a named reporter's is a claim; a "yes" or "not as stated" leads with the
statement that decides it; a period's total says nothing of one year in it; and a figure only an
older rule had is no confirmation of the rule as it stands."""

from __future__ import annotations

import pytest

from assistant.answering.claims import claim_times, first_time_verdict, is_claim, judge, of_now
from assistant.answering.verdict_lead import led_by_deciding
from assistant.answers import Answer, Citation

_COUNTRIES = ("peru", "chile")


def _names(text: str) -> dict[str, frozenset[str]]:
    lower = text.lower()
    return {"countries": frozenset(c for c in _COUNTRIES if c in lower)}


@pytest.mark.parametrize(
    "question",
    [
        "The port handled 90 ships - is that the figure the Gazette gives?",
        "The census puts the town at 4,000 people. Is that the number it reports?",
        "Is this the date Reuters uses for the signing? 3 May 2001.",
        "My draft puts the levy at 12 percent for 2019.",
    ],
)
def test_a_figure_held_up_against_a_reporter_s_or_one_s_own_draft_is_a_claim(question):
    assert is_claim(question)


@pytest.mark.parametrize(
    "question",
    ["What is the figure the Gazette gives for 2019?", "Which number does the census report?"],
)
def test_asking_for_a_reporter_s_figure_is_no_claim(question):
    assert not is_claim(question)


def _answer(text: str, markers: int) -> Answer:
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=f"q{i}", start=0, end=2)
        for i in range(1, markers + 1)
    ]
    return Answer(question="q", answer=text, citations=citations)


def test_a_yes_leads_with_the_statement_carrying_the_claimed_figure():
    answer = _answer(
        "Yes, the sources say so: The port is busy. [1] It handled 90 ships in 2019. [2]", 2
    )
    led = led_by_deciding("The port handled 90 ships in 2019, right?", answer)
    assert led.answer == (
        "Yes, the sources say so: It handled 90 ships in 2019. [1] The port is busy. [2]"
    )
    # Markers are numbered again in reading order, each citation with its own quote.
    assert [(c.marker, c.quote) for c in led.citations] == [(1, "q2"), (2, "q1")]


def test_a_no_leads_with_the_statement_of_the_sources_own_figure():
    answer = _answer(
        "Not as stated; the sources say: The port is busy. [1]\n\nIt handled 70 ships. [2]", 2
    )
    led = led_by_deciding("The port handled 90 ships, right?", answer)
    assert led.answer.startswith("Not as stated; the sources say: It handled 70 ships. [1]")
    assert "\n\n" not in led.answer


def test_an_answer_already_led_by_its_figure_or_without_a_verdict_is_unchanged():
    led = _answer("Yes, the sources say so: It handled 90 ships. [1] It is busy. [2]", 2)
    assert led_by_deciding("It handled 90 ships, right?", led) is led
    plain = _answer("The port is busy. [1] It handled 90 ships. [2]", 2)
    assert led_by_deciding("It handled 90 ships, right?", plain) is plain


def test_a_period_s_total_neither_bears_out_nor_corrects_one_year_in_it():
    answer = "From 2010 to 2014 the fund paid out $900 million [1]."
    assert judge("The fund paid out $200 million in 2012, right?", answer, _names) == "unstated"
    # The same period claimed is corrected by it.
    assert judge("The fund paid out $200 million in 2010-2014, right?", answer, _names) == "no"


def test_a_claim_of_now_dates_nothing_and_puts_nothing_in_the_past():
    assert of_now("The levy kicks in at $4 million, right?")
    assert not of_now("The levy kicked in at $4 million, right?")
    assert not of_now("The levy kicks in at $4 million in 1991, right?")


@pytest.mark.slow
def test_a_trigger_only_an_older_rule_had_is_corrected_by_the_rule_in_force(assistant):
    answer = assistant.ask("My file says offset duties kick in at USD 2 million. Is that so?")
    assert answer.answer.startswith("Not as stated")
    assert "USD 10 million" in answer.answer
    assert not answer.tool_calls


def test_a_first_is_borne_out_by_a_statement_of_the_first_and_a_repeat_contradicted():
    answer = "The agency listed Peru's mining levy as a barrier for the first time [1]."
    first = "Is this the first time the agency listed Peru's levy as a barrier?"
    assert first_time_verdict(first, answer) == "yes"
    repeat = "The agency had already listed Peru's levy as a barrier in earlier years, right?"
    assert first_time_verdict(repeat, answer) == "no"
    # A first of something else, or a claim of neither, is not judged.
    other = "The agency had already named Chile's port fees before, right?"
    assert first_time_verdict(other, answer) is None
    assert first_time_verdict("The agency listed Peru's levy, right?", answer) is None


def test_a_year_naming_an_edition_does_not_date_the_claim():
    assert claim_times("the 2019 survey counted 40 mines") == []
    assert claim_times("Lima's 2019 yearbook counted 40 mines") == []
    assert claim_times("the mines numbered 40 in 2019") == [(2019, 2019)]
    answer = "The survey counted 31 mines, against 40 in 2017 [1]."
    assert judge("I read the 2019 survey counted 44 mines. Right?", answer, _names) == "no"
