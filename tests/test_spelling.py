"""Misspelt words are read as the words the sources write; real unknowns stay unknown.

Every example is invented: names and sentences of no source and no evaluation case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pytest

from assistant.answering.scope import ScopeChecker
from assistant.answering.spelling import Speller, dictionary_base, inflected_from, spelling_key
from assistant.search.encoder import english_words
from assistant.search.terms import Lexicon
from assistant.settings import REPO_ROOT

# Words of an invented set of sources; the capitalised ones are names.
WORDS = (
    "the minister said that tariffs on steel and the commission for procurement rose in 2021 "
    "while reinforcement of the fleet slowed"
).split()
NAMES = (
    "Jeong Min-soo Park Eun-hee Yoon Seok-jin Hanwha Ocean Raytheon Airbus Institute of "
    "Maritime Studies Korea Agency Naval Research"
).split()
PHRASES = (
    "Jeong Min-soo",
    "Park Eun-hee",
    "Yoon Seok-jin",
    "Hanwha Ocean",
    "Institute of Maritime Studies",
    "Office of Naval Research",
    "reciprocal defense procurement",
)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(REPO_ROOT / "knowledge" / "aliases.yaml")


def _words(lexicon: Lexicon) -> dict[str, str]:
    written = [w.lower() for n in NAMES for w in n.split("-")] + WORDS + ["office", "defense"]
    return {w: lexicon.stem(w) for w in written}


@pytest.fixture(scope="module")
def checker(lexicon) -> ScopeChecker:
    surfaces = _words(lexicon)
    names = frozenset(w.lower() for n in NAMES for w in n.split("-")) | {"office"}
    english = english_words()
    return ScopeChecker(
        lexicon, frozenset(surfaces.values()), frozenset(), surfaces, names, english, PHRASES
    )


def _respelt(checker: ScopeChecker, question: str) -> str:
    return checker.respell(question).text


def _checker_of(
    lexicon: Lexicon, written: Sequence[str], names: Iterable[str] | None = None, *rest: Any
) -> ScopeChecker:
    """A checker whose sources write ``written`` (names: ``names``, else all of them); ``rest``
    goes on to ``ScopeChecker`` (the dictionary, the phrases)."""
    surfaces = {w: lexicon.stem(w) for w in written}
    known = frozenset(written if names is None else names)
    return ScopeChecker(lexicon, frozenset(surfaces.values()), frozenset(), surfaces, known, *rest)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Seol", "Sul"),  # 어 written eo or u
        ("Jung", "Jeong"),  # 어 written u or eo
        ("Hun", "Hoon"),  # 우 written u or oo
        ("Su", "Soo"),
        ("Seung", "Sung"),  # 으 written eu or u
        ("Lee", "Li"),  # 이 written ee or i
        ("Duk", "Duck"),  # k written ck
        ("Min-soo", "Minsoo"),  # a given name hyphenated or not
        ("Min soo", "Min-soo"),
        ("tarrif", "tariff"),  # a consonant doubled or single
        ("ofset", "offset"),
        ("regulashun", "regulation"),  # one sound, written by ear
        ("inflasion", "inflation"),
        ("telefone", "telephone"),
        ("Karolyn", "Caroline"),  # c as k, y as i, a silent final e
        ("Selina", "Celina"),  # c as s before e, i or y
        ("Moshan", "Mocean"),  # -cean as -shun
    ],
)
def test_spellings_of_one_name_or_word_in_other_conventions_share_a_key(one, other):
    assert spelling_key(one) == spelling_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Han", "Hoon"),
        ("Kim", "Kum"),
        ("Seoul", "Sul"),
        ("Park", "Pak"),
        ("Bin", "Min"),
        ("session", "section"),
        ("Carl", "Cyril"),  # a hard c and a soft one
    ],
)
def test_different_names_keep_different_keys(one, other):
    assert spelling_key(one) != spelling_key(other)


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("What did Jung Min-su say?", "What did Jeong Min-soo say?"),
        ("What did Jeong Minsoo say?", "What did Jeong Min Soo say?"),
        ("Where does Park Eun-hi work?", "Where does Park Eun-hee work?"),
        ("When did Yun Sok-jin speak?", "When did Yoon Seok-jin speak?"),
        ("when did yoon sok-jin speak?", "when did yoon seok-jin speak?"),
        # A syllable of a hyphenated given name is allowed the slips of the whole word.
        ("What did Jeong Min-sio say?", "What did Jeong Min-soo say?"),
        ("What did Yoon Seok-jim say?", "What did Yoon Seok-jin say?"),
    ],
)
def test_a_korean_name_in_another_romanisation_is_the_name_the_sources_write(checker, asked, meant):
    assert _respelt(checker, asked) == meant


@pytest.mark.parametrize(
    "question",
    [
        "What did Kim Ji-hye say about steel?",  # no source names her
        "What did Jeong Bin-soo say about steel?",  # one consonant off: another name
        "What did Park Eun-ji say about steel?",  # a syllable of another given name
        "What did Pae Eun-hee say about steel?",  # another family name, two letters off
        "What did Seoul say about steel?",  # not "Sul" or "Seol": another word
    ],
)
def test_a_name_the_sources_never_write_is_still_refused(checker, question):
    scope = checker.check(question)
    assert not scope.covered and "never mention" in scope.reason


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("How many ships did Ray Theon sell?", "How many ships did Raytheon sell?"),
        ("How many ships did Air Bus sell?", "How many ships did Airbus sell?"),
        ("How many ships did Hanwhaocean sell?", "How many ships did Hanwha Ocean sell?"),
        ("How many ships did Hanwha-Ocean sell?", "How many ships did Hanwha-Ocean sell?"),
    ],
)
def test_a_name_split_in_two_or_two_names_run_together_are_the_names(checker, asked, meant):
    assert _respelt(checker, asked) == meant


def test_two_known_words_are_never_joined_and_an_unknown_pair_stays_unknown(checker):
    assert _respelt(checker, "Did the steel fleet sell?") == "Did the steel fleet sell?"
    scope = checker.check("How many ships did New Zealand sell?")
    assert not scope.covered and "Zealand" in scope.reason


def test_a_word_of_a_long_name_may_be_further_off_when_the_rest_of_the_name_is_right(checker):
    # "Instoot" is four letters from "Institute": too far on its own.
    assert checker.speller.correct("instoot", name=True) is None
    respelt = _respelt(checker, "What does the Instoot of Maritime Studies publish?")
    assert respelt == "What does the Institute of Maritime Studies publish?"
    # With only one other word right, nothing says which name is meant.
    assert not checker.check("What does the Instoot of Naval Studies publish?").covered
    # A word the sources write is never changed to fit a name.
    said = "What does the Office of Steel Research publish?"
    assert _respelt(checker, said) == said


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("Why did tarrifs on steel rise?", "Why did tariffs on steel rise?"),  # r doubled
        ("Why did the comission rise?", "Why did the commission rise?"),  # m single
        ("Why did the procuremnet rise?", "Why did the procurement rise?"),  # letters swapped
        ("Why did reinforcment slow?", "Why did reinforcement slow?"),  # a letter dropped
        ("Why did the minstier speak?", "Why did the minister speak?"),
    ],
)
def test_a_common_word_with_letters_doubled_dropped_or_swapped_is_corrected(checker, asked, meant):
    assert _respelt(checker, asked) == meant


def test_a_misspelt_word_of_an_alias_phrase_still_makes_the_phrase(checker, lexicon):
    """ "procurment" has the stem of "procurement", so the word alone is known; but the alias
    "reciprocal defense procurement" is matched on words, so the text must be respelt."""
    asked = "When did reciprocal defense procurment talks open?"
    assert "rdp" not in lexicon.terms(asked)
    assert "rdp" in lexicon.terms(_respelt(checker, asked))


def test_a_question_spelt_right_is_left_as_it_is(checker):
    question = "Why did the minister say tariffs on steel rose in 2021, per Jeong Min-soo?"
    assert checker.respell(question).changes == {}
    assert _respelt(checker, question) == question


def test_the_case_of_a_corrected_word_follows_the_word_as_written(checker):
    assert _respelt(checker, "RAYTHEN and raythen") == "RAYTHEON and raytheon"


@pytest.mark.parametrize("amount", ["$300m", "1.4bn", "2.5mn", "5tn"])
def test_an_amount_with_its_scale_written_short_is_no_unknown_name(checker, amount):
    # Hypothetical figures are allowed however their scale is written.
    assert checker.check(
        f"Airbus paid {amount} for steel in 2021; what did the minister say?"
    ).covered


@pytest.mark.parametrize("compound", ["under-USD-3-million", "50%-on-KRW-9-billion"])
def test_an_amount_joined_by_hyphens_into_a_compound_is_no_unknown_name(checker, compound):
    # The words around the amount are checked each on their own ("under", "on").
    scope = checker.check(f"Under its {compound} rule, what did the minister say about Airbus?")
    assert scope.covered, scope.unknown


def test_an_unknown_word_far_from_every_known_word_is_left_for_the_scope_check(checker):
    assert _respelt(checker, "Why did the xqvuzzletude rise?") == ("Why did the xqvuzzletude rise?")
    assert not checker.check("Why did xqvuzzletude zqorbify?").covered


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("summarise", "summary"),  # British spelling, made from "summary"
        ("scrapping", "scrap"),  # a consonant doubled before the ending
        ("negotiators", "negotiate"),
        ("competitively", "competitive"),
        ("sterner", "stern"),
    ],
)
def test_words_made_from_dictionary_words_are_real_words(word, base):
    english = frozenset({"summary", "scrap", "negotiate", "competitive", "stern", "off"})
    assert dictionary_base(word, english) == base


@pytest.mark.parametrize("word", ["offest", "procurment", "tarrifs", "comission"])
def test_misspellings_are_not_made_real_words_by_their_endings(word):
    english = frozenset({"off", "procure", "tariff", "commission"})
    assert dictionary_base(word, english) is None


def test_a_real_word_outside_the_sources_is_not_corrected_to_one_of_theirs(lexicon):
    surfaces = {w: lexicon.stem(w) for w in ("submarine", "minister")}
    speller = Speller(
        lexicon, frozenset(surfaces.values()), surfaces, english=frozenset({"summary"})
    )
    # Two letters from "submarine", but a real word in British spelling.
    assert speller.respell("Please summarise it").text == "Please summarise it"


def test_a_short_name_is_corrected_only_for_a_dropped_letter(lexicon):
    checker = _checker_of(lexicon, ("dong", "south", "board", "kiel"))
    # A letter dropped: the one name it was taken from.
    assert _respelt(checker, "What did Sout say?") == "What did South say?"
    assert _respelt(checker, "What did the Bord say?") == "What did the Board say?"
    # A letter changed makes another short name, not a misspelling of this one.
    for other in ("Hong", "Kiev"):
        assert not checker.check(f"What did {other} say?").covered, other


def test_a_short_name_with_two_neighbouring_letters_swapped_is_that_name(lexicon):
    checker = _checker_of(lexicon, ("kova", "dong", "hong", "nrcc", "mbs"))
    # Every letter kept, one pair typed the other way round: the cheapest slip of the keys.
    assert _respelt(checker, "What did KOAV say?") == "What did KOVA say?"
    assert _respelt(checker, "What did Dnog say?") == "What did Dong say?"
    # A letter changed is another short name still.
    assert not checker.check("What did KOVE say?").covered


def test_an_acronym_of_three_letters_swapped_is_that_acronym_unless_a_word_of_its_own(lexicon):
    english = frozenset({"rtv", "the", "what", "did", "say"})
    checker = _checker_of(lexicon, ("mbs", "rvt", "kova"), None, english)
    # In capitals, every letter kept and one pair typed the other way round: the acronym.
    assert _respelt(checker, "What did the MSB say?") == "What did the MBS say?"
    # A dictionary word in capitals is an acronym of its own, no slip of the sources' one.
    assert _respelt(checker, "What did the RTV say?") == "What did the RTV say?"
    # Written as a word, three letters are as likely a short name of someone else's.
    assert _respelt(checker, "What did Msb say?") == "What did Msb say?"
    assert not checker.check("What did Msb say?").covered
    # With a letter changed or dropped, three letters are no slip of the acronym.
    assert not checker.check("What did the MBT say?").covered
    assert not checker.check("What did the MB say?").covered


def test_an_initialism_with_the_wrong_letter_doubled_is_that_initialism(lexicon):
    checker = _checker_of(lexicon, ("nrcc", "board"))
    # A word of consonants alone is no syllable of a name: spelt the same way, it is the same.
    assert _respelt(checker, "What did the NRRC decide?") == "What did the NRCC decide?"
    assert not checker.check("What did the NRTC decide?").covered


def test_a_common_word_in_capitals_opening_a_later_sentence_is_a_word_not_a_name(checker):
    # The sentence after a claim asks about it: its capitals are emphasis, not an acronym.
    for tag in ("OK to use?", "FINE?", "Right?"):
        scope = checker.check(f"The minister said tariffs on steel rose in 2021. {tag}")
        assert scope.covered, tag
    # A name the sources never write is still unknown, wherever it stands.
    assert not checker.check("Tariffs on steel rose in 2021. Did Ferrostaal say so?").covered
    assert not checker.check("Tariffs on steel rose in 2021, says the OECD. OK?").covered
    # The question's first word in capitals looks like an acronym, as any.
    assert not checker.check("OECD figures on tariffs on steel?").covered


def test_a_speller_indexes_its_words_only_when_a_question_holds_one_to_correct(lexicon):
    # Indexing the dictionary is most of a Speller's making, and a process that answers one
    # question of known words never needs it.
    surfaces = _words(lexicon)
    speller = Speller(lexicon, frozenset(surfaces.values()), surfaces, english=english_words())
    assert speller.respell("Did the minister cut tariffs on steel?").text == (
        "Did the minister cut tariffs on steel?"
    )
    assert "_indexes" not in vars(speller)
    assert speller.respell("Did the minster cut tarrifs on steel?").text == (
        "Did the minister cut tariffs on steel?"
    )
    assert "_indexes" in vars(speller)


def test_a_name_of_several_words_hyphenated_as_a_modifier_is_read_as_that_name(checker):
    # The alias table lists "foreign military sales"; as a modifier it is often hyphenated.
    assert _respelt(checker, "What share do foreign-military-sales deals take?") == (
        "What share do foreign military sales deals take?"
    )
    # A hyphenated compound no alias names is left as written.
    assert _respelt(checker, "Is the offset-related rule strict?") == (
        "Is the offset-related rule strict?"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Did the Navy order any steel?",
        "What did the Navy's commission say about tariffs?",
    ],
)
def test_a_name_the_sources_write_only_as_its_adjective_is_known(checker, question):
    # The invented sources write "Naval Research", never "navy".
    assert checker.check(question).covered
    assert set(checker.by_adjective(question)) == {"navy"}


@pytest.mark.parametrize(
    "question",
    [
        "Did the Army order any steel?",  # no "army" and no adjective of it
        "Did the Marine Corps order any steel?",  # "marine" is not "maritime"
    ],
)
def test_a_name_whose_adjective_the_sources_never_write_is_still_refused(checker, question):
    scope = checker.check(question)
    assert not scope.covered and "never mention" in scope.reason


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("why wasnt the fleet slowed in 2021?", "why wasn't the fleet slowed in 2021?"),
        ("Dont tariffs on steel rise?", "Don't tariffs on steel rise?"),
        ("what cant the minister change?", "what can't the minister change?"),
        ("why wont the commission say?", "why won't the commission say?"),
        ("so tariffs arent rising?", "so tariffs aren't rising?"),
        ("the fleet hasnt slowed?", "the fleet hasn't slowed?"),
    ],
)
def test_a_negative_contraction_typed_without_its_apostrophe_keeps_its_negation(
    checker, asked, meant
):
    # The nearest word by letters ("want", "don", "can", "went") would drop or turn the "not".
    assert _respelt(checker, asked) == meant


@pytest.mark.parametrize(
    "question",
    [
        "what did the minister want in 2021?",
        "when did the fleet went slower?",
        "what did the minister print?",
        "did the commission count tariffs?",
    ],
)
def test_a_word_ending_in_nt_that_is_no_contraction_is_left_as_it_is(checker, question):
    assert _respelt(checker, question) == question


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        # The aliases list "turkish" and "polish" as names of countries.
        ("What did the Turks say about steel?", "What did the Turkish say about steel?"),
        ("What did a Pole say about steel?", "What did a Polish say about steel?"),
    ],
)
def test_a_people_named_by_the_short_noun_of_their_ish_adjective_is_their_country(
    checker, asked, meant
):
    assert _respelt(checker, asked) == meant


def test_a_people_whose_adjective_nobody_writes_is_still_refused(checker):
    scope = checker.check("What did the Swedes say about steel?")
    assert not scope.covered and "never mention" in scope.reason


def test_a_single_letter_joined_to_a_word_is_a_prefix_not_a_word_with_letters_lost(lexicon):
    """The sources write "K-Defense"; their index keeps no word of one letter, so "K" is unknown
    to it, yet no misspelling of the one short name it could be read into ("SK")."""
    checker = _checker_of(lexicon, ("defense", "sk", "exports", "band", "radar"), frozenset({"sk"}))
    for question in ("Did K-Defense exports grow?", "Which X-band radar was it?"):
        assert _respelt(checker, question) == question
    assert checker.check("Did K-Defense exports grow?").covered


@pytest.mark.parametrize(
    ("word", "base"),
    [("tied", "tie"), ("financed", "finance"), ("backed", "back"), ("tallied", "tally")],
)
def test_an_inflected_word_gives_the_dictionary_word_it_is_made_from(word, base):
    english = frozenset({"tie", "finance", "back", "tally", "jinn"})
    assert inflected_from(word, english) == base


@pytest.mark.parametrize("word", ["jinn", "ho", "soo", "offest"])
def test_a_word_with_no_inflection_gives_none_even_when_it_is_a_dictionary_word(word):
    # A given name's syllable ("Min-ho") is never read as an inflected word.
    assert inflected_from(word, frozenset({"jinn", "ho", "off"})) is None


def test_initials_no_source_writes_are_the_one_listed_name_they_abbreviate(lexicon):
    phrases = ("Hyundai Motor Group", "Samsung Group", "SK Group", "Quiet Harbour Union")
    written = [w.lower() for p in phrases for w in p.split()]
    checker = _checker_of(lexicon, written, None, english_words(), [p.lower() for p in phrases])
    # Capitals standing for exactly one name of the name table: that name, written out (in the
    # capitals the initials were written in).
    assert _respelt(checker, "What did the HMG pledge at the meeting?").lower() == (
        "what did the hyundai motor group pledge at the meeting?"
    )
    # Two listed names with those initials: neither is meant more than the other.
    assert _respelt(checker, "What did the SG pledge?") == "What did the SG pledge?"
    # A name the name table does not list, and initials not written in capitals, stay.
    assert _respelt(checker, "What did the QHU pledge?") == "What did the QHU pledge?"
    assert "hyundai" not in _respelt(checker, "What did the hmg pledge?").lower()


def test_a_misspelt_name_a_question_calls_a_source_by_is_that_name(lexicon):
    surfaces = {w: lexicon.stem(w) for w in ("harbour", "report", "tariffs")}
    english = frozenset({"daily", "harbour", "what", "did", "the", "report", "say"})
    speller = Speller(
        lexicon,
        frozenset(surfaces.values()),
        surfaces,
        english=english,
        called=["Maeil Kyungjae", "Harbour Daily"],
    )
    # No source writes "Kyungjae", but a question calls one by it: a slip of it is that name.
    assert speller.respell("What did Kyungje report?").text == "What did Kyungjae report?"
    assert speller.respell("What did Kyugnjae report?").text == "What did Kyungjae report?"
    # A name's English word is a word, no name a slip is taken for.
    assert speller.respell("What did Daly report?").text == "What did Daly report?"


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("Which yard did Kumo Oshan buy?", "Which yard did Kumho Ocean buy?"),
        ("What did Karolyn Wibberly announce?", "What did Caroline Wibberley announce?"),
    ],
)
def test_a_name_of_two_words_both_misspelt_by_ear_is_the_name_the_sources_write(
    lexicon, asked, meant
):
    """Each word of the name is a slip or spelt the way it sounds ("-cean" as "-shan", a hard
    "c" as "k", "y" for "i", the silent "e" dropped): together they name it."""
    written = ["kumho", "ocean", "caroline", "wibberley", "yard", "announced"]
    checker = _checker_of(
        lexicon,
        written,
        ["kumho", "ocean", "caroline", "wibberley"],
        english_words(),
        ["Kumho Ocean", "Caroline Wibberley"],
    )
    assert _respelt(checker, asked) == meant


def test_a_long_word_may_lose_a_letter_in_every_four_of_the_word_it_was_meant_as(lexicon):
    english = frozenset({"what", "was", "the", "rate"})
    checker = _checker_of(lexicon, ("reconstruction", "harbour"), (), english)
    # Three letters lost of fourteen: a slip in every four letters or more of the word meant.
    assert _respelt(checker, "What was the recnstrctin rate?") == (
        "What was the reconstruction rate?"
    )
    # Three letters lost of seven is no slip of it but another word.
    assert _respelt(checker, "What was the hrbr rate?") == "What was the hrbr rate?"


def test_of_equally_near_words_one_with_only_letters_lost_is_meant(lexicon):
    english = frozenset({"what", "did", "the", "do"})
    checker = _checker_of(lexicon, ("flat", "fleet"), (), english)
    # "flet" is a letter off "fleet" (one left out) and a letter off "flat" (one changed): a
    # letter left out is the commoner slip.
    assert _respelt(checker, "What did the flet do?") == "What did the fleet do?"


def test_of_equally_near_words_the_sources_write_the_one_they_write_most_is_meant(lexicon):
    written = ("import", "impart", "steel")
    surfaces = {w: lexicon.stem(w) for w in written}
    english = frozenset({"what", "did", "the", "duty"})
    usage = {lexicon.stem("import"): 9, lexicon.stem("impart"): 1}
    checker = ScopeChecker(
        lexicon,
        frozenset(surfaces.values()),
        frozenset(),
        surfaces,
        frozenset(),
        english,
        usage=usage,
    )
    # "imprt" is each of them with one letter left out: the word the sources use more.
    assert _respelt(checker, "What did the imprt duty do?") == "What did the import duty do?"


def test_a_word_spelt_by_ear_yields_to_a_word_of_the_sources_nearer_in_letters(lexicon):
    english = frozenset({"what", "did", "the", "say", "residing"})
    checker = _checker_of(lexicon, ("receding", "tide"), (), english)
    # "receeding" sounds as "residing" but is a letter from "receding", which the sources write.
    assert _respelt(checker, "What did the receeding tide say?") == (
        "What did the receding tide say?"
    )


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("Which steel-relatd tariffs rose?", "Which steel-related tariffs rose?"),
        (
            "What did the fleet-reinforcment plan cost?",
            "What did the fleet-reinforcement plan cost?",
        ),
        ("Which Hanwha-relatd tariffs rose?", "Which Hanwha-related tariffs rose?"),
    ],
)
def test_a_misspelt_word_of_a_hyphenated_compound_is_corrected_on_its_own(checker, asked, meant):
    assert _respelt(checker, asked) == meant


def test_a_syllable_of_a_hyphenated_name_is_not_corrected_as_a_word(checker):
    # A long syllable beside a short one is of a name no source writes, not a word slipped.
    assert _respelt(checker, "What did Lim Hyeonn-ji say?") == "What did Lim Hyeonn-ji say?"


def test_a_slip_as_near_a_function_word_as_a_word_no_source_writes_is_the_function_word(checker):
    # "thorugh" is a letter from "through" (swapped) and from "thorough" (dropped).
    assert _respelt(checker, "Tariffs from 2019 thorugh 2021?") == "Tariffs from 2019 through 2021?"


def test_two_ordinary_words_run_together_are_left_as_written(checker):
    # Cut in two, an unknown word may read as words of the sources it never meant.
    assert _respelt(checker, "What did the steelfleet do?") == "What did the steelfleet do?"


def test_a_word_that_only_opens_a_sentence_of_the_sources_is_no_name_to_correct_to(lexicon):
    # The sources open a sentence with "While": a country they never name is not that word.
    checker = _checker_of(lexicon, ["while", "steel", "tariffs"], ["while"], english_words())
    scope = checker.check("What tariff does Whale set on steel?")
    assert not scope.covered and "Whale" in scope.unknown


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("What did ASPEA say about steel?", "What did ASEPA say about steel?"),  # swapped
        ("What did ASEPPA say about steel?", "What did ASEPA say about steel?"),  # doubled
        ("What did ASPA say about steel?", "What did ASEPA say about steel?"),  # dropped
        ("What did the A.S.E.P.A. say about steel?", "What did the ASEPA say about steel?"),
        ("What did the A.S.E.P.A say about steel?", "What did the ASEPA say about steel?"),
    ],
)
def test_an_acronym_with_letters_swapped_doubled_dropped_or_stopped_is_the_acronym(
    lexicon, asked, meant
):
    checker = _checker_of(lexicon, ["asepa", "steel"], ["asepa"], english_words())
    assert _respelt(checker, asked) == meant


@pytest.mark.parametrize("acronym", ["ASERPA", "ASEPO", "ABEPA"])
def test_an_acronym_with_a_letter_added_or_changed_names_another_body(lexicon, acronym):
    checker = _checker_of(lexicon, ["asepa", "steel"], ["asepa"], english_words())
    scope = checker.check(f"What did {acronym} say about steel?")
    assert not scope.covered and acronym in scope.unknown


def test_a_question_in_capitals_is_corrected_as_words_not_acronyms(lexicon):
    checker = _checker_of(lexicon, ["raytheon", "steel"], ["raytheon"], english_words())
    assert checker.check("WHAT DID RAYTHEONE SAY ABOUT STEEL?").covered


def test_initials_of_two_letters_with_stops_are_left_as_written(lexicon):
    checker = _checker_of(lexicon, ["uk", "steel"], ["uk"], english_words())
    assert _respelt(checker, "What did the U.K. say about steel?") == (
        "What did the U.K. say about steel?"
    )


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        # The vowels written by ear, the consonants kept: a silent "e".
        ("What did Kuwate buy?", "What did Kuwait buy?"),
        # "-eigh" sounds "-ay"; "ow" is one vowel.
        ("What did Paraweigh buy?", "What did Paraway buy?"),
        ("What did Bowdin buy?", "What did Baudin buy?"),
        # "-shen" sounds as the "-cean" of "ocean".
        ("What did Hanwha Oshen buy?", "What did Hanwha Ocean buy?"),
    ],
)
def test_a_name_written_by_ear_is_the_name_with_its_consonants(lexicon, asked, meant):
    names = ["kuwait", "paraway", "baudin", "hanwha", "ocean"]
    checker = _checker_of(lexicon, [*names, "buy"], names, english_words(), ["Hanwha Ocean"])
    assert _respelt(checker, asked) == meant


@pytest.mark.parametrize(
    "question",
    [
        "What did Kiribati buy?",  # other consonants
        "What did Chile buy?",  # "China" has an "n" where it has an "l"
        "What did Kowloon buy?",  # "Kuwait" has a "t" where it has "l" and "n"
    ],
)
def test_a_name_with_other_consonants_stays_unknown(lexicon, question):
    names = ["kuwait", "china", "katar", "buy"]
    checker = _checker_of(lexicon, names, names[:3], english_words())
    assert not checker.check(question).covered


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("What did Cheong Min-soo say?", "What did Jeong Min-soo say?"),  # ㅈ: "ch" or "j"
        ("What did Yoon Seog-jin say?", "What did Yoon Seok-jin say?"),  # ㄱ: "k" or "g"
        ("What did Bark Eun-hee say?", "What did Park Eun-hee say?"),  # ㅂ: "p" or "b"
    ],
)
def test_a_korean_name_with_its_consonants_romanised_otherwise_is_the_name(checker, asked, meant):
    assert _respelt(checker, asked) == meant


def test_a_korean_family_name_alone_in_another_romanisation_stays_unknown(checker):
    # Without the given name beside it, "Cheong" may be anyone's family name.
    assert not checker.check("What did Cheong say about steel?").covered


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("How many centres opened in 2021?", "How many centers opened in 2021?"),
        ("Why did labour costs rise?", "Why did labor costs rise?"),
        ("Which organisations signed?", "Which organizations signed?"),
        ("Where did the tour go?", "Where did the tour go?"),  # "tor" is no word of theirs
    ],
)
def test_a_word_in_the_other_spelling_convention_is_the_sources_word(lexicon, asked, meant):
    written = ["centers", "labor", "organizations", "opened", "costs", "signed"]
    checker = _checker_of(lexicon, written, [], english_words())
    assert _respelt(checker, asked) == meant


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("What did the NRCCC decide?", "What did the NRCC decide?"),  # a consonant thrice
        ("What did the OSTRR decide?", "What did the OSTR decide?"),  # one vowel: no syllables
        ("What did the MBBS decide?", "What did the MBS decide?"),  # three letters, one doubled
        ("What did the MBSS decide?", "What did the MBS decide?"),
        ("What did the OIEE decide?", "What did the OIE decide?"),  # a vowel doubled
    ],
)
def test_an_acronym_with_one_key_struck_twice_is_the_acronym_at_any_length(lexicon, asked, meant):
    checker = _checker_of(lexicon, ("nrcc", "ostr", "mbs", "oie", "board"))
    assert _respelt(checker, asked) == meant


def test_a_short_name_written_as_a_word_with_a_letter_doubled_stays_another_name(lexicon):
    # In capitals each letter is an initial; written as a word, "Oiee" may be someone's name.
    checker = _checker_of(lexicon, ("oie", "mbs", "board"))
    scope = checker.check("What did Oiee decide?")
    assert not scope.covered and "Oiee" in scope.unknown
    # A letter added that is no repetition names another body, in capitals too.
    assert not checker.check("What did the MBRS decide?").covered


def test_an_unknown_name_is_never_cut_into_short_names_the_sources_write(lexicon):
    # "Yoon" and "Min" are names of the sources, but "Yoonmin" is no name of theirs run together:
    # short names are syllables of many others. Two long names run together still are.
    checker = _checker_of(lexicon, ("yoon", "min", "hanwha", "ocean", "ships"))
    scope = checker.check("How many ships did Yoonmin sell?")
    assert not scope.covered and "Yoonmin" in scope.unknown
    assert not checker.check("How many ships did Minocean sell?").covered
    assert _respelt(checker, "How many ships did Oceanhanwha sell?") == (
        "How many ships did Ocean Hanwha sell?"
    )
