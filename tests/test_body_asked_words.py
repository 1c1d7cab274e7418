"""A company's or body's words asked outright ("what did a Volvo engineer say about the
recall?") are answered only by a sentence in which someone of that body speaks; a sentence that
only names the body is the reporter's account, not its words. The wordings are invented."""

from __future__ import annotations

from assistant.answering.own_words import body_asked_words, voiced_by

_BODIES = {"volvo": "Volvo", "port board": "Port Board"}


def names(text: str, kind: str) -> frozenset[str]:
    """A stand-in for the name table: two companies or organisations, no people."""
    if kind not in ("companies", "organisations"):
        return frozenset()
    return frozenset(name.lower() for key, name in _BODIES.items() if key in text.lower())


def test_the_words_of_a_named_body_are_asked_whatever_office_the_question_gives() -> None:
    body = body_asked_words("What did a Volvo engineer say about the recall?", names)
    assert body is not None and body.names == {"volvo"}
    assert not body.roles


def test_no_body_is_asked_when_the_question_names_none_the_table_knows() -> None:
    assert body_asked_words("What did a shipyard engineer say about the recall?", names) is None
    assert body_asked_words("How many cars did Volvo recall?", names) is None


def test_a_sentence_that_only_names_the_body_gives_none_of_its_words() -> None:
    body = body_asked_words("What did a Volvo executive say about the recall?", names)
    assert body is not None
    said = ["Volvo recalled 40,000 cars in March.", "Volvo reportedly refused to pay the fine."]
    assert not voiced_by(body, said, names)


def test_anyone_of_the_body_speaking_gives_its_words() -> None:
    # The question's "executive" and the sentence's "spokeswoman" are both Volvo's voice.
    body = body_asked_words("What did a Volvo executive say about the recall?", names)
    assert body is not None
    assert voiced_by(body, ["A Volvo spokeswoman said the recall was voluntary."], names)
