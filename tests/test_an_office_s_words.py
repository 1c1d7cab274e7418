"""What an office or a body said is answered only by its own words.

- "What did the harbour board's chairman single out?", "what does the Fisheries Ministry say
  happens next?" and "the line from the port's spokesman" each ask one party's words. A statement
  answers only when that party speaks in it: the body by its name, an office by its title or
  its holder's name. Another speaker's words on the matter answer nothing of it, nor does a list
  of those who attended.
- A body speaking in its own name ("the board stated in its report") is not its spokesperson
  or its head.
- A later part asking by a pronoun ("… and what did he pledge?") asks the words of the party the
  question named.
- The source itself (the blogger, the column, "the 2024 annual report") speaks in every sentence
  of it: it names no party to look for.
"""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import frame_of
from assistant.answering.own_words import Party, asked_by_pronoun, asked_party, party_of, speaks
from assistant.answers import Answer, Citation


def _said(*sentences: str) -> Answer:
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(sentences, start=1)
    ]
    text = " ".join(f"{q} [{i}]" for i, q in enumerate(sentences, start=1))
    return Answer(question="q", answer=text, citations=citations)


def _no_names(text: str, kind: str) -> frozenset[str]:
    return frozenset()


def _party(who: str) -> Party:
    found = party_of(who, who, _no_names)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("question", "party"),
    [
        (
            "Which port did the harbour board's chairman single out as most at risk?",
            "the harbour board's chairman",
        ),
        # A pronoun names no party of its own.
        ("Which port did she single out as most at risk?", None),
        (
            "What does the Fisheries Ministry say becomes of the quota if the levy goes?",
            "the Fisheries Ministry",
        ),
        (
            "What was the line from the port's spokesman when asked about the strike?",
            "the port's spokesman",
        ),
        # The source itself speaks in all of it; so does a report however it is named.
        ("What does the blogger say about the levy?", None),
        ("What did the 2024 annual report say about dredging?", None),
    ],
)
def test_a_question_asking_a_party_s_words_names_that_party(question, party):
    assert asked_party(question) == party


def test_a_body_speaking_in_its_own_name_is_not_its_spokesperson_or_head():
    said = "The Harbour Board stated in its annual review that fees would rise."
    assert speaks(_party("the Harbour Board"), said, _no_names)
    assert not speaks(_party("the Harbour Board's spokesman"), said, _no_names)
    assert not speaks(_party("the Harbour Board's chairman"), said, _no_names)


def test_an_office_speaks_by_its_title():
    said = "“Fees will rise,” Ana Reis, spokesperson of the Harbour Board, said on Monday."
    assert speaks(_party("the Harbour Board's spokesman"), said, _no_names)


def test_another_speaker_s_words_do_not_answer_what_a_ministry_says():
    question = "What does the Fisheries Ministry say becomes of the quota if the levy goes?"
    answer = _said(
        "The Fisheries Ministry recommended 40 boats for the scheme.",
        "However, trawler owners argue that without the levy the quota becomes meaningless.",
    )
    problem = unmet(frame_of(question), answer, Entities())
    assert problem is not None and "Fisheries Ministry" in problem.reason


def test_a_ministry_that_speaks_answers_what_it_says():
    question = "What does the Fisheries Ministry say becomes of the quota if the levy goes?"
    answer = _said("The Fisheries Ministry said the quota would lapse without the levy.")
    assert unmet(frame_of(question), answer, Entities()) is None


def test_an_attendee_whose_words_are_not_given_is_not_answered_by_the_host_s():
    question = "Which sector did the Harbour Board's chairman flag as most exposed?"
    answer = _said(
        "Mayor Silva met Harbour Board Chairman Luis Costa and the pilots' union on Monday.",
        "Mayor Silva said, “We will help the fishing sector, which is most exposed.”",
    )
    problem = unmet(frame_of(question), answer, Entities())
    assert problem is not None and "chairman" in problem.reason
    asked_of_the_mayor = "Which sector did the mayor flag as most exposed?"
    assert unmet(frame_of(asked_of_the_mayor), answer, Entities()) is None


def test_a_part_asking_by_a_pronoun_asks_the_party_the_question_names():
    whole = "Which sector did the Harbour Board's chairman flag, and what did he pledge?"
    part = "what did he pledge"
    assert asked_by_pronoun(part)
    assert not asked_by_pronoun("what did the mayor pledge")
    answer = _said("Mayor Silva said, “We will pledge support to the fishing sector.”")
    problem = unmet(frame_of(part), answer, Entities(), asked_with=whole)
    assert problem is not None and "chairman" in problem.reason


@pytest.mark.parametrize(
    ("question", "party"),
    [
        # The subject is the one just before the verb of saying, not the clause after it.
        ("What did the port official cite to argue the fee was fair?", None),
        # A firm's pledge is what it committed to in a deal, not words it spoke.
        ("What did Nordwerft pledge the navy in return for the order?", None),
        ("What did the board's chairman pledge at the hearing?", "the board's chairman"),
    ],
)
def test_only_an_office_holder_s_pledge_is_asked_as_words(question, party):
    assert asked_party(question) == party


def test_a_press_secretary_speaks_as_the_spokesperson():
    said = "Harbour Office spokesperson Rui Lopes said in a briefing that fees would rise."
    assert speaks(_party("the Harbour Office press secretary"), said, _no_names)


def test_what_the_report_points_out_is_said_by_whoever_put_the_report_out():
    story = (
        "The Harbour Office stated in its annual report, released on Monday, that fees rose. "
        "The report pointed out that fees in the north rose by 8%."
    )
    quote = "The report pointed out that fees in the north rose by 8%."
    start = story.index(quote)
    answer = Answer(
        question="q",
        answer=f"{quote} [1]",
        citations=[
            Citation(marker=1, source_id="s", title="t", quote=quote, start=start, end=len(story))
        ],
    )
    entities = Entities(
        subjects=lambda kind, text: frozenset(
            {"harbour office"} if kind == "organisations" and "Harbour Office" in text else set()
        ),
        source_text=lambda source_id: story,
    )
    question = "What does the Harbour Office say fees in the north did?"
    assert unmet(frame_of(question), answer, entities) is None


@pytest.mark.parametrize(
    "question",
    [
        # A side's case is told in the sources' voice as often as in its own.
        "What does the Harbour Board argue about the levy?",
        # A class of people is quoted under many names.
        "What do Portuguese harbour pilots say about the levy?",
    ],
)
def test_a_side_s_case_or_a_class_s_words_name_no_party_to_look_for(question):
    assert asked_party(question) is None
