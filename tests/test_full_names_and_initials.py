"""A body named in full is searched as the sources name it: the sources spell a name out once,
beside its initials ("the Defense Acquisition Program Administration (DAPA)"), and use the
initials after. BM25 reads both as one term (``knowledge/aliases.yaml``); the embedding search
reads the question's full name with its initials beside it, so the sentences that use the
initials alone stay among the candidates. A name the sources mostly spell out is left as written.

The wordings are new; none is a case of the evaluation sets.
"""

from __future__ import annotations

import pytest

from assistant.answering.bodies_described import initialled


@pytest.mark.parametrize(
    ("phrase", "initials", "spelled_out"),
    [
        ("defense acquisition program administration", "DAPA", True),
        ("office of the u.s. trade representative", "USTR", True),
        ("korea institute for industrial economics and trade", "KIET", True),
        # Another phrase for a body, not its name spelled out.
        ("procurement agency", "DAPA", False),
        ("trade barriers report", "NTE", False),
        ("abu dhabi", "UAE", False),
    ],
)
def test_a_full_name_is_one_its_initials_spell(phrase, initials, spelled_out):
    assert initialled(phrase, initials) is spelled_out


def test_a_full_name_is_embedded_beside_its_initials(assistant):
    composer = assistant._fresh()
    assert composer._as_abbreviated(
        "What did the Korea Institute for Industrial Economics and Trade find?"
    ) == ("What did the Korea Institute for Industrial Economics and Trade (KIET) find?")
    # A name the sources mostly spell out is embedded as they write it.
    spelled = "When did the Reciprocal Defense Procurement talks begin?"
    assert composer._as_abbreviated(spelled) == spelled
    # Written already beside its initials, the name is left as it is.
    both = "How does the Defense Acquisition Program Administration (DAPA) staff it?"
    assert composer._as_abbreviated(both) == both


@pytest.mark.parametrize(
    "question",
    [
        "How many members does the Offset Division of the Defense Acquisition Program "
        "Administration have?",
        "What staffing does the Defence Acquisition Program Administration's Offset Division have?",
    ],
)
def test_a_body_named_in_full_finds_the_sentence_using_its_initials(assistant, question):
    answer = assistant.ask(question, [])
    assert not answer.abstained
    assert "dozen or so members" in answer.answer


def test_a_name_in_full_does_not_answer_what_the_sources_never_say(assistant):
    answer = assistant.ask(
        "Did the Reciprocal Defense Procurement agreement get signed before the end of 2025?", []
    )
    assert answer.abstained
