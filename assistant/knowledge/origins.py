"""Where the companies the sources name are based (``knowledge/origins.yaml``).

``origins()["Airbus"]`` is ``("Europe", "European")``: a question that calls a company "the
European planemaker" describes Airbus, the one European company the sources name.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError
from assistant.settings import DEFAULT_KNOWLEDGE

FILE = "origins.yaml"


@cache
def _load(path: Path) -> dict[str, tuple[str, ...]]:
    if not path.exists():
        return {}
    raw = read_yaml(path) or {}
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise KnowledgeError(f"{path}: expected each company mapped to a list of its places")
    return {str(company): tuple(map(str, places)) for company, places in raw.items()}


def origins(knowledge_dir: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Each company, as the name table names it, -> the place it is based and its adjective."""
    return _load((knowledge_dir or DEFAULT_KNOWLEDGE) / FILE)
