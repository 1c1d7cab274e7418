"""Conversations for follow-up tests: a history of earlier turns, built by hand or by asking."""

from __future__ import annotations

from assistant.answers import Turn


def earlier_turns(question: str, answer: str = "An answer [1].") -> list[Turn]:
    """One earlier exchange: the question asked and the answer given to it."""
    return [Turn(role="user", content=question), Turn(role="assistant", content=answer)]


def answer_after(assistant, *questions: str):
    """The answer to the last question, each asked after the ones before it."""
    turns: list[dict[str, str]] = []
    answer = None
    for question in questions:
        answer = assistant.ask(question, history=turns)
        turns += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
    return answer
