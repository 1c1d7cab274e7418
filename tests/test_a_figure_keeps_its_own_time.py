"""A figure's own time, as the tables date it, must be the year a question asks on its own
(``period_figures``): a figure for a stretch of years gives nothing for one year inside it, a
figure of another year nothing for this one, and the year of the document that reports a figure
is not the figure's time.

Invented wordings: a fisheries fund whose payouts a ledger gives for 2014-2018 and for 2019,
as reported by a 2021 review.
"""

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import frame_of
from assistant.answering.period_figures import (
    figure_times_quoting,
    times_written,
    uncovered_year,
)
from assistant.answers import Answer, Citation
from assistant.knowledge.rows import OffsetStatistic, OffsetValue

STRETCH = "A 2021 review found the fund paid out USD 9 billion from 2014 to 2018."
LATER = "The fund paid out USD 2 billion to coastal towns in 2019."
OPENED = "The fund opened a second office in 2016."
FEES = "Harbour fees rose to USD 3 million in 2016."

ROWS = (
    OffsetValue(
        id="fund-2014-2018",
        period="2014-2018",
        measure="offset_value",
        amount=9_000_000_000,
        currency="USD",
        source="s",
        quote=STRETCH,
    ),
    OffsetStatistic(
        id="fund-2019",
        year=2019,
        measure="value",
        amount=2_000_000_000,
        unit="USD",
        source="s",
        quote=LATER,
    ),
)


def _times(text: str) -> frozenset[tuple[int, int]]:
    return figure_times_quoting(text, ROWS)


def _answer(*quotes: str) -> Answer:
    return Answer(
        question="q",
        answer=" ".join(f"{quote} [{i}]" for i, quote in enumerate(quotes, 1)),
        citations=[
            Citation(marker=i, source_id="s", title="t", quote=quote, start=0, end=len(quote))
            for i, quote in enumerate(quotes, 1)
        ],
    )


def _unmet(question: str, *quotes: str) -> object:
    return unmet(frame_of(question), _answer(*quotes), Entities(figure_times=_times))


def test_a_rows_period_or_year_is_the_time_of_the_sentence_it_quotes():
    assert _times(STRETCH) == {(2014, 2018)}
    assert _times(LATER) == {(2019, 2019)}
    # A part of the quote is the row's sentence too; a sentence no row quotes has no time here.
    assert _times("the fund paid out USD 9 billion from 2014 to 2018") == {(2014, 2018)}
    assert _times(OPENED) == frozenset()


def test_a_documents_year_is_not_a_time_the_text_writes():
    # "A 2021 review" dates the review; "in 2019" is the payout's time.
    assert times_written(STRETCH) == set()
    assert times_written(LATER) == {2019}
    assert times_written("The annual review (2021) lists 4 ports.") == set()


def test_a_year_inside_the_stretch_is_not_answered_by_the_stretch():
    assert _unmet("How much did the fund pay out in 2016?", STRETCH) is not None
    assert _unmet("What were the fund's payouts worth in 2016 alone?", STRETCH) is not None


def test_the_reports_year_is_not_answered_by_what_the_report_dates_earlier():
    # The review of 2021 gives the fund's 2014-2018 payouts, not its 2021 ones.
    assert _unmet("How much did the fund pay out in 2021?", STRETCH) is not None


def test_a_later_year_is_not_answered_by_the_last_year_the_rows_date():
    assert _unmet("How much did the fund pay out in 2023?", LATER, STRETCH) is not None


def test_the_year_a_row_dates_is_answered():
    assert _unmet("How much did the fund pay out in 2019?", LATER) is None
    assert _unmet("How much did the fund pay out in 2019?", STRETCH, LATER) is None


def test_the_stretch_itself_and_a_bound_are_left_to_the_other_checks():
    # The question writes the stretch, or bounds a time by the year ("since 2014").
    assert uncovered_year([], [STRETCH], _times, bool) is None
    assert _unmet("How much did the fund pay out from 2014 to 2018?", STRETCH) is None


def test_a_sentence_no_row_quotes_that_gives_a_figure_in_the_year_may_answer():
    # Nothing here knows that the harbour fees are not what is asked: other checks judge it.
    assert uncovered_year([2016], [STRETCH, FEES], _times, lambda q: "USD" in q) is None
    # A sentence that dates an event in the year, with no figure, does not answer a figure.
    assert uncovered_year([2016], [STRETCH, OPENED], _times, lambda q: "USD" in q) is not None


def test_without_figure_rows_nothing_is_refused_here():
    assert uncovered_year([2016], [OPENED, FEES], _times, bool) is None


def test_a_year_in_a_claim_under_test_is_judged_by_the_verdict_not_refused():
    # "... in 2016, didn't it?" claims a time; the sources' other time answers it "not as stated".
    found = _unmet("The fund paid out USD 9 billion in 2016, didn't it?", STRETCH)
    assert found is None or "other times" not in str(found)
