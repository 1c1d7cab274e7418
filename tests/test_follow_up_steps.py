"""A follow-up that steps along the offset rule's history ("and the one before?") asks the earlier
question of the neighbouring rule; one that asks whether a promise was kept ("did the firm
make good on that?") asks it of whoever the earlier question said made the promise; "that phase" is the
phase the earlier question named."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.answering.followup import RuleStep, is_follow_up, resolve
from assistant.answers import Turn

# A made-up rule history: the threshold moves in 1990, 1995 and 2010; the shares in 1995 only.
_RULES = (
    RuleStep(1980, Decimal(3_000_000), (Decimal(40), Decimal(40))),
    RuleStep(1990, Decimal(4_000_000), (Decimal(40), Decimal(40))),
    RuleStep(1995, Decimal(8_000_000), (Decimal(25), Decimal(25))),
    RuleStep(2010, Decimal(20_000_000), (Decimal(25), Decimal(25))),
    RuleStep(2015, Decimal(20_000_000), (Decimal(25), Decimal(25))),
)
_FIRMS = ("Acme Aero", "Borealis")


def _spans(text: str) -> list[tuple[str, str, int, int]]:
    return [
        ("companies", name, m.start(), m.end())
        for name in _FIRMS
        for m in re.finditer(re.escape(name), text)
    ]


def _asked(*questions: str) -> list[Turn]:
    turns = []
    for question in questions:
        turns += [Turn(role="user", content=question), Turn(role="assistant", content="…")]
    return turns


def _step(follow_up: str, *earlier: str) -> str:
    return resolve(follow_up, _asked(*earlier), 1, spans=_spans, rules=_RULES).question


@pytest.mark.parametrize(
    "follow_up", ["And the one before?", "what was it earlier?", "and previously?"]
)
def test_a_step_back_from_the_present_threshold_asks_of_the_last_other_threshold(follow_up):
    # 2015 kept 2010's threshold: the one before is the one that differs, from 1995.
    asked = _step(follow_up, "How large must a deal be to trigger offsets these days?")
    assert asked == "What was the offset threshold in 1995?"


def test_a_step_on_from_a_year_s_threshold_asks_of_the_next_threshold():
    asked = _step("What came next?", "What was the offset cut-off in 1990?")
    assert asked == "What was the offset threshold in 1995?"


def test_steps_in_a_chain_each_step_from_where_the_last_led():
    asked = _step("and the one before?", "What is the offset threshold now?", "and the one before?")
    assert asked == "What was the offset threshold in 1990?"


def test_a_step_from_a_threshold_stated_starts_at_the_year_it_was_set():
    asked = _step("And before then?", "When did the threshold reach USD 8 million?")
    assert asked == "What was the offset threshold in 1990?"


def test_a_step_that_names_its_year_asks_of_that_year():
    asked = _step("and earlier, back in 1990?", "What contract value triggers offsets today?")
    assert asked == "What was the offset threshold in 1990?"


def test_a_step_back_from_a_required_share_steps_over_years_the_share_held():
    # The threshold moved in 1990, the share did not: the share before 1995's is 1980's.
    asked = _step("and the one before?", "What share of the contract had to be offset in 1995?")
    assert asked == "What share of the contract value had to be offset in 1980?"


def test_a_step_after_a_turn_that_changed_only_the_year_steps_the_measure_first_asked():
    # "And in 1995?" names no measure: the threshold is what the conversation is about.
    asked = _step("And the one before that?", "What is the offset threshold now?", "And in 1995?")
    assert asked == "What was the offset threshold in 1990?"


def test_a_step_after_a_year_change_in_a_conversation_about_the_share_steps_the_share():
    asked = _step("and the one before?", "What share must be offset in 2015?", "and in 1995?")
    assert asked == "What share of the contract value had to be offset in 1980?"


def test_a_bare_step_is_a_follow_up_however_many_words_of_the_topic_it_has():
    assert is_follow_up("What came next?", 5)
    assert not is_follow_up("What came next for the tanker program?", 5)
    earlier = _asked("What was the offset cut-off in 1990?")
    asked = resolve("What came next?", earlier, 5, spans=_spans, rules=_RULES).question
    assert asked == "What was the offset threshold in 1995?"


def test_a_step_after_a_question_about_no_rule_is_no_step():
    history = _asked("When did the agency adopt offset banking?")
    resolved = resolve("And the one before?", history, 1, spans=_spans, rules=_RULES)
    assert resolved.question == "And the one before?"


def test_a_step_that_asks_something_else_too_is_no_step():
    history = _asked("What is the offset threshold now?")
    resolved = resolve("Who ran the agency before that?", history, 1, spans=_spans, rules=_RULES)
    assert "threshold in" not in resolved.question


@pytest.mark.parametrize(
    "follow_up",
    ["Did the firm make good on that?", "did it follow through?", "Were those carried out?"],
)
def test_asking_whether_a_promise_was_kept_asks_it_of_the_firm_that_made_it(follow_up):
    resolved = resolve(
        follow_up, _asked("What did Borealis pledge for the frigate order?"), 1, spans=_spans
    )
    assert resolved.question == "How far were Borealis's offset commitments kept?"


def test_a_figure_of_the_promise_restated_to_check_asks_nothing_of_its_keeping():
    follow_up = "My notes say the transfer part was $40M. right?"
    resolved = resolve(
        follow_up, _asked("What did Borealis pledge for the frigate order?"), 1, spans=_spans
    )
    assert resolved.question == follow_up


@pytest.mark.parametrize(
    "follow_up",
    [
        "Did it hold some of it back?",
        "was any of it withheld?",
        "did they refuse part of it?",
        "did it withhold any technology?",
    ],
)
def test_asking_whether_some_of_a_promise_was_kept_back_asks_how_far_it_was_kept(follow_up):
    def spans(text: str) -> list[tuple[str, str, int, int]]:
        # A part of a package named ("technology") is no other party.
        parts = [
            ("categories", "technology", m.start(), m.end()) for m in re.finditer("tech", text)
        ]
        return _spans(text) + parts

    resolved = resolve(
        follow_up, _asked("What did Borealis pledge for the frigate order?"), 1, spans=spans
    )
    assert resolved.question == "How far were Borealis's offset commitments kept?"


def test_asking_whether_another_named_party_held_back_is_left_as_asked():
    resolved = resolve(
        "Did Acme Aero hold anything back?",
        _asked("What did Borealis pledge for the frigate order?"),
        1,
        spans=_spans,
    )
    assert resolved.question == "Did Acme Aero hold anything back?"


def test_asking_whether_someone_delivered_after_no_promise_is_left_as_asked():
    resolved = resolve("Did they honour it?", _asked("Who built the frigates?"), 1, spans=_spans)
    assert resolved.question == "Did they honour it?"


def _answered(question: str, answer: str) -> list[Turn]:
    return [Turn(role="user", content=question), Turn(role="assistant", content=answer)]


def test_what_the_rules_required_back_then_asks_of_the_rule_of_the_year_answered():
    history = _answered("When did the scheme start?", "1980: The scheme starts [1].")
    resolved = resolve("so what were the rules at that time?", history, 1, rules=_RULES)
    assert resolved.question == "What did the offset rule require in 1980?"


@pytest.mark.parametrize(
    "follow_up",
    [
        "and what did it demand at that time?",
        "So what did they ask for back then?",
        "what did the program impose on sellers in that year?",
    ],
)
def test_what_the_program_demanded_back_then_asks_of_the_rule_of_the_year_answered(follow_up):
    history = _answered("When did the scheme start?", "1980: The scheme starts [1].")
    resolved = resolve(follow_up, history, 1, rules=_RULES)
    assert resolved.question == "What did the offset rule require in 1980?"


def test_what_a_named_buyer_demanded_back_then_is_not_the_rule():
    history = _answered("When did the scheme start?", "1980: The scheme starts [1].")
    resolved = resolve("and what did the navy demand at that time?", history, 1, rules=_RULES)
    assert "offset rule require" not in resolved.question


def test_a_question_about_the_rules_then_that_asks_more_is_left_to_the_earlier_question():
    history = _answered("When did the scheme start?", "1980: The scheme starts [1].")
    resolved = resolve("and which ministry wrote the rules back then?", history, 1, rules=_RULES)
    assert "offset rule require" not in resolved.question


def test_that_and_a_noun_the_earlier_question_named_is_written_as_it_named_it():
    history = _asked("What did the agency decide about the frigate's third stage?")
    resolved = resolve("When was that, and what is that stage worth?", history, 1, spans=_spans)
    assert resolved.question == "When was that, and what is the frigate's third stage worth?"


def test_that_and_a_noun_the_earlier_question_named_plainly_is_left_as_asked():
    history = _asked("When was the stage approved?")
    resolved = resolve("what is that stage worth?", history, 1, spans=_spans)
    assert resolved.question == "what is that stage worth?"


@pytest.mark.parametrize(
    "follow_up",
    [
        "and since when has it been at its current level?",
        "when did it get to the figure it stands at today?",
        "And in which year did it come to the value it has now?",
    ],
)
def test_when_the_threshold_reached_its_present_level_asks_of_its_last_change(follow_up):
    # The threshold last moved in 2010; 2015 kept it: the level now was reached in 2010.
    asked = _step(follow_up, "What contract value set off an offset obligation at first?")
    assert asked == "What was the offset threshold in 2010?"


def test_when_the_required_share_reached_its_present_level_asks_of_its_last_change():
    asked = _step(
        "and when did it settle at the level it is at now?",
        "What percent of the contract did the rule require in 1980?",
    )
    assert asked == "What share of the contract value had to be offset in 1995?"


def test_a_present_level_asked_of_no_measure_of_the_rule_is_no_step():
    follow_up = "and when did it reach the level it is at now?"
    asked = _step(follow_up, "How much did the offset trade come to in 2015?")
    assert asked != "What was the offset threshold in 2010?"
    assert "had to be offset in" not in asked
