"""Three asks that a near answer does not meet: a person asked by a noun for one is answered by
a name, not by "an official said" nor by the body they work for; "exactly how many" by a number
given as it is, not "a dozen or so"; a country's table cell by the row the question's words pick
out, and an empty cell there ("n/a") gives nothing for that country.

Every question and source text is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, _only_blank_cells, unmet
from assistant.answering.frame import asks_person, frame_of
from assistant.answers import Answer, Citation


def _answer(text: str) -> Answer:
    quote = text.split("[", 1)[0].strip()
    citation = Citation(marker=1, source_id="s1", title="t", quote=quote, start=0, end=len(quote))
    return Answer(question="q", answer=text, citations=[citation])


def _people() -> Entities:
    return Entities({"person": lambda text: "Kim Min-su" in text})


# -- a person asked ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which economist floated the idea that the harbour levy was a bargaining chip?",
        "Who is the customs official who argued the tariff was steep compared with Japan's?",
        "Which trade expert criticised the new port levy?",
        "Which observer did the paper name as doubting the deal?",
    ],
)
def test_a_noun_or_role_for_a_person_asks_who_that_person_is(question):
    assert asks_person(question)


@pytest.mark.parametrize(
    "question",
    [
        "What did the analysts argue about the levy?",
        "Who said the deal would hold?",
        "Which agency collects the levy?",
    ],
)
def test_what_people_said_or_who_acted_asks_no_name_of_a_person(question):
    assert not asks_person(question)


@pytest.mark.parametrize(
    "question",
    [
        "Who is the customs official who argued the tariff was steep compared with Japan's?",
        "Which economist floated the idea that the harbour levy was a bargaining chip?",
    ],
)
def test_a_person_asked_is_not_answered_by_an_unnamed_one(question):
    frame = frame_of(question)
    unnamed = _answer("An official from the customs service said the tariff was steep. [1]")
    some = _answer("Some economists said the levy may serve as a bargaining chip. [1]")
    named = _answer("Kim Min-su said the levy may serve as a bargaining chip. [1]")
    for answer in (unnamed, some):
        problem = unmet(frame, answer, _people())
        assert problem is not None and "person" in problem.reason
    assert unmet(frame, named, _people()) is None


def test_a_name_that_leads_a_government_names_no_person():
    frame = frame_of("Which economist floated the idea that the levy was a bargaining chip?")
    answer = _answer("The Kim Min-su administration saw the levy as a bargaining chip. [1]")
    assert unmet(frame, answer, _people()) is not None


# -- exactly how many -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rough",
    [
        "The port employs a dozen or so inspectors. [1]",
        "The port employs about 40 inspectors. [1]",
        "The port employs one or two inspectors. [1]",
        "The port employs 30-odd inspectors. [1]",
    ],
)
def test_exactly_how_many_is_not_answered_by_a_rough_count(rough):
    exactly = frame_of("Exactly how many inspectors does the port employ?")
    problem = unmet(exactly, _answer(rough))
    assert problem is not None and "exact" in problem.reason
    # The same count answers the plain question.
    assert unmet(frame_of("How many inspectors does the port employ?"), _answer(rough)) is None


def test_exactly_how_many_is_answered_by_a_count_as_it_is():
    frame = frame_of("What is the exact number of inspectors the port employs?")
    assert unmet(frame, _answer("The port employs 12 inspectors. [1]")) is None
    assert unmet(frame, _answer("The port employs a dozen inspectors. [1]")) is None


# -- a table cell left empty ------------------------------------------------------------------

_FERRY_TABLE = (
    "Table 7. Ferry Fees Abroad — Legal basis: Norway: Harbour Dues Act; Taiwan: n/a [1] "
    "Table 7. Ferry Fees Abroad — Fee per berth: Norway: 5%; Taiwan: 3% [2] "
    "Norway and Taiwan both charge ferry fees (Table 7). [3]"
)


def test_a_row_asked_by_one_word_of_its_label_gives_an_empty_cell_nothing():
    asked = "What legal text underpins Taiwan's ferry fees?"
    assert _only_blank_cells(_FERRY_TABLE, asked, Entities()) == ["Taiwan"]
    assert _only_blank_cells(_FERRY_TABLE, asked.replace("Taiwan", "Norway"), Entities()) == []


def test_a_country_valued_in_the_row_asked_is_answered():
    asked = "What does Taiwan charge per berth for ferries?"
    assert _only_blank_cells(_FERRY_TABLE, asked, Entities()) == []


def test_a_word_a_row_shares_with_its_table_title_picks_out_no_row():
    # "fee" is the whole table's word: no row is asked, and Taiwan has values elsewhere.
    asked = "Which fee rules does Taiwan keep for ferries?"
    assert _only_blank_cells(_FERRY_TABLE, asked, Entities()) == []


# -- on the sources ---------------------------------------------------------------------------


@pytest.mark.slow
def test_the_offset_division_s_headcount_is_given_only_roughly(assistant):
    rough = assistant.ask("Precisely how many staff work in DAPA's Offset Division?")
    assert rough.abstained
    plain = assistant.ask("How many staff work in DAPA's Offset Division?")
    assert not plain.abstained
    assert "dozen" in plain.answer


@pytest.mark.slow
def test_a_legal_basis_left_empty_for_a_country_is_refused_and_given_for_another(assistant):
    empty = assistant.ask(
        "Under KIET's FMS offsets table, which legal text governs Saudi Arabia's offsets?"
    )
    assert empty.abstained
    given = assistant.ask(
        "Under KIET's FMS offsets table, which legal text governs Norway's offsets?"
    )
    assert not given.abstained
    assert "UICA" in given.answer


@pytest.mark.slow
def test_the_ministry_official_on_the_page_counts_is_not_named(assistant):
    answer = assistant.ask(
        "Who is the trade ministry official who contrasted Korea's seven pages with China's 48?"
    )
    assert answer.abstained
