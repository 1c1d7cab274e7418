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
