"""A noun naming a figure by its form ("share", "proportion", "size") asks for the figure: the
sources write "23.1 percent", never "a share of", so it is no word a sentence must cover. Nor is
the verb pointing at the part ("came from", "went to")."""

from __future__ import annotations

import pytest

from assistant.answering.scope import Scope

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "part", "amount"),
    [
        (
            "What total did offsets generate for Korean defence firms between 1983 and 2022, and "
            "what proportion of it came from parts manufacturing and exports?",
            "30.8",
            "7.14",
        ),
        (
            "Over 1983-2022, what did offsets bring Korea's defense makers in all, and what "
            "portion of it came from equipment acquisition?",
            "23.1",
            "5.36",
        ),
        (
            "How much offset value did Korean defense firms collect between 1983 and 2022, and "
            "what share of it went to parts manufacturing and exports?",
            "30.8",
            "7.14",
        ),
    ],
)
def test_a_part_asked_for_as_a_share_of_a_total_comes_with_the_total(
    assistant, question, part, amount
):
    answer = assistant.ask(question)
    assert "do not answer" not in answer.answer
    assert part in answer.answer  # the part, as its percentage
    assert amount in answer.answer  # and its amount
    assert "23.2 billion" in answer.answer  # the whole it is a part of


def test_the_noun_of_a_figure_s_form_is_no_topic_word_but_what_a_history_follows(assistant):
    composer = assistant._ready()
    stems = assistant.index.lexicon.stems
    asked = composer._weights(
        "What portion of Korea's offset gains did parts exports make up, and at what deal size?",
        "",
        Scope(True),
    )
    assert not set(stems(["portion", "size"])) & set(asked)
    assert set(stems(["part", "export"])) <= set(asked)
    # The story of a measure through time is about that measure.
    story = composer._weights(
        "Trace how the required offset percentage evolved since 1982.", "", Scope(True)
    )
    assert stems(["percentage"])[0] in story
