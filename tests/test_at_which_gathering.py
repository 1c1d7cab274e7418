""" "At which meeting / at what event" asks where something was said or done, named as a gathering
("the Defense Offset Roundtable"), not an amount ("at what price"): a sentence naming the
gathering answers it, and one that names none (a date, a decision, an agreement) does not."""

from __future__ import annotations

import pytest

from assistant.answering.frame import frame_of


def test_at_which_gathering_asks_for_a_place_and_at_what_price_for_an_amount():
    assert frame_of("At what forum did she first present the study?").answer_type == "place"
    assert frame_of("At which conference was the plan unveiled, and when?").answer_type == "place"
    assert frame_of("At what price was the contract signed?").answer_type == "money"


@pytest.mark.parametrize(
    "question",
    [
        "At what forum did the KIET author first present this work, and on what date?",
        "The KIET brief began as a presentation. At which roundtable was it delivered?",
        "At which conference did the KIET author present the paper, and when?",
    ],
)
def test_the_gathering_a_paper_was_first_presented_at_is_named(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained
    assert "Defense Offset Roundtable" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "At what summit did the two leaders agree to start the RDP talks?",
        "At what meeting did DAPA decide to skip offsets for the F-35?",
    ],
)
def test_a_gathering_the_sources_never_name_is_refused(assistant, question):
    assert assistant.ask(question).abstained
