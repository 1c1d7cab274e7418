"""A side a question asks the stance of may be described rather than named, and the stance
asked in words other than "position":

- a body is called by any word of its kind's family: an administration or an agency is "the
  office" or "the bureau" too, a ministry "the department" ("the procurement office" is the body
  the alias table calls "procurement agency");
- a body called by what it is as a publisher of research ("the think tank", "the research
  institute") is the publisher of the one source of the research kind; with several such
  sources, or none, it is no one, and a wh-phrase ("which think tank") asks for the name;
- what a side objects to, takes issue with, its rejoinder or verdict, and how it answered, ask
  its position; in a comparison, so does what a side wants, or "their takes on" a matter.

Near misses: a kind word alone describes no body, and a word of a remit alone neither. The
wordings are new; none is a case of the evaluation sets.
"""

from __future__ import annotations

import pytest

from assistant.answering.bodies_described import bodies_described
from assistant.answering.frame import answer_type
from assistant.answering.publishers_described import research_publisher
from assistant.search.terms import Lexicon
from assistant.settings import DEFAULT_KNOWLEDGE


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon(DEFAULT_KNOWLEDGE / "aliases.yaml")


def described(lexicon, question):
    return set(bodies_described(lexicon, lexicon.terms(question)))


# -- a body called by another word of its kind -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What did the acquisition office say about the harbour levy?",
        "Has the acquisition bureau ever dropped a pledge?",
        "What did the procurement office's spokeswoman tell reporters?",
    ],
)
def test_an_agency_is_described_by_any_word_of_its_kind_family(lexicon, question):
    assert described(lexicon, question) == {"dapa"}


def test_a_ministry_is_described_as_a_department(lexicon):
    assert described(lexicon, "What did the industry department think of the tariff?") == {"moti"}


@pytest.mark.parametrize(
    "question",
    [
        # A kind alone, or a remit alone, is no description.
        "Which office handles ferry permits?",
        "What did procurement cost the navy?",
        # A word of another family does not stand for the kind.
        "What did the procurement ministry say?",
    ],
)
def test_a_kind_or_a_remit_alone_describes_no_body(lexicon, question):
    assert "dapa" not in described(lexicon, question)


# -- a research body described by what it publishes --------------------------------------------------

_KINDS = {"a": "news", "b": "research report", "c": "blog"}
_CALLED = {"a": ("Harbour Gazette",), "b": ("NRI", "Northern Research Institute"), "c": ("blog",)}


def _known(name):
    return name == "NRI"


@pytest.mark.parametrize(
    "question",
    [
        "What is the think tank's verdict on port levies?",
        "What does the research institute want the ferry board to do?",
        "Contrast the board's plan with what the institute's researchers propose.",
    ],
)
def test_a_research_body_described_is_the_one_research_source_s_publisher(question):
    found = research_publisher(question, _KINDS, _CALLED, _known)
    assert found is not None and found[0] == "NRI"


def test_the_description_stands_where_the_question_writes_it():
    question = "How does the harbour board's plan differ from the think tank's?"
    found = research_publisher(question, _KINDS, _CALLED, _known)
    assert found == ("NRI", question.index("think tank"))


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        # "Which think tank" asks for the name.
        ("Which think tank wrote the levy study?", _KINDS),
        # Two research sources: the description names neither.
        ("What does the think tank argue?", {**_KINDS, "c": "research report"}),
        # No research source at all.
        ("What does the think tank argue?", {"a": "news", "c": "blog"}),
        # No research body described.
        ("What does the harbour board argue?", _KINDS),
    ],
)
def test_a_research_body_is_no_one_when_the_description_fits_none_or_several(question, kinds):
    assert research_publisher(question, kinds, _CALLED, _known) is None


# -- words that ask a side's stance -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # An answer asked for is not a side's answer.
        ("What answer did the harbour survey give?", "other"),
        # Counter-trade is a topic, not a counter-argument.
        ("How much counter-trade did Norway obtain?", "quantity"),
    ],
)
def test_near_misses_ask_no_position(question, kind):
    assert answer_type(question) == kind
