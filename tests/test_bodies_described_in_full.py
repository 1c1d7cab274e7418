"""A quick fact is ranked among the sentences that could state it: a body the sources name by its
initials (MOTIE) is described by a question in the words of its full name ("the ministry for
industry and trade", ``knowledge/aliases.yaml``): a sentence naming it meets those words, so it
outranks sentences holding one of them on another matter (another ministry, "trade offsets").

Near misses: one word of a name ("trade") describes no body; a question naming the body itself
is read by that name; phrases of the alias table that are no body's full name ("go back" for
"begin") describe nothing. The wordings are new; none is a case of the evaluation sets.
"""

from __future__ import annotations

import pytest

from assistant.answering.bodies_described import bodies_described
from assistant.search.terms import Lexicon
from assistant.settings import DEFAULT_KNOWLEDGE


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon(DEFAULT_KNOWLEDGE / "aliases.yaml")


def described(lexicon, question):
    return bodies_described(lexicon, lexicon.terms(question))


# -- a body described by the words of its full name -------------------------------------------------


def test_the_kind_of_body_and_a_word_of_its_remit_describe_it(lexicon):
    assert set(described(lexicon, "Which office of the industry ministry covers offsets?")) == {
        "moti"
    }
    found = described(lexicon, "Who at the ministry for industry and trade handles it?")
    assert found == {"moti": frozenset({"ministri", "industri", "trade"})}


def test_one_word_of_a_name_describes_no_body(lexicon):
    assert described(lexicon, "Who handles trade offsets?") == {}
    assert described(lexicon, "Which ministry handles offsets?") == {}


def test_a_body_the_question_names_is_not_described(lexicon):
    assert described(lexicon, "Which MOTIE division, in the trade ministry, handles offsets?") == {}


def test_phrases_that_are_no_bodys_full_name_describe_nothing(lexicon):
    assert (
        described(lexicon, "When did the practice go back to, and what does it date back to?") == {}
    )


def test_a_division_of_a_ministry_described_in_full_words_is_answered(assistant):
    answer = assistant.ask(
        "Which division of the ministry for industry and trade looks after offsets?"
    )
    assert not answer.abstained
    assert not answer.tool_calls
    assert "Machinery and Robotics" in answer.answer


# -- a name's words read as a question's are: through the alias table ------------------------------


def test_a_body_described_by_another_word_of_its_name_is_described(lexicon):
    # The alias table writes the agency as an "arms procurement agency", and reads "arms" and
    # "weapons" as one term: a question's "weapons agency" or "arms-buying agency" describes it,
    # as "procurement office" does.
    assert set(described(lexicon, "What did the weapons agency's spokeswoman say?")) == {"dapa"}
    assert set(described(lexicon, "How did the arms buying agency answer?")) == {"dapa"}
    assert set(described(lexicon, "Who runs the procurement office?")) == {"dapa"}


def test_a_word_of_a_name_without_the_kind_of_body_still_describes_none(lexicon):
    # "Weapons" alone is a topic, not a body.
    assert described(lexicon, "Which weapons did the air force buy?") == {}
