"""A year in a clause of a publication's own ("the audit report the ministry put out in 2019")
names which publication is meant, as "the 2019 audit report" does; it is not the time of the
figure asked of it."""

from __future__ import annotations

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import frame_of
from assistant.answering.publication_years import publications_dated
from assistant.answers import Answer, Citation

_STORY = (
    "The ministry put out its 2019 harbour audit report on Monday. "
    "Officials said this report ran to 40 pages, and a 2016 report had 12."
)
_QUOTE = "Officials said this report ran to 40 pages."


def _answer(text: str, *quotes: str) -> Answer:
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(quotes, start=1)
    ]
    return Answer(question="q", answer=text, citations=citations)


def test_a_clause_of_bringing_a_writing_out_dates_the_writing():
    assert publications_dated("the audit report the ministry put out in 2019", 2019) == {"report"}
    assert publications_dated("the survey that came out in 2021", 2021) == {"survey"}
    assert publications_dated("What did the study published in 2018 find?", 2018) == {"study"}
    assert publications_dated("the guild's review, released in 2020", 2020) == frozenset()


def test_a_clause_of_another_act_dates_that_act_not_the_writing():
    # "Spent in 2020" is the time of the spending the report tells of; "cited in 2024" the
    # time of the citing.
    assert not publications_dated("How much did the report say the port spent in 2020?", 2020)
    assert not publications_dated("the report the council cited in 2024", 2024)
    # A year before the noun is read elsewhere ("the 2019 report").
    assert not publications_dated("the 2019 audit report", 2019)


def test_a_story_about_the_report_of_that_year_answers_though_its_sentence_writes_no_year():
    entities = Entities(source_text=lambda source_id: _STORY)
    asked = frame_of(
        "How many pages were in the harbour audit report the ministry put out in 2019?"
    )
    assert unmet(asked, _answer(f"{_QUOTE} [1]", _QUOTE), entities) is None


def test_asked_of_a_report_put_out_in_another_year_the_same_story_does_not_answer():
    entities = Entities(source_text=lambda source_id: _STORY)
    other = frame_of(
        "How many pages were in the harbour audit report the ministry put out in 2021?"
    )
    assert unmet(other, _answer(f"{_QUOTE} [1]", _QUOTE), entities) is not None
