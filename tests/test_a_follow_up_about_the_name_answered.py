"""A follow-up whose "it" or "he" stands for the name the last answer gave ("which firm built the
drones?" — "Acme Aero" — "when was it founded?") asks about that name: the name is its whole
subject, so it is answered from its own words first, without the earlier question's words (what
the name was asked for), which find statements about that instead."""

from __future__ import annotations

from conversations import answer_after, earlier_turns

from assistant.answering.followup import resolve


def _named(kind: str, text: str) -> str | None:
    # A stand-in for the composer's name table: one firm, which answers for an organisation.
    if "Acme Aero" in text and kind in ("company", "organisation", "agent"):
        return "Acme Aero"
    return None


def test_the_name_put_in_for_a_pronoun_is_kept_as_the_referent():
    history = earlier_turns("Which firm built the drones?", "Acme Aero built them [1].")
    resolved = resolve("when was it founded?", history, 1, _named)
    assert resolved.question == "when was Acme Aero founded?"
    assert resolved.referent == "Acme Aero"
    assert resolved.context  # the earlier question is still there to fall back on


def test_a_follow_up_without_a_pronoun_has_no_referent():
    history = earlier_turns("Which firm built the drones?", "Acme Aero built them [1].")
    assert resolve("and the tanks?", history, 1, _named).referent == ""


def test_the_body_an_answer_named_is_asked_about_in_the_follow_up_s_own_words(assistant):
    answer = answer_after(
        assistant,
        "Which agency handles Korea's offsets?",
        "when was it created?",
    )
    assert "2006" in answer.answer
