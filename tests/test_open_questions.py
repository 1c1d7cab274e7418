"""A question no answer type fits is open and answered widely; a follow-up that opens on the
earlier question's asking asks for the same kind of thing; words of emphasis name no topic."""

from __future__ import annotations

import pytest

from assistant.answering.compose import intent_of
from assistant.answering.scope import ScopeChecker
from assistant.search.terms import Lexicon
from assistant.settings import REPO_ROOT


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(REPO_ROOT / "knowledge" / "aliases.yaml")


def test_an_open_question_is_answered_from_several_sentences():
    assert intent_of("What has the levy brought small suppliers over the decades?").wide
    assert intent_of("What would the guild lose by dropping the quota?").wide


def test_a_question_asking_for_one_thing_is_not_widened():
    assert not intent_of("When did the ministry adopt the levy?").wide
    assert not intent_of("How much did the guild pay for the licence?").wide


def test_a_question_leading_with_an_open_ask_is_answered_widely_whatever_it_asks_next():
    # The lead ask is open; the later one alone asks for a list of countries, which is narrow.
    assert not intent_of("Which countries collect the harbour levy?").wide
    assert intent_of("Describe the harbour levy and which countries collect it.").wide
    assert intent_of("Explain how the quota scheme works, and who runs it.").wide
    # A narrow lead keeps the question narrow, however the later asks read.
    assert not intent_of("When was the harbour levy adopted, and which countries collect it?").wide


def test_a_what_about_follow_up_asks_for_what_the_earlier_question_asked_for():
    earlier = "What minimum share of a purchase does Peru demand back?"
    assert not intent_of("What about Chile?", earlier).wide
    # Alone, or when it does not open on the earlier asking, it is an open question.
    assert intent_of("What about Chile?").wide
    assert intent_of("Tell me about Chile.", earlier).wide


def test_a_word_of_emphasis_is_not_a_topic_the_sources_lack(lexicon):
    surfaces = {w: lexicon.stem(w) for w in ("levy", "achieved", "suppliers")}
    checker = ScopeChecker(lexicon, frozenset(surfaces.values()), frozenset(), surfaces)
    for question in (
        "What has the levy actually achieved for suppliers?",
        "What has the levy really achieved for suppliers?",
        "Has the levy ever achieved much for suppliers?",
    ):
        scope = checker.check(question)
        assert scope.covered and not scope.unknown, question


def test_a_form_of_get_or_do_is_no_search_term_like_get_itself(lexicon):
    # "What have the growers gotten out of it": no source need write "gotten" for a sentence
    # to answer it, any more than "got".
    for question in (
        "What have the growers gotten out of the levy?",
        "What are the growers getting from the levy?",
        "What has the levy done for growers?",
    ):
        assert sorted(lexicon.terms(question)) == sorted(lexicon.terms("growers levy")), question


def test_a_verb_asking_for_advice_is_not_a_topic_the_sources_lack(lexicon):
    surfaces = {w: lexicon.stem(w) for w in ("steps", "office", "government", "take")}
    checker = ScopeChecker(lexicon, frozenset(surfaces.values()), frozenset(), surfaces)
    scope = checker.check("What steps does the office counsel and advise the government to take?")
    assert scope.covered and lexicon.stem("advise") not in scope.unknown


def test_a_decade_is_known_when_a_year_the_sources_name_falls_in_it(lexicon):
    surfaces = {w: lexicon.stem(w) for w in ("levy", "fell", "since")}
    vocabulary = frozenset(surfaces.values()) | {"2014", "1983"}
    checker = ScopeChecker(lexicon, vocabulary, frozenset(), surfaces)
    for question in (
        "Why has the levy fell since the mid-2010s?",
        "Why has the levy fell since the early 1980s?",
        "Why has the levy fell since the 2010s?",
    ):
        assert checker.check(question).covered, question
    assert not checker.check("Why has the levy fell since the late 1990s?").covered


def test_a_side_s_case_for_its_course_asks_its_grounds():
    # Asked without "why": the case a side makes for what it does, or what makes it wary.
    assert intent_of("What is the pilots' guild's case for keeping the night ban?").why
    assert intent_of("What makes the port office reluctant to raise the levy?").why
    # What a thing makes of another is no ground of a course.
    assert not intent_of("What makes up the harbour levy?").why
    assert not intent_of("What is the case number of the appeal?").why
