"""Where the companies the sources name are based (``knowledge/origins.yaml``).

``origins()["Airbus"]`` is ``("Europe", "European")``: a question that calls a company "the
European planemaker" describes Airbus, the one European company the sources name.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from assistant.datafiles import read_name_lists
from assistant.settings import DEFAULT_KNOWLEDGE

FILE = "origins.yaml"
# Joined once: a question asks for these facts thousands of times (see ``names.name_table``).
_DEFAULT_FILE = DEFAULT_KNOWLEDGE / FILE


@cache
def _load(path: Path) -> dict[str, tuple[str, ...]]:
    return read_name_lists(path, "each company mapped to a list of its places")


def origins(knowledge_dir: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Each company, as the name table names it, -> the place it is based and its adjective."""
    return _load(knowledge_dir / FILE if knowledge_dir else _DEFAULT_FILE)
