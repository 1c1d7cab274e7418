"""A statement told with a verb in the present ("the almanac puts the harvest at 4 tonnes") is
a claim to check, as one told in the past is; a plural noun in "-s" is no such verb
(assistant/answering/present_verbs.py). All wordings are invented."""

import pytest

from assistant.answering.claims import states_and_asks
from assistant.answering.present_verbs import present_verb
from assistant.answering.put_claims import told_claim


@pytest.mark.parametrize(
    "told",
    [
        "The almanac puts the 1990s harvest at 4.2 tonnes.",
        "The guild writes that tolls rose 6% in 2011.",
        "Our copy desk gives the bridge toll as 3 crowns.",
    ],
)
def test_a_statement_told_in_the_present_is_a_claim(told):
    assert told_claim(told) == told.rstrip(".")


@pytest.mark.parametrize(
    "asked",
    [
        # A possessive or a determiner before a word in "-s" makes it a noun.
        "The port's tolls the year before 2011.",
        "The tolls the year before 2011.",
        # Words in "-ss", "-us" and "-is" are nouns.
        "Harbour census the 1990s total.",
        "Tax basis the 2011 figure.",
    ],
)
def test_a_noun_phrase_in_s_is_no_claim(asked):
    assert told_claim(asked) is None


def test_a_statement_in_the_present_asked_back_is_a_claim():
    assert states_and_asks("The gazette puts the mill's output at 40 tonnes?")


def test_a_verb_in_s_needs_its_object_or_clause_after_it():
    # "the guild writes often": nothing after it opens an object, so it is not read as a verb.
    assert not present_verb("the guild writes often in 2011".split(), 2)
    assert present_verb("the guild writes that tolls rose".split(), 2)


def test_a_noun_after_a_preposition_before_its_relative_clause_is_no_verb():
    # "cranes" opens a relative clause ("the harbour took"), not a statement.
    assert not present_verb("count of cranes the harbour took in 1999".split(), 2)
