"""An exact count asked of a past edition is given only by that edition's own clause.

"Exactly how many disputes did the 2019 almanac list?" is not answered by a sentence that gives
this year's 12 disputes exactly and the 2019 edition's "more than 40": the exact figure belongs to
another edition. Invented wordings; the years are read against the domain's present year.
"""

from assistant.answering.answerability import exactly_counted
from assistant.knowledge.domain import domain

PRESENT = domain().present_year
PAST = PRESENT - 3
SENTENCE = (
    f"Although a total of 12 disputes were listed, fewer than last year (15 disputes), "
    f"it is less than the more than 40 disputes in {PAST}."
)


def test_an_exact_count_of_the_present_does_not_make_a_past_editions_rough_count_exact():
    question = f"Exactly how many disputes did the {PAST} almanac list?"
    assert not exactly_counted([SENTENCE], question, PAST)


def test_a_past_edition_counted_exactly_in_its_own_clause_is_answered():
    question = f"Exactly how many disputes did the {PRESENT - 1} almanac list?"
    assert exactly_counted([SENTENCE], question, PRESENT - 1)


def test_without_an_edition_any_exact_count_of_the_thing_answers():
    assert exactly_counted([SENTENCE], "Exactly how many disputes were listed?")
