"""A country's capital stands for its government (``knowledge/capitals.yaml``).

``capitals()["Türkiye"]`` is ``("Ankara",)``: the alias table searches "Ankara" as the country's
term and the name table counts it among the country's names, so "the share Ankara demands" is
Türkiye's share and a question naming the capital is not taken to name a place the sources
never mention.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from assistant.datafiles import read_name_lists

FILE = "capitals.yaml"


@cache
def _load(path: Path) -> dict[str, tuple[str, ...]]:
    return read_name_lists(path, "each country mapped to a list of its capital's names")


def capitals(knowledge_dir: Path) -> dict[str, tuple[str, ...]]:
    """Each country, as the knowledge base names it, -> the ways its capital is written."""
    return _load(knowledge_dir / FILE)
