"""What a question asks in so many words must be what the answer states: a person's name asked
for ("the name of the expert who ...") is not given by the expert's description or office, a
rank asked "exactly" is not given by a position in words, and a budget asked by its noun is an
amount the sources call a budget. The holders of a role asked with "which" ("which ministers chair
the board") are told by the office the sources tie to the role, as with "who".

Every question and source text is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import asks_person, frame_of
from assistant.answers import Answer, Citation


def _answer(text: str) -> Answer:
    quote = text.split("[", 1)[0].strip()
    citation = Citation(marker=1, source_id="s1", title="t", quote=quote, start=0, end=len(quote))
    return Answer(question="q", answer=text, citations=[citation])


def _people(*names: str) -> Entities:
    return Entities({"person": lambda text: any(name in text for name in names)})


@pytest.mark.parametrize(
    "question",
    [
        "What is the name of the harbour official who inspected the dock?",
        "Tell me the names of the two envoys at the fisheries talks.",
        "what was the name of the customs official quoted in the port report",
    ],
)
def test_a_name_asked_of_a_person_noun_asks_for_a_person(question):
    assert asks_person(question)


@pytest.mark.parametrize(
    "question",
    ["What is the name of the ferry?", "What are the names of the ports on the route?"],
)
def test_a_name_asked_of_a_thing_asks_for_no_person(question):
    assert not asks_person(question)


def test_a_person_described_only_by_role_does_not_give_the_name_asked():
    text = "An expert at the Lisbon Maritime Fair 2021 said the dock needs dredging. [1]"
    question = "What is the name of the expert interviewed at the Lisbon Maritime Fair 2021?"
    assert unmet(frame_of(question), _answer(text), _people()) is not None


def test_a_person_named_gives_the_name_asked():
    text = "Ana Sousa, an expert at the Lisbon Maritime Fair, said the dock needs dredging. [1]"
    question = "What is the name of the expert who spoke at the Lisbon Maritime Fair?"
    assert unmet(frame_of(question), _answer(text), _people("Ana Sousa")) is None


def test_an_office_holding_a_role_does_not_give_the_holders_names_asked():
    text = "The tariff forum (co-chaired by the Ministers of Transport and of Fisheries) met. [1]"
    named = "What are the names of the two ministers who co-chair the tariff forum?"
    assert unmet(frame_of(named), _answer(text), _people()) is not None
    # Who holds the role, asked without asking a name, is told by the office.
    assert unmet(frame_of("Who co-chairs the tariff forum?"), _answer(text), _people()) is None


def test_the_holders_of_a_role_asked_with_which_are_told_by_the_office_holding_it():
    text = "The tariff forum (co-chaired by the Ministers of Transport and of Fisheries) met. [1]"
    question = "Which ministers co-chair the tariff forum?"
    assert unmet(frame_of(question), _answer(text), _people()) is None
    # An office merely in the sentence holds no role.
    loose = "The tariff forum met after the Minister of Transport spoke on the levy. [1]"
    assert unmet(frame_of(question), _answer(loose), _people()) is not None


def test_a_rank_asked_exactly_is_not_given_by_a_position_in_words():
    text = "With its low levies, the port sits in the upper-middle ranking of Baltic ports. [1]"
    question = "At exactly what rank does the port stand among Baltic ports?"
    problem = unmet(frame_of(question), _answer(text), _people())
    assert problem is not None and "numbered rank" in problem.reason
    numbered = "With its low levies, the port ranks fourth among Baltic ports. [1]"
    assert unmet(frame_of(question), _answer(numbered), _people()) is None


def test_a_budget_asked_by_its_noun_is_an_amount_called_a_budget():
    question = "What yearly budget does the harbour office have?"
    staff = "The harbour office has some twenty staff, few of them trained in pilotage. [1]"
    assert unmet(frame_of(question), _answer(staff), _people()) is not None
    stated = "The harbour office has a yearly budget of EUR 4 million. [1]"
    assert unmet(frame_of(question), _answer(stated), _people()) is None
