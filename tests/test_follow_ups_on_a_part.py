"""A turn asking for a part of the whole the last answer gave ("how much of that was exports?")
is answered by the part: an answer that leads with the whole's figures again is no answer to it,
and the part is then looked for by the turn's own words."""

from __future__ import annotations

import pytest

from assistant.answering.followup import asks_part_of_last, gives_again

_WHOLE = "Growers earned some USD 4.5 billion from the levy over two decades (2001 to 2020). [1]"


@pytest.mark.parametrize(
    "question",
    [
        "and how much of that came from melons?",
        "How many of those were exported?",
        "what share of it went to the port fund?",
        "what portion of this came from Peru?",
    ],
)
def test_a_turn_asking_for_a_part_of_that_is_recognised(question):
    assert asks_part_of_last(question)


@pytest.mark.parametrize(
    "question",
    [
        "how much was that in won?",
        "what share of the levy went to Peru?",
        "how many growers paid it?",
    ],
)
def test_a_turn_asking_of_that_whole_or_of_a_named_whole_asks_no_part_of_the_last(question):
    assert not asks_part_of_last(question)


def test_an_answer_leading_with_the_whole_again_gives_it_again():
    again = (
        "The levy is paid by growers. [1] Growers earned some USD 4.5 billion from the levy over "
        "two decades. [2] Exports fell to KRW 2 trillion by 2020. [3]"
    )
    assert gives_again(again, _WHOLE)


def test_an_answer_leading_with_a_new_figure_gives_the_part():
    part = "Melons accounted for USD 1.2 billion, or 27 percent of the total. [1]"
    assert not gives_again(part, _WHOLE)


def test_an_answer_with_no_figure_is_not_taken_for_the_whole_again():
    assert not gives_again("The levy is paid by growers. [1]", _WHOLE)


def test_an_answer_leading_with_a_part_the_last_answer_listed_after_the_whole_gives_the_part():
    listed = (
        "Levy paid (total): USD 4.5 billion [1]. Levy paid (melons): USD 1.2 billion [1]. "
        "Levy paid (grapes): USD 3.3 billion [1]."
    )
    assert not gives_again("Levy paid (melons): USD 1.2 billion [1].", listed)
