"""Who wrote a source is answered from the source's own bylines, cited verbatim, with the lines
that place each writer; a source with no byline, or none with the credit asked, is said to name
none, and the question is refused."""

from __future__ import annotations

import pytest
from cited import cited_text as _quotes

pytestmark = pytest.mark.slow


def test_the_writers_of_a_report_are_its_closing_bylines(assistant):
    answer = assistant.ask(
        "Which people does the Korea Institute for Industrial Economics and Trade credit as writers of its offsets paper?"
    )
    assert not answer.abstained
    assert "Jang Won-Joon, Research Fellow" in _quotes(answer)
    assert "Park Hea Ji, Researcher" in _quotes(answer)
    assert "Center for Growth Engine Industries" in _quotes(answer)
    # The author block is metadata, not evidence: quoted verbatim from the stored text, though
    # no retrievable unit holds it.
    for citation in answer.citations:
        text = assistant.source_text(citation.source_id)
        assert text[citation.start : citation.end] == citation.quote
    units = assistant._ready().index.units.values()
    assert not any(unit.text == "Jang Won-Joon, Research Fellow" for unit in units)


def test_a_news_story_s_byline_names_its_correspondent_and_reporters(assistant):
    answer = assistant.ask("Whose byline does the Hankyung story carry?")
    assert not answer.abstained
    assert "Lee Sang-eun" in _quotes(answer) and "Lee Seul-gi" in _quotes(answer)


def test_a_named_writer_s_title_and_workplace_come_from_their_block(assistant):
    answer = assistant.ask("What title does Park Hea Ji hold?")
    assert "Park Hea Ji, Researcher" in _quotes(answer)
    unit = assistant.ask("Where does Jang Won-Joon work?")
    assert "Machinery and Defense Industry Division," in _quotes(unit)


@pytest.mark.parametrize(
    "question",
    [
        "Who authored the blogger's post on the trade estimate?",
        "Which reporter penned the Asiae article?",
        "Who is the photographer of the Korea Economic Daily article?",
    ],
)
def test_a_source_with_no_such_byline_names_none_and_is_refused(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained
    assert "names no" in answer.answer


def test_who_wrote_that_after_a_report_s_sentence_is_its_writers(assistant):
    first = "What does the KIET paper say about hiring outside experts?"
    answer = assistant.ask(first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.answer}]
    then = assistant.ask("who wrote that?", history=history)
    assert "Jang Won-Joon" in then.answer
