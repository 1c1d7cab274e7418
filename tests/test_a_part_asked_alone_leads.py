"""When the statements a whole question of several parts finds answer none of its parts, each
part is asked as a question of its own before the answerer refuses: the first the sources answer
leads the answer (its other parts are looked up after it). Only an answer that meets its part
leads; when none does, the question is refused."""

from __future__ import annotations

from assistant.answering.answerability import Entities
from assistant.answering.compose import Composer
from assistant.answering.frame import frame_of
from assistant.answering.scope import Scope
from assistant.answers import Answer, Citation


def _answered(question: str, text: str) -> Answer:
    citation = Citation(marker=1, source_id="s", title="t", quote=text, start=0, end=len(text))
    return Answer(question=question, answer=f"{text} [1]", citations=[citation])


def _refused(question: str) -> Answer:
    return Answer(question=question, answer="I can't answer that.", abstained=True)


def _composer(replies: dict[str, str]) -> tuple[Composer, list[str]]:
    """A composer whose one-question answers are ``replies`` by the words asked (a refusal for
    any other ask), and the asks it was given."""
    composer = object.__new__(Composer)
    composer.entities = Entities()
    asked: list[str] = []

    def compose(question: str, context: str, scope: Scope) -> Answer:
        asked.append(question)
        reply = replies.get(question)
        return _answered(question, reply) if reply else _refused(question)

    composer._compose = compose  # type: ignore[method-assign]
    return composer, asked


QUESTION = "When did the harbour board open its depot, and how much does its berth levy charge?"


def _parts() -> list:
    return [frame_of(part) for part in frame_of(QUESTION).parts]


def test_the_first_part_the_sources_answer_alone_leads() -> None:
    composer, asked = _composer(
        {"how much does its berth levy charge": "The berth levy charges USD 4 a tonne of cargo."}
    )
    found = composer._part_answered_alone(QUESTION, "", Scope(True), _parts())
    assert found is not None and "USD 4" in found.answer
    assert asked[0] == "When did the harbour board open its depot"


def test_an_answer_that_does_not_meet_its_part_does_not_lead() -> None:
    composer, _ = _composer(
        {
            "When did the harbour board open its depot": "The depot is the port's largest.",
            "how much does its berth levy charge": "The levy is disliked by ferry firms.",
        }
    )
    assert composer._part_answered_alone(QUESTION, "", Scope(True), _parts()) is None


def test_no_part_answered_alone_leaves_the_question_refused() -> None:
    composer, asked = _composer({})
    assert composer._part_answered_alone(QUESTION, "", Scope(True), _parts()) is None
    assert len(asked) == 2
