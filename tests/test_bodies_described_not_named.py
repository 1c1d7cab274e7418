"""A question that describes a body instead of naming it, or spells a name without its accents,
is read as naming it:

- a company described by where it is based ("the European aircraft maker") is that company when
  the knowledge names one company from there (``knowledge/origins.yaml``); when several fit, the
  place's adjective is no country the answer must be about;
- a body the name table lists by what it is ("the procurement agency" for DAPA) is that body,
  also as the source a question attributes to;
- an accented name is matched written plainly or with its letters spelt out ("Tuerkiye").

Each rule has its near miss: a plural ("European suppliers") is a class whose place is asked
about, and a place no company the sources name comes from is still a country asked about. The
wordings are new; none is a case of the evaluation sets.
"""

from __future__ import annotations

import pytest

from assistant.answering.attribution import attributed
from assistant.answering.described import as_named, without_origins
from assistant.knowledge.names import name_table, phrases_of
from assistant.knowledge.origins import origins
from assistant.search.terms import Lexicon
from assistant.settings import DEFAULT_KNOWLEDGE


@pytest.fixture(scope="module")
def terms():
    return Lexicon(DEFAULT_KNOWLEDGE / "aliases.yaml").terms


# -- a company described by its origin -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("What did the European aircraft maker's pledge include?", "What did Airbus's pledge include?"),
        ("Which tankers did the european supplier sell?", "Which tankers did Airbus sell?"),
        # Several American companies fit: none is named.
        ("What did the American defense contractor refuse?", "What did the American defense contractor refuse?"),
        # No company the sources name is Japanese: the description is left as written.
        ("What did the Japanese shipbuilder build?", "What did the Japanese shipbuilder build?"),
        # A plural is a class of companies, whose place is what is asked about.
        ("How much did European suppliers pledge?", "How much did European suppliers pledge?"),
    ],
)  # fmt: skip
def test_a_company_described_by_the_one_origin_it_has_is_named(terms, question, read):
    assert as_named(question, origins(), terms) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("the radar the US planemaker kept back", "the radar the planemaker kept back"),
        ("what an American aerospace firm pledged", "what an aerospace firm pledged"),
        ("the Korean shipbuilder's orders", "the shipbuilder's orders"),
        ("what the Japanese shipbuilder built", "what the Japanese shipbuilder built"),
        ("what American contractors pledged", "what American contractors pledged"),
    ],
)  # fmt: skip
def test_the_origin_of_a_described_company_is_no_country_asked_about(terms, text, read):
    assert without_origins(text, origins(), terms) == read


def test_every_company_with_an_origin_is_one_the_name_table_lists():
    assert set(origins()) <= set(name_table().names("companies"))


# -- a body named by what it is --------------------------------------------------------------------


def test_a_source_called_by_a_body_s_name_is_called_by_its_other_names():
    called = {"briefing": ("DAPA", *phrases_of("DAPA"))}
    named = attributed("What floor applies, according to the arms procurement agency?", called)
    assert named is not None and named.sources == ("briefing",)
    assert "agency" not in named.question


# -- names spelt without their accents -------------------------------------------------------------


@pytest.mark.parametrize("written", ["Tuerkiye", "Turkiye", "TUERKIYE", "Tuerkei", "Türkiye"])
def test_an_accented_name_matches_written_plainly_or_spelt_out(written):
    assert name_table().find("countries", f"the floor {written} sets") == ["Türkiye"]


def test_a_name_without_accents_gains_no_spelt_out_forms():
    assert name_table().find("countries", "the Norwaey floor") == []


# -- whole answers ---------------------------------------------------------------------------------


def test_the_one_european_planemaker_is_answered_as_airbus(assistant):
    answer = assistant.ask("How many tankers did the European aircraft maker supply under KC-X?")
    assert not answer.abstained
    assert "four A330 MRTT" in answer.answer


def test_an_american_planemaker_asks_no_figure_of_the_united_states(assistant):
    answer = assistant.ask(
        "In won, what did the 40 stealth jets bought from the American planemaker cost?"
    )
    assert not answer.abstained
    assert "7.77 trillion KRW" in answer.answer


def test_a_planemaker_from_a_place_no_company_comes_from_is_still_refused(assistant):
    answer = assistant.ask("How many tankers did the Japanese planemaker supply to Korea?")
    assert answer.abstained


def test_a_plain_spelling_of_tuerkiye_is_answered(assistant):
    answer = assistant.ask(
        "Per the KIET paper, what contract value now triggers offsets in Tuerkiye?"
    )
    assert not answer.abstained
    assert "USD 5 million" in answer.answer
