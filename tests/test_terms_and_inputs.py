"""Lexical terms keep figures and names whole; user input is checked before any work."""

from __future__ import annotations

import pytest

from assistant.answering.scope import ScopeChecker
from assistant.answering.spelling import (
    allowed_edits,
    dictionary_base,
    edit_distance,
    is_question_typo,
)
from assistant.errors import InputError
from assistant.inputs import clean_question, parse_history
from assistant.search.encoder import english_words
from assistant.search.terms import Lexicon, is_amount_term
from assistant.settings import REPO_ROOT


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(REPO_ROOT / "knowledge" / "aliases.yaml")


def test_model_names_numbers_and_years_survive_whole(lexicon):
    terms = lexicon.terms("KC-X and F-35A offsets of $662.6 million in 2016?2020, 1,470 KRW")
    for term in ("kc-x", "f-35a", "662.6", "2016", "2020", "1470"):
        assert term in terms


def test_f35a_also_matches_f35(lexicon):
    assert "f-35" in lexicon.terms("F-35A")


def test_spellings_of_one_name_share_a_term(lexicon):
    assert (
        set(lexicon.terms("Türkiye"))
        == set(lexicon.terms("Turkiy\ufffd"))
        == set(lexicon.terms("Turkey"))
    )
    assert set(lexicon.terms("National Trade Estimate")) == set(lexicon.terms("NTE"))


def test_us_the_country_is_not_us_the_pronoun(lexicon):
    assert "usa" in lexicon.terms("The US and the U.S. government")
    assert "usa" not in lexicon.terms("tell us more")


@pytest.mark.parametrize("raw", ["", "   ", None, "\n\t"])
def test_an_empty_question_is_refused(raw):
    with pytest.raises(InputError, match="empty"):
        clean_question(raw, 2000)


def test_a_huge_question_is_refused_with_its_length():
    with pytest.raises(InputError, match="100,000 characters"):
        clean_question("a" * 100_000, 2000)


def test_binary_junk_is_refused():
    with pytest.raises(InputError, match="binary"):
        clean_question("\x00\x01\x02abc", 2000)
    with pytest.raises(InputError, match="binary"):
        clean_question("\x01\x02\x03\x04\x05\x06ab", 2000)


def test_punctuation_alone_is_not_a_question():
    with pytest.raises(InputError, match="no words"):
        clean_question("?!?", 2000)


def test_odd_characters_are_kept_and_spaces_folded():
    assert clean_question("  Türkiye’s  offsets —\n 70%?  ", 2000) == "Türkiye’s offsets — 70%?"


def test_history_must_be_role_and_content():
    assert parse_history([{"role": "user", "content": "hi"}])[0].role == "user"
    with pytest.raises(InputError, match="history message 1"):
        parse_history([{"role": "system", "content": "x"}])
    with pytest.raises(InputError, match="list"):
        parse_history("not a list")


def test_edit_distance_counts_a_swap_as_one():
    assert edit_distance("offest", "offset", 2) == 1
    assert edit_distance("lockhead", "lockheed", 2) == 1
    assert edit_distance("germany", "korea", 2) == 3


def test_a_code_written_without_its_hyphen_is_the_same_code(lexicon):
    checker = ScopeChecker(lexicon, frozenset({"kc-x", "tanker", "airbus"}), frozenset())
    scope = checker.check("How much did Airbus promise for the KCX tankers?")
    assert scope.covered and scope.corrections["kcx"] == "kc-x"


def test_a_misspelt_name_is_corrected_only_to_a_name_the_sources_use(lexicon):
    written = "indicate norway taiwan offset rules".split()
    surfaces = {w: lexicon.stem(w) for w in written}
    checker = ScopeChecker(
        lexicon,
        frozenset(surfaces.values()),
        frozenset(),
        surfaces,
        frozenset({"norway", "taiwan"}),
    )
    india = checker.check("What are India's offset rules?")
    assert not india.covered and "India" in india.reason
    for written, meant in (("Norwy", "norway"), ("Norwey", "norway"), ("Tiawan", "taiwan")):
        scope = checker.check(f"What offset rules does {written} have?")
        assert scope.covered and scope.corrections[lexicon.stem(written.lower())] == meant, written


def test_the_letters_a_misspelling_may_get_wrong_grow_with_the_word():
    # One slip for every four letters, with no step where it stops growing.
    lengths = (2, 3, 4, 7, 8, 11, 12, 15, 16)
    assert [allowed_edits(n) for n in lengths] == [0, 0, 1, 1, 2, 2, 3, 3, 4]


def test_a_misspelt_ordinary_word_is_corrected_within_its_allowance(lexicon):
    surfaces = {w: lexicon.stem(w) for w in ("threshold", "procurement", "offset")}
    checker = ScopeChecker(lexicon, frozenset(surfaces.values()), frozenset(), surfaces)
    assert checker.nearest("treshold") == surfaces["threshold"]
    assert checker.nearest("procuremnt") == surfaces["procurement"]
    assert checker.nearest("xyz") is None and checker.nearest("offest") == surfaces["offset"]


def test_a_mistyped_question_word_is_not_a_topic():
    assert is_question_typo("wat") and is_question_typo("wich") and is_question_typo("hw")
    assert not is_question_typo("what") and not is_question_typo("offset")


def test_a_follow_up_with_a_new_year_asks_the_earlier_question_of_that_year():
    from assistant.answering.followup import resolve
    from assistant.answers import Turn

    history = [Turn(role="user", content="What threshold applied in 1982 when it was introduced?")]
    resolved = resolve("And in 1986?", history, focus_terms=1)
    assert "1982" not in resolved.context and "threshold" in resolved.context
    assert "1986" in resolved.query
    kept = resolve("And who set it?", history, focus_terms=1)
    assert "1982" in kept.context  # no new year: the earlier one still applies


def test_a_follow_up_with_a_year_replaces_the_present_the_earlier_question_asked_of():
    from assistant.answering.followup import resolve
    from assistant.answers import Turn

    history = [Turn(role="user", content="What berth fee does the harbour charge nowadays?")]
    resolved = resolve("and what about back in 1995?", history, focus_terms=1)
    assert "nowadays" not in resolved.context and "berth fee" in resolved.context
    assert "1995" in resolved.query


def test_a_period_between_two_known_years_is_known_but_an_unknown_year_is_not(lexicon):
    surfaces = {w: lexicon.stem(w) for w in ("offsets", "value")}
    vocabulary = frozenset(surfaces.values()) | {"2013", "2019"}
    checker = ScopeChecker(lexicon, vocabulary, frozenset({"2013", "2019"}), surfaces)
    assert checker.check("What was the offset value over 2013-2019?").covered
    assert not checker.check("What was the offset value in 2031?").covered


def test_a_period_ending_at_a_year_the_sources_never_name_is_known_within_their_years(lexicon):
    surfaces = {w: lexicon.stem(w) for w in ("levy", "value")}
    vocabulary = frozenset(surfaces.values()) | {"2010", "2020"}
    checker = ScopeChecker(lexicon, vocabulary, frozenset({"2010", "2020"}), surfaces)
    assert checker.check("What was the levy value from 2014 to 2020?").covered
    assert checker.check("Trace the levy value between 2012 and 2017.").covered
    assert not checker.check("What was the levy value from 2024 to 2027?").covered
    assert not checker.check("What was the levy value in 2014?").covered


def test_a_period_written_with_a_hyphen_is_searched_as_its_two_years(lexicon):
    assert lexicon.terms("offsets in 2016-2020") == lexicon.terms("offsets in 2016 2020")
    # Codes with digits stay whole: "F-35" is not two numbers.
    assert "f-35" in lexicon.terms("the F-35 deal")


def test_a_year_written_into_a_compound_is_searched_as_that_year(lexicon):
    # "mid-2019", "pre-2014" and "2021-era" write the year the sources write alone.
    assert "2019" in lexicon.terms("the mid-2019 harbour levy")
    assert "2014" in lexicon.terms("pre-2014 rules")
    assert "2021" in lexicon.terms("the 2021-era tariffs")
    # A month written in figures and a code with digits are no such compound.
    assert "2019" not in lexicon.terms("filed on 2019-05")
    assert "k-9" in lexicon.terms("the K-9 howitzer")


def test_a_real_word_the_sources_do_not_use_is_not_taken_for_a_misspelling(lexicon):
    surfaces = {w: lexicon.stem(w) for w in ("done", "offset", "ministry")}
    english = frozenset({"gone", "done", "offset", "ministry", "try", "weather"})
    checker = ScopeChecker(
        lexicon, frozenset(surfaces.values()), frozenset(), surfaces, english=english
    )
    assert checker.nearest("gone") is None  # not "done"
    assert checker.nearest("offsets") == surfaces["offset"]  # an inflection of a known word
    assert checker.nearest("minstry") == surfaces["ministry"]  # no word: a misspelling


def test_inflections_of_dictionary_words_are_dictionary_words():
    english = frozenset({"try", "fix", "offset", "hope", "off"})
    assert dictionary_base("tried", english) == "try"
    assert dictionary_base("fixes", english) == "fix"
    assert dictionary_base("hoping", english) == "hope"
    assert dictionary_base("offsets", english) == "offset"
    assert dictionary_base("offest", english) is None  # not the superlative of "off"
    assert dictionary_base("anything", frozenset()) is None


def test_unused_real_words_leave_the_verdict_to_the_sentences_found_but_unknown_terms_do_not(
    lexicon,
):
    surfaces = {w: lexicon.stem(w) for w in ("ministry", "budget", "cuts")}
    english = frozenset({"ministry", "budget", "cuts", "outlay", "slash", "why"})
    checker = ScopeChecker(
        lexicon, frozenset(surfaces.values()), frozenset(), surfaces, english=english
    )
    paraphrase = checker.check("Why did the ministry slash its outlay?")
    assert paraphrase.covered and set(paraphrase.unknown) == {"slash", "outlay"}
    jargon = checker.check("Why did the ministry zorbify its qwanta?")
    assert not jargon.covered


def test_the_dictionary_is_the_embedding_model_s_whole_word_vocabulary():
    words = english_words()
    assert {"gone", "recover", "weather", "defence"} <= words
    assert not any(w.startswith("##") for w in words) and "lockhed" not in words


def test_a_hyphenated_name_missing_a_letter_is_corrected_to_its_parts(lexicon):
    written = "kim hae-sun said offset".split()
    parts = {lexicon.stem(p) for w in written for p in w.split("-")}
    checker = ScopeChecker(
        lexicon,
        frozenset(parts),
        frozenset(),
        {p: p for p in parts},
        frozenset({"kim", "hae", "sun"}),
    )
    scope = checker.check("What did Kim Hae-sn say about offsets?")
    assert scope.covered
    assert scope.corrections["hae-sn"] == "hae sun"
    # Both parts unknown: nothing beside the short part says which name is meant.
    assert not checker.check("What did Kim Ho-sn say about offsets?").covered


def test_the_unit_an_amount_is_asked_in_is_no_topic_word(lexicon):
    # The sources write "$" and "USD"; "in dollars" says how to answer, not what about.
    vocabulary = frozenset(lexicon.stems(["ferry", "fare"]))
    checker = ScopeChecker(lexicon, vocabulary, frozenset())
    assert checker.check("What is the ferry fare in dollars?").unknown == ()
    assert checker.check("What is the ferry fare in won?").unknown == ()
    # A currency the sources never use is still a word they lack.
    assert checker.check("What is the ferry fare in yen?").unknown != ()


def test_a_contraction_of_a_function_word_is_no_topic_word(lexicon):
    vocabulary = frozenset(lexicon.stems(["ferry", "fare", "rise", "summer", "sure"]))
    checker = ScopeChecker(lexicon, vocabulary, frozenset())
    for asked in (
        "I'm sure: will the ferry fare rise in summer?",
        "We've a ferry fare. Won't it rise in summer?",
        "Why doesn't the ferry fare rise in summer?",
        "You’re sure the ferry fare can't rise?",
    ):
        assert checker.check(asked).unknown == (), asked
    assert lexicon.terms("I'm sure they'd say it isn't") == lexicon.terms("sure")


def test_a_refusal_names_a_country_as_the_question_writes_it_not_as_its_stem(lexicon):
    from assistant.answering.compose import as_written

    question = "What threshold does Curaçao apply now?"
    (term,) = [t for t in lexicon.terms("Curaçao")]
    assert as_written(question, term, lexicon) == "Curaçao"
    assert as_written("What does the UAE require?", "uae", lexicon) == "UAE"


def test_one_amount_written_many_ways_shares_one_typed_term(lexicon):
    typed = {
        t
        for text in (
            "$10 million",
            "USD 10 million",
            "ten million dollars",
            "the ten-million-dollar floor",
            "US$10m",
        )
        for t in lexicon.terms(text)
        if is_amount_term(t)
    }
    assert typed == {"usd10000000"}


def test_another_scale_currency_or_a_share_is_not_the_same_amount(lexicon):
    assert "usd10000000" not in lexicon.terms("USD 10 billion, KRW 10 million and 10 percent")


def test_a_known_amount_is_weighed_as_its_typed_term_alone(lexicon):
    text = Lexicon.amounts_typed(
        "when did it reach five million dollars", {"usd5000000"}.__contains__
    )
    terms = lexicon.terms(text)
    assert "usd5000000" in terms
    assert "five" not in terms and "million" not in terms
    # An amount no source states keeps its words: a figure the question poses.
    posed = Lexicon.amounts_typed("a $12 million contract", {"usd5000000"}.__contains__)
    assert "12" in lexicon.terms(posed)
