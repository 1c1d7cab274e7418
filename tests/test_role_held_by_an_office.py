"""A role asked by its verb ("who chairs the board", "who presides over the panel") is answered
by the office the sources say holds it, as by a name: "chaired by the Minister of Finance" tells
who chairs. The office must be tied to the role's own verb; an office merely in the sentence, or
a role told without any holder, answers nothing.

Every question and source text is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation


def _answer(text: str) -> Answer:
    quote = text.split("[", 1)[0].strip()
    citation = Citation(marker=1, source_id="s1", title="t", quote=quote, start=0, end=len(quote))
    return Answer(question="q", answer=text, citations=[citation])


def _nobody() -> Entities:
    # No personal name is known to the name table in these texts.
    return Entities({"person": lambda text: False})


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Who chairs the Harbour Safety Council?",
            "The Harbour Safety Council (chaired by the Minister of Oceans) meets each spring. [1]",
        ),
        (
            "who presides over the port tariff panel",
            "The port tariff panel, presided over by the Director of Customs, sets the levy. [1]",
        ),
        (
            "Who heads the fisheries review board?",
            "The fisheries review board is headed by the Secretary of Agriculture. [1]",
        ),
        (
            "Who co-chairs the joint shipping forum?",
            "The joint shipping forum is co-chaired by the Ministers of Transport and of Trade. [1]",
        ),
    ],
)
def test_a_role_asked_by_its_verb_is_answered_by_the_office_holding_it(question, text):
    assert unmet(frame_of(question), _answer(text), _nobody()) is None


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # The office stands in the sentence but is not said to chair anything.
        (
            "Who chairs the Harbour Safety Council?",
            "The Harbour Safety Council met after the Minister of Oceans spoke on the levy. [1]",
        ),
        # The role is told, its holder not.
        (
            "Who chairs the Harbour Safety Council?",
            "The Harbour Safety Council is chaired on a rotating basis. [1]",
        ),
        # A word that only begins like the role's verb is no telling of the role.
        (
            "Who heads the port authority?",
            "The Director of Ports opened the authority's headquarters in May. [1]",
        ),
        # A person asked by a noun, not by the role's verb, still wants a name.
        (
            "Who is the minister who proposed the levy?",
            "The levy was proposed by the Minister of Oceans. [1]",
        ),
    ],
)
def test_an_office_not_tied_to_the_role_asked_is_no_answer(question, text):
    problem = unmet(frame_of(question), _answer(text), _nobody())
    assert problem is not None
    assert "person" in problem.reason
