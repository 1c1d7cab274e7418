"""An answer that quotes part of a passage of several points quotes the points it skipped.

Two structures of a source tie sentences into one passage whose points each name only
themselves:

- A counted list: "Growers raise two objections to the levy. The first is that it falls on
  small farms. The second is that it funds nothing new." An answer quoting the second point
  quotes the first too, in the paragraph's order; a list needs its "first", and a sentence that
  merely begins with the word ("First planted in 1990, ...") opens none.
- The sentences between two quoted ones of a paragraph: an answer quoting the first and the
  third sentence of "The board lacks a plan. Bids came only from local firms. This is because it
  has no priorities." has left out the point the third leans on. Nothing is added before the
  first quoted sentence or after the last, nor from another paragraph, nor a sentence saying
  again what a shown one says.
"""

from __future__ import annotations

from paragraphed import units_in_paragraphs

from assistant.answering.enumerations import (
    enumeration_runs,
    goes_on_enumeration,
    opens_enumeration,
    with_enumerations,
)
from assistant.answering.passage_gaps import gaps_filled
from assistant.knowledge.chunks import Unit

_UNITS = units_in_paragraphs(
    [
        [
            "Growers raise two objections to the levy.",
            "The first is that it falls on small farms.",
            "The second is that it funds nothing new.",
            "The ministry has not replied.",
        ],
        [
            "The harbour board lacks a plan for dredging.",
            "Rival ports publish theirs every year.",
            "Bids came only from local firms.",
            "This is because the board has no list of priorities.",
            "A review is due in 2027.",
        ],
        ["First planted in 1990, the orchards now cover 40 hectares.", "Finally, yields fell."],
    ]
)
_ALL = list(_UNITS.values())
(_RAISE, _FIRST, _SECOND, _REPLY, _LACKS, _RIVALS, _BIDS, _BECAUSE, _REVIEW, _PLANTED, _FINALLY) = (
    _ALL
)


def _paragraph(unit: Unit) -> list[Unit]:
    return [u for u in _ALL if u.paragraph == unit.paragraph]


def _between(first: Unit, last: Unit) -> list[Unit]:
    return [u for u in _ALL if first.start < u.start < last.start]


def _never_repeats(unit: Unit, shown: list[Unit]) -> bool:
    return False


def test_a_counted_list_runs_from_its_first_point_to_its_last():
    assert opens_enumeration("The first is that it falls on small farms.")
    assert opens_enumeration("Firstly, the fee is too high.")
    assert goes_on_enumeration("Finally, yields fell.")
    assert goes_on_enumeration("The other concern was the timetable.")
    assert enumeration_runs(_paragraph(_FIRST)) == [[_FIRST, _SECOND]]


def test_a_sentence_that_begins_with_first_but_counts_nothing_opens_no_list():
    assert not opens_enumeration(_PLANTED.text)
    assert enumeration_runs(_paragraph(_PLANTED)) == []


def test_quoting_a_later_point_brings_the_earlier_ones_in_order():
    paragraph_of = {u.id: _paragraph(u) for u in _ALL}
    assert with_enumerations([_SECOND, _LACKS], paragraph_of) == [_FIRST, _SECOND, _LACKS]


def test_a_sentence_outside_any_list_is_left_as_it_is():
    paragraph_of = {u.id: _paragraph(u) for u in _ALL}
    assert with_enumerations([_REPLY, _FINALLY], paragraph_of) == [_REPLY, _FINALLY]


def test_the_sentences_between_two_quoted_ones_of_a_paragraph_come_in_order():
    filled = gaps_filled([_LACKS, _BECAUSE, _REPLY], _between, _never_repeats)
    assert filled == [_LACKS, _RIVALS, _BIDS, _BECAUSE, _REPLY]


def test_nothing_is_added_beyond_the_quoted_ends_or_from_one_quoted_sentence():
    assert gaps_filled([_RIVALS, _BIDS], _between, _never_repeats) == [_RIVALS, _BIDS]
    assert gaps_filled([_BIDS, _RAISE], _between, _never_repeats) == [_BIDS, _RAISE]


def test_a_sentence_repeating_a_shown_one_is_not_added():
    def repeats(unit: Unit, shown: list[Unit]) -> bool:
        return unit is _RIVALS

    assert gaps_filled([_LACKS, _BIDS], _between, repeats) == [_LACKS, _BIDS]
