"""An act on an instrument that the sources only plan, expect or propose has no outcome to give.

- "What changed once the harbour pact was signed?" takes the signing as done. When every clause
  of the sources that tells of signing that pact puts it in the irrealis ("the ports are in talks
  to sign the harbour pact", "the process of signing the pact"), the sources cannot give what
  followed it.
- One clause telling of the act as done ("the ports signed the harbour pact in May") is enough to
  leave the question to the other checks; so is silence (no clause uses the verb on that thing).
- Only acts on an instrument (an agreement, a bill, a tariff, a clause) are judged, and only
  when the question itself states them as done: "when will the pact be signed?" asks of a plan.
"""

from __future__ import annotations

from assistant.answering.anticipated_events import acts_done, only_anticipated

_PLANNED = (
    "The two ports have been in talks since 2019 to sign a harbour fee pact. "
    "“The dues will likely be settled during the process of signing the harbour fee pact,” "
    "the harbour master said. "
    "The council is pushing for an amendment to the Port Act to repeal the pilotage clause."
)
_SIGNED = "The two ports signed the harbour fee pact in May 2021."


def test_a_question_states_an_act_on_an_instrument_as_done():
    assert [stem for stem, _ in acts_done("What changed once the harbour fee pact was signed?")]
    assert [stem for stem, _ in acts_done("When did the ports finally sign the harbour pact?")]
    assert [stem for stem, _ in acts_done("How were dues settled in the signed harbour pact?")]


def test_a_planned_act_or_an_act_on_no_instrument_is_not_taken_as_done():
    assert acts_done("When will the harbour fee pact be signed?") == []
    assert acts_done("When would the pact be signed, per the harbour master?") == []
    # the pact is the subject of "helped": nothing is done to it
    assert acts_done("Which ferries did the pact helped pay for?") == []
    # a threshold changed: an act told in many words, not judged by its verb
    assert acts_done("How has the harbour fee threshold changed since 2019?") == []


def test_an_act_the_sources_only_plan_has_no_outcome_in_them():
    asked = "What did the ports give up once the harbour fee pact was signed?"
    assert only_anticipated(asked, [_PLANNED]) is not None
    repealed = "Which pilotage clause did the council finally repeal from the Port Act?"
    assert only_anticipated(repealed, [_PLANNED]) is not None


def test_one_clause_telling_of_the_act_as_done_leaves_the_question_to_other_checks():
    asked = "What did the ports give up once the harbour fee pact was signed?"
    assert only_anticipated(asked, [_PLANNED, _SIGNED]) is None


def test_silence_on_the_act_is_left_to_other_checks():
    asked = "What did the ports give up once the ferry lease agreement was signed?"
    assert only_anticipated(asked, [_PLANNED]) is None
