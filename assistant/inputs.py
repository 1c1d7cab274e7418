"""Checks on what users send: questions and conversation history."""

from __future__ import annotations

import unicodedata
from typing import Any

from pydantic import ValidationError

from assistant.answers import Turn
from assistant.errors import InputError
from assistant.wording import say

MAX_HISTORY_TURNS = 50


def clean_question(raw: Any, max_chars: int) -> str:
    """The question with control characters removed, or an ``InputError`` saying what is wrong."""
    if raw is None:
        raise InputError(say("question_empty"))
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("Question is not UTF-8 text") from None
    if not isinstance(raw, str):
        raise InputError(f"Question must be text, not {type(raw).__name__}")
    if len(raw) > max_chars:
        raise InputError(
            f"Question is too long ({len(raw):,} characters): keep it under {max_chars:,}"
        )
    if "\x00" in raw:
        raise InputError("Question contains binary data (NUL bytes)")
    printable = [c for c in raw if c in "\n\t" or unicodedata.category(c)[0] != "C"]
    odd = len(raw) - len(printable) + raw.count("\ufffd")
    if raw and odd / len(raw) > 0.2:
        raise InputError("Question looks like binary data, not text")
    text = " ".join("".join(printable).split())
    if not text:
        raise InputError(say("question_empty"))
    if not any(c.isalnum() for c in text):
        raise InputError("Question has no words or numbers in it")
    return text


def parse_history(raw: Any) -> list[Turn]:
    """Conversation so far as turns; accepts ``None``, turns, or dicts with role and content."""
    if raw is None:
        return []
    if not isinstance(raw, list | tuple):
        raise InputError("history must be a list of {role, content} messages")
    turns: list[Turn] = []
    for position, item in enumerate(raw[-MAX_HISTORY_TURNS:], start=1):
        if isinstance(item, Turn):
            turns.append(item)
            continue
        try:
            turns.append(Turn.model_validate(item))
        except ValidationError:
            raise InputError(
                f'history message {position} must be {{"role": "user"|"assistant", "content": "..."}}'
            ) from None
    return turns
