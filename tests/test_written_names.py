"""Patterns of names as a question writes them (``written_names``): compiled once per name, and
matching what the same pattern built afresh matches."""

from __future__ import annotations

import re

from assistant.answering.written_names import (
    dated_name,
    name_words,
    whole_name,
    whole_word,
    word_or_plural,
)


def test_a_name_matches_with_a_space_a_hyphen_or_nothing_between_its_words() -> None:
    pattern = whole_name("Harbour Gazette")
    for written in ("the harbour gazette says", "per Harbour-Gazette", "HarbourGazette's view"):
        assert pattern.search(written)
    assert not pattern.search("the harbourgazettes")


def test_a_name_is_matched_as_whole_words_only() -> None:
    assert not whole_name("Gaz").search("the Gazette")
    assert whole_word("Acme Corp").search("did acme corp agree")
    assert not whole_word("Acme").search("the acmes")


def test_a_word_matches_with_or_without_a_plural_s() -> None:
    assert word_or_plural("levy").search("two levys")
    assert word_or_plural("levy").search("the levy")
    assert not word_or_plural("levy").search("levying")


def test_a_year_before_a_name_is_matched_alone() -> None:
    question = "What did the 2031 Gazette survey find?"
    assert dated_name("2031", "Gazette").sub("", question) == "What did the Gazette survey find?"
    assert dated_name("2031", "Gazette").sub("", "the 2031 the Gazette") == "the the Gazette"
    assert not dated_name("2031", "Gazette").search("the 12031 Gazette")


def test_each_pattern_is_compiled_once_per_name() -> None:
    # The same object at every call: a question after the first builds nothing.
    assert whole_name("Port Courier") is whole_name("Port Courier")
    assert dated_name("2029", "Port Courier") is dated_name("2029", "Port Courier")
    assert word_or_plural("quota") is word_or_plural("quota")


def test_the_patterns_match_as_the_same_pattern_built_afresh() -> None:
    names = ["Harbour Gazette", "Kim Min-jun", "U.S. Trade (Office)", "a+b"]
    texts = ["the harbour-gazette", "KIM MIN-JUN said", "u.s. trade (office)", "a+b and a+bs"]
    for name in names:
        joined = r"[-\s]?".join(re.escape(part) for part in name.split())
        fresh = re.compile(rf"\b{joined}\b", re.I)
        assert name_words(name) in whole_name(name).pattern
        for text in texts:
            assert bool(whole_name(name).search(text)) == bool(fresh.search(text))
