"""A wide answer (a summary, a reason, a position) that has gathered more sentences than its room
keeps its chosen points first, best first, and gives what is left of the room to the sentences
that go on from them:

- Cutting by reading order alone would drop a point of a later paragraph (the ferry's own
  figures) to keep the third line of the first; the room's cut drops that line instead.
- A point comes whole with the sentences it leans on, or not at all: a group that no longer fits
  ends the points, and the rest of the room goes to the other sentences in reading order.
- The kept sentences stay in reading order; a point not among the sentences read takes no room.
"""

from __future__ import annotations

from assistant.answering.room import kept_in_room

# A harbour's toll, told in a first paragraph of four lines and a second of two.
_READ = [
    "lead: The Valparaiso toll doubled in 2019.",
    "next: It now funds the dredging of the inner basin.",
    "filler: The basin was last dredged in 1994.",
    "filler2: Its depth is measured each spring.",
    "ferry: The ferry line says the toll cost it 40 sailings a year.",
    "ferry-next: It has asked the port board for a rebate.",
]


def test_a_later_paragraphs_point_keeps_its_place_over_a_first_paragraphs_last_lines() -> None:
    points = [[_READ[0], _READ[1]], [_READ[4]]]
    assert kept_in_room(_READ, points, 4) == [_READ[0], _READ[1], _READ[2], _READ[4]]


def test_the_rest_of_the_room_goes_to_the_other_sentences_in_reading_order() -> None:
    assert kept_in_room(_READ, [[_READ[4]]], 3) == [_READ[0], _READ[1], _READ[4]]


def test_a_point_that_no_longer_fits_whole_ends_the_points() -> None:
    points = [[_READ[0], _READ[1]], [_READ[3], _READ[4]], [_READ[5]]]
    # The second point with what it leans on needs two places where one is left: it and the
    # points after it give way to the sentences in reading order.
    assert kept_in_room(_READ, points, 3) == [_READ[0], _READ[1], _READ[2]]


def test_an_answer_within_its_room_keeps_every_sentence() -> None:
    assert kept_in_room(_READ, [[_READ[4]]], 10) == _READ


def test_a_point_not_among_the_sentences_read_takes_no_room() -> None:
    points = [["gone: A sentence the answer no longer holds."], [_READ[5]]]
    assert kept_in_room(_READ, points, 2) == [_READ[0], _READ[5]]
