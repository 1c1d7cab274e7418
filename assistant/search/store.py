"""The Chroma store: each source's record and text, and its chunks' vectors, written by generation.

``sync`` brings the store in line with the built-in sources, re-embedding only sources whose
content hash changed; ``add_document`` stores an ingested document; ``read_sources`` and
``read_chunks`` read back what is committed (``KnowledgeIndex.load`` derives the search views from
it). The store is embedded (``$TRADEBRIEF_HOME/chroma``) or a Chroma server
(``Settings.chroma_url``).

The layout (format 6): a source is one record of ``tradebrief_sources`` (its metadata, content
hash and generation; its text as the document) and the vectors of its units and passages, packed
in blocks of rows in ``tradebrief_vectors`` (``assistant.search.blocks``). Units and passages
themselves are not stored: they are ``split_source`` of the stored text, so a reader makes them
again and checks the text against the record's content hash. A store of format 5 (each unit and
passage its own record, with its text) is migrated once, its vectors kept
(``assistant.search.migration``).

Crash safety, by generations: every write of a source goes to a new generation. Its blocks are
stored as ``<id>#v0001@<generation>`` with the generation in their metadata, then the source
record, written last, names the generation: that upsert is the commit. Readers take only the
blocks of each record's generation, so a write killed at any point leaves the old version whole
(or, once committed, the new one), never a mix. The old generation is deleted after the commit;
whatever a killed write left (an uncommitted generation, a removed source's blocks) is
garbage-collected under the writer lock at the next write, and by ``tradebrief index``. A sync
writes many sources' blocks per call and commits several sources' records in one upsert: each
record still commits its own source, after all of that source's blocks are written.

Each ingested document is also kept in the archive (``assistant.search.archive``): an embedded
store that can no longer be opened is moved aside and rebuilt from the built-in sources and the
archive by ``tradebrief index --rebuild``, which also refills a Chroma server that lost its data.
Every write holds the home's writer lock and, with a server, the server's writer lease.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from assistant.errors import IndexStoreError, TradebriefError, first_line
from assistant.knowledge.chunks import Passage, Unit, split_source
from assistant.knowledge.sources import Source, SourceMeta, SourceRecord
from assistant.search import blocks, manifest
from assistant.search.archive import Archive
from assistant.search.crash import crash_point
from assistant.search.lock import writer_lock
from assistant.search.watch import checkpoint
from assistant.search.watch import current as current_watch

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from concurrent.futures import Future

    import numpy as np

    from assistant.search.encoder import Encoder
    from assistant.settings import Settings

# Bump when chunking or stored fields change: every source is then re-indexed (or migrated,
# when only the layout changed: see ``assistant.search.migration``).
# 4: units and passages stored by generation (``<id>@<generation>``), named by the source record.
# 5: a news dateline opening a paragraph is a unit of its own.
# 6: vectors in blocks (``assistant.search.blocks``), every source's text in its record; units
#    and passages are no longer records of their own.
INDEX_VERSION = "6"
_SOURCES, _VECTORS = "tradebrief_sources", blocks.COLLECTION
# With a server: ingested documents removed, by id, with the archive key of the version removed.
_REMOVED = "tradebrief_removed"
# Bytes of vector blocks per Chroma write (about 60 blocks of 64 rows). Each call costs tens of
# milliseconds of its own (a transaction and its fsync), each MB about 70 ms, each record about
# one (benchmarks/chroma_batches.py --layouts); a sync fills its calls across sources.
_BATCH_BYTES = 8 << 20
# Source records committed per upsert in a sync (each record commits its own source).
_COMMIT_GROUP = 32
# Texts embedded between two checkpoints (progress reported, a cancel honoured): a few seconds.
_EMBED_SLICE = 256
# Sources embedded ahead of the one being written (while Chroma writes, the model works).
_AHEAD = 4
# Reads of the records and of what they name before a store that keeps changing is given up on.
_READ_TRIES = 3
# Records per read when listing the store (see Store._read_all); blocks and texts are larger,
# read a few at a time (about 8 MB of blocks).
READ_PAGE = 5000
_BLOCK_PAGE = 64
_TEXT_PAGE = 100
INGESTED = "ingested"
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
class StoredSource(SourceRecord):
    """A source as the store holds it: metadata, content hash and number of citable units."""

    hash: str
    units: int


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
    # Sources moved from format 5 to this format, their vectors kept (``migration.migrate``).
    migrated: list[str] = field(default_factory=list)
    # What killed writes had left behind and this sync deleted (see ``KnowledgeIndex.collect``).
    collected: Collected | None = None

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        lines = []
        if self.migrated:
            from assistant.search.migration import LEGACY_VERSION

            lines.append(
                f"the store was written in format {LEGACY_VERSION}: {len(self.migrated)} sources "
                f"migrated to format {INDEX_VERSION}, their vectors kept"
            )
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


@dataclass
class StoreState:
    """The source records of the store as read: each record, and what ``load`` takes from it."""

    records: dict[str, dict] = field(default_factory=dict)
    sources: dict[str, SourceMeta] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    # The text of each ingested document (built-in ones are read from knowledge/sources).
    texts: dict[str, str] = field(default_factory=dict)
    # The committed generation of each source (``<id>@<generation>`` names its chunks).
    generations: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, records: dict[str, dict], texts: Mapping[str, str]) -> StoreState:
        """The state of these records (the store manifest's), ingested texts from ``texts``;
        raises KeyError, TypeError or ValueError for records that cannot be read."""
        state = cls(records=records)
        for sid, record in records.items():
            state.sources[sid] = SourceMeta.model_validate_json(record["meta"])
            state.hashes[sid] = record.get("hash", "")
            state.generations[sid] = str(record.get("generation") or "")
            if record.get("origin") == INGESTED:
                state.texts[sid] = texts[sid]
        return state


@dataclass
class StoredChunks:
    """The committed units and passages of the store with their stored vectors."""

    units: dict[str, Unit]
    # One row per unit, in the order of ``units``.
    unit_vectors: np.ndarray
    passages: dict[str, Passage]
    passage_vectors: dict[str, Any]


class Store:
    """The Chroma store of one home (embedded, or a server): connecting, reading, writing by
    generation, syncing, garbage collection, and the store manifest kept beside it."""

    def __init__(self, settings: Settings, encoder: Encoder | None = None) -> None:
        import threading

        self.settings = settings
        self._encoder = encoder
        # The encoder being loaded in the background (``prepare_encoder``), and what guards both.
        self._loading: Future[Encoder] | None = None
        self._encoder_lock = threading.Lock()
        self._client: Any = None
        self._collections: dict[str, Any] = {}
        # While a document is written: when its write must be done by, and its id.
        self._deadline: tuple[float, str] | None = None
        # Ingested documents' text and metadata outside Chroma (for a server: this machine's copy).
        self.archive = Archive.of(settings)
        # How deep this store is in ``writing`` blocks (the store manifest is rewritten at 0).
        self._write_depth = 0
        # Everything this store's writes garbage-collected (see ``collect``).
        self.collected = Collected()

    @property
    def encoder(self) -> Encoder:
        """The sentence encoder, loaded on first use (or waited for: ``prepare_encoder``)."""
        with self._encoder_lock:
            if self._encoder is None:
                loading, self._loading = self._loading, None
                if loading is not None:
                    self._encoder = loading.result()  # its error, if it failed
                else:
                    from assistant.search.encoder import load_encoder

                    self._encoder = load_encoder(self.settings)
            return self._encoder

    def prepare_encoder(self) -> None:
        """Start loading the encoder in a background thread, unless it is loaded or loading, or
        loading it would mean exporting the model first (that is left to the first use, which
        says so); ``encoder`` then waits for it. onnxruntime builds its session outside the GIL,
        so the model's start (a few tenths of a second) overlaps what the caller does meanwhile:
        opening the store, loading the views and the data tables."""
        import threading
        from concurrent.futures import Future

        from assistant.search.encoder import exported

        with self._encoder_lock:
            if self._encoder is not None or self._loading is not None:
                return
            if not exported(self.settings):
                return
            loading: Future[Encoder] = Future()

            def load() -> None:
                from assistant.search.encoder import load_encoder

                try:
                    loading.set_result(load_encoder(self.settings))
                except BaseException as exc:  # raised where the encoder is asked for
                    loading.set_exception(exc)

            threading.Thread(target=load, name="tradebrief-encoder", daemon=True).start()
            self._loading = loading

    def _connect(self) -> Any:
        if self._client is None:
            try:
                import chromadb
                from chromadb.config import Settings as ChromaSettings
            except ImportError:
                raise IndexStoreError("chromadb is not installed: pip install chromadb") from None
            if self.settings.chroma_url:
                self._client = _server_client(
                    self.settings.chroma_url, self.settings.chroma_timeout
                )
                return self._client
            path = self.settings.chroma_dir
            try:
                path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(
                    path=str(path), settings=ChromaSettings(anonymized_telemetry=False)
                )
            except Exception as exc:
                raise IndexStoreError(
                    f"cannot open the Chroma store in {path} ({first_line(exc)}): {REBUILD_HINT}"
                ) from None
        return self._client

    def _collection(self, name: str) -> Any:
        if name not in self._collections:
            client = self._connect()
            try:
                # embedding_function=None: we always pass vectors; Chroma's default downloads a model.
                self._collections[name] = client.get_or_create_collection(
                    name, embedding_function=None, configuration=_configuration(name)
                )
            except Exception as exc:
                if self.settings.chroma_url:
                    raise
                raise IndexStoreError(
                    f"cannot open the Chroma store in {self.settings.chroma_dir} "
                    f"({first_line(exc)}): {REBUILD_HINT}"
                ) from None
        return self._collections[name]

    def _records(self) -> dict[str, dict]:
        """Every source record's metadata: from the store manifest when it can be trusted (see
        ``assistant.search.manifest``) and no write of ours is under way, else from the store."""
        if not self._write_depth:
            known = manifest.read(self.settings)
            if known is not None:
                return known
        return self._store_records()

    def _store_records(self) -> dict[str, dict]:
        records = self._collection(_SOURCES).get(include=["metadatas"])
        return dict(zip(records["ids"], records["metadatas"] or [], strict=False))

    def _current(self, record: dict) -> bool:
        """Whether a source record was written by this index version and encoder."""
        return record.get("version") == INDEX_VERSION and record.get("encoder") == (
            self._encoder_name()
        )

    @_store_call
    def stored_hashes(self) -> dict[str, str]:
        """Content hash of every stored source; "" for one stored by another index version."""
        return {
            sid: record["hash"] if self._current(record) else ""
            for sid, record in self._records().items()
        }

    @contextmanager
    def writing(self) -> Iterator[None]:
        """The writer lock of this store's home (see ``assistant.search.lock``), and with a
        Chroma server its writer lease too (``assistant.search.lease``); both re-entrant.

        With the embedded store, the store manifest (``assistant.search.manifest``) is deleted
        before the first change and written afresh from the store when the outermost block ends,
        however it ends; a process killed in between leaves none.
        """
        with writer_lock(self.settings):
            if not self.settings.chroma_url:
                with self._manifest_rewritten():
                    yield
                return
            from assistant.search.lease import COLLECTION, lease_of

            try:
                collection = self._collection(COLLECTION)
                lease = lease_of(self.settings.chroma_url, collection, self.settings.lock_timeout)
                lease.__enter__()
            except TradebriefError:
                raise
            except Exception as exc:
                raise IndexStoreError(
                    f"Chroma server at {self.settings.chroma_url} is not usable ({first_line(exc)})"
                ) from exc
            try:
                yield
            finally:
                lease.__exit__(None, None, None)

    @contextmanager
    def _manifest_rewritten(self) -> Iterator[None]:
        """Delete the store manifest before the outermost write block, rewrite it after."""
        outermost = self._write_depth == 0
        if outermost:
            try:
                manifest.invalidate(self.settings)
            except OSError as exc:
                raise IndexStoreError(
                    f"cannot remove the store manifest {manifest.manifest_path(self.settings)} "
                    f"before writing ({exc.strerror or exc}): check the permissions of "
                    f"{self.settings.home}"
                ) from None
        self._write_depth += 1
        try:
            yield
        finally:
            self._write_depth -= 1
            if outermost:
                self._note_manifest()

    def _note_manifest(self) -> None:
        """Write the store manifest from the records in the store (holding the writer lock)."""
        if self.settings.chroma_url:
            return
        from assistant.search import migration

        try:
            records = self._store_records()
            if migration.leftover(self):  # no manifest until the migration is finished
                return
        except Exception as exc:  # the store is failing: no manifest, readers read the store
            log.info("store manifest not written (%s)", first_line(exc))
            return
        manifest.write(self.settings, records)

    @_store_call
    def invalidate(self) -> None:
        """Mark every stored source as out of date, so the next sync re-embeds all of them."""
        with self.writing():
            self._invalidate()

    def _invalidate(self) -> None:
        records = self._records()
        if records:
            self._collection(_SOURCES).update(
                ids=list(records), metadatas=[{**r, "version": "stale"} for r in records.values()]
            )

    @_store_call
    def fingerprint(self) -> tuple[tuple[str, str], ...]:
        """(id, hash) of every stored source: changes whenever any process adds or removes one."""
        return tuple(sorted((sid, r.get("hash", "")) for sid, r in self._records().items()))

    def _encoder_name(self) -> str:
        from assistant.search.encoder import MODEL_NAME

        # Both backends give the same vectors (checked at export), so the model names the space.
        return MODEL_NAME

    @_store_call
    def sync(self, sources: list[Source], progress: bool = True) -> SyncReport:
        """Re-index the built-in sources whose content changed; drop built-in ones that are gone.

        Ingested documents are left alone (no folder lists them), except that one stored by an
        older index version is re-chunked and re-embedded from the text kept in the store.
        A store of format 5 is first migrated to this format, its vectors kept
        (``assistant.search.migration``).
        A sync with something to write takes the writer lock (and looks again once it has it),
        and first garbage-collects what killed writes left; one with nothing to write takes no
        lock, so readers never wait for a writer.
        """
        if not self._sync_needed(sources):
            return self._sync(sources, progress)
        with self.writing():
            from assistant.search import migration

            collected = self._collect()
            migrated = migration.migrate(self, sources, progress)
            report = self._sync(sources, progress)
            report.migrated = migrated
            collected.add(migration.drop_if_done(self))
            report.collected = collected
            self._note_archive()
            return report

    def _sync_needed(self, sources: list[Source]) -> bool:
        records = self._records()
        builtin = {sid: r for sid, r in records.items() if r.get("origin") != INGESTED}
        for source in sources:
            record = builtin.get(source.id)
            if (
                record is None
                or not self._current(record)
                or record.get("hash") != source.content_hash
                or record.get("meta") != source.meta.model_dump_json()
            ):
                return True
        if builtin.keys() - {s.id for s in sources}:
            return True
        if any(r.get("origin") == INGESTED and not self._current(r) for r in records.values()):
            return True
        # Collections of format 5 left by a migration (a trusted store manifest says none are:
        # it is not written while any is).
        from assistant.search import migration

        return self.trusted_records() is None and migration.leftover(self)

    def _sync(self, sources: list[Source], progress: bool) -> SyncReport:
        began = time.perf_counter()
        report = SyncReport()
        records = self._records()
        builtin = {
            sid: (r["hash"] if self._current(r) else "")
            for sid, r in records.items()
            if r.get("origin") != INGESTED
        }
        wanted = {s.id for s in sources}
        older = sorted({str(r.get("version")) for r in records.values()} - {INDEX_VERSION, "stale"})
        if older:
            report.upgraded_from = ", ".join(older)
            log.warning(
                "the store in %s was written by an older tradebrief (format %s): rebuilding it "
                "once in format %s, ingested documents from their stored text",
                self.settings.store_location,
                report.upgraded_from,
                INDEX_VERSION,
            )
        todo = []
        for source in sources:
            record = records.get(source.id, {})
            if builtin.get(source.id) == source.content_hash and _same_chunks(record, source):
                report.unchanged.append(source.id)
                if record.get("meta") != source.meta.model_dump_json():
                    self._collection(_SOURCES).update(
                        ids=[source.id],
                        metadatas=[{**record, "meta": source.meta.model_dump_json()}],
                    )
                    report.described.append(source.id)
                continue
            (report.updated if source.id in builtin else report.added).append(source.id)
            todo.append(source)
        report.removed = sorted(builtin.keys() - wanted)
        for sid in report.removed:
            self._delete_source(sid)
        stale = sorted(
            sid
            for sid, r in records.items()
            if r.get("origin") == INGESTED and not self._current(r)
        )
        for sid in stale:
            todo.append(self._stored_source(sid))
            report.updated.append(sid)
        if todo:
            if progress:
                log.info("indexing %d source(s)…", len(todo))
            report.units += self._index_sources(todo, progress, replacing=set(records))
        report.seconds = time.perf_counter() - began
        return report

    def _delete_source(self, source_id: str) -> None:
        # The record goes first: from then on readers do not see the source, whatever follows.
        self._collection(_SOURCES).delete(ids=[source_id])
        crash_point("unlisted")
        self._collection(_VECTORS).delete(where={"source_id": source_id})
        crash_point("vectors-deleted")

    # -- generations and garbage ----------------------------------------------------------

    @_store_call
    def collect(self) -> Collected:
        """Delete what killed writes left behind, under the writer lock; what was deleted.

        That is every vector block not of its source record's generation: a generation written
        but never committed, an old one a write was killed before deleting, the blocks of a
        source whose removal was cut short; and the collections of format 5 once no source is
        stored in it (``migration.drop_if_done``). The archive's manifest is brought in line with
        the store too.
        """
        with self.writing():
            collected = self._collect()
            self._note_archive()
            return collected

    def _collect(self) -> Collected:
        """``collect`` for a caller holding the writer lock (no other write is under way)."""
        from assistant.search import migration

        records = self._records()
        committed = sorted({str(r["generation"]) for r in records.values() if r.get("generation")})
        where = {"generation": {"$nin": committed}} if committed else None
        collected = Collected()
        collection = self._collection(_VECTORS)
        while True:
            # Ids only: a block's id names its source and generation, its metadata is 131 KB.
            page = collection.get(where=where, limit=READ_PAGE, include=[])
            if not page["ids"]:
                break
            for key in page["ids"]:
                source_id, _, generation = key.rpartition("@")
                collected.records[(source_id.rpartition("#")[0], generation)] += 1
            collection.delete(ids=page["ids"])
        collected.add(migration.drop_if_done(self, records))
        if collected:
            log.info("%s", collected.summary())
        self.collected.add(collected)
        return collected

    def _note_archive(self) -> None:
        """Point the archive's manifest at the archived version of every ingested source stored.

        Entries of sources the store does not hold are kept: a first ingest killed before its
        commit is still restored by a rebuild (a removal takes its entry out before anything).
        """
        manifest = self.archive.manifest()
        for sid, record in self._records().items():
            if record.get("origin") == INGESTED and record.get("archive"):
                manifest[sid] = str(record["archive"])
        self.archive.set_manifest(manifest)

    @_store_call
    def stored_source(self, source_id: str) -> Source | None:
        """An ingested document as stored (its metadata and extracted text), or None."""
        got = self._collection(_SOURCES).get(ids=[source_id], include=["metadatas"])
        return self._stored_source(source_id) if got["ids"] else None

    def _stored_source(self, source_id: str) -> Source:
        """An ingested document rebuilt from its record: the stored text is the source text."""
        got = self._collection(_SOURCES).get(ids=[source_id], include=["metadatas", "documents"])
        meta = SourceMeta.model_validate_json(got["metadatas"][0]["meta"])
        return Source(meta=meta, text=got["documents"][0])

    @_store_call
    def find_hash(self, content_hash: str) -> str | None:
        """The id of a stored source with exactly this content hash, if any."""
        for sid, record in self._records().items():
            if record.get("hash") == content_hash:
                return sid
        return None

    @_store_call
    def stored(self, source_id: str) -> tuple[SourceMeta, str] | None:
        """(metadata, content hash) of a stored source, read from the store, or None."""
        got = self._collection(_SOURCES).get(ids=[source_id], include=["metadatas"])
        if not got["ids"]:
            return None
        record = got["metadatas"][0]
        return SourceMeta.model_validate_json(record["meta"]), record.get("hash", "")

    def add_document(self, source: Source, progress: bool = False) -> int:
        """Store an ingested document, replacing any earlier version with its id; its unit count.

        Everything that can fail on bad input (chunking, embedding) happens before the first
        write. The new version goes to a new generation, committed by its record, written last:
        if a write fails (or the process is killed) before that, the old version stays whole and
        what was written of the new one is deleted (now, or by the next write's collection).
        """
        if source.meta.origin != INGESTED:
            raise ValueError("add_document stores ingested documents; built-in ones come by sync")
        prepared = self._prepare(source, progress)
        if not prepared.units:
            from assistant.errors import DocumentError

            raise DocumentError(f"{source.meta.file or source.id}: no sentences to index in it")
        with self.writing():  # a writer that cannot get the lock has written, and deletes, nothing
            writer = _Writer(self, group=1)
            self._deadline = (time.monotonic() + self.settings.write_deadline, source.id)
            try:
                self._collect()
                writer.add(prepared, replacing=True)
                writer.commit()
                self._note_archive()
                return len(prepared.units)
            except BaseException as exc:
                writer.abandon()
                if isinstance(exc, TradebriefError) or not isinstance(exc, Exception):
                    raise
                first = first_line(exc)
                if self.settings.chroma_url and _timed_out(exc):
                    first = (
                        f"the Chroma server did not answer within "
                        f"{self.settings.chroma_timeout:g} s, TRADEBRIEF_CHROMA_TIMEOUT"
                    )
                raise IndexStoreError(
                    f"storing {source.id} in {self.settings.store_location} failed ({first}); "
                    "nothing of it was kept"
                ) from exc
            finally:
                self._deadline = None

    def _check_deadline(self) -> None:
        """Give up a document write that has run past ``settings.write_deadline``."""
        if self._deadline is not None and time.monotonic() > self._deadline[0]:
            raise IndexStoreError(
                f"storing {self._deadline[1]} in {self.settings.store_location} did not finish within "
                f"{self.settings.write_deadline:g} s (TRADEBRIEF_WRITE_DEADLINE); "
                "nothing of it was kept"
            )

    @_store_call
    def remove(self, source_id: str) -> bool:
        """Delete a source's record, passages and units; False if it was not stored."""
        with self.writing():
            self._collect()
            if not self._collection(_SOURCES).get(ids=[source_id])["ids"]:
                return False
            # Out of the archive's manifest first, so a rebuild never brings it back; with a
            # server, every machine's archive is told too (``_mirror`` reads the tombstones).
            if self.settings.chroma_url:
                got = self._collection(_SOURCES).get(ids=[source_id], include=["metadatas"])
                key = str(((got["metadatas"] or [{}])[0] or {}).get("archive") or "")
                self._collection(_REMOVED).upsert(
                    ids=[source_id], embeddings=[[1.0]], metadatas=[{"archive": key or "-"}]
                )
            manifest = self.archive.manifest()
            if manifest.pop(source_id, None) is not None:
                self.archive.set_manifest(manifest)
            crash_point("unlisting")
            self._delete_source(source_id)
            return True

    def _prepare(self, source: Source, progress: bool) -> Prepared:
        units, passages = split_source(source)
        total = len(units) + len(passages)
        checkpoint("embedding", source.id, 0, total)
        unit_vecs = self._embed([u.text for u in units], progress, source.id, 0, total)
        passage_vecs = self._embed([p.text for p in passages], False, source.id, len(units), total)
        return Prepared(source, units, passages, _rows(unit_vecs, passage_vecs))

    def _embed(
        self, texts: list[str], progress: bool, source_id: str, before: int, total: int
    ) -> np.ndarray:
        """The vectors of ``texts``, a slice at a time, with a checkpoint after each slice."""
        import numpy as np

        watch = current_watch()
        followed = watch is not None and (watch.step is not None or watch.cancel is not None)
        if len(texts) <= _EMBED_SLICE or not followed:  # one call: the terminal's progress bar
            vectors = self.encoder.encode(texts, progress=progress)
            checkpoint("embedding", source_id, before + len(texts), total)
            return vectors
        parts = []
        for begin in range(0, len(texts), _EMBED_SLICE):
            parts.append(self.encoder.encode(texts[begin : begin + _EMBED_SLICE], progress=False))
            checkpoint("embedding", source_id, before + begin + len(parts[-1]), total)
        return np.concatenate(parts)

    def _index_sources(
        self, sources: list[Source], progress: bool, replacing: set[str] | None = None
    ) -> int:
        """Embed and store these sources; their units. ``replacing``: ids that may have an
        older generation stored (deleted once the new one is committed).

        Sources are embedded in a thread a few ahead of the writes (the model and Chroma's writes
        both spend most of their time outside the GIL, so on two cores they overlap) and written
        through one ``_Writer``: blocks of several sources per call, records committed in groups.
        """
        replacing = replacing or set()
        return self._write_all(
            _ahead(sources, self._prepare, progress), lambda p: p.source.id in replacing
        )

    def _write_all(self, prepared: Iterable[Prepared], replaces: Callable[[Prepared], bool]) -> int:
        """Write every prepared source (see ``_Writer``); their units. On a failure, what is not
        committed is dropped and the error raised: committed sources stay."""
        writer = _Writer(self, group=_COMMIT_GROUP)
        units = 0
        try:
            for item in prepared:
                writer.add(item, replacing=replaces(item))
                units += len(item.units)
            writer.commit()
        except BaseException:
            writer.abandon()
            raise
        return units

    def _drop_generations(self, generations: dict[str, str]) -> None:
        """Delete uncommitted generations' blocks (never a committed one's): source id →
        generation."""
        got = self._collection(_SOURCES).get(ids=list(generations), include=["metadatas"])
        committed = {
            sid
            for sid, m in zip(got["ids"], got["metadatas"] or [], strict=False)
            if (m or {}).get("generation") == generations[sid]
        }
        dropped = [g for sid, g in generations.items() if sid not in committed]
        if dropped:  # committed after all: those are the sources now
            self._collection(_VECTORS).delete(where={"generation": {"$in": dropped}})

    def _add_blocks(self, written: list[blocks.Block]) -> None:
        """Upsert one batch of vector blocks (upsert, not add: two processes syncing one server
        at once must not collide)."""
        self._collection(_VECTORS).upsert(
            ids=[b.id for b in written],
            metadatas=[b.metadata for b in written],
            embeddings=[list(blocks.PLACEHOLDER)] * len(written),
        )

    def _record(self, source: Source, rows: int, generation: str, written: int) -> dict[str, Any]:
        """The source record committing ``generation`` of ``source`` (``rows`` vectors), the
        ``written``-th commit of the store."""
        return {
            "hash": source.content_hash,
            "version": INDEX_VERSION,
            "encoder": self._encoder_name(),
            "origin": source.meta.origin,
            "meta": source.meta.model_dump_json(),
            "generation": generation,
            "rows": rows,
            "written": written,
        }

    @_store_call
    def restore_archive(self, progress: bool = False) -> list[str]:
        """Store every archived document the archive's manifest names and the store lacks.

        After a rebuild (a broken store set aside, or ``--rebuild``): nothing ingested is lost.
        Returns the ids restored.
        """
        restored = []
        with self.writing():
            stored = self._records()
            for sid, key in sorted(self.archive.manifest().items()):
                if sid in stored:
                    continue
                source = self.archive.get(key)
                if source.id != sid or source.meta.origin != INGESTED:
                    raise IndexStoreError(f"archived document {key} is not {sid}: not restored")
                self.add_document(source, progress)
                restored.append(sid)
        return restored

    # -- reading ---------------------------------------------------------------------------

    def trusted_records(self) -> dict[str, dict] | None:
        """The source records the store manifest holds, if it can be trusted (see
        ``assistant.search.manifest``) and no write of ours is under way; else None."""
        if self._write_depth:
            return None
        return manifest.read(self.settings)

    def read_sources(self) -> StoreState:
        """Every source record, read from the store, with the texts of the ingested documents
        (checked against their records' content hashes; with a server, the archive is brought in
        step with it: see ``_mirror``)."""
        for _ in range(_READ_TRIES):
            records = self._read_all(_SOURCES, ["metadatas"])
            read = StoreState()
            for sid, record in zip(records["ids"], records["metadatas"] or [], strict=False):
                read.records[sid] = record
                read.sources[sid] = SourceMeta.model_validate_json(record["meta"])
                read.hashes[sid] = record.get("hash", "")
                read.generations[sid] = str(record.get("generation") or "")
            ingested = [sid for sid, r in read.records.items() if r.get("origin") == INGESTED]
            try:
                read.texts = self._read_texts(ingested, read.hashes)
            except StoreChanged:
                continue  # a write committed between the two reads: read both again
            if self.settings.chroma_url:
                self._mirror(read)
            return read
        raise StoreChanged(self.settings.store_location, "texts differ from their records")

    def _read_texts(self, ids: list[str], hashes: Mapping[str, str]) -> dict[str, str]:
        """The stored texts of these sources, each checked against its content hash."""
        from assistant.knowledge.sources import content_hash

        texts: dict[str, str] = {}
        collection = self._collection(_SOURCES)
        for begin in range(0, len(ids), _TEXT_PAGE):
            got = collection.get(ids=ids[begin : begin + _TEXT_PAGE], include=["documents"])
            texts.update(zip(got["ids"], got["documents"] or [], strict=False))
        for sid in ids:
            text = texts.get(sid)
            if text is None or content_hash(text) != hashes.get(sid):
                raise StoreChanged(self.settings.store_location, f"the text of {sid}")
        return texts

    def read_chunks(self, state: StoreState, only: Iterable[str] | None = None) -> StoredChunks:
        """The committed units and passages with their vectors, of every source of ``state`` (of
        ``only`` if given), source by source in the order of the records, each in its order.

        A source's units and passages are ``split_source`` of its stored text (checked against
        its content hash), its vectors those of the blocks of its generation. ``StoreChanged``
        when the store no longer holds what ``state`` names (a write committed since it was
        read): the caller reads the records again. Sources of format 5 are read from its
        collections (``migration.read_legacy``): a store being migrated is read whole.
        """
        import numpy as np

        from assistant.search import migration

        wanted = set(only) if only is not None else None
        ids = commit_order(state.records, wanted)
        packed = [sid for sid in ids if has_blocks(state.records[sid])]
        builtin = [sid for sid in packed if sid not in state.texts]
        texts = {**state.texts, **self._read_texts(builtin, state.hashes)}
        vectors = self._read_vectors({sid: state.records[sid] for sid in packed})
        legacy = [sid for sid in ids if sid not in vectors]
        old = migration.read_legacy(self, state.generations, legacy) if legacy else {}
        units: dict[str, Unit] = {}
        unit_rows: list[np.ndarray] = []
        passages: dict[str, Passage] = {}
        passage_vectors: dict[str, Any] = {}
        for sid in ids:
            if sid not in vectors:
                if sid in old:
                    units.update(old[sid].units)
                    unit_rows.append(old[sid].unit_vectors)
                    passages.update(old[sid].passages)
                    passage_vectors.update(old[sid].passage_vectors)
                continue
            matrix = vectors[sid]
            split_units, split_passages = split_source(Source(state.sources[sid], texts[sid]))
            if len(matrix) != len(split_units) + len(split_passages):
                raise StoreChanged(self.settings.store_location, f"the vectors of {sid}")
            units.update((u.id, u) for u in split_units)
            unit_rows.append(matrix[: len(split_units)])
            for row, passage in enumerate(split_passages, start=len(split_units)):
                passages[passage.id] = passage
                passage_vectors[passage.id] = matrix[row]
        unit_rows = [rows for rows in unit_rows if len(rows)]
        matrix = (
            np.ascontiguousarray(np.concatenate(unit_rows), dtype=np.float32)
            if unit_rows
            else np.zeros((0, 0), dtype=np.float32)
        )
        return StoredChunks(units, matrix, passages, passage_vectors)

    def _read_vectors(self, records: Mapping[str, Mapping[str, Any]]) -> dict[str, np.ndarray]:
        """The vectors of each source of ``records`` (all in blocks): its generation's blocks,
        read by id a page at a time."""
        rows = {sid: blocks.Rows(int(r["rows"])) for sid, r in records.items()}
        wanted = [
            key
            for sid, r in records.items()
            for key in blocks.block_ids(sid, str(r.get("generation") or ""), int(r["rows"]))
        ]
        collection = self._collection(_VECTORS)
        try:
            for begin in range(0, len(wanted), _BLOCK_PAGE):
                got = collection.get(ids=wanted[begin : begin + _BLOCK_PAGE], include=["metadatas"])
                for metadata in got["metadatas"] or []:
                    rows[str(metadata["source_id"])].add(metadata)
            return {sid: found.matrix() for sid, found in rows.items()}
        except (blocks.Incomplete, KeyError, TypeError, ValueError) as exc:
            raise StoreChanged(self.settings.store_location, first_line(exc)) from None

    def repair_manifest(self) -> None:
        """Write the store manifest a reader found missing or stale, if no write is under way."""
        if self._write_depth or self.settings.chroma_url:
            return
        with manifest.writer_lock_if_free(self.settings) as free:
            if free and manifest.read(self.settings) is None:
                self._note_manifest()

    def _read_all(
        self, name: str, include: list[str], where: dict[str, Any] | None = None
    ) -> dict[str, list[Any]]:
        """Every record of a collection, read a page at a time.

        One unpaged ``get`` of a large collection (100,000 passages) fails inside Chroma's SQLite
        with "too many SQL variables", so the store is read in pages of ``READ_PAGE`` records.
        """
        collection = self._collection(name)
        merged: dict[str, list[Any]] = {"ids": [], **{key: [] for key in include}}
        offset = 0
        while True:
            page = collection.get(where=where, include=include, limit=READ_PAGE, offset=offset)
            for key in merged:
                got = page[key]
                merged[key].extend(got if got is not None else [])
            if len(page["ids"]) < READ_PAGE:
                return merged
            offset += READ_PAGE

    def _mirror(self, read: StoreState) -> None:
        """Keep this machine's archive in step with the server's ingested documents.

        Documents another tradebrief ingested are archived as they are read (each once: the
        record names its archive key). A document leaves the manifest only when the server says
        it was removed (``tradebrief_removed`` names that version): one the server merely lacks
        stays, since a server that lost its data is what ``index --rebuild`` refills from here.
        """
        state = read.records
        try:
            manifest = self.archive.manifest()
            wanted = dict(manifest)
            for sid, record in state.items():
                if record.get("origin") != INGESTED:
                    continue
                key = str(record.get("archive") or "")
                if not key or wanted.get(sid) != key or not self.archive.has(key):
                    wanted[sid] = self.archive.put(
                        Source(meta=read.sources[sid], text=read.texts[sid])
                    )
            removed = self._removed()
            wanted = {
                sid: key
                for sid, key in wanted.items()
                if sid in state or removed.get(sid) not in (key, "-")
            }
            if wanted != manifest:
                self.archive.set_manifest(wanted)
        except (IndexStoreError, OSError) as exc:  # reading must not fail for the archive's sake
            log.warning(
                "the archive of %s was not brought up to date: %s", self.settings.chroma_url, exc
            )

    def _removed(self) -> dict[str, str]:
        """Source id → archive key of each ingested document removed from the server."""
        got = self._collection(_REMOVED).get(include=["metadatas"])
        return {
            sid: str((m or {}).get("archive", ""))
            for sid, m in zip(got["ids"], got["metadatas"] or [], strict=False)
        }


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
        for name in (_SOURCES, _VECTORS):
            client.get_or_create_collection(
                name, embedding_function=None, configuration=_configuration(name)
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


def _configuration(name: str) -> Any:
    """A collection's configuration when it is created (only vectors are ever given)."""
    if name == _VECTORS:
        return blocks.CONFIGURATION
    return {"hnsw": {"space": "cosine"}}


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


def commit_number(record: Mapping[str, Any]) -> int:
    """The number of the commit that wrote a source record (0 before format 6)."""
    try:
        return int(record.get("written") or 0)
    except (TypeError, ValueError):
        return 0


def commit_order(
    records: Mapping[str, Mapping[str, Any]], only: set[str] | None = None
) -> list[str]:
    """The ids of ``records`` (of ``only`` if given) in the order they were last written, as the
    views keep their rows: a full build then equals the views updated write after write
    (``views.update`` appends what was written last). Ties (one commit) in the records' order."""
    ids = [sid for sid in records if only is None or sid in only]
    return sorted(ids, key=lambda sid: commit_number(records[sid]))


def has_blocks(record: Mapping[str, Any]) -> bool:
    """Whether a source record's vectors are in blocks (format 6 on), not records of format 5."""
    return "rows" in record


class StoreChanged(IndexStoreError):
    """The store does not hold what the source records read from it name: a write committed
    since they were read (read them again), or, if it lasts, a damaged store."""

    def __init__(self, location: str, what: str) -> None:
        super().__init__(
            f"the store in {location} does not hold what its records name ({what}): another "
            f"process wrote to it while it was read; if this lasts, {REBUILD_HINT}"
        )


@dataclass(frozen=True)
class Prepared:
    """A source split and embedded, ready to store: its units, its passages and their vectors
    (one row per unit, then one per passage)."""

    source: Source
    units: list[Unit]
    passages: list[Passage]
    vectors: np.ndarray


class _Writer:
    """Writes prepared sources: their vector blocks in calls of about ``_BATCH_BYTES`` (the blocks
    of several sources in one call), then their records, ``group`` sources in one upsert, each
    written once every block of its source is: the upsert commits them. The old generations of
    the sources it replaced are deleted after.

    Crash points (``assistant.search.crash``): ``vectors-batch`` after each call of blocks,
    ``vectors`` once every block of the sources about to be committed is written, ``archived``
    (ingested documents kept in the archive), ``committed``, ``cleaned``.
    """

    def __init__(self, store: Store, group: int) -> None:
        self.store = store
        self.group = group
        # Blocks to send, each with how many rows of its source were sent before it.
        self.batch: list[tuple[blocks.Block, int]] = []
        self.size = 0
        # Sources written (or being written) and not committed: (prepared, generation, replacing).
        self.waiting: list[tuple[Prepared, str, bool]] = []
        # The number of the next commit (see ``commit_order``), once known.
        self.number: int | None = None

    def add(self, prepared: Prepared, replacing: bool) -> None:
        """Write ``prepared``'s blocks (as calls fill up); commit once ``group`` sources wait.
        ``replacing``: an older generation of it may be stored (deleted after the commit)."""
        generation = _new_generation()
        self.waiting.append((prepared, generation, replacing))
        done = 0
        for block in blocks.pack(prepared.source.id, generation, prepared.vectors):
            if self.batch and self.size + block.size > _BATCH_BYTES:
                self._send()
            self.batch.append((block, done))
            self.size += block.size
            done += int(block.metadata["count"])
        if len(self.waiting) >= self.group:
            self.commit()

    def _send(self) -> None:
        (first, done), (last, last_done) = self.batch[0], self.batch[-1]
        rows = {p.source.id: len(p.vectors) for p, _, _ in self.waiting}
        source_id = str(first.metadata["source_id"])
        self.store._check_deadline()
        checkpoint("storing", source_id, done, rows.get(source_id, done))
        self.store._add_blocks([block for block, _ in self.batch])
        self.batch, self.size = [], 0
        crash_point("vectors-batch")
        # What is stored now. A document's blocks often go in one call, so without this report
        # the first one showing rows stored would be the commit's, too late for a cancel: asked
        # for on seeing it, a cancel is honoured at the next checkpoint, before the commit.
        source_id = str(last.metadata["source_id"])
        stored = last_done + int(last.metadata["count"])
        checkpoint("storing", source_id, stored, rows.get(source_id, stored))

    def commit(self) -> None:
        """Send what is left of the waiting sources' blocks, then commit their records."""
        if not self.waiting:
            return
        if self.batch:
            self._send()
        crash_point("vectors")
        store = self.store
        last = self.waiting[-1][0]
        # The last moment a cancel takes effect: from here the sources are archived and committed.
        checkpoint("storing", last.source.id, len(last.vectors), len(last.vectors))
        if self.number is None:
            self.number = 1 + max(map(commit_number, store._records().values()), default=0)
        records = [
            store._record(p.source, len(p.vectors), g, self.number) for p, g, _ in self.waiting
        ]
        self.number += 1
        ingested = [
            (p.source, record)
            for (p, _, _), record in zip(self.waiting, records, strict=True)
            if p.source.meta.origin == INGESTED
        ]
        if ingested:
            manifest = store.archive.manifest()
            for source, record in ingested:
                record["archive"] = manifest[source.id] = store.archive.put(source)
            # Named in the manifest before the commit: a rebuild restores what was asked for.
            store.archive.set_manifest(manifest)
            crash_point("archived")
        store._check_deadline()  # the last moment to give up: next is the commit
        # The commit: each record names its new generation (readers take only its blocks) and
        # holds its source's text. An interrupted run leaves the old records, so the old
        # versions stay whole and the next sync redoes a built-in source.
        store._collection(_SOURCES).upsert(
            ids=[p.source.id for p, _, _ in self.waiting],
            documents=[p.source.text for p, _, _ in self.waiting],
            embeddings=[[1.0]] * len(records),
            metadatas=records,
        )
        committed, self.waiting = self.waiting, []
        crash_point("committed")
        replaced = {p.source.id: g for p, g, replacing in committed if replacing}
        if replaced:
            stale = {
                "$and": [
                    {"source_id": {"$in": list(replaced)}},
                    {"generation": {"$nin": list(replaced.values())}},
                ]
            }
            try:
                store._collection(_VECTORS).delete(where=stale)
            except Exception as exc:  # committed: what is left is garbage for the next collection
                log.warning(
                    "old vectors of %s not deleted yet (%s)", ", ".join(replaced), first_line(exc)
                )
        crash_point("cleaned")

    def abandon(self) -> None:
        """Delete what was written and not committed (after a failure or a cancel); if the store
        is failing, the next write's collection deletes it."""
        waiting, self.waiting, self.batch, self.size = self.waiting, [], [], 0
        if not waiting:
            return
        try:
            self.store._drop_generations({p.source.id: g for p, g, _ in waiting})
        except Exception:
            pass  # the store itself is failing; the original error says why


def _ahead(
    sources: list[Source], prepare: Callable[[Source, bool], Prepared], progress: bool
) -> Iterator[Prepared]:
    """``prepare(source, progress)`` of each source in order, computed in a worker thread up to
    ``_AHEAD`` sources before the one the caller is writing."""
    import contextvars
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(1, thread_name_prefix="tradebrief-embed")
    pending: deque[Future[Prepared]] = deque()
    upcoming = iter(sources)

    def submit() -> None:
        source = next(upcoming, None)
        if source is not None:
            # In this thread's context (the watch of an ingest, if any), copied for the worker.
            context = contextvars.copy_context()
            pending.append(pool.submit(context.run, prepare, source, progress))

    try:
        for _ in range(_AHEAD):
            submit()
        while pending:
            done = pending.popleft().result()
            submit()
            yield done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _rows(unit_vectors: np.ndarray, passage_vectors: np.ndarray) -> np.ndarray:
    """One float32 matrix of a source's vectors: its units' rows, then its passages'."""
    import numpy as np

    parts = [np.asarray(m, dtype=np.float32) for m in (unit_vectors, passage_vectors) if len(m)]
    if not parts:
        return np.zeros((0, 0), dtype=np.float32)
    return np.ascontiguousarray(np.concatenate(parts), dtype=np.float32)


def _same_chunks(record: Mapping[str, Any], source: Source) -> bool:
    """Whether the vectors stored under ``record`` (for ``source``'s text) are still those of its
    chunks: chunking reads the metadata too (the boilerplate it leaves out)."""
    if record.get("meta") == source.meta.model_dump_json():
        return True
    try:
        stored = SourceMeta.model_validate_json(record["meta"])
    except (KeyError, ValueError):
        return False
    return split_source(Source(meta=stored, text=source.text)) == split_source(source)
