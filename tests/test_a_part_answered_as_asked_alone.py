"""A part of a question of several parts counts as answered only by what would answer it asked
alone: a count of the thing it counts, not a number of another thing; a figure of the present,
not the one a neighbour part's statement gives of an older time. A "that" after a noun opens a
relative clause and points back at nothing, so it sets the part no qualifier to meet."""

from __future__ import annotations

from assistant.answering.answerability import Entities, _pointed_qualifiers, unanswered_parts
from assistant.answering.compose import Composer, _plain
from assistant.answering.frame import frame_of, split_parts
from assistant.answering.scope import Scope
from assistant.answers import Answer, Citation


def _answered(question: str, text: str) -> Answer:
    citation = Citation(marker=1, source_id="s", title="t", quote=text, start=0, end=len(text))
    return Answer(question=question, answer=f"{text} [1]", citations=[citation])


def _missing(question: str, text: str) -> list[str]:
    parts = [frame_of(part) for part in split_parts(question)]
    assert len(parts) > 1
    found = unanswered_parts(frame_of(question), _answered(question, text), parts)
    return [part.question for part in found]


COUNTED = (
    "How many inspectors does the port authority employ, and how long is a berth booking held?"
)


def test_a_count_part_is_not_met_by_a_number_of_another_thing():
    missing = _missing(COUNTED, "A berth booking is held for up to three weeks before release.")
    assert missing == ["How many inspectors does the port authority employ"]


def test_a_count_part_is_met_by_a_count_of_what_it_counts():
    missing = _missing(
        COUNTED,
        "The port authority employs fourteen inspectors, and a berth booking is held for up to "
        "three weeks.",
    )
    assert missing == []


def test_that_after_a_noun_opens_a_clause_and_qualifies_nothing():
    assert _pointed_qualifiers("What was the tonnage that triggered pilotage in 1990") == ()
    assert _pointed_qualifiers("the toll that funded the bridge was what") == ()


def test_that_after_a_verb_or_preposition_still_points_back():
    assert _pointed_qualifiers("and what was that dredging contract worth?") == ("dredging",)
    assert _pointed_qualifiers("how much went to those pilot contracts") == ("pilot",)


PRESENT = "What is the pilotage fee today"


def _composer(reply: str | None) -> Composer:
    """A composer whose one-question answer is ``reply`` (a refusal when None), the latest
    statement of its kind being whatever it answers."""
    composer = object.__new__(Composer)
    composer.entities = Entities()

    def compose(question: str, context: str, scope: Scope) -> Answer:
        if reply is None:
            return Answer(question=question, answer="I can't answer that.", abstained=True)
        return _answered(question, reply)

    composer._compose = compose  # type: ignore[method-assign]
    composer._claim_of_now = lambda question, answer: answer  # type: ignore[method-assign]
    return composer


def test_a_part_of_the_present_asked_alone_adds_a_statement_the_answer_lacks():
    composer = _composer("Since 2019 the pilotage fee has been EUR 40 a vessel.")
    said = {"in 1995 the pilotage fee was eur 12 a vessel."}
    found = composer._now_answered_alone(PRESENT, "", Scope(True), frame_of(PRESENT), said)
    assert found is not None and "EUR 40" in found.answer


def test_a_part_of_the_present_asked_alone_adds_nothing_the_answer_gives():
    reply = "Since 2019 the pilotage fee has been EUR 40 a vessel."
    composer = _composer(reply)
    said = {_plain(reply)}
    assert composer._now_answered_alone(PRESENT, "", Scope(True), frame_of(PRESENT), said) is None


def test_a_part_of_the_present_the_sources_do_not_answer_alone_adds_nothing():
    composer = _composer(None)
    assert composer._now_answered_alone(PRESENT, "", Scope(True), frame_of(PRESENT), set()) is None


def test_count_parts_beside_counts_only_keep_numbers_given_in_other_words():
    missing = _missing(
        "How many berths and tug firms did the board put forward, and how many of each were "
        "chosen?",
        "The board proposed 40 moorings from 9 towage companies, of which 12 moorings from 3 "
        "companies were chosen.",
    )
    assert missing == []
