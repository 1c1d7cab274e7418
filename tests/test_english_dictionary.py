"""Real English words are no misspellings, and the names a question calls a source by are kept.

The dictionary is the model's whole words and the common words of the English word list that
ships with ``pyspellchecker``; a misspelling is still corrected, but only to a word the sources
write or to one of the model's words. Every question is invented: no source's and no
evaluation case's wording.
"""

from __future__ import annotations

import pytest

from assistant.answering.scope import ScopeChecker
from assistant.search.encoder import english_words
from assistant.search.english import (
    FREQUENCY_FLOOR,
    common_words,
    english_dictionary,
    rare_words,
)
from assistant.search.terms import Lexicon
from assistant.settings import REPO_ROOT

# Words of an invented set of sources; "harbour" and "fleet" are also the model's words.
WORDS = "the agency said that tariffs on ships and the fleet budget and staff rose even at the harbour as dictated".split()
NAMES = ("Norway", "Cardiff", "Ocean")
# What a question may call one of the sources: words no source writes.
CALLED = ("Tidewire", "Seaport Daily")


def _checker(*also: str, rare: frozenset[str] | None = None) -> ScopeChecker:
    """A checker over WORDS and NAMES (and ``also``), with the list's ``rare`` words given apart
    when it is built as the assistant builds it."""
    lexicon = Lexicon(REPO_ROOT / "knowledge" / "aliases.yaml")
    written = [*WORDS, *(n.lower() for n in NAMES), *also]
    surfaces = {w: lexicon.stem(w) for w in written}
    known = (
        lexicon,
        frozenset(surfaces.values()),
        frozenset(),
        surfaces,
        frozenset(n.lower() for n in NAMES),
        english_dictionary(),
        CALLED,
        CALLED,
        english_words(),
    )
    return ScopeChecker(*known) if rare is None else ScopeChecker(*known, rare)


@pytest.fixture(scope="module")
def checker() -> ScopeChecker:
    return _checker()


def test_the_dictionary_holds_common_words_the_model_lacks_and_no_common_misspelling():
    words = english_dictionary()
    assert english_words() < words
    assert {"bake", "enact", "wildfire", "surcharge"} <= words - english_words()
    assert not {"recieve", "teh", "goverment", "tarrifs", "lockhed"} & words


def test_the_common_words_are_lower_case_words_of_letters_seen_often_enough():
    common = common_words(FREQUENCY_FLOOR)
    assert common and all(w.isalpha() and w.isascii() and w.islower() for w in common)
    # A higher floor keeps fewer, the most frequent, words.
    assert common_words(FREQUENCY_FLOOR * 10) < common


@pytest.mark.parametrize(
    "question",
    [
        "Did the agency bake bread for the fleet?",  # "bake" is not "base"
        "When did the agency enact the tariffs?",  # "enact" is not "exact"
        "Did a wildfire reach the harbour?",  # "wildfire" is not "wildlife"
        "Is a vegan menu served on the ships?",  # "vegan" is not "began"
    ],
)
def test_a_real_word_no_source_writes_stays_itself(checker, question):
    assert checker.respell(question).text == question


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("Why did tarrifs on ships rise?", "Why did tariffs on ships rise?"),
        ("What did Norwy say about the fleet?", "What did Norway say about the fleet?"),
        ("Did the budgte rise?", "Did the budget rise?"),
        ("Did the agnecy bake bread?", "Did the agency bake bread?"),
    ],
)
def test_a_misspelling_in_no_dictionary_is_still_corrected(checker, asked, meant):
    assert checker.respell(asked).text == meant


def test_a_form_of_a_source_s_word_is_read_as_that_word_though_the_list_holds_the_form(checker):
    """The larger list holds "staffing" itself; the sources write "staff", which it is made from."""
    assert "staffing" in english_dictionary() and "staffing" not in english_words()
    assert checker.nearest("staffing") == checker.surfaces["staff"]
    assert checker.check("Did the agency's staffing rise?").covered
    # A word the model's vocabulary lists whole is a word in its own right.
    assert checker.nearest("evening") is None


def test_a_form_the_model_lacks_of_a_source_s_word_is_written_as_the_sources_write_it(checker):
    """The sources write "dictated"; "dictates" is a real word of the same stem, which the model
    reads only in pieces: written as the sources write it, the question reads as they do."""
    assert "dictates" in english_dictionary() and "dictates" not in english_words()
    asked = "What the agency dictates on ships"
    assert checker.respell(f"{asked}?").text == "What the agency dictated on ships?"
    # A real word of a stem the sources never use stays itself, however near their words.
    assert checker.respell("Did the agency bake bread?").text == "Did the agency bake bread?"


def test_a_misspelling_is_corrected_only_to_a_source_s_or_the_model_s_word(checker):
    """ "Wildfyre" is a letter from "wildfire", a word only the larger list holds, and two from
    the model's "wildlife": a rare word is no likelier meant, so neither is guessed at."""
    assert "wildfire" not in english_words()
    assert checker.speller.correct("wildfyre") != "wildfire"


@pytest.mark.parametrize(
    "question",
    [
        "Tidewire: what did the agency say?",  # opening the question
        "what did tidewire say about tariffs?",  # written small
        "Per the Seaport Daily, did the budget rise?",
    ],
)
def test_a_name_a_question_calls_a_source_by_is_never_corrected(checker, question):
    assert checker.respell(question).text == question


def test_a_misspelling_beside_a_source_s_name_is_still_corrected(checker):
    asked = "Per Tidewire, why did tarrifs rise?"
    assert checker.respell(asked).text == "Per Tidewire, why did tariffs rise?"


@pytest.fixture(scope="module")
def rare_checker() -> ScopeChecker:
    """The checker as the assistant builds it: the list's rare words given apart."""
    return _checker("undermined", rare=rare_words())


def test_the_rare_words_are_real_words_neither_the_dictionary_nor_the_model_holds():
    rare = rare_words()
    assert {"outlay", "tranche", "underpins"} <= rare
    assert not rare & english_dictionary()
    assert not {"recieve", "teh", "goverment", "lockhed"} & rare


@pytest.mark.parametrize(
    "question",
    [
        "How large was the agency's outlay on ships?",  # not "outlaw"
        "Was the fleet budget paid out in a single tranche?",  # not "trance"
    ],
)
def test_a_rare_real_word_is_not_taken_for_a_word_no_source_writes(rare_checker, question):
    assert rare_checker.respell(question).text == question


def test_a_rare_real_word_two_letters_off_a_source_s_word_is_meant_as_written(rare_checker):
    """The sources write "undermined"; "underpins" is two letters from "undermine": a slip of
    two letters that lands on a real word is far rarer than the word meant as written."""
    assert rare_checker.speller.correct("underpins") == "undermine"
    asked = "Which law underpins the tariffs?"
    assert rare_checker.respell(asked).text == asked


def test_a_rare_word_that_is_a_slip_of_a_source_s_word_is_still_that_word(rare_checker):
    """ "Fleer" is a real word, but a rare one: a letter from the sources' "fleet", it is far
    likelier that word mistyped than meant."""
    assert "fleer" in rare_words()
    asked = "How old is the agency's fleer of ships?"
    assert rare_checker.respell(asked).text == "How old is the agency's fleet of ships?"
