"""A source writes times relative to its own date ("slightly more than last year", "this year's
report", "on the 31st", "On Monday"); they are the years and dates its date makes them. A question
that names the same time by its year ("in 2019", "the 2019 audit report") or from the present
("last year's audit", "listed last year") is answered by them, and what the source gives only for
another time is still refused. Quotes stay the sources' own words.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, dated, unmet
from assistant.answering.frame import dated as dated_question
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation
from assistant.knowledge.relative_times import absolute, relative_times

# -- resolving a source's own times by its date -------------------------------------------------


def test_years_counted_from_the_source_date_are_that_dates_years():
    assert absolute("more berths than last year (12 berths)", "2020-06-15") == (
        "more berths than 2019 (12 berths)"
    )
    assert absolute("In this year's audit, the port listed 3 faults.", "2020-06-15") == (
        "In the 2020 audit, the port listed 3 faults."
    )
    assert absolute("Tolls will rise next year.", "2020") == "Tolls will rise 2021."


def test_a_year_counted_from_another_year_the_text_writes_counts_from_that_year():
    assert absolute("Exports rose in 2016; the previous year they fell.", "2020-06-15") == (
        "Exports rose in 2016; 2015 they fell."
    )
    assert absolute("A year earlier, the levy was cut.", "2020-06-15") == "2019, the levy was cut."


def test_months_and_days_need_a_date_that_precise():
    assert absolute("Talks stalled last month.", "2020-06-15") == "Talks stalled May 2020."
    assert absolute("Talks stalled last month.", "2020") == "Talks stalled last month."
    # A day of the month written alone is the one nearest the story's date.
    assert absolute("the audit released on the 30th (local time)", "2020-07-01") == (
        "the audit released on 30 June 2020 (local time)"
    )
    assert absolute("a vote due on the 3rd", "2020-07-01") == "a vote due on 3 July 2020"
    # A weekday is the one of the story's week (1 July 2020 was a Wednesday).
    assert (
        absolute("On Tuesday, the agency said", "2020-07-01") == "On 30 June 2020, the agency said"
    )


def test_spans_of_time_and_years_written_out_are_no_relative_times():
    for text in ("Over the last two years (2018 to 2019)", "over the past year", "the 1990s"):
        assert relative_times(text, "2020-06-15") == ()
    assert relative_times("anything last year", "") == ()


# -- the year checks read a quote by its source's date ------------------------------------------


def _answer(text: str, *quotes: str) -> Answer:
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(quotes, start=1)
    ]
    return Answer(question="q", answer=text, citations=citations)


_STORY = Entities(source_date=lambda source_id: "2020-06-15")
_QUOTE = "The audit found 14 faults, more than last year (9 faults)."
_PAGES = "The audit ran to 30 pages."


def test_a_count_the_source_gives_for_last_year_answers_for_that_year():
    answer = _answer(f"{_QUOTE} [1]", _QUOTE)
    for question in (
        "How many faults did the 2019 audit find?",
        "How many faults were found in 2019?",
    ):
        assert unmet(frame_of(question), answer, _STORY) is None, question
    # Without the source's date the year stands nowhere in the evidence.
    assert unmet(frame_of("How many faults did the 2019 audit find?"), answer) is not None


def test_what_the_source_gives_only_for_its_own_year_is_not_given_for_last_year():
    answer = _answer(f"{_PAGES} [1] {_QUOTE} [2]", _PAGES, _QUOTE)
    for question in (
        "How many pages did the 2019 audit run to?",
        "How many pages did the audit run to in 2019?",
        "How many faults did the 2018 audit find?",
    ):
        assert unmet(frame_of(question), answer, _STORY) is not None, question


def test_a_statement_of_no_figure_is_not_made_one_of_last_year_by_its_words():
    # "Due until last year" dates an obligation, not the rates asked for.
    due = "The supplier was obliged to deliver until last year, but did not."
    rates = "As of 2018, the delivery rate was 40%."
    answer = _answer(f"{rates} [1] {due} [2]", rates, due)
    asked = frame_of("What were the supplier's delivery rates as of 2019?")
    assert unmet(asked, answer, _STORY) is not None


def test_the_answer_checked_keeps_the_quote_as_the_source_writes_it():
    answer = _answer(f"{_QUOTE} [1]", _QUOTE)
    read = dated(answer, _STORY)
    assert "2019 (9 faults)" in read.citations[0].quote
    assert answer.citations[0].quote == _QUOTE
    assert "last year (9 faults)" in answer.answer


# -- a question's own times counted from the present --------------------------------------------


def test_last_year_asked_as_a_time_is_the_year_before_the_present():
    assert dated_question("How many faults did the agency log last year?", 1950, 2020) == (
        "How many faults did the agency log in 2019?"
    )
    assert dated_question("What did the previous year's audit find?", 1950, 2020) == (
        "What did the 2019 audit find?"
    )
    assert dated_question("What was logged in the previous year?", 1950, 2020) == (
        "What was logged in 2019?"
    )
    # Counted from a year the question writes, or compared with, or the last twelve months:
    # left as written.
    for question in (
        "Faults rose in 2016; how many were logged the previous year?",
        "Were more faults logged than last year?",
        "How many faults were logged, compared with last year?",
        "What changed over the last year?",
    ):
        assert dated_question(question, 1950, 2020) == question


# -- on the sources -----------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "How many Korean trade barrier items did the USTR flag last year?",
        "How many Korea-related cases were in the previous year's NTE report?",
    ],
)
def test_the_count_a_story_gives_for_last_year_answers_for_the_year_before_the_report(
    assistant, question
):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    assert "18" in answer.answer
    assert any("last year (18 cases)" in c.quote for c in answer.citations)


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "How many pages on Korea were in last year's NTE report?",
        "How many pages did the USTR devote to Korea the previous year?",
    ],
)
def test_a_page_count_given_only_for_the_report_of_the_story_is_refused_for_last_year(
    assistant, question
):
    assert assistant.ask(question).abstained
