"""A body a question describes by the words of its full name, instead of naming it, is the same
side as when it is named: its people's replies are its replies.

- A name's words are met by a question's words in either reading: through the alias table
  ("weapons" for the "arms" of "arms procurement agency") and as written, which a hyphenated
  compound keeps ("an arms-purchasing office" reads "arm", "purchas").
- "How did the weapons office's spokeswoman react?" asks for the reply of that body's people: a
  sentence in which its spokesperson speaks answers it; it is not the body replied to, and its
  spokesperson's words are not "no reply of its own".
- Near misses: a word of the name alone ("which arms did the navy buy") describes no body; a
  party the sources never voice is still refused. The wordings are new; none is a case of the
  evaluation sets.
"""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities
from assistant.answering.bodies_described import bodies_described
from assistant.answering.own_words import party_of, speaks
from assistant.search.terms import Lexicon
from assistant.settings import DEFAULT_KNOWLEDGE


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon(DEFAULT_KNOWLEDGE / "aliases.yaml")


def described(lexicon, question):
    return set(bodies_described(lexicon, lexicon.terms(question)))


# -- a name's words in both readings ----------------------------------------------------------------


def test_a_word_of_a_name_is_met_through_the_alias_table(lexicon):
    # The alias table reads "weapons" and "arms" as one term.
    assert described(lexicon, "What did the weapons office's spokeswoman tell reporters?") == {
        "dapa"
    }


def test_a_word_of_a_name_is_met_as_written_inside_a_compound(lexicon):
    # A hyphenated compound is read word by word, without the alias: "arm", not "weapon".
    assert described(lexicon, "How did the arms-purchasing office answer the critics?") == {"dapa"}


def test_a_word_of_a_name_without_a_kind_of_body_describes_none(lexicon):
    assert described(lexicon, "Which arms did the navy buy last spring?") == set()


# -- the party whose words are asked, described --------------------------------------------------


_SPOKEN = (
    "“We will review the request,” Han Ji-woo, spokesperson of the Defense Acquisition "
    "Program Administration, said on Friday."
)


def test_a_described_party_speaks_through_its_spokesperson():
    names = Entities().names
    who = "the weapons office's spokeswoman"
    question = f"How did {who} react to the complaint?"
    party = party_of(who, question, names, {"dapa"})
    assert party is not None and "dapa" in party.names
    assert speaks(party, _SPOKEN, names)


def test_without_the_description_read_the_party_is_not_found_speaking():
    # The words "weapons" and "office" are not in the speaker's apposition: only the body the
    # description stands for ties the two.
    names = Entities().names
    who = "the weapons office's spokeswoman"
    party = party_of(who, f"How did {who} react to the complaint?", names)
    assert party is not None
    assert not speaks(party, _SPOKEN, names)


# -- end to end ---------------------------------------------------------------------------------------


def test_the_described_agency_s_spokesperson_answers_how_it_reacted(assistant):
    answer = assistant.ask("How did the spokeswoman for the weapons office react to the US list?")
    assert not answer.abstained
    assert "spokesperson of the Defense Acquisition Program Administration" in answer.answer


def test_who_spoke_for_a_body_described_in_a_compound_is_named(assistant):
    answer = assistant.ask("Who spoke for the arms-purchasing office when asked about the US list?")
    assert not answer.abstained
    assert "Jo Yong-jin" in answer.answer


def test_a_described_body_the_sources_never_voice_on_a_matter_is_still_refused(assistant):
    # The agency's people are quoted on the US report, not on a ferry tender.
    answer = assistant.ask("How did the weapons office's spokeswoman react to the ferry tender?")
    assert answer.abstained
