"""A claim is kept as the user put it. An opening that asks to check what follows ("Checking a
figure in our memo: …") is no opening about the asker to set aside: it makes the question a
claim, which the rest alone is not. The "it" of a closing question tag ("…, doesn't it?") stands
for the statement's own subject, never for a name an earlier answer gave."""

from __future__ import annotations

from assistant.answering.claims import is_claim
from assistant.answering.preamble import without_preamble


def test_an_opening_asking_to_check_what_follows_is_kept() -> None:
    question = "Checking a figure in our memo: Zephyr pledged $41.5 million for the Harbor ferries."
    assert is_claim(question)
    assert without_preamble(question) == question


def test_an_opening_about_the_asker_is_still_set_aside() -> None:
    question = "I'm preparing a memo for my boss. What did Zephyr pledge for the Harbor ferries?"
    assert without_preamble(question).startswith("What did Zephyr")


def test_the_it_of_a_closing_question_tag_refers_to_nothing_earlier() -> None:
    from assistant.answering.followup import _refer

    question = "Borduria asks for at least 45 percent per deal, doesn't it?"
    assert _refer(question, "Ruritania") == question
