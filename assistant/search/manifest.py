"""The store manifest: the source records of the embedded store, kept beside it, so a reader whose
views are cached answers without opening Chroma (importing it alone takes about a second).

``$TRADEBRIEF_HOME/store-manifest.json`` holds every source record's metadata (id, content hash,
generation, format version, encoder, origin, metadata: what ``KnowledgeIndex`` reads from the
sources collection) as the store held it when the manifest was written.

The store is the truth; the manifest is trusted only while it cannot disagree with it:

- every write to the store runs under the writer lock (``assistant.search.lock``), and
  ``KnowledgeIndex.writing`` deletes the manifest before its first change and writes it afresh,
  from the records read back from the store, when the lock is given up. A writer killed between
  its commit and that rewrite leaves no manifest, never a stale one;
- a manifest is written in a temporary file and renamed into place (``os.replace``): a reader sees
  a whole one or none. One that cannot be parsed, or is of another format or store, is not used;
- the manifest carries a *stamp* of the store (``store_stamp``): where Chroma's own write log
  stands and which file the database is. Any write by any process (one that bypassed the lock,
  an older tradebrief, a writer killed before it rewrote the manifest) moves the log, and a store
  moved aside and rebuilt is another file: then the manifest is not used. Reads move neither.

Without a usable manifest a reader reads the records from the store, as before, and writes the
manifest if the writer lock is free at that moment (``repair``), so the next process finds it.
With a Chroma server (``TRADEBRIEF_CHROMA_URL``) there is no manifest: other machines write to it.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.search.lock import flock_if_free

if TYPE_CHECKING:
    from assistant.settings import Settings

log = logging.getLogger(__name__)

# Bump when the manifest's layout changes: older ones are then not used.
FORMAT = "1"
# The file every write to an embedded Chroma store changes.
STORE_FILE = "chroma.sqlite3"


def manifest_path(settings: Settings) -> Path:
    return settings.store_manifest


def store_stamp(settings: Settings) -> list[Any] | None:
    """Where the embedded store's write log stands, or None (a server, no store, unreadable).

    Every change to an embedded Chroma store, by any process, is appended to its write log (the
    ``embeddings_queue`` table, sequence numbers that only grow) and each segment records the last
    one it applied (``max_seq_id``); reading changes neither. With the database file's device and
    inode (a store moved aside and rebuilt is another file) this names a state of the store.
    The database is opened read-only; anything unexpected (another Chroma layout, a locked or
    damaged file) gives None, and the store itself is read.
    """
    if settings.chroma_url:
        return None
    path = settings.chroma_dir / STORE_FILE
    try:
        stat = path.stat()
        import sqlite3
        from contextlib import closing
        from urllib.parse import quote

        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=1.0)) as db:
            queue = db.execute("SELECT max(seq_id) FROM embeddings_queue").fetchone()[0]
            applied = db.execute("SELECT segment_id, seq_id FROM max_seq_id").fetchall()
    except Exception:  # OSError, sqlite3.Error (a missing table, a locked or damaged file)
        return None
    segments = sorted([str(segment), int(seq)] for segment, seq in applied)
    return [stat.st_dev, stat.st_ino, queue, segments]


def _location(settings: Settings) -> str:
    return str(settings.chroma_dir.resolve())


def read(settings: Settings) -> dict[str, dict[str, Any]] | None:
    """The source records the manifest holds, or None when there is none it can be trusted for."""
    stamp = store_stamp(settings)
    if stamp is None:
        return None
    try:
        data = json.loads(manifest_path(settings).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.info(
            "store manifest %s is not readable (%s): reading the store",
            manifest_path(settings),
            exc,
        )
        return None
    if (
        not isinstance(data, dict)
        or data.get("format") != FORMAT
        or data.get("location") != _location(settings)
        or data.get("stamp") != stamp
        or not isinstance(data.get("records"), dict)
        or not all(isinstance(r, dict) for r in data["records"].values())
    ):
        return None
    records: dict[str, dict[str, Any]] = data["records"]
    return records


def invalidate(settings: Settings) -> None:
    """Delete the manifest (a write to the store is about to begin). Raises if it cannot be."""
    try:
        manifest_path(settings).unlink()
    except FileNotFoundError:
        return


def write(settings: Settings, records: dict[str, dict[str, Any]]) -> bool:
    """Write the manifest of ``records`` (read from the store by a holder of the writer lock)."""
    stamp = store_stamp(settings)
    if stamp is None:
        return False
    path = manifest_path(settings)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    payload = {
        "format": FORMAT,
        "location": _location(settings),
        "stamp": stamp,
        "records": records,
    }
    try:
        with temp.open("w", encoding="utf-8") as file:
            json.dump(payload, file, ensure_ascii=False)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except OSError as exc:
        log.info("store manifest %s not written (%s)", path, exc)
        temp.unlink(missing_ok=True)
        return False
    return True


@contextmanager
def writer_lock_if_free(settings: Settings) -> Iterator[bool]:
    """The writer lock if no one holds it now (True), else go on at once without it (False).

    A reader that found no usable manifest writes one only when no write is under way: a writer
    rewrites it anyway when it is done. The lock is taken on a descriptor of its own, so a
    process already holding the lock (in any thread) gets False.
    """
    # One try, no wait: a deadline already passed.
    with flock_if_free(settings.write_lock, time.monotonic()) as taken:
        yield taken
