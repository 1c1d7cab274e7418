"""One way to fold a word's forms and to pick a text's words of content, shared by the checks
that compare a question's words with a statement's (``answering/word_forms.py``)."""

from __future__ import annotations

import re

from assistant.answering.word_forms import content_words, stem, stems


def test_the_forms_of_a_word_share_one_stem():
    assert stem("dredged") == stem("dredges") == stem("dredging") == stem("dredge")
    assert stem("ferries") == stem("ferry")


def test_the_stem_is_the_one_search_indexes_with():
    from assistant.search.terms import Lexicon

    lexicon = Lexicon()
    for word in ("levies", "quarrying", "tolled", "sluices"):
        assert stem(word) == lexicon.stem(word)


def test_a_compound_is_stemmed_at_its_last_part_and_a_code_kept_whole():
    assert stem("canal-locks") == "canal-lock"
    assert stem("zx-70b") == "zx-70b"


def test_a_stem_cut_to_its_first_letters_joins_the_nouns_formed_on_a_verb():
    assert stem("licensed") != stem("licensure")
    assert stem("licensed", letters=6) == stem("licensure", letters=6)
    assert stem("dredged", letters=5) == stem("dredgers", letters=5)


def test_a_written_stem_begins_every_written_form_of_the_word():
    for word, forms in (
        ("quarrying", ("quarry", "quarried", "quarries", "quarrying")),
        ("subsidies", ("subsidy", "subsidies", "subsidised")),
        ("baking", ("bake", "baked", "baking")),
        ("tolled", ("toll", "tolls", "tolled")),
    ):
        written = stem(word, written=True)
        assert all(re.match(rf"{written}", form) for form in forms), (word, written)


def test_content_words_leave_out_the_stop_list_and_possessives():
    said = "Which of the guild’s barges were moored at Quayside, and when?"
    assert content_words(said) == ["guild", "barges", "moored", "quayside"]


def test_content_words_can_leave_out_short_words_and_keep_numbers():
    said = "The ZX-70B hull, built by a co-op in 2031, cost 14 ducats"
    assert content_words(said, shortest=4) == ["zx-70b", "hull", "built", "co-op", "cost", "ducats"]
    assert "2031" in content_words(said, numbers=True)
    assert "2031" not in content_words(said)


def test_stems_are_the_stems_of_the_content_words():
    assert stems("the barges were moored") == {stem("barge"), stem("moor")}
    assert stems("the barges were moored", letters=3) == {"bar", "moo"}


def test_a_compound_s_parts_are_words_of_their_own_when_asked_for():
    said = "the fee-waiver requests"
    assert content_words(said) == ["fee-waiver", "requests"]
    assert content_words(said, parts=True) == ["fee", "waiver", "requests"]
    assert stems(said, parts=True) == stems("requests for a fee waiver")


def test_threads_stem_alike_each_with_its_own_stemmer() -> None:
    # A PyStemmer object is not safe to share across threads; each thread gets its own, and all
    # stem as search does.
    from concurrent.futures import ThreadPoolExecutor

    from assistant.search.terms import snowball_stem

    words = ["harbours", "levied", "dredging", "tariffs", "ferries"] * 200
    alone = [snowball_stem(w) for w in words]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(snowball_stem, words))
    assert together == alone
    assert alone[:5] == ["harbour", "levi", "dredg", "tariff", "ferri"]
