"""A beginning a sentence dates answers "how long has X been doing Y" only when what began is X,
or X's doing Y: the start of something else the sentence mentions, or of the same kind of thing
begun by another party, says nothing of how long X has been at it."""

import pytest

from assistant.answering.lengths_so_far import tells_length
from assistant.answering.what_began import asked_span, beginning, dates_asked


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # What began is the subject itself.
        ("How long has the pilot service run?", "The pilot service was set up in 1994."),
        ("How long has the pilot service run?", "First set up in 1994, the pilot service grew."),
        ("How long have the harbour talks gone on?", "The harbour talks began in 2022."),
        # What began is the subject's activity, begun by the subject or by no one named.
        ("How long has Brightway run the depot?", "Brightway set up the depot in 1990."),
        (
            "How long has the guild been collecting dues?",
            "The guild began collecting dues in 2015.",
        ),
        ("How long has Harbor Line's levy existed?", "The levy was introduced in 1998."),
    ],
)
def test_the_beginning_of_what_is_asked_dates_the_span(question: str, sentence: str) -> None:
    assert tells_length(sentence, question)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # Another thing began: a port is not the guild's collecting.
        ("How long has the guild been collecting dues?", "The port was built in 1990."),
        # The same kind of thing, begun by another party.
        ("How long has Brightway run the depot?", "Harbour Line set up the depot in 1990."),
        (
            "How long has the guild been collecting dues?",
            "The ferry board introduced dues in 2015.",
        ),
        # A system begun by an agency is not the firms' holding of its certificate.
        (
            "How long have Brightway and Harbour Line held their safety licence?",
            "The Safety Licence Scheme was created by the Ports Agency in 2010.",
        ),
        # The subject's name stands elsewhere in the sentence; another party's act began.
        (
            "How long has Norland run joint boards for pilot training?",
            "Norland has joint boards, and the Vesta government allowed the introduction of "
            "pilot credits in 2018.",
        ),
        # The subject began something, but not the activity asked about.
        ("How long has Brightway run the depot?", "Brightway launched a ferry route in 1990."),
    ],
)
def test_the_beginning_of_something_else_does_not(question: str, sentence: str) -> None:
    assert not tells_length(sentence, question)


def test_word_order_tells_what_began_and_who_began_it() -> None:
    def roles(text: str, verb: str) -> tuple[str, str]:
        at = text.index(verb)
        began = beginning(text, (at, at + len(verb)), len(text))
        return began.what.strip(), began.who.strip()

    assert roles("The board set up the fund in 1994", "set up") == ("the fund in 1994", "The board")
    assert roles("The fund was set up by the board in 1994", "set up")[0] == "The fund was"
    assert roles("The port allowed the introduction of a levy in 1994", "introduction")[0] == (
        "of a levy in 1994"
    )


def test_the_subject_asked_ends_at_been_or_with_the_names_that_open_it() -> None:
    assert asked_span("How long has the guild been collecting dues?")[0].strip() == "the guild"
    assert asked_span("How long have Brightway and Harbour Line run the depot?")[0] == (
        "Brightway and Harbour Line"
    )
    # An owner's name does not stand for what it owns: the levy is the subject here.
    assert asked_span("How long has Brightway's levy existed?")[1] == ""


def test_a_question_of_no_span_up_to_now_takes_any_beginning() -> None:
    assert dates_asked(beginning("The fund began in 1994", (9, 14), 22), "When did it start?")


@pytest.mark.parametrize(
    ("question", "sentence", "dated"),
    [
        # The value a figure was set to dates how long that value has held, wherever the year
        # stands in the sentence, and whether the question writes the figure in words or digits.
        (
            "How long has the two-million-dollar cap held?",
            "In 2011 it set the cap at $2 million.",
            True,
        ),
        (
            "How long has the $25 fee held?",
            "The fee was raised to $20 in 2001 and to $25 in 2009.",
            True,
        ),
        (
            "How long has the $30 fee held?",
            "The fee was raised to $20 in 2001 and to $25 in 2009.",
            False,
        ),
    ],
)
def test_a_value_set_in_a_year_dates_only_that_value(
    question: str, sentence: str, dated: bool
) -> None:
    assert tells_length(sentence, question) is dated
