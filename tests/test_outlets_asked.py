"""A question may ask which publication carried something ("which wire service reported that
the tolls went up?", "what paper ran the strike figures?"). The outlets the answer can name are
the sources themselves: the publisher of the cited sentence, from the source's metadata. So the
answer leads with the publishers of its cited sources of the asked kind, or, when none of them is
of that kind, refuses and says which kind of source does carry it. A question that names a
source already, or points at a publication the sources cite, is left alone.

A member a question sets aside ("besides Acme, which firms …") is not someone the answer must be
about: the others are.

The sources and the wordings are invented (a harbour town's daily, a wire, an institute).
"""

from __future__ import annotations

import pytest
from harbour_sources import HARBOUR_SOURCES as SOURCES

from assistant.answering.compose import _subjects_given
from assistant.answering.outlets_asked import led_by_outlet, outlet_kinds_asked
from assistant.answers import Answer, Citation

CALLED = {sid: m.called for sid, m in SOURCES.items()}


def _answer(*sources: str) -> Answer:
    citations = [
        Citation(
            marker=i, source_id=sid, title=SOURCES[sid].title, quote="Tolls rose.", start=0, end=11
        )
        for i, sid in enumerate(sources, 1)
    ]
    markers = " ".join(f"[{i}]" for i in range(1, len(sources) + 1))
    return Answer(question="q", answer=f"Tolls rose in the spring. {markers}", citations=citations)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which wire service reported that the tolls went up in spring?", "wire"),
        ("What news agency first carried the minister's remarks?", "wire"),
        ("Which newspaper quoted the harbour master on the strike?", "newspaper"),
        ("Which evening daily ran the story about the dock strike?", "newspaper"),
        ("What outlet published the toll figures?", "newspaper"),
    ],
)
def test_a_question_asking_which_publication_carried_a_claim_asks_for_an_outlet(question, kind):
    assert kind in outlet_kinds_asked(question, CALLED)


@pytest.mark.parametrize(
    "question",
    [
        # the outlet is not the subject of a verb of carrying: a comparison, a figure asked
        "Which paper gives the higher toll figure?",
        "What did the wire service say about the strike?",
        # a source named already
        "Which paper, the Gazette or Ruripress, reported the toll rise?",
        # a publication the sources cite, none of them
        "Which newspaper ran that article by the minister?",
        "Which publication ran the author's earlier essay?",
    ],
)
def test_questions_that_ask_for_no_outlet_of_the_sources_are_left_alone(question):
    assert outlet_kinds_asked(question, CALLED) == frozenset()


def test_the_answer_leads_with_the_publisher_of_the_cited_source_of_the_asked_kind():
    led = led_by_outlet(_answer("s4", "s3"), frozenset({"wire"}), SOURCES)
    assert led.answer.startswith("Reported by Ruripress (English-language wire service")
    assert "[2]" in led.answer.split(".")[0]
    assert "Gazette" not in led.answer and not led.abstained


def test_a_publisher_s_note_after_its_name_is_left_out():
    led = led_by_outlet(_answer("s4"), frozenset({"research"}), SOURCES)
    assert led.answer.startswith("Reported by Northern Policy Institute (")
    assert "authors" not in led.answer


def test_no_cited_source_of_the_asked_kind_is_a_refusal_naming_who_does_carry_it():
    led = led_by_outlet(_answer("s4"), frozenset({"newspaper"}), SOURCES)
    assert led.abstained and not led.citations
    assert "Northern Policy Institute" in led.answer


def test_an_answer_to_no_outlet_question_or_a_refusal_is_unchanged():
    answer = _answer("s1")
    assert led_by_outlet(answer, frozenset(), SOURCES) == answer
    refused = Answer(question="q", answer="I can't answer that from the sources.", abstained=True)
    assert led_by_outlet(refused, frozenset({"wire"}), SOURCES) == refused


def test_a_company_set_aside_is_not_a_subject_the_answer_must_name():
    # "Besides Google, which firms …": the others are asked for, Google is not who it is about.
    assert "Google" not in _subjects_given("Besides Google, which firms objected to the rules?")
    assert "Google" in _subjects_given("Which rules did Google object to?")
