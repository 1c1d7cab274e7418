"""A question of several parts is refused for a name or year only when every part uses one the
sources never do: the parts inside the sources are answered, and the answer says the others are
not answered. A part that leans on a part outside the sources ("it", "their") is not answered
by itself, and a question whose parts are all outside the sources is refused whole."""

from __future__ import annotations

from assistant.answering.compose import Composer
from assistant.answering.parts_in_scope import split_by_scope
from assistant.answering.scope import Scope
from assistant.answers import Answer, Citation


def test_the_parts_are_split_by_whether_the_sources_cover_them() -> None:
    split = split_by_scope(
        ("How many ferries did the port order", "how many will it order in 2041"), [True, False]
    )
    assert split is not None
    assert split.inside == ("How many ferries did the port order",)
    assert split.outside == ("how many will it order in 2041",)


def test_a_part_leaning_on_a_part_outside_the_sources_keeps_the_question_whole() -> None:
    parts = ("What did the Lumen Trust pay in 2019", "what did it pay in 2020")
    assert split_by_scope(parts, [False, True]) is None


def test_a_part_leaning_on_a_part_inside_the_sources_is_answered() -> None:
    parts = ("What toll did the bridge board set", "what is its pension fund worth in 2041")
    split = split_by_scope(parts, [True, False])
    assert split is not None and split.inside == ("What toll did the bridge board set",)


def test_no_split_when_every_part_or_no_part_is_covered() -> None:
    parts = ("When did the port open", "who runs it")
    assert split_by_scope(parts, [True, True]) is None
    assert split_by_scope(parts, [False, False]) is None
    assert split_by_scope(("When did the port open",), [False]) is None


def _answered(question: str, text: str) -> Answer:
    citation = Citation(marker=1, source_id="s", title="t", quote=text, start=0, end=len(text))
    return Answer(question=question, answer=f"{text} [1]", citations=[citation])


class _Scope:
    """Covers every question but those naming one of ``unknown``."""

    def __init__(self, unknown: tuple[str, ...]) -> None:
        self.unknown = unknown

    def check(self, question: str) -> Scope:
        named = tuple(u for u in self.unknown if u in question)
        return Scope(not named, named, "never" if named else "")


def _composer(replies: dict[str, str], unknown: tuple[str, ...]) -> Composer:
    composer = object.__new__(Composer)
    composer.scope = _Scope(unknown)  # type: ignore[assignment]

    def compose(question: str, context: str, scope: Scope, said: str = "") -> Answer:
        reply = replies.get(question)
        if reply:
            return _answered(question, reply)
        return Answer(question=question, answer="I can't answer that.", abstained=True)

    composer.compose = compose  # type: ignore[method-assign]
    return composer


QUESTION = "How many ferries did the port order, and how many will it order in 2041?"


def test_the_part_inside_the_sources_is_answered_and_the_other_said_unanswered() -> None:
    composer = _composer(
        {"How many ferries did the port order": "The port ordered six ferries."}, ("2041",)
    )
    found = composer._parts_in_scope(QUESTION, "")
    assert found is not None and not found.abstained
    assert "six ferries" in found.answer
    assert "do not answer this part of the question: how many will it order in 2041" in found.answer


def test_the_question_is_refused_whole_when_the_part_inside_is_not_answered() -> None:
    composer = _composer({}, ("2041",))
    assert composer._parts_in_scope(QUESTION, "") is None


def test_a_claim_is_left_to_the_claim_checks() -> None:
    composer = _composer(
        {"the port ordered six ferries": "The port ordered six ferries."}, ("2041",)
    )
    assert (
        composer._parts_in_scope(
            "The port ordered six ferries, and it will order more in 2041, right?", ""
        )
        is None
    )


# -- a side of a comparison the sources give nothing of --------------------------------------


def _side_composer(alone: str | None, spans: list[tuple[str, str, int, int]]) -> Composer:
    """A composer whose answers name the countries written in them, and whose lookup of a side
    alone answers ``alone`` (or refuses)."""
    composer = object.__new__(Composer)

    def name_spans(text: str) -> list[tuple[str, str, int, int]]:
        found = []
        for name in ("Peru", "Chile"):
            at = text.find(name)
            if at >= 0:
                found.append(("countries", name.lower(), at, at + len(name)))
        return found

    def compose_one(question: str, context: str, scope: Scope, **_: object):
        if alone:
            return _answered(question, alone), []
        return Answer(question=question, answer="I can't answer that.", abstained=True), []

    composer.name_spans = name_spans  # type: ignore[method-assign]
    composer._compose_one = compose_one  # type: ignore[method-assign,assignment]
    composer._next_telling = lambda *args: None  # type: ignore[method-assign]
    composer._told_of = lambda answers, kind, names: {n: set() for n in names}  # type: ignore[method-assign]
    composer._offers_choice = lambda question, spans: False  # type: ignore[method-assign]
    return composer


COMPARED = "Compare the berth levy of Peru with Chile's."


def test_a_side_no_statement_names_is_said_not_given() -> None:
    composer = _side_composer(None, [])
    given = _answered(COMPARED, "Peru charges a berth levy of 4%.")
    found = composer._each_named(COMPARED, "", Scope(True), given)
    assert "Peru charges" in found.answer
    assert found.answer.endswith("The sources do not give this for Chile.")


def test_a_side_found_alone_is_added_not_said_missing() -> None:
    composer = _side_composer("Chile charges a berth levy of 6%.", [])
    given = _answered(COMPARED, "Peru charges a berth levy of 4%.")
    found = composer._each_named(COMPARED, "", Scope(True), given)
    assert "Chile charges" in found.answer and "do not give" not in found.answer
