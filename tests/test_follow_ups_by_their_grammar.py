"""A follow-up is told by its grammar as well as by its words: the subject an auxiliary asks of
("how many cranes did that buy?"), a clause it completes ("above what tonnage?"). Once
resolved, a follow-up that asks when asks for a time of its own, and one that steps a year
("the year before") asks of that year."""

from __future__ import annotations

from conversations import answer_after, earlier_turns

from assistant.answering.followup import is_follow_up, resolve
from assistant.answering.routing import route


def test_that_standing_alone_after_an_auxiliary_points_back_at_what_was_said():
    # Many topic words of its own, yet "that" is the subject asked of.
    assert is_follow_up("How many harbour cranes did that buy?", 3)
    assert is_follow_up("Did this cover the dredging of the harbour?", 3)
    assert is_follow_up("Would that apply to Ruritanian crane makers?", 3)
    assert is_follow_up("Has this been published by the harbour board?", 3)
    # A determiner's noun followed by its verb names what the question asks of.
    assert not is_follow_up("Would that levy change affect crane exporters?", 3)
    # A comparison that names the side it asks for asks for that side: the earlier answer gave
    # the other.
    assert not is_follow_up("How does that compare with the harbour dues of 1990?", 3)
    # A measure the earlier answer gave, named by its noun, is referred to.
    assert is_follow_up("When was that share cut, and by how much?", 3)
    # "that" as a conjunction after a verb of saying or a noun is no reference.
    assert not is_follow_up("Did the port authority say that harbour dues rose?", 3)
    assert not is_follow_up("Is it true that the levy on cranes was cut?", 3)


def test_a_question_opening_on_a_preposition_of_place_or_time_completes_the_earlier_one():
    assert is_follow_up("above what tonnage?", 3)
    assert is_follow_up("before which harbour inspection?", 3)
    assert is_follow_up("after how many years of dredging?", 3)
    # A preposition that is not followed by its question word opens a question of its own.
    assert not is_follow_up("After the dredging of the harbour, what did the levy fund?", 3)


def test_a_chain_of_completing_turns_leans_on_the_question_that_started_it():
    history = [
        *earlier_turns("What share of a crane order had to be paid up front in 1990?"),
        *earlier_turns("above what tonnage?"),
    ]
    resolved = resolve("When was that share cut, and to what?", history, 3)
    assert "crane order" in resolved.context
    assert "above what tonnage?" in resolved.context


def test_a_follow_up_asking_when_drops_the_earlier_question_s_year():
    history = earlier_turns("What harbour levy did the port charge in 1990?")
    resolved = resolve("When was that share cut?", history, 3)
    assert "1990" not in resolved.context
    assert "harbour levy" in resolved.context
    # A follow-up asking anything else keeps the earlier year.
    assert "1990" in resolve("Who did that go to?", history, 3).context


def test_a_change_asked_by_its_size_in_a_currency_is_the_difference(data):
    found = route(
        "How big was the fall in dredging spending from $40 million to $25 million, in dollars?",
        data,
    )
    assert found is not None
    assert [r.operation for r in found.requests] == ["evaluate"]
    (worked,) = found.requests
    assert "40" in (worked.expression or "") and "25" in (worked.expression or "")
    # Asked by its size without a currency, it is the change in percent.
    found = route("How steep was the fall from $40 million to $25 million?", data)
    assert found is not None
    assert [r.operation for r in found.requests] == ["percent_change"]


def test_a_count_asked_of_what_the_earlier_answer_bought_is_answered(assistant):
    answer = answer_after(
        assistant,
        "What did the air force spend on its stealth fighters, roughly?",
        "How many jets did that buy?",
    )
    assert not answer.abstained
    assert "40" in answer.answer


def test_the_fall_asked_in_dollars_after_two_periods_is_the_difference(assistant):
    answer = answer_after(
        assistant,
        "What were offsets worth in 2011-2015 and in 2016-2020?",
        "So how big was the fall, in dollars?",
    )
    assert answer.tool_calls
    assert "7,190,000,000" in answer.answer


def test_the_year_before_or_after_is_the_earlier_question_asked_of_that_year():
    history = earlier_turns("How many cranes did the harbour board order in 2019?")
    for asked, year in [
        ("And the year before?", "2018"),
        ("what about the previous year?", "2018"),
        ("and a year later?", "2020"),
        ("and two years earlier?", "2017"),
    ]:
        resolved = resolve(asked, history, 1)
        assert resolved.question == f"How many cranes did the harbour board order in {year}?"
        # The year is the user's own, stepped from the one they wrote: an answer may state it.
        assert resolved.derived == resolved.question


def test_the_year_before_a_period_is_the_one_year_next_to_it():
    history = earlier_turns("What did dredging cost from 2016 to 2020?")
    resolved = resolve("And the year before?", history, 1)
    assert resolved.question == "What did dredging cost in 2015?"
    # A period asked of a period moves by the period's length, as before.
    resolved = resolve("And the five years before?", history, 1)
    assert resolved.question == "What did dredging cost from 2011 to 2015?"


def test_a_year_step_needs_one_year_to_step_from():
    two = earlier_turns("Did the levy differ in 2019 or in 2021?")
    assert resolve("And the year before?", two, 1).derived == ""
    none = earlier_turns("How many cranes did the harbour board order?")
    assert resolve("And the year before?", none, 1).derived == ""


def test_the_count_of_the_year_before_is_answered_with_that_year(assistant):
    answer = answer_after(
        assistant,
        "How many Korean cases did the USTR list in its 2025 report?",
        "And the year before?",
    )
    assert not answer.abstained
    assert "18" in answer.answer
    assert "2024" in answer.answer


def test_a_question_opening_on_a_preposition_with_a_clause_of_its_own_stands_alone():
    # The verb after the asked-for words opens the question's own clause, with its own subject:
    # it asks a new thing, and the earlier question is no context of it.
    assert not is_follow_up("In what year was the harbour board founded?", 3)
    assert not is_follow_up("Under which law did Ruritania levy the crane dues?", 3)
    # A completing turn with no verb of its own still leans on the earlier question.
    assert is_follow_up("in which year?", 3)
    assert is_follow_up("with how many crane makers?", 3)


def test_there_at_the_end_points_back_at_a_place_the_conversation_named():
    assert is_follow_up("What levy does the republic charge on cranes there?", 3)
    # The "there" of being refers to nothing.
    assert not is_follow_up("How many harbour cranes are there?", 3)


def test_that_as_the_object_of_a_wish_points_back_at_what_was_said():
    assert is_follow_up("What does the harbour board want that raised to?", 3)
    assert is_follow_up("Would the ministry like this cut to ten berths?", 3)
    # "That" opening a clause after a verb of wishing is a conjunction.
    assert not is_follow_up("Does the harbour board want that the crane levy rises?", 3)
