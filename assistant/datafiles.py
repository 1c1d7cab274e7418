"""Reading the YAML files tradebrief is given (knowledge/, prompts/, evaluation cases, sidecars),
and writing the files it keeps whole.

``read_yaml(path)`` is the one place that turns what the file system and the YAML parser raise
into our own error (``KnowledgeError`` unless the caller names another), naming the file and, for
a syntax error, its line; ``parse_yaml(text, where)`` does the same for YAML held in another file
(a Markdown document's front matter). What the content must hold is each loader's own check.
``atomic_write(path, data)`` replaces a file by atomic rename, so a reader or a crash sees the old
file or the new one, whole.
"""

from __future__ import annotations

import os
import threading
from os import PathLike
from pathlib import Path
from typing import Any

from assistant.errors import KnowledgeError, TradebriefError


def read_yaml(path: Path, error: type[TradebriefError] = KnowledgeError) -> Any:
    """The parsed content of the YAML file ``path`` (None for an empty file)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error(
            f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})", path=path
        ) from None
    except OSError as exc:
        raise error(f"cannot read {path}: {exc.strerror or exc}", path=path) from None
    return parse_yaml(text, path, error)


def read_name_lists(path: Path, expected: str) -> dict[str, tuple[str, ...]]:
    """A YAML map of names to lists of strings (``capitals.yaml``, ``origins.yaml``); empty when
    the file is absent. ``expected`` says what each list holds, for the error a malformed file
    gives."""
    if not path.exists():
        return {}
    raw = read_yaml(path) or {}
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise KnowledgeError(f"{path}: expected {expected}")
    return {str(name): tuple(map(str, items)) for name, items in raw.items()}


def parse_yaml(
    text: str, where: str | PathLike[str], error: type[TradebriefError] = KnowledgeError
) -> Any:
    """The parsed content of YAML ``text`` read from ``where`` (None for empty text)."""
    import yaml

    # libyaml's parser when PyYAML was built with it: the same safe loading, several times faster
    # (knowledge/ and prompts/ are read at every start).
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"{where} is not valid YAML{line}: {problem}", path=where) from None


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new one, whole.

    Writers racing on one path (processes or threads) each write a temporary file of their own
    and rename it into place: the last rename wins, and the file is always one writer's whole.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    try:  # the rename itself is durable once the folder is synced
        folder = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder)
    except OSError:
        pass
    finally:
        os.close(folder)
