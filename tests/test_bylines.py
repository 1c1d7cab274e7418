"""A byline is told by its shape, not by any name it holds: a name and a title, titles before
slash-separated names, or "By" and a name. A question asks for a piece's writers by a verb of
writing or a noun for a writer, and asks of a writer it names by a title, a unit or a workplace."""

from __future__ import annotations

import pytest

from assistant.answering.bylines import (
    asks_of_writer,
    asks_of_writers,
    asks_writer,
    block_end,
    byline_lines,
    byline_of,
    credit_asked,
    first_only,
    gives_credit,
    named_writers,
    of_writers_asked,
)


def test_a_name_then_a_title_is_a_byline_that_heads_its_writer_s_block():
    byline = byline_of("Ana Rossi, Senior Economist")
    assert byline is not None
    assert byline.names == ("Ana Rossi",) and byline.titles == ("Senior Economist",)
    assert byline.heads_block


def test_names_joined_by_hyphens_or_of_three_words_are_names():
    assert byline_of("Kim Min-jun, Research Fellow").names == ("Kim Min-jun",)
    assert byline_of("Lee Hae Won, Researcher").names == ("Lee Hae Won",)


def test_titles_before_slash_separated_names_carry_on_to_the_names_after_them():
    byline = byline_of("Berlin Correspondent Ana Rossi/Reporters Tom Berg/Eva Lind")
    assert byline is not None
    assert byline.names == ("Ana Rossi", "Tom Berg", "Eva Lind")
    assert byline.titles == ("Berlin Correspondent", "Reporters", "Reporters")
    assert not byline.heads_block


def test_by_and_a_name_is_a_byline():
    assert byline_of("By Tom Berg").names == ("Tom Berg",)


@pytest.mark.parametrize(
    "line",
    [
        "Center for Growth Studies, Oslo Institute",  # a unit, not a person
        "Ana Rossi said the levy would stay.",  # a sentence naming someone
        "Tom Berg, Eva Lind and others",  # names with no title
        "Reporters Tom Berg/the harbour office",  # a part that is no name
        "Tom Berg/Eva Lind",  # no title before the first name
        "Machinery and Shipbuilding Division,",
    ],
)
def test_other_lines_are_no_bylines(line):
    assert byline_of(line) is None


@pytest.mark.parametrize(
    "question",
    [
        "Who wrote the Gazette's piece on port levies?",
        "who actually penned the institute paper",
        "Which journalist wrote the Herald story?",
        "Which analysts put their names to the think-tank brief?",
        "Who are the authors of the Oslo study?",
        "Who is the lead author of the harbour report?",
        "Who is the Berlin correspondent on the Gazette article?",
        "Name the writers of the Herald's story.",
        "Who is the research fellow behind the institute's brief?",
        "How many authors does the Oslo study have?",
        "Whose byline is on the Herald piece?",
        "Who co-wrote the paper with Ana Rossi?",
        "Who edited the Gazette story?",
        "Who is behind the Gazette's coverage?",
        "Which people does the institute credit as authors of the brief?",
        "Who is credited with writing the Herald piece?",
        "Who wrote the Herald article on the fisheries agreement?",
        "Whose names appear as authors on the Oslo study?",
    ],
)
def test_questions_for_a_piece_s_writers(question):
    assert asks_writer(question)


@pytest.mark.parametrize(
    "question",
    [
        "What do the institute's authors recommend on levies?",
        "Who spoke for the port authority when reporters asked about the levy?",
        "I wrote that the levy is 4%. Is that right?",
        "Who wrote the Oslo study, and when was it published?",  # a second part asked
        "Which official announced the levy?",
        "According to the Gazette, who drafted the harbour ordinance?",  # a law, not a piece
        "Who wrote the fisheries agreement the brief discusses?",
        "Who drafted article 9 of the Ports Act?",
        "Who is behind the push for a levy, according to the Herald?",  # no piece asked
    ],
)
def test_questions_that_ask_something_else(question):
    assert not asks_writer(question)


def test_the_lead_author_asks_for_the_first_named_writer_only():
    assert first_only("Who is the lead author of the Oslo study?")
    assert not first_only("Who are the authors of the Oslo study?")


def test_a_credit_beside_writing_is_asked_by_its_verb_or_noun_and_given_by_a_title():
    assert credit_asked("Who edited the Gazette story?") == "editor"
    assert credit_asked("Who is the translator of the brief?") == "translator"
    assert credit_asked("Who wrote the brief?") is None
    assert gives_credit(byline_of("Tom Berg, Managing Editor"), "editor")
    assert not gives_credit(byline_of("Tom Berg, Reporter"), "editor")


def test_a_writer_is_named_in_any_case_and_with_or_without_the_hyphen():
    bylines = [byline_of("Kim Min-jun, Research Fellow"), byline_of("Tom Berg, Reporter")]
    found = named_writers("what is kim min jun's title?", bylines)
    assert found == {"Kim Min-jun"}
    assert named_writers("what is Kim Minjun's title?", bylines) == {"Kim Min-jun"}


def test_what_is_asked_of_a_named_writer():
    assert asks_of_writer("What is Ana Rossi's title?")
    assert asks_of_writer("Which division does Ana Rossi work in?")
    assert not asks_of_writer("What papers has Ana Rossi co-authored?")  # left to retrieval
    assert not asks_of_writer("When did Ana Rossi present the findings?")
    assert asks_of_writer("Who is Ana Rossi?")
    assert asks_of_writer("In which part of the institute does Ana Rossi work?")
    assert not asks_of_writer("What is Ana Rossi's position on port levies?")  # her stance
    assert not asks_of_writer("How does the levy work, according to Ana Rossi?")
    assert not asks_of_writer("What role did Ana Rossi's study play in the debate?")


@pytest.mark.parametrize(
    "question",
    [
        "Which division are the Oslo study's authors in?",
        "What titles do the writers of the Gazette piece hold?",
        "Where do the brief's co-authors work?",
        "What are the titles of the Herald story's writers?",
        "List the authors' divisions.",
        "In which Oslo centre do the study's writers work?",
    ],
)
def test_questions_of_a_piece_s_writers_unnamed(question):
    assert asks_of_writers(question)


@pytest.mark.parametrize(
    "question",
    [
        "What have the Oslo study's authors written about levies?",  # what the piece says
        "What do the authors recommend on port fees?",
        "Which division of the ministry handles levies?",  # no writers asked about
        "Which unit at the ministry runs the levy, according to the brief's authors?",
        "Explain how the levy works and why the authors favour it.",
        "What earlier papers do the institute's authors list?",  # left to retrieval
        "Where do the study's authors work, and when did it appear?",  # a second part asked
    ],
)
def test_questions_that_ask_the_writers_something_else(question):
    assert not asks_of_writers(question)


def test_a_writer_s_block_runs_to_the_next_byline_or_a_few_lines_on():
    lines = [
        "Ana Rossi, Senior Economist",
        "Trade Division,",
        "Oslo Institute",
        "Tom Berg, Researcher",
        "Oslo Institute",
    ]
    assert block_end(lines, 0) == 3
    assert block_end(lines, 3) == 5
    many = ["Ana Rossi, Economist", *(f"Line {n}" for n in range(10))]
    assert block_end(many, 0) == 5


def test_bylines_are_read_from_the_whole_text_with_their_offsets_and_no_contact_lines():
    # The closing author block a source leaves out of its evidence is still where its writers
    # stand: every line is read, each quoted verbatim at its offset, e-mails and phones left out.
    text = (
        "The levy rose twice.\n\n"
        "Ana Rossi, Senior Economist\n"
        "  Trade Division,\n"
        "ana.rossi@oslo-institute.no / Tel. 047-555-0101\n"
        "Oslo Institute\r\n"
        "Phone: +47 555 0102\n"
        "Area\t2021\t2022\n"
    )
    lines = byline_lines(text)
    assert [line for _, line in lines] == [
        "The levy rose twice.",
        "Ana Rossi, Senior Economist",
        "Trade Division,",
        "Oslo Institute",
    ]
    assert all(text[at : at + len(line)] == line for at, line in lines)


def test_their_after_a_question_for_the_writers_asks_of_those_writers():
    earlier = "Who wrote the harbour institute's brief on crane levies?"
    assert of_writers_asked("What are their titles?", earlier) == "What are the authors' titles?"
    assert of_writers_asked("Which division are they in?", earlier) == (
        "Which division are the authors in?"
    )
    # After a question for no writer, "their" is someone else's.
    assert of_writers_asked("What are their titles?", "Which firms build cranes?") is None
    # Asked of something else than the writers themselves, it is no byline's question.
    assert of_writers_asked("What did their brief recommend?", earlier) is None
