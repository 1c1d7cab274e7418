"""A topic followed by what is asked of it ("The levy: who set it, when, and why?") is one part
per ask, each asked of the topic; times written in words ("when the scheme began", "to date",
"1990-95") are read as the years they name."""

from __future__ import annotations

import pytest

from assistant.answering.frame import (
    answer_type,
    dated,
    introduction_named,
    over_time,
    split_parts,
    threshold_named,
)


def test_each_ask_after_a_topic_is_a_part_asked_of_the_topic():
    parts = split_parts(
        "The harbour bill: who drafted it, in which year, and what would it change?"
    )
    assert parts == (
        "who drafted The harbour bill",
        "in which year (The harbour bill)",
        "what would The harbour bill change",
    )


def test_a_topic_introduced_in_words_or_set_off_by_a_dash_is_read_alike():
    parts = split_parts("Tell me about the ferry levy - when was it set, and by whom?")
    assert parts == ("when was the ferry levy set", "by whom (the ferry levy)")


def test_bare_nouns_after_a_topic_are_questions_for_them():
    parts = split_parts(
        "What did the 2019 survey find: the number of firms, their value, and share of exports?"
    )
    assert parts == (
        "what is the number of firms",
        "what is their value",
        "what is the share of exports",
    )
    assert [answer_type(p) for p in parts] == ["count", "quantity", "percent"]


def test_a_colon_inside_a_single_question_splits_nothing():
    assert len(split_parts("Korea's threshold: what is it?")) == 1


def test_a_fraction_asked_for_is_a_percentage():
    assert answer_type("What fraction of the budget went to ports?") == "percent"


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "What toll applied when the scheme was first introduced?",
            "What toll applied in 1950?",
        ),
        ("What was the toll at the outset of the scheme?", "What was the toll in 1950?"),
        ("How have tolls moved from 1961 to date?", "How have tolls moved from 1961 to 2020?"),
        ("Compare 1990-95 with 1996-2001.", "Compare 1990-1995 with 1996-2001."),
        ("What happened in 1998-03?", "What happened in 1998-2003?"),
        (
            "Give the tolls of 1994-97, and of the years after.",
            "Give the tolls of 1994-1997, and of the years after.",
        ),
        ("Toll receipts of 1994-97,500 ships", "Toll receipts of 1994-97,500 ships"),
        ("The toll in 1990-95. Why?", "The toll in 1990-1995. Why?"),
    ],
)
def test_times_named_in_words_are_read_as_years(question, read):
    assert dated(question, 1950, 2020) == read


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("Trace how the toll moved since 1961.", "Trace how the toll moved from 1961 to 2020."),
        (
            "How did the levy develop from 1999 onwards?",
            "How did the levy develop from 1999 to 2020?",
        ),
        ("How has the levy evolved after 1980?", "How has the levy evolved from 1981 to 2020?"),
        ("Trace the toll up to 1990, in order.", "Trace the toll from 1950 to 1990, in order."),
        (
            "Give the history of the levy before 1975.",
            "Give the history of the levy from 1950 to 1974.",
        ),
        (
            "How have the pilotage rules changed ever since they were first introduced?",
            "How have the pilotage rules changed from 1950 to 2020?",
        ),
        (
            "How has the harbour levy changed in the past five years?",
            "How has the harbour levy changed from 2016 to 2020?",
        ),
    ],
)
def test_an_open_span_of_a_history_is_closed_at_its_other_end(question, read):
    assert dated(question, 1950, 2020) == read


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "What did tolls raise over roughly thirty years up to 2010?",
            "What did tolls raise from 1981 to 2010?",
        ),
        (
            "What did the levy yield in the 12 years to 2019?",
            "What did the levy yield from 2008 to 2019?",
        ),
    ],
)
def test_a_span_counted_back_from_its_last_year_is_read_as_its_two_ends(question, read):
    assert dated(question, 1950, 2020) == read


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("What was the ten-year toll haul from 2001?", "What was toll haul from 2001 to 2010?"),
        (
            "What did the levy bring in over the four years starting in 2012?",
            "What did the levy bring in over from 2012 to 2015?",
        ),
        (
            "How much came in during the 3-year stretch beginning 1999?",
            "How much came in during stretch from 1999 to 2001?",
        ),
        # Already closed: nothing to count.
        (
            "What did the five years from 2011 to 2015 yield?",
            "What did the five years from 2011 to 2015 yield?",
        ),
    ],
)
def test_a_span_counted_forward_from_its_first_year_is_read_as_its_two_ends(question, read):
    assert dated(question, 1950, 2020) == read


@pytest.mark.slow
def test_a_follow_up_counting_years_from_a_year_gets_the_total_a_source_states(assistant):
    from assistant.answers import Turn

    first = "What offset value did Korea collect in 2021-2022 according to the KIET authors?"
    earlier = assistant.ask(first)
    answer = assistant.ask(
        "and the running total for the seven years from 2016?",
        history=[Turn(role="user", content=first), Turn(role="assistant", content=earlier.answer)],
    )
    assert "1.06 billion" in answer.answer


def test_a_since_clause_outside_a_history_qualifies_a_state_and_stays():
    question = "What has the harbour board called the levy since 2012?"
    assert dated(question, 1950, 2020) == question


def test_the_start_of_a_history_is_where_it_begins_not_a_year_it_is_confined_to():
    question = "Summarize the history of the toll from the outset of the scheme."
    assert dated(question, 1950, 2020) == question


def test_a_question_that_asks_when_something_began_keeps_its_words():
    question = "When did the toll scheme first begin?"
    assert dated(question, 1950, 2020) == question


def test_each_change_with_its_year_is_asked_along_time():
    assert over_time("List every revision of the toll in the order they came.")
    assert not over_time("Summarize the objections to the toll.")


def _conversation(assistant, *questions):
    history: list[dict[str, str]] = []
    answer = None
    for question in questions:
        answer = assistant.ask(question, history)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
    return answer


@pytest.mark.slow
def test_every_ask_after_a_topic_is_answered_and_no_sentence_twice(assistant):
    answer = _conversation(
        assistant,
        "The 2023 offset bill in the National Assembly: who led it, and what imports would it "
        "cover?",
    )
    assert "Sul Hoon" in answer.answer and "FMS" in answer.answer
    quotes = [c.quote for c in answer.citations]
    assert len(quotes) == len(set(quotes))


@pytest.mark.slow
def test_back_then_after_a_when_question_is_the_year_answered(assistant):
    answer = _conversation(
        assistant,
        "When was Korea's offset program launched?",
        "What threshold applied back then?",
    )
    assert "USD 1 million" in answer.answer


@pytest.mark.slow
def test_a_year_the_reading_puts_in_is_traced_to_a_quote_not_to_the_rewritten_question(assistant):
    from assistant.answering.figures import untraced

    answer = _conversation(
        assistant,
        "When did Korea's offset scheme start?",
        "And what threshold applied back then?",
    )
    assert answer.question == "And what threshold applied back then?"
    assert untraced(answer) == []


def test_a_thing_named_by_a_year_counted_from_the_present_is_named_by_that_year():
    assert (
        dated("How long was last year's harbour audit?", 1950, 2020)
        == "How long was the 2019 harbour audit?"
    )
    assert dated("What will next year's toll budget hold?", 1950, 2020) == (
        "What will the 2021 toll budget hold?"
    )
    assert dated("What did this year's harbour audit find?", 1950, 2020) == (
        "What did the 2020 harbour audit find?"
    )
    # A time something is compared with is left as the sources write theirs, and so is the
    # twelve months up to now.
    for question in (
        "Did the levy raise more this year than last year?",
        "What changed over the last year?",
    ):
        assert dated(question, 1950, 2020) == question


@pytest.mark.slow
def test_a_refused_follow_up_says_the_year_the_conversation_gave_not_a_blank(assistant):
    from assistant.wording import say

    answer = _conversation(
        assistant,
        "How many pages did the 2022 trade barrier report give Japan?",
        "And China?",
    )
    assert answer.abstained, answer.answer
    assert say("untraced_figure_mark") not in answer.answer
    assert "2022" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What toll applied when Norway first brought in the levy?",
        "What share was due when the Ministry first adopted its scheme?",
        "How large was the threshold when Chile first introduced offsets?",
    ],
)
def test_the_start_told_by_who_first_began_it_is_the_first_year(question):
    assert "in 1982" in dated(question, 1982, 2025)


def test_a_later_first_act_of_someone_is_no_program_start():
    # What a firm first did is its own event, not when the program began.
    assert "1982" not in dated(
        "What did the buyer pay when Boeing first delivered jets?", 1982, 2025
    )


@pytest.mark.parametrize(
    "question",
    [
        "Explain how the charge a ferry pays at the small northern harbour has risen.",
        "Summarize how the toll has evolved since the scheme was introduced.",
        "Outline the toll, ever since the scheme began.",
    ],
)
def test_a_long_subject_before_its_verb_of_change_or_a_story_from_the_start_is_along_time(
    question,
):
    assert over_time(question)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "How did the minimum deal size change?",
            "How did the threshold change?",
        ),
        (
            "What purchase value that activates the levy applied in 1990?",
            "What threshold the levy applied in 1990?",
        ),
        (
            "Was the value above which offsets are required ever cut?",
            "Was the threshold ever cut?",
        ),
        (
            "From what purchase amount does the offset obligation begin in Peru?",
            "From what threshold does the offset obligation begin in Peru?",
        ),
        (
            "At what deal size do offsets kick in there now?",
            "At what threshold do offsets kick in there now?",
        ),
    ],
)
def test_the_least_a_contract_must_be_worth_is_read_as_the_threshold(question, read):
    assert threshold_named(question) == read


def test_a_figure_of_the_offsets_themselves_is_no_threshold():
    question = "What was the lowest amount of offsets obtained in a period?"
    assert threshold_named(question) == question
    # Asked outright, a value the offsets reach is theirs, not a contract's.
    reached = "At what value do the offsets stand now?"
    assert threshold_named(reached) == reached


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Walk me through how the minimum deal size for a Korean offset obligation has shifted "
        "since the scheme was introduced.",
        "Summarize how the purchase value that triggers Korea's offset obligation has evolved, "
        "step by step.",
    ],
)
def test_a_history_of_the_threshold_told_in_other_words_lists_its_dated_steps(assistant, question):
    answer = assistant.ask(question)
    for step in ("1982", "1984", "1986", "2006", "USD 2 million", "USD 10 million"):
        assert step in answer.answer
    assert "USTR" not in answer.answer


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "When did Peru bring in its port levy scheme?",
            "When did Peru introduce its port levy scheme?",
        ),
        (
            "When were the harbour rules first rolled out?",
            "When were the harbour rules first introduced?",
        ),
        (
            "In which year was the toll system brought in?",
            "In which year was the toll system introduced?",
        ),
    ],
)
def test_a_program_brought_in_or_rolled_out_is_introduced(question, read):
    assert introduction_named(question) == read


def test_money_a_thing_brought_in_is_no_start():
    question = "How much revenue has the toll scheme brought in since 2010?"
    assert introduction_named(question) == question


@pytest.mark.slow
def test_the_year_a_program_was_brought_in_is_the_year_it_was_introduced(assistant):
    answer = assistant.ask("In what year did Seoul bring in its arms offset scheme?")
    assert "1982" in answer.answer
    assert "USTR" not in answer.answer


@pytest.mark.slow
def test_of_two_rows_telling_one_event_from_one_quote_the_fuller_answers(assistant):
    # The timeline dates the adoption alone; the policy table tells what followed it too.
    answer = assistant.ask("What has DAPA done with offset banking since taking it up?")
    assert "backburner" in answer.answer
