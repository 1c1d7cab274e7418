"""The data tables' check (``rows.verify``), remembered between processes.

Checking that every row's quotes stand in its source and every figure binds to its own span of a
quote takes a few tenths of a second, and every start asked it again of the same files. A clean
verdict is kept in ``$TRADEBRIEF_HOME/cache/verified-<key>.json``, ``key`` a digest of everything
the check's outcome rests on:

- every file of the tables' folder (``knowledge/data``) and the labels file the check binds
  figures with (``rows.labels_path``);
- the text of every built-in source, which the quotes must stand in;
- the code of the whole ``assistant`` package (the check, and everything that reads the tables
  into rows), and the versions of Python, pydantic and PyYAML that run and read them.

A process whose inputs digest to a remembered key skips the check; a change to any of them makes
another key, so the check runs again. Only a clean verdict is kept: tables with problems are
checked, and refused, at every start. An entry is believed only if it reads as JSON naming this
format, the whole key and the number of rows checked; one that is damaged, cut short or of other
inputs is ignored, the check runs, and a clean verdict is written afresh. Entries are written by
atomic rename (``datafiles.atomic_write``), so two processes writing at once leave one whole
entry (both write the same bytes). Older entries are pruned, the newest few kept for checkouts of
other versions sharing the home; deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from pathlib import Path

import assistant
from assistant.datafiles import atomic_write
from assistant.knowledge.rows import OffsetData, labels_path, verify

log = logging.getLogger(__name__)

# Bump when what an entry holds, or what its key covers, changes.
FORMAT = 1
PREFIX = "verified-"
# Entries kept after a write: the newest, for other versions of tradebrief using the same home.
KEEP = 4
_PACKAGE = Path(assistant.__file__).parent


def check(data: OffsetData, texts: dict[str, str], data_dir: Path, cache_dir: Path) -> list[str]:
    """The problems ``rows.verify`` finds in ``data`` against the sources' ``texts``; [] at once
    when a clean verdict for the same inputs is remembered in ``cache_dir``."""
    key = inputs_key(data_dir, texts)
    rows = sum(1 for _ in data.rows())
    path = entry_path(cache_dir, key)
    if _remembered(path, key, rows):
        return []
    problems = verify(data, texts)
    if not problems:
        _remember(path, key, rows)
    return problems


def inputs_key(data_dir: Path, texts: dict[str, str]) -> str:
    """The digest of everything the check's outcome rests on (see the module's docstring)."""
    import pydantic
    import yaml

    digest = hashlib.sha256()

    def part(name: str, content: bytes) -> None:
        # Each part framed by its name and length, so no two different inputs digest alike.
        for piece in (name.encode("utf-8"), content):
            digest.update(len(piece).to_bytes(8, "little"))
            digest.update(piece)

    part("format", str(FORMAT).encode())
    part("versions", f"{sys.version}|{pydantic.VERSION}|{yaml.__version__}".encode())
    for path in sorted(p for p in data_dir.iterdir() if p.is_file()):
        part(f"data/{path.name}", path.read_bytes())
    labels = labels_path()
    part("labels", labels.read_bytes() if labels.is_file() else b"")
    for source_id, text in sorted(texts.items()):
        part(f"source/{source_id}", text.encode("utf-8"))
    for path in sorted(_PACKAGE.rglob("*.py")):
        part(f"code/{path.relative_to(_PACKAGE).as_posix()}", path.read_bytes())
    return digest.hexdigest()


def entry_path(cache_dir: Path, key: str) -> Path:
    """Where the verdict of the inputs digesting to ``key`` is kept."""
    return cache_dir / f"{PREFIX}{key[:32]}.json"


def _remembered(path: Path, key: str, rows: int) -> bool:
    """Whether ``path`` holds a clean verdict of exactly these inputs and rows."""
    try:
        entry = json.loads(path.read_bytes())
    except FileNotFoundError:
        return False
    except (OSError, ValueError) as exc:  # unreadable, cut short, not UTF-8, not JSON
        log.debug("verdict %s ignored (%s)", path, exc)
        return False
    expected = {"format": FORMAT, "key": key, "rows": rows, "problems": 0}
    if entry != expected:
        log.debug("verdict %s ignored: it is not of these inputs", path)
        return False
    return True


def _remember(path: Path, key: str, rows: int) -> None:
    """Keep the clean verdict (best effort: a home that cannot be written checks at every start)."""
    entry = {"format": FORMAT, "key": key, "rows": rows, "problems": 0}
    try:
        atomic_write(path, json.dumps(entry).encode("utf-8"))
    except OSError as exc:
        log.debug("verdict %s not kept (%s)", path, exc)
        return
    _prune(path)


def _prune(kept: Path) -> None:
    """Remove all but the newest ``KEEP`` entries (``kept`` among them)."""
    try:
        entries = [p for p in kept.parent.glob(f"{PREFIX}*.json") if p != kept]
        entries.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP - 1 :]:
            old.unlink(missing_ok=True)
    except OSError:  # another process pruned first
        return
