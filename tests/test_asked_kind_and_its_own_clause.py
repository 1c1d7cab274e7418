"""A part is answered only by a figure or a name of the kind it asks for, stated of what it asks.

A relative "which" asks nothing; a count is of the country, and of the year, its own clause
names, not of another named elsewhere in the sentence.
"""

from __future__ import annotations

from assistant.answering.answerability import Entities, unmet
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation


def _answer(text: str) -> Answer:
    quote = text.replace(" [1]", "")
    citation = Citation(marker=1, source_id="s1", title="t", quote=quote, start=0, end=len(quote))
    return Answer(question="q", answer=text, citations=[citation])


def test_a_relative_which_leaves_the_question_its_own_kind():
    asked = "How many frigates were in the batch on which the agency dropped its levy in 2021?"
    assert frame_of(asked).answer_type == "count"
    assert frame_of("On which day did the agency open the tender?").answer_type == "date"
    assert frame_of("The agency opened the tender on which day?").answer_type == "date"
    assert frame_of("Which agency runs the tender?").answer_type == "organisation"


def test_a_count_for_a_third_country_is_not_the_count_the_next_clause_gives_for_another():
    frame = frame_of("How many disputes did the review list for Poland?")
    other = _answer(
        "The review spent 20 pages on Poland but only 5 pages on Korea, "
        "and 16 disputes were listed in all. [1]"
    )
    own = _answer("The review spent 20 pages on Poland, and listed 9 disputes there. [1]")
    assert unmet(frame, other, Entities()) is not None
    assert unmet(frame, own, Entities()) is None


def test_a_count_asked_of_last_year_is_the_one_its_clause_dates_so():
    frame = frame_of("How many pages did the previous year's review run to?")
    this_year = _answer(
        "The review ran to 40 pages, and 12 disputes were listed, up from last year (10). [1]"
    )
    last_year = _answer("The review ran to 40 pages, up from last year (31 pages). [1]")
    assert unmet(frame, this_year, Entities()) is not None
    assert unmet(frame, last_year, Entities()) is None


def test_a_count_asked_of_this_year_is_not_last_year_s_alone():
    frame = frame_of("How many disputes did this year's review list?")
    last_year_only = _answer("The review listed more disputes than last year (10 disputes). [1]")
    both = _answer("The review listed 12 disputes, up from last year (10 disputes). [1]")
    assert unmet(frame, last_year_only, Entities()) is not None
    assert unmet(frame, both, Entities()) is None
