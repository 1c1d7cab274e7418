"""An opening that asks to check what follows ("Checking a figure in our memo: …") is no opening
about the asker to set aside: it makes the question a claim, which the rest alone is not."""

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
