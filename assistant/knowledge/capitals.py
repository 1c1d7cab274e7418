"""A country's capital stands for its government (``knowledge/capitals.yaml``).

``capitals()["Türkiye"]`` is ``("Ankara",)``: the alias table searches "Ankara" as the country's
term and the name table counts it among the country's names, so "the share Ankara demands" is
Türkiye's share and a question naming the capital is not taken to name a place the sources
never mention.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError

FILE = "capitals.yaml"


@cache
def _load(path: Path) -> dict[str, tuple[str, ...]]:
    if not path.exists():
        return {}
    raw = read_yaml(path) or {}
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise KnowledgeError(
            f"{path}: expected each country mapped to a list of its capital's names"
        )
    return {str(country): tuple(map(str, names)) for country, names in raw.items()}


def capitals(knowledge_dir: Path) -> dict[str, tuple[str, ...]]:
    """Each country, as the knowledge base names it, -> the ways its capital is written."""
    return _load(knowledge_dir / FILE)
