"""When the sentence picked fails what a question asks, a lower candidate that meets it answers
instead of a refusal: the sources' own word for the thing asked, the whole of a sentence a page's
notes cut short, and the row of a table that the search left unranked."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import frame_of
from assistant.answering.source_figures import states_pledge
from assistant.answers import Answer
from assistant.knowledge.rows import load_data
from assistant.settings import Settings

_AIRBUS = (
    "Airbus, which supplied the tankers, agreed to provide offset trade worth $662.6 million "
    "(technology transfer $84.3 million, SME exports $536.3 million, military support "
    "$6.3 million) to South Korea."
)


@pytest.fixture(scope="module")
def data():
    return load_data(Settings.from_env().data_dir)


def test_a_pledge_the_program_tables_give_is_stated_in_the_sources_words(data):
    assert states_pledge(_AIRBUS, data)
    # Of the program the question names, not of another one.
    assert states_pledge(_AIRBUS, data, "What total package did the tanker maker pledge?")
    assert not states_pledge(_AIRBUS, data, "What total package came with the F-35 fighters?")
    # An amount the tables give as no pledge, or a pledge's amount beside no program, is none.
    assert not states_pledge("Korea imported KRW 13.6 trillion worth of weapons.", data)
    assert not states_pledge("Someone agreed to provide $662.6 million in loans.", data)


def test_a_package_asked_is_called_so_by_a_pledge_only_where_the_tables_relate_them(data):
    question = "What total compensation package did the tanker supplier pledge to Seoul?"
    answer = Answer(question=question, answer=f"{_AIRBUS} [1]", citations=[])
    frame = frame_of(question)
    plain = Entities()
    assert unmet(frame, answer, plain) is not None
    knowing = Entities(pledged=lambda text, asked: states_pledge(text, data, asked))
    assert unmet(frame, answer, knowing) is None
    # A noun for no pledge ("fine") is still written by the statement or not answered.
    fined = "What total fine did the tanker supplier pay Seoul?"
    assert unmet(frame_of(fined), answer.model_copy(update={"question": fined}), knowing)


@pytest.mark.slow
def test_a_total_package_a_maker_promised_is_answered_by_its_pledge(assistant):
    answer = assistant.ask(
        "What total package did the refueling-tanker supplier promise Seoul, per the Korean daily?"
    )
    assert not answer.abstained, answer.answer
    assert "662.6" in answer.answer


@pytest.mark.slow
def test_a_package_of_a_kind_the_sources_never_pledge_is_still_refused(assistant):
    answer = assistant.ask("What total package of export loans did Korea promise Poland?")
    assert answer.abstained


@pytest.mark.slow
def test_an_amount_asked_in_won_is_read_from_a_sentence_cut_by_a_page_break(assistant):
    answer = assistant.ask(
        "How big, in won, was the F-35 second tranche that Seoul bought without offsets?"
    )
    assert not answer.abstained, answer.answer
    assert "KRW 4 trillion" in answer.answer


@pytest.mark.slow
def test_a_tables_unranked_row_answers_for_the_column_asked(assistant):
    answer = assistant.ask(
        "What least industrial-participation share do the Taiwanese require on arms bought via "
        "the US FMS channel?"
    )
    assert not answer.abstained, answer.answer
    assert "Taiwan: Min. 35%" in answer.answer
    assert any("Offset value per contract" in c.quote for c in answer.citations)
