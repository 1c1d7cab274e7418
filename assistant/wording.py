"""The sentences users read, from ``prompts/``: one template per key, per language.

``say("never_mention", names="Japan")`` fills an English template, ``say_ko`` a Korean one of
``answers.yaml``, ``label`` a chat label of ``ui.yaml``. The answers' sentences
(``answers.yaml``) are said in both languages under the same keys, so a sentence of an English
answer is recognised and said again in Korean; the calculator's and the data tables' statements
(``statements.yaml``) and the developers' interface text (``interface.yaml``) are English only,
and never recognised. Each file is read once and checked: a missing file, a missing key, a key in
two files or a template whose fields do not parse is a ``KnowledgeError`` naming the key, never a
half-worded answer.
"""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path

from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError
from assistant.settings import REPO_ROOT

PROMPTS_FILE = REPO_ROOT / "prompts" / "answers.yaml"
EXAMPLES_FILE = REPO_ROOT / "prompts" / "examples.yaml"
UI_FILE = REPO_ROOT / "prompts" / "ui.yaml"
# English only: what a Korean answer must not recognise and reword (see the files' headers).
ENGLISH_ONLY_FILES = (
    REPO_ROOT / "prompts" / "statements.yaml",
    REPO_ROOT / "prompts" / "interface.yaml",
)
UI_LANGUAGES = ("en", "ko")


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


@cache
def english() -> dict[str, str]:
    """Every English template ``say`` fills: the answers' and the English-only files'."""
    found = dict(templates())
    for path in ENGLISH_ONLY_FILES:
        for key, text in templates(path).items():
            if key in found:
                raise KnowledgeError(f"{path}: {key!r} is a template of another prompts file too")
            found[key] = text
    return found


def fields(key: str) -> set[str]:
    """The fields template ``key`` fills."""
    return {name for _, name, _, _ in string.Formatter().parse(english()[key]) if name}


def listed(names: list[str]) -> str:
    """Names as an English list: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def say(key: str, **values: object) -> str:
    """English template ``key`` filled with ``values``."""
    try:
        return english()[key].format(**values)
    except KeyError as exc:
        raise KnowledgeError(f"answer wording: no template or field {exc} for {key!r}") from None


def say_ko(key: str, **values: object) -> str:
    """Korean template ``key`` filled with ``values``."""
    try:
        return templates(PROMPTS_FILE, "ko")[key].format(**values)
    except KeyError as exc:
        raise KnowledgeError(f"Korean wording: no template or field {exc} for {key!r}") from None


@cache
def _patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each template of ``language`` as a pattern capturing its fields, the longest first."""
    found = []
    for key, text in templates(PROMPTS_FILE, language).items():
        pattern, names = "", set()
        for literal, name, _, _ in string.Formatter().parse(text):
            pattern += re.escape(literal)
            if name:
                pattern += f"(?P<{name}>.+?)" if name not in names else f"(?P={name})"
                names.add(name)
        found.append((key, re.compile(pattern + "$", re.S)))
    return tuple(sorted(found, key=lambda kp: -len(kp[1].pattern)))


def recognise(sentence: str, language: str = "en") -> tuple[str, dict[str, str]] | None:
    """The template key and values that word ``sentence`` (None when no template does)."""
    sentence = sentence.strip()
    for key, pattern in _patterns(language):
        match = pattern.match(sentence)
        if match:
            return key, match.groupdict()
    return None


def label(key: str, language: str = "en", **values: object) -> str:
    """The chat's label ``key`` in ``language`` (``prompts/ui.yaml``), filled with ``values``."""
    chosen = language if language in UI_LANGUAGES else "en"
    try:
        return templates(UI_FILE, chosen)[key].format(**values)
    except KeyError as exc:
        raise KnowledgeError(f"chat labels: no label or field {exc} for {key!r}") from None


@cache
def examples(path: Path = EXAMPLES_FILE, language: str = "en") -> list[str]:
    """The example questions the chat offers, in ``language``."""
    raw = read_yaml(path)
    found = raw.get(language) if isinstance(raw, dict) else None
    if not isinstance(found, list) or not all(isinstance(q, str) and q.strip() for q in found):
        raise KnowledgeError(f"{path}: '{language}' must list example questions")
    return found
