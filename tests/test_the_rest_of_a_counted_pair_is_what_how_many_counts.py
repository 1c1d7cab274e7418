""" "How many … not …" of a program the tables count two ways (items and the firms they came
from, each put forward and bought) is the larger of the pair it counts less the smaller. The
pair counted is the head of the noun phrase "how many" opens (an English noun phrase ends in its
head: "SME items" are items), else the one whose whole the question restates; a count the
question states that is no such whole is a count of its own, worked on elsewhere. The words are
invented; the counts are the tables' own (246 items from 73 firms put forward, 30 from 12 bought)."""

from __future__ import annotations

from assistant.answering.routing import route
from assistant.knowledge.rows import load_data
from assistant.settings import Settings
from tests.routed import requests_of

DATA = load_data(Settings().data_dir)


def _gap(question: str) -> str:
    (request,) = requests_of(question, DATA)
    assert request["operation"] == "evaluate"
    return str(request["expression"])


def test_the_head_of_the_counted_phrase_picks_the_pair() -> None:
    # "SME" describes the items; the firms are named too, later, as "SMEs".
    assert _gap("How many of the SME items the SMEs offered did the F-35A maker never take?") == (
        "246 − 30"
    )
    assert _gap("How many of the SME firms put to the F-35A maker did it not buy from?") == (
        "73 − 12"
    )


def test_a_negated_object_asks_the_rest_as_a_negated_verb_does() -> None:
    assert _gap("How many SME firms put to the F-35A maker ended up selling it nothing?") == (
        "73 − 12"
    )


def test_a_whole_restated_picks_its_pair_and_any_other_count_is_the_question_s_own() -> None:
    assert _gap("Of the 73 SMEs put to the F-35A maker with items, how many sold it none?") == (
        "73 − 12"
    )
    assert route("Of the 200 items put to the F-35A maker, how many did it not buy?", DATA) is None
    # The whole restated to ask which were left out asks who, not how many.
    assert route("Which of the 73 SMEs put to the F-35A maker were left out?", DATA) is None


def test_a_count_asked_as_it_stands_is_no_rest() -> None:
    assert route("How many SME items did the F-35A maker buy?", DATA) is None
