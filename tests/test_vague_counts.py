"""A count of a part given only as a degree ("a few of them") is no number of it; the whole's
number answers only a question about the whole."""

from __future__ import annotations

from assistant.answering.vague_counts import only_degree

OFFICE = "The office has about twenty clerks, but only a few of them speak Danish."


def test_a_part_given_only_a_degree_has_no_number():
    assert only_degree("How many clerks at the office speak Danish?", [OFFICE]) == "a few of them"


def test_the_whole_is_still_counted():
    assert only_degree("How many clerks does the office have?", [OFFICE]) is None


def test_a_part_given_a_number_after_its_degree_is_counted():
    numbered = "The office has twenty clerks; some of them, 6 in all, speak Danish."
    assert only_degree("How many clerks speak Danish?", [numbered]) is None
