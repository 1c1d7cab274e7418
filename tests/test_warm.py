"""A process that will answer many questions makes ready, before the first, what each of the first
questions would otherwise pay for at first use (``Assistant.warm``); the answers stay the same."""

from __future__ import annotations

import re
from types import SimpleNamespace

from assistant.pipeline import Assistant
from assistant.regex import is_compiled, lazy


class _Composer:
    """Stands for the loaded composer: records what it was asked to build."""

    def __init__(self, built: list[str]) -> None:
        self.scope = SimpleNamespace(
            speller=SimpleNamespace(make_ready=lambda: built.append("speller"))
        )
        self._built = built

    def keep_ahead(self) -> None:
        self._built.append("vocabulary vectors")


def test_warm_builds_the_vectors_the_speller_index_and_every_pattern(monkeypatch):
    built: list[str] = []
    assistant = Assistant.__new__(Assistant)
    monkeypatch.setattr(assistant, "_fresh", lambda: _Composer(built))
    # An invented pattern no question has used yet: compiled by warm, not by a question.
    pattern = lazy(r"\b(?P<months>\d+)-month (?:grace|waiver) period\b", re.I)
    assert not is_compiled(pattern)
    assistant.warm()
    assert built == ["vocabulary vectors", "speller"]
    assert is_compiled(pattern)
    assert pattern.search("a 6-month grace period").group("months") == "6"


def test_a_warmed_assistant_answers_as_before(assistant):
    # Warming changes when work is done, never its result.
    question = "Which company made the refueling tankers?"
    before = assistant.ask(question)
    assistant.warm()
    after = assistant.ask(question)
    assert after.answer == before.answer
    assert [c.quote for c in after.citations] == [c.quote for c in before.citations]
