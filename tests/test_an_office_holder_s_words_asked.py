"""An office-holder's words are answered only by a sentence in which that office speaks.

- "What did a Dockline executive say …?" asks for the words of a person who speaks for a body,
  named by the office they hold. A sentence answers it when its speaker (the words before its
  verb of saying) names that body and a person of it: "an official from the Levy Board said".
- The body speaking as itself ("the Levy Board stated in its annual report") is no office-
  holder's word; nor is a sentence that only names the body ("Dockline agreed to supply …"). Which
  office speaks is not weighed: one office goes by many names ("press secretary", "spokesperson").
- Only a body the name table knows is judged: a description ("the port's regulator") may stand
  for a body the sources name otherwise, and is left to the other checks.
"""

from __future__ import annotations

from levy_board_names import levy_board_names

from assistant.answering.office_speech import office_asked, office_unvoiced, sentences_of

_names = levy_board_names


_SOURCE = (
    "Dockline agreed to supply six cranes to the port. "
    "The Levy Board stated in its annual report that the levy would rise. "
    "“We will review the levy,” Ana Quispe, spokesperson of the Levy Board, said on Tuesday."
)


def test_a_question_asks_an_office_holder_s_words_when_it_names_an_office():
    assert office_asked("What did a Dockline executive say about the cranes?") == (
        "a Dockline executive"
    )
    assert office_asked("What was the line from the Levy Board's spokesperson?") == (
        "the Levy Board's spokesperson"
    )
    assert office_asked("What arguments did the board's chair give for the levy?") == (
        "the board's chair"
    )
    # A body or a person by name is no office: other checks weigh what they said.
    assert office_asked("What did the Levy Board say about the levy?") is None
    assert office_asked("What did Ana Quispe say about the levy?") is None
    assert office_asked("How much did Dockline pay for the cranes?") is None


def test_a_company_only_named_beside_its_deal_has_said_nothing():
    question = "What did a Dockline executive say about the crane deal?"
    assert office_unvoiced(question, [], [_SOURCE], _names) == "a Dockline executive"


def test_a_body_speaking_as_itself_is_no_office_holder_s_word():
    question = "What did a Levy Board director say about the annual report?"
    statements = ["The Levy Board stated in its annual report that the levy would rise."]
    assert office_unvoiced(question, statements, [], _names) == "a Levy Board director"


def test_the_office_that_speaks_answers_and_an_official_may_be_any_office():
    for question in (
        "What did the Levy Board spokesperson say about the levy?",
        "What did a Levy Board official tell reporters?",
    ):
        assert office_unvoiced(question, [], [_SOURCE], _names) is None


def test_one_office_goes_by_many_names():
    question = "What did the Levy Board press secretary say about the levy?"
    assert office_unvoiced(question, [], [_SOURCE], _names) is None


def test_an_office_of_a_body_the_names_do_not_know_is_left_alone():
    # "the port's regulator" may be the Levy Board under another name.
    question = "What did the port regulator's spokesperson say about the levy?"
    assert office_unvoiced(question, [], [_SOURCE], _names) is None


def test_a_source_is_read_sentence_by_sentence():
    assert len(sentences_of(_SOURCE)) == 3
