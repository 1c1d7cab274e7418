"""The sentences users read, from ``prompts/answers.yaml``: one template per key, per language.

``say("never_mention", names="Japan")`` fills a template. The file is read once and checked: a
missing file, a missing key or a template whose fields do not parse is a ``KnowledgeError`` naming
the key, never a half-worded answer.
"""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path

from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError
from assistant.settings import REPO_ROOT

PROMPTS_FILE = REPO_ROOT / "prompts" / "answers.yaml"
EXAMPLES_FILE = REPO_ROOT / "prompts" / "examples.yaml"


@cache
def templates(path: Path = PROMPTS_FILE, language: str = "en") -> dict[str, str]:
    """Every template of ``language`` in ``path``, checked to parse."""
    raw = read_yaml(path)
    found = raw.get(language) if isinstance(raw, dict) else None
    if not isinstance(found, dict):
        raise KnowledgeError(f"{path}: no '{language}' section of templates")
    for key, text in found.items():
        if not isinstance(text, str):
            raise KnowledgeError(f"{path}: {language}.{key} must be a string")
        try:
            list(string.Formatter().parse(text))
        except ValueError as exc:
            raise KnowledgeError(f"{path}: {language}.{key} does not parse: {exc}") from None
    return found


def fields(key: str) -> set[str]:
    """The fields template ``key`` fills."""
    return {name for _, name, _, _ in string.Formatter().parse(templates()[key]) if name}


def say(key: str, **values: object) -> str:
    """Template ``key`` filled with ``values``."""
    try:
        return templates()[key].format(**values)
    except KeyError as exc:
        raise KnowledgeError(f"answer wording: no template or field {exc} for {key!r}") from None


@cache
def examples(path: Path = EXAMPLES_FILE, language: str = "en") -> list[str]:
    """The example questions the chat offers, in ``language``."""
    raw = read_yaml(path)
    found = raw.get(language) if isinstance(raw, dict) else None
    if not isinstance(found, list) or not all(isinstance(q, str) and q.strip() for q in found):
        raise KnowledgeError(f"{path}: '{language}' must list example questions")
    return found
