"""A follow-up is read against what the conversation already holds: a sum the last answer
states in the currency now asked is quoted, not worked out again; "which ones?" after a count
asks which things were counted; what a person promised is in their own words; and a "how long"
picks no row by its asking word."""

from __future__ import annotations

from decimal import Decimal

from conversations import answer_after, earlier_turns

from assistant.answering.compose import _asks_what_person_promised
from assistant.answering.followup import asks_which_counted, is_follow_up, resolve
from assistant.answering.routing import stated_conversion

_LEVY = "The board set the levy at $5 million (about KRW 6.5 billion) a year. [1]"


def test_the_sum_the_last_answer_states_in_the_currency_asked_is_that_claim():
    claim = "The board set the levy at $5 million (about KRW 6.5 billion) a year."
    # At the rate the stated sum implies, to the precision it is written in, or at no rate.
    assert stated_conversion("and in won at 1,300?", _LEVY) == claim
    assert stated_conversion("what is that in won?", _LEVY) == claim
    assert stated_conversion("and in won at 1,310 a dollar?", _LEVY) == claim  # 6.55 billion


def test_a_sum_at_another_rate_or_not_beside_its_conversion_is_worked_out_instead():
    assert stated_conversion("and in won at 1,200?", _LEVY) is None
    apart = "The levy was $5 million [1]. Growers exported KRW 6.5 billion [2]."
    assert stated_conversion("and in won at 1,300?", apart) is None
    # Two sums in dollars: which one is meant is not told.
    two = "The levy was $5 million (about KRW 6.5 billion) and the fee $2 million. [1]"
    assert stated_conversion("and in won?", two) is None
    # A follow-up with an amount of its own asks of that amount.
    assert stated_conversion("and $8 million in won at 1,300?", _LEVY) is None
    # The currency the answer already states asked again is no conversion asked.
    assert stated_conversion("and in dollars?", _LEVY) is None
    # A rounding asked for asks for the working.
    assert stated_conversion("and in won at 1,300, to two decimals?", _LEVY) is None
    refused = "I can't answer that from the sources. (about KRW 6.5 billion)"
    assert stated_conversion("and in won?", refused) is None


def test_a_conversion_the_sources_state_at_the_rate_asked_is_quoted_without_the_calculator(
    assistant,
):
    answer = answer_after(
        assistant,
        "What contract value sets off an offset obligation, according to the NTE?",
        "what is that in won at 1,470?",
    )
    assert not answer.tool_calls
    assert "14.7 billion" in answer.answer
    assert answer.citations
    # At another rate the sum is worked out.
    answer = answer_after(
        assistant,
        "What contract value sets off an offset obligation, according to the NTE?",
        "what is that in won at 1,390?",
    )
    (call,) = answer.tool_calls
    assert Decimal(call.output["result"]) == 10_000_000 * 1390


def test_which_ones_after_a_count_asks_which_things_were_counted():
    history = earlier_turns("How many ports did the board close in 2019?")
    for asked in ("which ones are named?", "name them", "and which one is mentioned?"):
        assert is_follow_up(asked, 3)
        resolved = resolve(asked, history, 3)
        assert resolved.question == "Which ports did the board close in 2019?"
        assert resolved.context == ""


def test_which_one_with_words_of_its_own_or_after_no_count_is_read_otherwise():
    assert not asks_which_counted("which port reopened first?")
    assert not asks_which_counted("which ones did the growers sell abroad?")
    history = earlier_turns("What ports did the board close in 2019?")
    assert resolve("which ones are named?", history, 3).question == "which ones are named?"


def test_the_named_count_is_answered_with_the_things_named(assistant):
    answer = answer_after(
        assistant,
        "How many key technologies were withheld from Korea in the stealth fighter deal?",
        "which ones are named?",
    )
    assert "radar" in answer.answer


def test_what_a_person_promised_is_asked_of_their_words_a_firm_s_of_its_package():
    assert _asks_what_person_promised("What did she pledge the growers?")
    assert _asks_what_person_promised("And what did Han Duck-soo vow to the exporters?")
    assert not _asks_what_person_promised("What did Acme pledge for the frigates?")
    assert not _asks_what_person_promised("What did the guild say about the levy?")


def test_a_person_s_promise_is_answered_by_what_they_said(assistant):
    answer = answer_after(
        assistant,
        "Which business chiefs sat down with Han Duck-soo at the task force's first session?",
        "what did he pledge the chiefs?",
    )
    assert "support measures" in answer.answer


def test_a_how_long_names_no_row_by_its_asking_word(assistant):
    composer = assistant._fresh()
    terms = composer._subject_terms("How long has the levy on growers stood?")
    assert "long" not in terms
    assert {"levi", "grower"} & terms or "levy" in " ".join(terms)
    assert "long" in composer._subject_terms("Which long-standing complaints did growers raise?")
