"""The knowledge index: units and passages in Chroma (the single store), search views derived from it.

``sync`` brings the store in line with the built-in sources, re-embedding only sources whose
content hash changed; ``add_document`` stores an ingested document (its extracted text is kept in
the store, and with the embedded store in the archive too); ``load`` reads the source records
back and takes everything else from the view cache (``assistant.search.view_cache``) when it holds
that state of the store, else reads it all and derives the views (terms, BM25, unit vectors),
caching them for the next process. The store is embedded (``$TRADEBRIEF_HOME/chroma``) or a Chroma server
(``Settings.chroma_url``).

Crash safety, by generations: every write of a source goes to a new generation. Its units and
passages are stored as ``<id>@<generation>`` with the generation in their metadata, then the
source record, written last, names the generation: that upsert is the commit. Readers take only
the units and passages of each record's generation, so a write killed at any point leaves the old
version whole (or, once committed, the new one), never a mix. The old generation is deleted after
the commit; whatever a killed write left (an uncommitted generation, a removed source's chunks) is
garbage-collected under the writer lock at the next write, and by ``tradebrief index``.

Each ingested document is also kept in the archive (``assistant.search.archive``): an embedded
store that can no longer be opened is moved aside and rebuilt from the built-in sources and the
archive by ``tradebrief index --rebuild``, which also refills a Chroma server that lost its data.
Every write holds the home's writer lock and, with a server, the server's writer lease.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from assistant.errors import IndexStoreError, TradebriefError, first_line
from assistant.knowledge.chunks import Passage, Unit
from assistant.knowledge.sources import SourceMeta
from assistant.search import manifest
from assistant.search.crash import crash_point
from assistant.search.lock import writer_lock

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from assistant.settings import Settings

# Bump when chunking or stored fields change: every source is then re-indexed.
# 4: units and passages stored by generation (``<id>@<generation>``), named by the source record.
# 5: a news dateline opening a paragraph is a unit of its own.
INDEX_VERSION = "5"
_SOURCES, _PASSAGES, _UNITS = "tradebrief_sources", "tradebrief_passages", "tradebrief_units"
# With a server: ingested documents removed, by id, with the archive key of the version removed.
_REMOVED = "tradebrief_removed"
_BATCH = 256
# Texts embedded between two checkpoints (progress reported, a cancel honoured): a few seconds.
_EMBED_SLICE = 256
# Records per read when loading the store (see KnowledgeIndex._read_all).
READ_PAGE = 5000
INGESTED = "ingested"
# Up to this many passages the dense search is exact, over the loaded vectors (einsum: about 1 ms
# per 10,000 passages, 15-20 ms at 100,000 on the loaded 2-core machine), and a reader needs no
# Chroma at all; above it Chroma's HNSW index answers (importing chromadb at the first question).
EXACT_DENSE_LIMIT = 50_000
# A server that does not answer its heartbeat within this many seconds counts as down.
CONNECT_TIMEOUT = 3.0
REBUILD_HINT = (
    "run `tradebrief index --rebuild` to set it aside and rebuild it from the built-in sources "
    "and the archive of ingested documents"
)

_F = TypeVar("_F", bound=Callable[..., Any])


def _store_call(method: _F) -> _F:
    """Report a store failure (a server gone away, a damaged folder) as one IndexStoreError line."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except TradebriefError:
            raise
        except Exception as exc:
            first = first_line(exc)
            if self.settings.chroma_url and _timed_out(exc):
                raise IndexStoreError(
                    f"Chroma server at {self.settings.chroma_url} did not answer within "
                    f"{self.settings.chroma_timeout:g} s (TRADEBRIEF_CHROMA_TIMEOUT)"
                ) from exc
            if self.settings.chroma_url and type(exc).__module__.startswith("httpx"):
                raise IndexStoreError(
                    f"Chroma server at {self.settings.chroma_url} is not reachable ({first})"
                ) from exc
            raise IndexStoreError(
                f"Chroma store at {self.settings.store_location} failed: {first}"
            ) from exc

    return wrapper  # type: ignore[return-value]


@dataclass(frozen=True)
class StoredSource:
    """A source as the store holds it: metadata, content hash and number of citable units."""

    meta: SourceMeta
    hash: str
    units: int

    @property
    def id(self) -> str:
        return self.meta.id


@dataclass
class SyncReport:
    """What ``sync`` changed in the store."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # Unchanged text, new metadata in sources.yaml (a title, a date, a defect): stored, not re-embedded.
    described: list[str] = field(default_factory=list)
    units: int = 0
    seconds: float = 0.0

    # The store's format before this sync, when an older tradebrief wrote it (then all is redone).
    upgraded_from: str | None = None
    # What killed writes had left behind and this sync deleted (see ``KnowledgeIndex.collect``).
    collected: Collected | None = None

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        lines = []
        if self.upgraded_from is not None:
            lines.append(
                f"the store was written in an older format ({self.upgraded_from}): "
                f"rebuilt once in format {INDEX_VERSION}"
            )
        if self.collected:
            lines.append(self.collected.summary())
        return "\n".join([*lines, self._summary()])

    def _summary(self) -> str:
        if not self.changed:
            refreshed = (
                f" (metadata of {', '.join(self.described)} updated)" if self.described else ""
            )
            return f"index up to date: {len(self.unchanged)} sources unchanged{refreshed}"
        parts = [
            f"{label} {len(ids)} ({', '.join(ids)})"
            for label, ids in (
                ("added", self.added),
                ("updated", self.updated),
                ("removed", self.removed),
            )
            if ids
        ]
        return (
            f"index rebuilt in {self.seconds:.1f} s: "
            + "; ".join(parts)
            + f"; {self.units} units embedded"
        )


@dataclass
class Collected:
    """Records of unfinished writes deleted by a garbage collection: per (source, generation)."""

    records: Counter[tuple[str, str]] = field(default_factory=Counter)

    def __bool__(self) -> bool:
        return bool(self.records)

    def add(self, other: Collected) -> None:
        self.records.update(other.records)

    def summary(self) -> str:
        if not self.records:
            return "no leftovers of unfinished writes"
        unfinished = {key: n for key, n in self.records.items() if key[1]}
        parts = []
        if unfinished:
            sources = sorted({sid or "?" for sid, _ in unfinished})
            parts.append(
                f"removed {sum(unfinished.values())} leftover records of {len(unfinished)} "
                f"unfinished write(s) ({', '.join(sources)})"
            )
        older = sum(n for key, n in self.records.items() if not key[1])
        if older:
            parts.append(f"removed {older} records of the older store format")
        return "; ".join(parts)


def _new_generation() -> str:
    """A new generation's name: unique, and short enough to suffix every stored id."""
    return uuid.uuid4().hex[:16]


def store_problem(settings: Settings) -> str | None:
    """Why the embedded store cannot be opened (client or any collection), or None if it can."""
    if settings.chroma_url or not settings.chroma_dir.exists():
        return None
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    try:
        client = chromadb.PersistentClient(
            path=str(settings.chroma_dir), settings=ChromaSettings(anonymized_telemetry=False)
        )
        for name in (_SOURCES, _PASSAGES, _UNITS):
            client.get_or_create_collection(
                name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            ).count()
    except Exception as exc:
        return first_line(exc)
    return None


def set_aside_if_broken(settings: Settings) -> tuple[str, str] | None:
    """Move an embedded store that cannot be opened out of the way: (its problem, where it went).

    Run under the writer lock. The broken folder is renamed ``chroma.broken-<UTC timestamp>``
    beside it (kept, for inspection), so the next open makes a new, empty store; None when the
    store opens (or there is none, or it is a server's).
    """
    with writer_lock(settings):
        problem = store_problem(settings)
        if problem is None:
            return None
        manifest.invalidate(settings)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        target = settings.chroma_dir.with_name(f"{settings.chroma_dir.name}.broken-{stamp}")
        number = 1
        while target.exists():
            number += 1
            target = target.with_name(f"{settings.chroma_dir.name}.broken-{stamp}-{number}")
        settings.chroma_dir.rename(target)
        crash_point("set-aside")
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()  # forget the broken store's open system
        return problem, str(target)


def _timed_out(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is an HTTP timeout."""
    import httpx

    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, httpx.TimeoutException):
            return True
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
        seen += 1
    return False


def _server_client(url: str, timeout: float) -> Any:
    """A client of the Chroma server at ``url``, or an IndexStoreError naming it within seconds.

    Every call it makes (connecting, and each read) gives up after ``timeout`` seconds
    (``TRADEBRIEF_CHROMA_TIMEOUT``): Chroma's own client would wait forever on a silent server.
    """
    import threading
    from urllib.parse import urlsplit

    import chromadb
    import httpx
    from chromadb.config import Settings as ChromaSettings

    connect = min(CONNECT_TIMEOUT, timeout)
    # A heartbeat with a short deadline first: a server that is down is named within seconds.
    try:
        reply = httpx.get(
            f"{url}/api/v2/heartbeat",
            timeout=httpx.Timeout(min(CONNECT_TIMEOUT * 2, timeout), connect=connect),
        )
    except httpx.HTTPError as exc:
        reason = str(exc).strip() or type(exc).__name__
        raise IndexStoreError(
            f"Chroma server at {url} is not reachable ({reason}): start it with "
            "`chroma run --path DIR --host HOST --port PORT` or fix TRADEBRIEF_CHROMA_URL"
        ) from None
    if reply.status_code != 200:
        raise IndexStoreError(
            f"{url} does not answer as a Chroma server (heartbeat gave HTTP {reply.status_code})"
        )
    parts = urlsplit(url)
    # Creating the client already asks the server (who am I, which tenant) with no timeout of
    # its own, so it runs in a thread that is given up on after ``timeout``.
    made: dict[str, Any] = {}

    def create() -> None:
        try:
            made["client"] = chromadb.HttpClient(
                host=parts.hostname or "",
                port=parts.port or 8000,
                ssl=parts.scheme == "https",
                settings=ChromaSettings(anonymized_telemetry=False),
            )
        except Exception as exc:
            made["error"] = exc

    creating = threading.Thread(target=create, name="chroma-connect", daemon=True)
    creating.start()
    creating.join(timeout)
    if creating.is_alive():
        raise IndexStoreError(
            f"Chroma server at {url} did not answer within {timeout:g} s "
            "(TRADEBRIEF_CHROMA_TIMEOUT)"
        )
    if "error" in made:
        raise IndexStoreError(
            f"Chroma server at {url} is not usable: {first_line(made['error'])}"
        ) from None
    client = made["client"]
    # Bound every later request too, so a server that stalls mid-session gives an error, not a hang.
    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(timeout, connect=connect)
    return client


def _stored_meta(record: Unit | Passage, generation: str) -> dict[str, Any]:
    """The metadata a unit or passage is stored with: its fields but its id and text (stored
    apart), tuples joined by commas, and the generation it belongs to."""
    meta = {
        f.name: getattr(record, f.name)
        for f in dataclasses.fields(record)
        if f.name not in ("id", "text")
    }
    meta = {k: ",".join(v) if isinstance(v, tuple) else v for k, v in meta.items()}
    return {**meta, "generation": generation}


def _committed(
    read: dict[str, Any], extra: str | None, generations: dict[str, str]
) -> Iterator[tuple[str, str, dict[str, Any], Any]]:
    """(in-memory id, document, metadata, ``extra`` field or None) of each stored record of a
    committed generation, in stored order."""
    extras = read[extra] if extra else [None] * len(read["ids"])
    for key, text, meta, value in zip(
        read["ids"], read["documents"], read["metadatas"], extras, strict=False
    ):
        found = _committed_id(key, meta, generations)
        if found is not None:
            yield found, text, meta, value


def _committed_id(key: str, meta: dict[str, Any], generations: dict[str, str]) -> str | None:
    """The in-memory id of a stored unit or passage ("<id>@<generation>"), or None when it
    belongs to no committed generation of its source (a write that never committed)."""
    generation = meta.get("generation")
    if not generation or generations.get(meta["source_id"]) != generation:
        return None
    return key.removesuffix(f"@{generation}")
