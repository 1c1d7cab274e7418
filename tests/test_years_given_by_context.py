"""A year a question names need not stand in the sentence that answers it when the sentence's
context gives it: a story about "the 2019 harbour audit report" says "this report", and a name's
possessive ("the ministry's 2019 audit report", "the authority's 2019 review") names that report as "the"
does; a question that names a piece of writing by the year it came out ("the gazette's 2020
article") is answered by a source of that date. Another year, or one year of a range the source
gives, is still refused.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation


def _answer(text: str, *quotes: str) -> Answer:
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(quotes, start=1)
    ]
    return Answer(question="q", answer=text, citations=citations)


_STORY = (
    "The ministry published its 2019 harbour audit report on Monday. "
    "Officials said this report ran to 40 pages, and a 2016 report had 12."
)
_PAGES = "Officials said this report ran to 40 pages."


def test_a_report_named_with_a_possessive_is_met_by_the_story_about_it():
    entities = Entities(source_text=lambda source_id: _STORY)
    answer = _answer(f"{_PAGES} [1]", _PAGES)
    for question in (
        "How many pages did the ministry's 2019 harbour audit report run to?",
        "In the port authority's 2019 audit report, how many pages were there?",
    ):
        assert unmet(frame_of(question), answer, entities) is None, question
    # Another year's report, named the same way, is not answered by it.
    other = frame_of("How many pages did the ministry's 2021 harbour audit report run to?")
    assert unmet(other, answer, entities) is not None


_DATED = Entities(source_date=lambda source_id: "2020-03-02")
_CURRENT = "The current levy stands at 12% for bulk cargo."


def test_a_piece_named_by_the_year_it_came_out_is_answered_by_a_source_of_that_date():
    answer = _answer(f"{_CURRENT} [1]", _CURRENT)
    for question in (
        "What levy on bulk cargo did the gazette's 2020 article give?",
        "In the blogger's 2020 post, what was the bulk cargo levy?",
    ):
        assert unmet(frame_of(question), answer, _DATED) is None, question
    # Asked of a piece from another year, a source of 2020 does not answer.
    for question in (
        "What levy on bulk cargo did the gazette's 2018 article give?",
        "In the blogger's 2021 post, what was the bulk cargo levy?",
    ):
        assert unmet(frame_of(question), answer, _DATED) is not None, question


def test_a_report_is_no_piece_dated_by_its_source():
    # A story of 2020 names reports of other years; "the 2020 report" is not the story itself.
    answer = _answer(f"{_CURRENT} [1]", _CURRENT)
    assert unmet(frame_of("What bulk cargo levy did the 2020 report give?"), answer, _DATED)


def test_one_year_of_a_range_stays_refused_whatever_the_source_date():
    quote = "From 2016 to 2019, the port collected USD 40 million in levies."
    frame = frame_of("How much did the port collect in levies in 2018 alone?")
    assert unmet(frame, _answer(f"{quote} [1]", quote), _DATED) is not None
