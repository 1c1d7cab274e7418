"""A curated row labels the sentence it quotes with its program and stage, and a check that asks
whether a statement is of the stage a question names reads that label too (``row_labels``).

Invented wordings: a ferry line bought in two batches, the first told in a sentence that names
no batch ("12 ferries, the first of them delivered in June").
"""

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import frame_of
from assistant.answering.row_labels import labels_quoting
from assistant.answers import Answer, Citation
from assistant.knowledge.rows import ProgramFact

FIRST = "The navy paid about 900 million crowns for a total of 12 ferries, the first of them delivered in June."
SECOND = "The navy later skipped offsets in the 300 million crown second batch of ferries."


def _row(id: str, program: str, quote: str) -> ProgramFact:
    return ProgramFact(
        id=id, program=program, contractor="Yard", attribute="units", source="s", quote=quote
    )


ROWS = [_row("f1", "Ferry phase 1", FIRST), _row("f2", "Ferry phase 2", SECOND)]


def test_a_sentence_a_row_quotes_carries_the_rows_program_label():
    assert labels_quoting(FIRST, ROWS) == "Ferry phase 1"
    # A part of the quote is the row's sentence too.
    assert labels_quoting("a total of 12 ferries", ROWS) == "Ferry phase 1"
    assert labels_quoting("The harbour opened in May.", ROWS) == ""


def _answer(quote: str) -> Answer:
    return Answer(
        question="q",
        answer=f"{quote} [1]",
        citations=[
            Citation(marker=1, source_id="s", title="t", quote=quote, start=0, end=len(quote))
        ],
    )


def _entities() -> Entities:
    return Entities(labelled=lambda text: labels_quoting(text, ROWS))


def test_the_first_batch_asked_is_answered_by_the_sentence_its_row_labels_phase_1():
    # "The first batch", "the initial phase" and "phase one" all name stage 1, as the row does.
    frame = frame_of("How many ferries did the navy buy in the first batch?")
    assert unmet(frame, _answer(FIRST), _entities()) is None


def test_another_stage_is_not_answered_by_the_rows_sentence():
    # The second batch's size is not the first batch's 12 ferries.
    frame = frame_of("How many ferries did the navy buy in the second batch?")
    assert unmet(frame, _answer(FIRST), _entities()) is not None


def test_without_the_rows_the_sentence_names_no_stage():
    frame = frame_of("How many ferries did the navy buy in the first batch?")
    assert unmet(frame, _answer(FIRST), Entities()) is not None
