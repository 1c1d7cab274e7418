"""A what-question asking what one foreign country requires asks for its rule's figures.

The country table is a table of offsets on US military sales: naming such deals in the question
matches every one of the country's rows (best the row on whether offsets are sought on them at
all), and no row carries the word "require". So "what does <country> demand" is answered by the
country's least share, with the contract size that triggers it where the tables give one, and
not by its legal basis, its agency or a yes. A question naming another attribute, a yes/no
question, the home country or two countries is left to the ordinary ranking.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.answering.compose import Composer
from assistant.answering.row_answers import shape_fact
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

DATA = load_data(Settings().data_dir)
BOOK = SimpleNamespace(facts=SimpleNamespace(facts=[shape_fact(r) for r in DATA.countries]))


def _asked(question: str) -> list[tuple[str, str]]:
    groups = Composer._country_requirement(BOOK, question)  # type: ignore[arg-type]
    return [(f.row.country, f.row.attribute) for group in groups for f in group]


@pytest.mark.parametrize(
    "question",
    [
        "What does Norway demand from sellers in its purchases through US military sales?",
        "what would Oslo expect in offsets on an American government-to-government buy",
        "How much does Norway require?",
        "And what does Norway ask for on FMS buys?",
    ],
)
def test_what_a_country_requires_is_its_least_share(question):
    assert _asked(question) == [("Norway", "min_share")]


def test_a_country_with_a_trigger_gives_it_beside_its_share():
    assert _asked("What does Ankara require on arms imports?") == [
        ("Türkiye", "min_share"),
        ("Türkiye", "threshold"),
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Does Norway require offsets on FMS deals?",  # yes or no
        "What legal basis does the UAE require offsets under?",  # another attribute
        "Which agency does Taiwan require sellers to deal with?",  # not "what does"
        "What does Korea require on competitive contracts?",  # the home country
        "What do Norway and Taiwan require?",  # two countries
        "What does the report require of Norway?",  # the country is not the one requiring
    ],
)
def test_other_questions_are_left_to_the_ranking(question):
    assert _asked(question) == []


# -- a share claimed of one country ------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("Riyadh wants 60 percent, is that right?", "Saudi Arabia"),
        ("I heard Taipei looks for 50% in its deals.", "Taiwan"),
    ],
)
def test_a_share_claimed_of_a_country_is_checked_against_its_least_share(question, country):
    assert _asked(question)[0] == (country, "min_share")


@pytest.mark.parametrize(
    "question",
    [
        "Riyadh wants 60 percent, and Oslo 100, is that right?",  # two countries
        "Riyadh pays its agency 60 percent of the fees, is that right?",  # another attribute
        "Riyadh wants 60 percent of the work done at home.",  # stated, not put to the test
    ],
)
def test_other_share_claims_are_left_to_the_ranking(question):
    assert _asked(question) == []


# -- the least share asked in other words -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What minimum offset share does Norway demand?",  # the figure's words before the verb
        "norway min. offset % for american arms",  # a fragment
        "Norway's offset floor on US military sales?",
        "What does the Korea Institute for Industrial Economics say Norway asks as a least offset?",
        "what does the Korea Herald report as the minimum offset in Norway",  # a paper's name
    ],
)
def test_the_least_share_asked_in_other_words_is_the_country_s_rule(question):
    assert _asked(question) == [("Norway", "min_share")]


@pytest.mark.parametrize(
    "question",
    [
        "Is Norway's minimum offset higher than Taiwan's?",  # two countries
        "What minimum offset did the Korea Institute for Industrial Economics propose?",  # none
        "Which agency runs Norway's minimum offset?",  # another attribute
    ],
)
def test_a_least_share_of_no_one_country_is_left_to_the_ranking(question):
    assert _asked(question) == []


def test_a_question_naming_its_source_takes_that_source_s_rows_only():
    groups = Composer._country_requirement(BOOK, "Norway minimum offset", frozenset({"elsewhere"}))  # type: ignore[arg-type]
    assert groups == []
