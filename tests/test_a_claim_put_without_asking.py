"""A claim is read as one however it is put: quoted inside the asker's frame ("For the
newsletter: '…' Fine to print?") or told with no question at all ("…, I gather."). The frame's
words say what the asker will do with the claim; they are no topic the sources must cover, and
no list of them decides: a frame is recognised by what it lacks (a figure, a name, a question
word), a told claim by being a statement with a figure and no question."""

from __future__ import annotations

from assistant.answering.put_claims import as_claim, quoted_claim, told_claim


def test_a_quoted_statement_in_a_frame_is_the_claim() -> None:
    question = "For the newsletter: 'Zephyr opened its mill in 1961.' Fine to print?"
    assert as_claim(question) == "Is it true that Zephyr opened its mill in 1961?"


def test_frame_words_never_seen_before_are_read_the_same() -> None:
    # No vocabulary of frames: any words that name nothing around the quote are the frame.
    question = "Slide seven, bottom line: 'The harbor fund held $3 billion in 2010.' Ship it?"
    assert as_claim(question) == "Is it true that the harbor fund held $3 billion in 2010?"


def test_an_apostrophe_inside_a_word_neither_opens_nor_closes_the_quote() -> None:
    question = "Ticker text: 'Borduria's levy dates from 1975.' Good?"
    assert quoted_claim(question) == "Borduria's levy dates from 1975"


def test_a_frame_that_names_something_is_part_of_the_question() -> None:
    # "Gazette" is a name: the words around the quote may say whose claim it is, or ask more.
    assert quoted_claim("The Gazette printed 'the levy rose to 6% in 2001.' Why?") is None
    assert quoted_claim("In 2003 they wrote 'the levy rose to 6%.' Still so?") is None


def test_a_quote_without_a_figure_or_a_quoted_request_is_no_claim_to_check() -> None:
    assert quoted_claim("Headline: 'Levy scrapped at last.' OK?") is None
    assert quoted_claim("My editor asked: 'List the 2019 deals.' Can you?") is None


def test_a_statement_told_without_a_question_is_asked_back() -> None:
    assert told_claim("The ferry line was sold for $12 million last spring.") is not None
    assert as_claim("The ferry line was sold for $12 million, the desk hears.") == (
        "The ferry line was sold for $12 million, the desk hears, right?"
    )


def test_a_request_or_a_question_is_no_told_claim() -> None:
    assert told_claim("List the deals signed in 2019.") is None
    assert told_claim("Tell me what the ferry line was sold for in 2019") is None
    assert told_claim("What the ferry line fetched in 2019.") is None
    # a noun phrase with no verb states nothing
    assert told_claim("The ferry line's price in 2019.") is None


def test_a_question_already_read_as_a_claim_is_kept() -> None:
    question = "Zephyr opened its mill in 1961, didn't it?"
    assert as_claim(question) == question


def test_a_task_set_out_in_several_sentences_is_no_told_claim() -> None:
    # A made-up contract followed by what to work out is a calculation, not a claim.
    assert told_claim("Sole-source deal for USD 60 million. Express the offset in yen.") is None
    assert told_claim("From the gazette's figures: the average fare per ferry in 2019") is None


def test_a_told_text_with_a_clause_that_asks_is_a_task_not_a_claim() -> None:
    # Its first clause states no request, its last asks for a figure: the whole is a task.
    assert (
        told_claim(
            "From the guild's 2019-2024 ledger, rework the wool share to one decimal, "
            "and give the rest of the sales in lira."
        )
        is None
    )
    # A clause joined by "and" that states, not asks, leaves the claim as told.
    assert told_claim("The mill opened in 1961 and closed in 1999, I gather") is not None
