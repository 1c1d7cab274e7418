"""Which part of a report's outline of recommendations a question means (``part_meant``).

- The best-ranked three sentences standing in one part mean that part, whatever the question's
  words.
- A part whose heading the question names (by at least half of its telling words) is meant
  when the ranking leans to it: it holds at least half of the best-ranked eight and more than any other part.
- A ranking spread over parts, or tied between two, means the whole outline; so does a lean to
  a part the question does not name in its heading's words.
"""

from __future__ import annotations

from assistant.answering.part_meant import part_meant


def test_three_best_ranked_sentences_in_one_part_mean_it_whatever_the_words():
    assert part_meant([2, 2, 2, 0, 1], named=set()) == 2


def test_a_part_named_by_its_heading_is_meant_when_the_ranking_leans_to_it():
    # "What does the paper advise about the levy fund?", under "(4) Reforming the levy fund":
    # the ranking puts the fund's sentences first, once with a sentence of another part between.
    assert part_meant([4, 4, 1, 4, 0], named={4}) == 4
    # Half of the best eight, more than any other part.
    assert part_meant([0, 3, 3, 5, 5, 3, 3, 1], named={3, 5}) == 3


def test_a_lean_to_a_part_the_question_does_not_name_means_the_whole_outline():
    # "What does the paper recommend?" is ranked near several parts; one of them a little more.
    assert part_meant([4, 1, 4, 0, 4, 2], named=set()) is None


def test_a_spread_or_tied_ranking_means_the_whole_outline():
    assert part_meant([2, 1, 2, 1, 0, 3], named={2}) is None  # tied
    assert part_meant([0, 3, 3, 5, 5], named={3, 5}) is None  # tied
    assert part_meant([1, 2, 0, 3, 1, 2, 0, 3], named={1}) is None  # less than half
    assert part_meant([1, 1], named={1}) is None  # too few ranked to lean
