"""Reading the YAML files tradebrief is given: knowledge/, prompts/, evaluation cases, sidecars.

``read_yaml(path)`` is the one place that turns what the file system and the YAML parser raise
into our own error (``KnowledgeError`` unless the caller names another), naming the file and, for
a syntax error, its line. What the content must hold is each loader's own check.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.errors import KnowledgeError, TradebriefError


def read_yaml(path: Path, error: type[TradebriefError] = KnowledgeError) -> Any:
    """The parsed content of the YAML file ``path`` (None for an empty file)."""
    import yaml

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise error(
            f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})", path=path
        ) from None
    except OSError as exc:
        raise error(f"cannot read {path}: {exc.strerror or exc}", path=path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"{path} is not valid YAML{line}: {problem}", path=path) from None
