"""A "how big / how large / how much was <part>" question asks the figure of one named part (a
share, a component, a category, a programme) of a whole the question also names. The sentence
stating the whole's figure shares the question's framing words (the country, the programme,
the period) and may rank first; a sentence near it that writes more of the part's own,
distinctive words and states a figure of the asked kind leads instead. Words every sentence
shares (the home country, the programme's name) and the whole the part belongs to ("of the
offsets ...") count for nothing, so a sentence that only shares the framing never leads."""

from __future__ import annotations

import pytest

from assistant.answering.compose import _SIZE_OF


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("How big was the dairy quota of the tariff deal over ten years?", "the dairy quota"),
        ("How large was the rice portion in the 2019 accord?", "the rice portion"),
        ("How much were the steel duties between 2018 and 2020?", "the steel duties"),
        ("How big was the grain share for poorer members?", "the grain share for poorer members"),
        (
            "In the ministry's tally, how sizable was the subsidy programme?",
            "the subsidy programme",
        ),
        ("How large is the fishing category since the reform?", "the fishing category"),
        ("How much was the ferry contract worth?", "the ferry contract"),
        ("The pact cost USD 2 billion; how much of that was the dairy quota?", "the dairy quota"),
    ],
)
def test_the_part_asked_is_the_noun_phrase_before_its_whole_or_period(question, part):
    asked = _SIZE_OF.search(question)
    assert asked is not None
    assert asked.group("thing") == part


@pytest.mark.parametrize(
    "question",
    [
        "What share of the tariff deal went to dairy?",
        "Was the rice portion larger than the wheat portion?",
        "Who set the steel duties in 2018?",
    ],
)
def test_other_wordings_ask_no_size_of_a_part(question):
    assert _SIZE_OF.search(question) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "How large was the technology share for homegrown weapons in KIET's offset tally since "
        "1983?",
        "According to KIET, how much was the technology part for homegrown arms among Korea's "
        "offset gains since the 1980s?",
    ],
)
def test_the_figure_of_the_part_leads_over_the_figure_of_the_whole(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained
    first = answer.answer.split("[1]")[0]
    assert "USD 10.67 billion" in first
    assert "23.2 billion" not in first


@pytest.mark.slow
def test_the_setting_words_of_a_part_count_for_nothing(assistant):
    composer = assistant._ready()
    weights = composer._distinctive("the equipment share of the offsets Korea received in 2010")
    assert "equip" in weights
    assert "offset" not in weights
    assert "korea" not in weights
    assert "2010" not in weights


@pytest.mark.slow
def test_a_part_no_sentence_names_moves_nothing_to_the_front(assistant):
    question = "How big was the avionics slice of the offsets Korea collected over forty years?"
    composer = assistant._ready()
    ranked = composer.rank(question)
    assert composer._of_figure_asked(question, ranked) == ranked


@pytest.mark.slow
def test_a_part_named_by_a_pointing_word_moves_nothing_to_the_front(assistant):
    question = "When was the tanker deal signed, and how big was that deal?"
    composer = assistant._ready()
    ranked = composer.rank(question)
    assert composer._of_figure_asked(question, ranked) == ranked


@pytest.mark.slow
def test_a_part_a_deal_does_not_have_is_still_refused(assistant):
    answer = assistant.ask("How big was the satellite component of Airbus's tanker offset deal?")
    assert answer.abstained


@pytest.mark.slow
def test_the_size_of_a_part_in_a_decade_the_sources_never_cover_is_refused(assistant):
    answer = assistant.ask("How large was the software component of Korea's offsets in the 1990s?")
    assert answer.abstained
