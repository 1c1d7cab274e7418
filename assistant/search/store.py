"""The Chroma store: sources, passages and units in Chroma collections, written by generation.

``sync`` brings the store in line with the built-in sources, re-embedding only sources whose
content hash changed; ``add_document`` stores an ingested document (its extracted text is kept in
the store, and with the embedded store in the archive too); ``read_sources`` and ``read_chunks``
read back what is committed (``KnowledgeIndex.load`` derives the search views from it). The store
is embedded (``$TRADEBRIEF_HOME/chroma``) or a Chroma server (``Settings.chroma_url``).

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
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from assistant.errors import IndexStoreError, TradebriefError, first_line
from assistant.knowledge.chunks import Passage, Unit, split_source
from assistant.knowledge.sources import Source, SourceMeta, SourceRecord
from assistant.search import manifest
from assistant.search.archive import Archive
from assistant.search.crash import crash_point
from assistant.search.lock import writer_lock
from assistant.search.watch import checkpoint
from assistant.search.watch import current as current_watch

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import numpy as np

    from assistant.search.encoder import Encoder
    from assistant.settings import Settings

# Bump when chunking or stored fields change: every source is then re-indexed.
# 4: units and passages stored by generation (``<id>@<generation>``), named by the source record.
# 5: a news dateline opening a paragraph is a unit of its own.
INDEX_VERSION = "5"
_SOURCES, _PASSAGES, _UNITS = "tradebrief_sources", "tradebrief_passages", "tradebrief_units"
# With a server: ingested documents removed, by id, with the archive key of the version removed.
_REMOVED = "tradebrief_removed"
# Records per Chroma write: measured at 256, 1,000 and 5,000 (benchmarks/chroma_batches.py),
# the size made no difference beyond the noise of a shared machine.
_BATCH = 256
# Texts embedded between two checkpoints (progress reported, a cancel honoured): a few seconds.
_EMBED_SLICE = 256
# Records per read when loading the store (see Store._read_all).
READ_PAGE = 5000
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
        self.settings = settings
        self._encoder = encoder
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
        if self._encoder is None:
            from assistant.search.encoder import load_encoder

            self._encoder = load_encoder(self.settings)
        return self._encoder

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
                    name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
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
        try:
            records = self._store_records()
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
        A sync with something to write takes the writer lock (and looks again once it has it),
        and first garbage-collects what killed writes left; one with nothing to write takes no
        lock, so readers never wait for a writer.
        """
        if not self._sync_needed(sources):
            return self._sync(sources, progress)
        with self.writing():
            collected = self._collect()
            report = self._sync(sources, progress)
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
        return any(r.get("origin") == INGESTED and not self._current(r) for r in records.values())

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
            if builtin.get(source.id) == source.content_hash:
                report.unchanged.append(source.id)
                record = records[source.id]
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
            report.units += self._index_sources(todo, progress)
        report.seconds = time.perf_counter() - began
        return report

    def _delete_source(self, source_id: str) -> None:
        # The record goes first: from then on readers do not see the source, whatever follows.
        self._collection(_SOURCES).delete(ids=[source_id])
        crash_point("unlisted")
        self._collection(_UNITS).delete(where={"source_id": source_id})
        crash_point("units-deleted")
        self._collection(_PASSAGES).delete(where={"source_id": source_id})
        crash_point("passages-deleted")

    # -- generations and garbage ----------------------------------------------------------

    @_store_call
    def collect(self) -> Collected:
        """Delete what killed writes left behind, under the writer lock; what was deleted.

        That is every unit and passage not of its source record's generation: a generation
        written but never committed, an old one a write was killed before deleting, the chunks
        of a source whose removal was cut short. The archive's manifest is brought in line with
        the store too.
        """
        with self.writing():
            collected = self._collect()
            self._note_archive()
            return collected

    def _collect(self) -> Collected:
        """``collect`` for a caller holding the writer lock (no other write is under way)."""
        records = self._records()
        committed = sorted({str(r["generation"]) for r in records.values() if r.get("generation")})
        # $nin also matches records without the key: chunks of an older store format go too.
        where = {"generation": {"$nin": committed}} if committed else None
        collected = Collected()
        for name in (_UNITS, _PASSAGES):
            collection = self._collection(name)
            while True:
                page = collection.get(where=where, limit=READ_PAGE, include=["metadatas"])
                if not page["ids"]:
                    break
                for m in page["metadatas"] or []:
                    m = m or {}
                    collected.records[
                        (str(m.get("source_id", "")), str(m.get("generation", "")))
                    ] += 1
                collection.delete(ids=page["ids"])
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
        if not prepared[0]:
            from assistant.errors import DocumentError

            raise DocumentError(f"{source.meta.file or source.id}: no sentences to index in it")
        with self.writing():  # a writer that cannot get the lock has written, and deletes, nothing
            generation = _new_generation()
            self._deadline = (time.monotonic() + self.settings.write_deadline, source.id)
            try:
                self._collect()
                units = self._write(source, prepared, source.text, generation)
                self._note_archive()
                return units
            except BaseException as exc:
                try:
                    self._drop_generation(source.id, generation)
                except Exception:
                    pass  # the store itself is failing; the original error says why
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

    def _prepare(
        self, source: Source, progress: bool
    ) -> tuple[list[Unit], list[Passage], Any, Any]:
        units, passages = split_source(source)
        total = len(units) + len(passages)
        checkpoint("embedding", source.id, 0, total)
        unit_vecs = self._embed([u.text for u in units], progress, source.id, 0, total)
        passage_vecs = self._embed([p.text for p in passages], False, source.id, len(units), total)
        return units, passages, unit_vecs, passage_vecs

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

    def _index_sources(self, sources: list[Source], progress: bool) -> int:
        """Index each source in turn, embedding the next one while this one is written.

        The model and Chroma's writes both spend most of their time outside the GIL, so on two
        cores they overlap (see ``benchmarks/chroma_batches.py --overlap``). Writes stay one
        source at a time, in order, each committed by its record as before.
        """
        import contextvars
        from concurrent.futures import ThreadPoolExecutor

        units = 0
        with ThreadPoolExecutor(1, thread_name_prefix="tradebrief-embed") as pool:

            def prepare(source: Source) -> Any:
                # In this thread's context (the watch of an ingest, if any), copied for the worker.
                return pool.submit(contextvars.copy_context().run, self._prepare, source, progress)

            upcoming = prepare(sources[0]) if sources else None
            for number, source in enumerate(sources):
                assert upcoming is not None
                prepared = upcoming.result()
                following = sources[number + 1] if number + 1 < len(sources) else None
                upcoming = prepare(following) if following is not None else None
                units += self._index_source(source, progress, prepared)
        return units

    def _index_source(
        self,
        source: Source,
        progress: bool,
        prepared: tuple[list[Unit], list[Passage], Any, Any] | None = None,
    ) -> int:
        document = source.text if source.meta.origin == INGESTED else source.title
        if prepared is None:
            prepared = self._prepare(source, progress)
        generation = _new_generation()
        try:
            return self._write(source, prepared, document, generation)
        except Exception:
            try:
                self._drop_generation(source.id, generation)
            except Exception:
                pass  # the store is failing; the next write's collection deletes it
            raise

    def _drop_generation(self, source_id: str, generation: str) -> None:
        """Delete an uncommitted generation's chunks (never the committed one's)."""
        got = self._collection(_SOURCES).get(ids=[source_id], include=["metadatas"])
        if got["ids"] and (got["metadatas"] or [{}])[0].get("generation") == generation:
            return  # it was committed after all: it is the source now
        where = {"generation": generation}
        for name in (_UNITS, _PASSAGES):
            self._collection(name).delete(where=where)

    def _write(
        self,
        source: Source,
        prepared: tuple[list[Unit], list[Passage], Any, Any],
        document: str,
        generation: str,
    ) -> int:
        """Store ``source`` as ``generation``: chunks, then the record naming it, then cleanup."""
        units, passages, unit_vecs, passage_vecs = prepared
        total = len(units) + len(passages)
        self._check_deadline()
        stored: tuple[tuple[str, list[Unit] | list[Passage], Any, str, int], ...] = (
            (_UNITS, units, unit_vecs, "units", 0),
            (_PASSAGES, passages, passage_vecs, "passages", len(units)),
        )
        for collection, records, vectors, point, before in stored:
            self._add(
                collection,
                [f"{r.id}@{generation}" for r in records],
                [r.text for r in records],
                [_stored_meta(r, generation) for r in records],
                vectors,
                (source.id, before, total),
            )
            crash_point(point)
        # The last moment a cancel takes effect: from here the document is archived and committed.
        checkpoint("storing", source.id, total, total)
        record: dict[str, Any] = {
            "hash": source.content_hash,
            "version": INDEX_VERSION,
            "encoder": self._encoder_name(),
            "origin": source.meta.origin,
            "meta": source.meta.model_dump_json(),
            "generation": generation,
        }
        if source.meta.origin == INGESTED:
            record["archive"] = self.archive.put(source)
            # Named in the manifest before the commit: a rebuild restores what was asked for.
            manifest = self.archive.manifest()
            manifest[source.id] = record["archive"]
            self.archive.set_manifest(manifest)
            crash_point("archived")
        self._check_deadline()  # the last moment to give up: next is the commit
        # The commit: the record names the new generation (readers take only its chunks). An
        # interrupted run leaves the old record, so the old version stays whole and the next sync
        # redoes a built-in source. An ingested document's record holds its extracted text:
        # citations index into it.
        self._collection(_SOURCES).upsert(
            ids=[source.id], documents=[document], embeddings=[[1.0]], metadatas=[record]
        )
        crash_point("committed")
        try:
            stale = {"$and": [{"source_id": source.id}, {"generation": {"$ne": generation}}]}
            for name in (_UNITS, _PASSAGES):
                self._collection(name).delete(where=stale)
        except Exception as exc:  # committed: what is left is garbage for the next collection
            log.warning("old chunks of %s not deleted yet (%s)", source.id, first_line(exc))
        crash_point("cleaned")
        return len(units)

    def _add(
        self,
        name: str,
        ids: list[str],
        docs: list[str],
        metas: list[dict],
        vecs: np.ndarray,
        step: tuple[str, int, int] = ("", 0, 0),
    ) -> None:
        """Upsert in batches; ``step`` (source id, records stored before, records in all) is
        reported at the checkpoint before each batch."""
        collection = self._collection(name)
        source_id, before, total = step
        for begin in range(0, len(ids), _BATCH):
            end = begin + _BATCH
            self._check_deadline()
            checkpoint("storing", source_id, before + begin, total)
            # upsert, not add: two processes syncing one server at once must not collide.
            collection.upsert(
                ids=ids[begin:end],
                documents=docs[begin:end],
                metadatas=metas[begin:end],
                embeddings=vecs[begin:end],
            )
            crash_point(f"{name.removeprefix('tradebrief_')}-batch")

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
        """Every source record, read from the store (with a server, the archive is brought in
        step with it: see ``_mirror``)."""
        records = self._read_all(_SOURCES, ["metadatas", "documents"])
        read = StoreState()
        for sid, record, document in zip(
            records["ids"], records["metadatas"] or [], records["documents"] or [], strict=False
        ):
            read.records[sid] = record
            read.sources[sid] = SourceMeta.model_validate_json(record["meta"])
            read.hashes[sid] = record.get("hash", "")
            read.generations[sid] = str(record.get("generation") or "")
            if record.get("origin") == INGESTED:
                read.texts[sid] = document
        if self.settings.chroma_url:
            self._mirror(read)
        return read

    def read_chunks(
        self, generations: dict[str, str], only: list[str] | None = None
    ) -> StoredChunks:
        """The committed units and passages with their vectors (of the generation each source
        record names, under their plain ids), in stored order; of the sources ``only`` if given."""
        import numpy as np

        where = {"source_id": {"$in": only}} if only is not None else None
        if only == []:
            return StoredChunks({}, np.zeros((0, 0), dtype=np.float32), {}, {})
        units: dict[str, Unit] = {}
        vectors: list[Any] = []
        for uid, text, m, vector in self._read_committed(_UNITS, where, generations):
            units[uid] = Unit(
                uid,
                *_span(m),
                m["kind"],
                text,
                m["quote"],
                m["passage_id"],
                int(m["paragraph"]),
            )
            vectors.append(vector)
        passages: dict[str, Passage] = {}
        passage_vectors: dict[str, Any] = {}
        for pid, text, m, vector in self._read_committed(_PASSAGES, where, generations):
            passages[pid] = Passage(
                pid,
                *_span(m),
                text,
                tuple(m["unit_ids"].split(",")),
            )
            passage_vectors[pid] = vector
        matrix = (
            np.asarray(np.stack(vectors), dtype=np.float32)
            if vectors
            else np.zeros((0, 0), dtype=np.float32)
        )
        return StoredChunks(units, matrix, passages, passage_vectors)

    def repair_manifest(self) -> None:
        """Write the store manifest a reader found missing or stale, if no write is under way."""
        if self._write_depth or self.settings.chroma_url:
            return
        with manifest.writer_lock_if_free(self.settings) as free:
            if free and manifest.read(self.settings) is None:
                self._note_manifest()

    def _read_committed(
        self, name: str, where: dict[str, Any] | None, generations: dict[str, str]
    ) -> Iterator[tuple[str, str, dict[str, Any], Any]]:
        """(plain id, document, metadata, vector) of each committed record of a collection
        (see ``_committed``); the records read are let go once the last one is yielded."""
        read = self._read_all(name, ["documents", "metadatas", "embeddings"], where)
        yield from _committed(read, "embeddings", generations)

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


def _span(meta: dict[str, Any]) -> tuple[str, int, int]:
    """The source id and the start and end offsets in it of a stored unit or passage."""
    return meta["source_id"], int(meta["start"]), int(meta["end"])


def _committed_id(key: str, meta: dict[str, Any], generations: dict[str, str]) -> str | None:
    """The in-memory id of a stored unit or passage ("<id>@<generation>"), or None when it
    belongs to no committed generation of its source (a write that never committed)."""
    generation = meta.get("generation")
    if not generation or generations.get(meta["source_id"]) != generation:
        return None
    return key.removesuffix(f"@{generation}")
