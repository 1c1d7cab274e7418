"""A question asked in everyday words ("the splurge", "hold back") shares few of its weighted
words with the sentence that answers it in the sources' words ("spent", "withheld"), which may
rank below the best three. Such a sentence meets the question when it states the kind of answer
asked, writes every name, year and figure the question writes (itself or in the sentence it
leans on), and is close to it in meaning. A question with no name or year is not met so:
nothing would tell its answer from a figure of any other matter.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

from assistant.answering.typed_evidence import (
    TYPED_DENSE,
    Evidence,
    meets_constraints,
    typed_stand_in,
)

# "How many radar sets did Norsk Marine hold back from Chile in 2019?"
_CONSTRAINTS = frozenset({"norsk", "chile", "2019"})


def _sentence(states: bool, own: set[str], context: set[str], dense: float) -> Evidence:
    return Evidence(states, frozenset(own), frozenset(context), dense)


def test_a_sentence_writing_every_name_and_year_meets_the_constraints():
    assert meets_constraints(_CONSTRAINTS, _sentence(True, {"norsk", "chile", "2019"}, set(), 0.5))


def test_a_name_written_only_in_the_sentence_before_counts():
    leaning = _sentence(True, {"chile", "2019"}, {"norsk"}, 0.5)
    assert meets_constraints(_CONSTRAINTS, leaning)


def test_another_year_misses_the_constraints():
    assert not meets_constraints(
        _CONSTRAINTS, _sentence(True, {"norsk", "chile", "2021"}, set(), 0.5)
    )


def test_the_best_ranked_sentence_stating_the_kind_under_the_constraints_stands_in():
    ranked = [
        _sentence(False, {"norsk", "chile", "2019"}, set(), 0.6),  # no count: the topic only
        _sentence(True, {"norsk", "2019"}, set(), 0.6),  # a count of Norsk's dealings elsewhere
        _sentence(True, {"norsk", "chile", "2019"}, set(), 0.45),  # "withheld three radar sets"
        _sentence(True, {"norsk", "chile", "2019"}, set(), 0.5),
    ]
    assert typed_stand_in(_CONSTRAINTS, ranked) == 2


def test_a_sentence_far_in_meaning_does_not_stand_in():
    far = _sentence(True, {"norsk", "chile", "2019"}, set(), TYPED_DENSE - 0.05)
    assert typed_stand_in(_CONSTRAINTS, [far]) is None


def test_a_question_of_no_name_year_or_figure_is_not_met_by_kind_alone():
    # "How many gadgets did the boat builder promise?": any count near the topic would do.
    assert typed_stand_in(frozenset(), [_sentence(True, set(), set(), 0.9)]) is None
