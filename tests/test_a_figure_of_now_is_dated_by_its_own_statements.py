"""A question for the figure in force, answered by statements of older years, is answered by the
latest statement of that kind instead. Only the statements that give a figure of that kind date
the answer: a sentence around them that gives none, or a figure of another kind, does not keep
an old figure standing for the present one, nor make the answer current."""

from __future__ import annotations

from assistant.answering.dated_figures import figures_older

LATEST = "The harbour board set the berthing fee at EUR 40 in 2019 and has kept it since."


def test_an_old_figure_beside_a_sentence_without_figures_is_older_than_the_latest():
    # The paragraph's opening line dates nothing: the fee it goes on to give is 1990's.
    quotes = [
        "Chart 2 traces the berthing fee over the decades.",
        "When the fee was first charged in 1990, it stood at EUR 12.",
    ]
    assert figures_older(quotes, LATEST)


def test_a_figure_of_another_kind_does_not_date_the_answer():
    # A share is no statement of the fee's amount, dated or not.
    quotes = [
        "In 1995 the fee rose to EUR 18.",
        "Container lines pay nearly 80 percent of all fees.",
    ]
    assert figures_older(quotes, LATEST)


def test_an_undated_figure_of_the_kind_keeps_the_answer():
    # "The fee is EUR 40" may be the present's own statement: nothing says it is older.
    quotes = ["The fee is EUR 40 per call."]
    assert not figures_older(quotes, LATEST)


def test_a_figure_as_late_as_the_latest_keeps_the_answer():
    quotes = ["In 2019 the board raised the fee to EUR 40."]
    assert not figures_older(quotes, LATEST)


def test_an_answer_without_a_figure_of_the_kind_is_not_called_older():
    quotes = ["Chart 2 traces the berthing fee over the decades."]
    assert not figures_older(quotes, LATEST)
