"""A question the sources answer is not refused because it names a thing in other words:

- a country's capital stands for its government ("what does Oslo demand" asks Norway's rule),
  for the countries the knowledge names; the two parties' capitals, which the sources write
  themselves, stay their own words;
- "USD millions" or "billions of won" is the unit an amount is asked in;
- an explanation asked as someone gives it is given by a statement reporting their explanation;
- "which countries" is answered by "all countries of a description" as well as by names;
- "per jet" asks a price per unit of a program that buys aircraft, as "per aircraft" does.

Each rule has its near miss, which is still refused: a capital's country without the rule asked,
a restated event given as its own explanation, a list that is kept but never ranked. The topics
(a port levy, growers, a guild) are invented; none is a case of the evaluation sets.
"""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation
from assistant.knowledge.names import name_table
from assistant.search.terms import Lexicon
from assistant.settings import DEFAULT_KNOWLEDGE


def _answer(text: str, *quotes: str) -> Answer:
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(quotes, start=1)
    ]
    return Answer(question="q", answer=text, citations=citations)


# -- a capital names its country's government ----------------------------------------------------


@pytest.mark.parametrize(
    ("capital", "country"),
    [("Oslo", "Norway"), ("Abu Dhabi", "UAE"), ("Ankara", "Türkiye"), ("Riyadh", "Saudi Arabia")],
)
def test_a_capital_is_among_its_country_s_names(capital, country):
    assert name_table().find("countries", f"How much would {capital} ask of the seller?") == [
        country
    ]


def test_a_capital_is_searched_as_its_country_s_term():
    lexicon = Lexicon(DEFAULT_KNOWLEDGE / "aliases.yaml")
    assert lexicon.terms("the levy Kuala Lumpur sets") == lexicon.terms("the levy Malaysia sets")
    assert lexicon.terms("what Ankara demands") == lexicon.terms("what Turkey demands")


def test_the_parties_capitals_stay_the_words_the_sources_write():
    lexicon = Lexicon(DEFAULT_KNOWLEDGE / "aliases.yaml")
    assert lexicon.terms("Seoul") == ["seoul"]
    assert lexicon.terms("Washington") == ["washington"]


# -- a currency with a plural scale is the unit asked ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "currency"),
    [
        (
            "What levy does the port owe on a USD 30 million berth? USD millions, one decimal.",
            "USD",
        ),
        ("How much did the growers receive? Give it in billions of won.", "KRW"),
        ("What would the guild pay at that rate? KRW billions, nearest whole number.", "KRW"),
    ],
)
def test_a_currency_with_a_plural_scale_is_the_unit_an_amount_is_asked_in(question, currency):
    assert frame_of(question).currency == currency


def test_an_amount_written_with_its_scale_is_no_unit_asked():
    assert frame_of("What did the port do with the USD 5 million grant?").currency is None


def test_an_amount_asked_in_a_unit_is_not_answered_by_statements_without_one():
    frame = frame_of("Peru buys a USD 80 million crane. What levy would Lima charge? USD millions.")
    none = _answer("Peru's port buys cranes from abroad [1].", "Peru's port buys cranes.")
    some = _answer("The levy is USD 8 million [1].", "The levy is USD 8 million.")
    assert unmet(frame, none) is not None
    assert unmet(frame, some) is None


# -- an explanation someone gives -----------------------------------------------------------------

_EXPLAINS = (
    "The growers' union explains that since 2015 the mills have not been paying for "
    "certified grain."
)


def test_an_explanation_asked_as_someone_gives_it_is_given_by_their_reported_explanation():
    frame = frame_of("What explanation does the union give for the growers' poor harvest income?")
    assert unmet(frame, _answer(f"{_EXPLAINS} [1]", _EXPLAINS)) is None


def test_a_reported_explanation_that_only_restates_the_event_explains_nothing():
    frame = frame_of(
        "What explanation does the union give for why the mills stopped paying for certified "
        "grain in 2015?"
    )
    problem = unmet(frame, _answer(f"{_EXPLAINS} [1]", _EXPLAINS))
    assert problem is not None


# -- several of a kind, given as all of a description ----------------------------------------------


def _countries() -> Entities:
    names = ("Peru", "Chile")
    return Entities({"country": lambda text: any(n in text for n in names)})


def test_which_countries_is_answered_by_all_countries_of_a_description():
    frame = frame_of("Which countries will the new port levy apply to?")
    described = _answer(
        'The minister said the levy "will apply to all non-member countries" [1].',
        'The minister said the levy "will apply to all non-member countries".',
    )
    vague = _answer(
        "The minister said the levy will apply soon [1].",
        "The minister said the levy will apply soon.",
    )
    assert unmet(frame, described, _countries()) is None
    assert unmet(frame, vague, _countries()) is not None


# -- answered from the sources --------------------------------------------------------------------


def test_a_capital_asks_its_country_s_rule(assistant):
    answer = assistant.ask("What minimum offset share does Riyadh require on each contract?")
    assert not answer.abstained
    assert "Saudi Arabia" in answer.answer and "35%" in answer.answer


def test_a_capital_of_a_country_without_a_rule_is_still_refused(assistant):
    answer = assistant.ask(
        "Egypt buys a USD 90 million radar. What offset would Cairo ask for at minimum? "
        "USD millions."
    )
    assert answer.abstained


def test_a_body_named_in_full_finds_the_sentence_that_uses_its_short_name(assistant):
    answer = assistant.ask(
        "How many staff work in the Offset Division of the Defense Acquisition Program "
        "Administration?"
    )
    assert not answer.abstained
    assert "a dozen or so members" in answer.answer


def test_the_head_of_a_list_the_sources_never_rank_is_refused(assistant):
    answer = assistant.ask("Which item heads the priority list Taiwan publishes each year?")
    assert answer.abstained


def test_a_general_word_for_the_thing_bought_asks_a_price_per_unit(assistant):
    answer = assistant.ask(
        "How much did the F-35A purchase come to per jet? Billions of won, nearest whole number."
    )
    assert not answer.abstained
    assert [c.name for c in answer.tool_calls] == ["calculator"]
    assert "KRW 194 billion" in answer.answer
