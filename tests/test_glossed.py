"""The sources' own glossary: a word of the family of one only a definition writes is the term.

Every example is invented: ports, levies and cranes of no source and no evaluation case.
"""

from __future__ import annotations

import pytest

from assistant.answering.glossed import family_root, glossed_terms
from assistant.answering.scope import ScopeChecker
from assistant.search.english import english_dictionary
from assistant.search.terms import Lexicon
from assistant.settings import REPO_ROOT

TEXTS = [
    "The harbour board objects to the berth levy — a charge by which ships reimburse ports for "
    "dredging costs — and wants it gone. The levy rose in 2021.",
    "A crane quota refers to a limit on the cranes a terminal may lease. Ports charge fees.",
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(REPO_ROOT / "knowledge" / "aliases.yaml")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("reimbursement", "reimburse"),
        ("compensation", "compensatory"),
        ("compensate", "compensation"),
    ],
)
def test_words_of_one_family_share_a_root(one, other):
    assert family_root(one) == family_root(other)


def test_a_word_only_a_definition_writes_stands_for_the_term_it_defines(lexicon):
    glossed = glossed_terms(TEXTS, lexicon)
    assert glossed[family_root("reimbursement")] == "berth levy"
    # "charge" and "costs" are written outside the definition too: words with senses of their own.
    assert family_root("charging") not in glossed
    assert family_root("cost") not in glossed


def test_a_root_two_definitions_share_says_neither(lexicon):
    texts = [*TEXTS, "A dock toll refers to a sum by which ships reimburse upkeep."]
    assert family_root("reimbursement") not in glossed_terms(texts, lexicon)


def _checker(lexicon: Lexicon) -> ScopeChecker:
    written = (
        "the harbour board objects to berth levy a charge by which ships reimburse ports for "
        "dredging costs and wants it gone rose in"
    ).split()
    surfaces = {w: lexicon.stem(w) for w in written}
    return ScopeChecker(
        lexicon,
        frozenset(surfaces.values()),
        frozenset(),
        surfaces,
        frozenset(),
        english_dictionary(),
        glossed=glossed_terms(TEXTS, lexicon),
    )


def test_a_question_word_of_the_family_is_read_as_the_term(lexicon):
    checker = _checker(lexicon)
    spelled = checker.respell("Why does the board oppose reimbursement charges?")
    assert spelled.text == "Why does the board oppose berth levy charges?"
    assert checker.check("Why does the board oppose reimbursement charges?").covered


def test_the_definitions_own_word_and_unrelated_words_stay_as_written(lexicon):
    checker = _checker(lexicon)
    for question in ("How do ships reimburse ports?", "What did the board say about recruitment?"):
        assert checker.respell(question).text == question
