"""A time that opens a sentence dates the figures of its clause, however far they stand from it:
a year written later in the sentence for something else (the year a report came out) does not
make them that year's."""

from __future__ import annotations

from assistant.answering.answerability import unmet
from assistant.answering.frame import frame_of
from assistant.answering.opening_times import opening_time
from assistant.answers import Answer, Citation


def _answer(statement: str) -> Answer:
    cited = Citation(marker=1, source_id="s1", title="t", quote=statement, start=0, end=1)
    return Answer(question="q", answer=f"{statement} [1]", citations=[cited])


def test_the_opening_phrase_of_time_is_read_up_to_its_comma():
    assert opening_time("In 2019, the fund paid out USD 3 million.") == (2019, 2019)
    assert opening_time("From 2011 to 2014, the fund paid USD 3 million.") == (2011, 2014)
    assert opening_time("Over the four years from 2011 to 2014, it paid.") == (2011, 2014)
    assert opening_time("The fund paid USD 3 million in 2019.") is None
    assert opening_time("In 2019 the fund paid USD 3 million.") is None


def test_a_figure_of_an_opened_period_is_not_the_figure_of_a_report_s_year():
    frame = frame_of("How much did Chile's fund pay out in 2021 alone?")
    said = (
        "From 2011 to 2014, the value of Chile's fund payments stood at USD 3 million, "
        "according to a 2021 report by the audit office."
    )
    assert unmet(frame, _answer(said)) is not None


def test_a_figure_of_the_opened_year_answers_for_it():
    frame = frame_of("How much did Chile's fund pay out in 2021?")
    said = "In 2021, the value of Chile's fund payments to farmers stood at USD 3 million."
    assert unmet(frame, _answer(said)) is None
