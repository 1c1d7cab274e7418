"""A question asking two times of one thing, its start and now ("when did the levy begin, and what
is its rate today?"), has each part answered only by a statement of that time: the rate in force
"as of" some year dates no beginning, and a third country's rate, dated or not, is no rate in
force for the country asked of."""

from __future__ import annotations

from assistant.answering.answerability import Entities, unanswered_parts
from assistant.answering.frame import frame_of
from assistant.answering.starts_asked import asks_a_start, tells_a_start
from assistant.answering.third_countries import of_a_third_country
from assistant.answers import Answer, Citation
from assistant.knowledge.domain import domain
from assistant.search.terms import Lexicon


def _answer(text: str) -> Answer:
    return Answer(
        question="q",
        answer=text,
        citations=[Citation(marker=1, source_id="s", title="t", quote="q", start=0, end=1)],
    )


def _names(text: str, kind: str) -> frozenset[str]:
    """Countries by name: Chile and Peru, the home country; Chile's neighbour Argentina is a
    party to the matter here."""
    if kind == "parties":
        return frozenset({"argentina"} & set(text.lower().replace(".", " ").split()))
    if kind != "countries":
        return frozenset()
    known = ("chile", "peru", "argentina", domain().home_country.lower())
    return frozenset(c for c in known if c in text.lower())


def _missing(question: str, text: str) -> list[str]:
    frame = frame_of(question)
    parts = [frame_of(p) for p in frame.parts]
    entities = Entities(subjects=lambda kind, text: _names(text, kind))
    found = unanswered_parts(frame, _answer(text), parts, entities, Lexicon().terms)
    return [p.question for p in found]


def test_a_question_for_a_start_is_told_from_one_for_a_date():
    assert asks_a_start("When did the harbour levy begin")
    assert asks_a_start("In what year was the pilot fee first charged")
    assert asks_a_start("Since when has the port had a berth levy")
    assert not asks_a_start("When did the board last review the levy")


def test_a_statement_of_a_start_is_told_from_one_dated_to_a_rule_in_force():
    assert tells_a_start("The berth levy was introduced in 1990 at 4%.")
    assert tells_a_start("The port authority came into being in 1994.")
    assert not tells_a_start("As of 2021, the berth levy rate is 6% of the cargo's value.")


def test_the_start_asked_beside_now_is_not_dated_by_the_year_of_the_rule_in_force():
    missing = _missing(
        "When did the berth levy begin, and what is its rate today?",
        "As of 2021, the berth levy rate is 6% of the cargo's value [1].",
    )
    assert missing == ["When did the berth levy begin"]


def test_the_start_asked_beside_now_is_dated_by_a_statement_of_the_start():
    missing = _missing(
        "When did the berth levy begin, and what is its rate today?",
        "The berth levy was introduced in 1990 [1]. As of 2021, the berth levy rate is 6% of "
        "the cargo's value [1].",
    )
    assert missing == []


def test_a_date_asked_beside_no_part_of_now_keeps_the_year_it_is_given():
    # Without a part of the present there is no rule in force to tell the start from.
    missing = _missing(
        "When did the berth levy begin, and what rate did it start at?",
        "As of 2021, the berth levy rate is 6% of the cargo's value [1].",
    )
    assert "When did the berth levy begin" not in missing


def test_a_third_countrys_undated_figure_is_no_figure_of_now_for_the_country_asked():
    missing = _missing(
        "When did the berth levy begin, and what rate does the levy charge today?",
        "The berth levy was introduced in 1990 at a rate of 4% [1]. Chile recently raised "
        "its levy rate to 9% [1].",
    )
    assert missing == ["what rate does the levy charge today"]


def test_the_figure_of_a_country_the_question_names_is_its_figure():
    assert not of_a_third_country("Chile recently raised its levy to 9%.", "Chile's levy?", _names)
    assert of_a_third_country("Chile recently raised its levy to 9%.", "the levy now?", _names)
    # A statement naming the home country or a party is of the matter asked about.
    home = domain().home_country
    assert not of_a_third_country(f"{home} and Chile both charge 9%.", "the levy now?", _names)
    assert not of_a_third_country("Argentina and Chile charge 9%.", "the levy now?", _names)
    assert not of_a_third_country("The levy is 9% today.", "the levy now?", _names)
