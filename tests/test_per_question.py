"""``per_question``: a reading of a question against one object is worked out once per question
and kept while the object is the same one; another object, or too many questions, starts again."""

from __future__ import annotations

from assistant.answering.per_question import PerQuestion, per_question


class _Tables:
    """Stands for the data a reading looks in (a fresh one is the data reloaded)."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names


def _counting() -> tuple[PerQuestion[_Tables, tuple[str, ...]], list[str]]:
    calls: list[str] = []

    def named(question: str, tables: _Tables) -> tuple[str, ...]:
        calls.append(question)
        return tuple(n for n in tables.names if n in question)

    return per_question(named), calls


def test_the_same_question_is_read_once_with_the_same_result() -> None:
    named, calls = _counting()
    tables = _Tables(("Atlantis", "Lemuria"))
    first = named("Does Atlantis ask more than Lemuria?", tables)
    again = named("Does Atlantis ask more than Lemuria?", tables)
    assert first == again == ("Atlantis", "Lemuria")
    assert calls == ["Does Atlantis ask more than Lemuria?"]


def test_each_question_is_read_for_itself() -> None:
    named, calls = _counting()
    tables = _Tables(("Atlantis", "Lemuria"))
    assert named("What does Atlantis ask?", tables) == ("Atlantis",)
    assert named("What does Lemuria ask?", tables) == ("Lemuria",)
    assert len(calls) == 2


def test_other_data_forget_what_was_read_of_the_old() -> None:
    # Reloaded tables may name other countries: the old reading must not answer for them.
    named, calls = _counting()
    question = "What does Mu ask?"
    assert named(question, _Tables(("Atlantis",))) == ()
    assert named(question, _Tables(("Mu",))) == ("Mu",)
    assert len(calls) == 2


def test_too_many_questions_start_the_store_again() -> None:
    calls: list[str] = []

    def length(question: str, tables: _Tables) -> int:
        calls.append(question)
        return len(question)

    kept = PerQuestion(length, kept=2)
    tables = _Tables(())
    for question in ("a", "bb", "ccc", "a"):
        assert kept(question, tables) == len(question)
    # The third question found the store full: "a" was forgotten and read again.
    assert calls == ["a", "bb", "ccc", "a"]
