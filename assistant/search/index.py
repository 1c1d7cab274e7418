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

import logging
import math
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from assistant.errors import IndexStoreError, TradebriefError, first_line
from assistant.knowledge.chunks import Passage, Unit, split_source
from assistant.knowledge.sources import Source, SourceMeta
from assistant.search import manifest
from assistant.search.archive import Archive
from assistant.search.crash import crash_point
from assistant.search.lock import writer_lock
from assistant.search.store import (
    _BATCH,
    _EMBED_SLICE,
    _PASSAGES,
    _REMOVED,
    _SOURCES,
    _UNITS,
    EXACT_DENSE_LIMIT,
    INDEX_VERSION,
    INGESTED,
    READ_PAGE,
    REBUILD_HINT,
    Collected,
    StoredSource,
    SyncReport,
    _committed,
    _new_generation,
    _server_client,
    _store_call,
    _stored_meta,
    _timed_out,
    set_aside_if_broken,
    store_problem,
)
from assistant.search.terms import Lexicon
from assistant.search.watch import checkpoint
from assistant.search.watch import current as current_watch

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import numpy as np

    from assistant.search.encoder import Encoder
    from assistant.search.views import Views
    from assistant.settings import Settings


__all__ = [
    "EXACT_DENSE_LIMIT",
    "INDEX_VERSION",
    "INGESTED",
    "READ_PAGE",
    "Collected",
    "KnowledgeIndex",
    "StoredSource",
    "SyncReport",
    "set_aside_if_broken",
    "store_problem",
]


class KnowledgeIndex:
    """Chroma collections of sources, passages and units, plus in-memory lexical views."""

    def __init__(
        self, settings: Settings, lexicon: Lexicon, encoder: Encoder | None = None
    ) -> None:
        self.settings = settings
        self.lexicon = lexicon
        self._encoder = encoder
        self._client: Any = None
        self._collections: dict[str, Any] = {}
        # While a document is written: when its write must be done by, and its id.
        self._deadline: tuple[float, str] | None = None
        # Ingested documents' text and metadata outside Chroma (for a server: this machine's copy).
        self.archive = Archive.of(settings)
        self.units: dict[str, Unit] = {}
        self.passages: dict[str, Passage] = {}
        self.sources: dict[str, SourceMeta] = {}
        # Text of each ingested document (built-in ones are read from knowledge/sources).
        self.texts: dict[str, str] = {}
        self.hashes: dict[str, str] = {}
        self.unit_terms: Mapping[str, list[str]] = {}
        self.unit_df: Counter[str] = Counter()
        self.vocabulary: frozenset[str] = frozenset()
        self.years: frozenset[str] = frozenset()
        self.surfaces: dict[str, str] = {}
        self.names: frozenset[str] = frozenset()
        self._bm25: Any = None
        self._bm25_ids: list[str] = []
        self._bm25_vocab: dict[str, int] = {}
        # Unit id → its row in ``_vectors`` (the stored unit vectors, memory-mapped when cached).
        self._unit_rows: dict[str, int] = {}
        self._vectors: Any = None
        # The passages' unit vectors, one row per id of ``_bm25_ids`` (dense search runs on them).
        self._passage_vectors: Any = None
        # The generation of each loaded source (``<id>@<generation>`` names its chunks in the store).
        self._generations: dict[str, str] = {}
        # How deep this index is in ``writing`` blocks (the store manifest is rewritten at 0).
        self._write_depth = 0
        # Everything this index's writes garbage-collected (see ``collect``).
        self.collected = Collected()

    # -- store ---------------------------------------------------------------------------

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
            for source in todo:
                report.units += self._index_source(source, progress)
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

    def _index_source(self, source: Source, progress: bool) -> int:
        document = source.text if source.meta.origin == INGESTED else source.title
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

    # -- reading ---------------------------------------------------------------------------

    @_store_call
    def load(self, cached: bool = True) -> None:
        """Read sources, passages and units back from the store and build the lexical views.

        Only the units and passages of the generation each source record names are read in (as
        their plain ids, ``<source id>#u0001``): an unfinished write's are left out.

        The source records are always read from the store. The rest (units, passages, their
        terms, BM25, the unit vectors) comes from the view cache when it holds this state of the
        store (``assistant.search.views``); otherwise it is read and built here, and written to
        the cache for the next process. ``cached=False`` reads and builds it all, writing nothing.

        With a trusted store manifest (``assistant.search.manifest``) and a cached entry for the
        state it names, nothing is read from the store: Chroma is not even imported.
        """
        if cached and self._load_from_manifest():
            return
        records = self._read_all(_SOURCES, ["metadatas", "documents"])
        self.sources = {}
        self.texts = {}
        self.hashes = {}
        generations: dict[str, str] = {}
        state: dict[str, dict] = {}
        for sid, record, document in zip(
            records["ids"], records["metadatas"] or [], records["documents"] or [], strict=False
        ):
            state[sid] = record
            self.sources[sid] = SourceMeta.model_validate_json(record["meta"])
            self.hashes[sid] = record.get("hash", "")
            generations[sid] = str(record.get("generation") or "")
            if record.get("origin") == INGESTED:
                self.texts[sid] = document
        if self.settings.chroma_url:
            self._mirror(state)
        self._generations = generations
        if not cached:
            self._use(self._build_views(generations, self.texts))
            return
        from assistant.search.view_cache import ViewCache, state_key

        cache = ViewCache(self.settings)
        key = state_key(self.settings, self.lexicon, state)
        views = cache.open(key)
        if views is None:
            with cache.locked() as locked:
                # Another process may have written it while this one waited for the lock.
                views = cache.open(key, quiet=True) if locked else None
                if views is None:
                    views = self._build_views(generations, self.texts)
                    # Written only if no write changed the store while it was read.
                    if (
                        locked
                        and state_key(self.settings, self.lexicon, self._store_records()) == key
                    ):
                        cache.write(key, views, self.settings.store_location)
        self._use(views)
        self._repair_manifest()

    def _mirror(self, state: dict[str, dict]) -> None:
        """Keep this machine's archive in step with the server's ingested documents.

        Documents another tradebrief ingested are archived as they are read (each once: the
        record names its archive key). A document leaves the manifest only when the server says
        it was removed (``tradebrief_removed`` names that version): one the server merely lacks
        stays, since a server that lost its data is what ``index --rebuild`` refills from here.
        """
        try:
            manifest = self.archive.manifest()
            wanted = dict(manifest)
            for sid, record in state.items():
                if record.get("origin") != INGESTED:
                    continue
                key = str(record.get("archive") or "")
                if not key or wanted.get(sid) != key or not self.archive.has(key):
                    wanted[sid] = self.archive.put(
                        Source(meta=self.sources[sid], text=self.texts[sid])
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

    def _load_from_manifest(self) -> bool:
        """``load`` from the store manifest and the view cache alone; False if either is missing."""
        if self._write_depth:
            return False
        records = manifest.read(self.settings)
        if records is None:
            return False
        from assistant.search.view_cache import ViewCache, state_key

        # Quiet: a damaged entry is reported once, by the load from the store that follows.
        key = state_key(self.settings, self.lexicon, records)
        views = ViewCache(self.settings).open(key, quiet=True)
        if views is None:
            return False
        try:
            sources = {sid: SourceMeta.model_validate_json(r["meta"]) for sid, r in records.items()}
        except (KeyError, TypeError, ValueError):
            return False
        ingested = {sid for sid, r in records.items() if r.get("origin") == INGESTED}
        if not ingested <= views.texts.keys():
            return False
        self.sources = sources
        self.hashes = {sid: r.get("hash", "") for sid, r in records.items()}
        self.texts = {sid: views.texts[sid] for sid in ingested}
        self._generations = {sid: str(r.get("generation") or "") for sid, r in records.items()}
        self._use(views)
        return True

    def _repair_manifest(self) -> None:
        """Write the store manifest a reader found missing or stale, if no write is under way."""
        if self._write_depth or self.settings.chroma_url:
            return
        with manifest.writer_lock_if_free(self.settings) as free:
            if free and manifest.read(self.settings) is None:
                self._note_manifest()

    def _build_views(self, generations: dict[str, str], texts: dict[str, str]) -> Views:
        """Read the committed units and passages (and their vectors) and derive the views;
        ``texts``: the ingested documents' texts, kept with them."""
        import numpy as np

        from assistant.search import views as views_module

        units_read = self._read_all(_UNITS, ["documents", "metadatas", "embeddings"])
        units: dict[str, Unit] = {}
        vectors: list[Any] = []
        for uid, text, m, vector in _committed(units_read, "embeddings", generations):
            units[uid] = Unit(
                uid,
                m["source_id"],
                int(m["start"]),
                int(m["end"]),
                m["kind"],
                text,
                m["quote"],
                m["passage_id"],
                int(m["paragraph"]),
            )
            vectors.append(vector)
        del units_read
        passages_read = self._read_all(_PASSAGES, ["documents", "metadatas", "embeddings"])
        passages: dict[str, Passage] = {}
        passage_vectors: dict[str, Any] = {}
        for pid, text, m, vector in _committed(passages_read, "embeddings", generations):
            passages[pid] = Passage(
                pid,
                m["source_id"],
                int(m["start"]),
                int(m["end"]),
                text,
                tuple(m["unit_ids"].split(",")),
            )
            passage_vectors[pid] = vector
        del passages_read
        matrix = (
            np.asarray(np.stack(vectors), dtype=np.float32)
            if vectors
            else np.zeros((0, 0), dtype=np.float32)
        )
        return views_module.build(
            self.lexicon, units, passages, matrix, passage_vectors, dict(texts)
        )

    def _use(self, views: Views) -> None:
        self.units = views.units
        self.passages = views.passages
        self.unit_terms = views.unit_terms
        self.unit_df = views.unit_df
        self.vocabulary = views.vocabulary
        self.years = views.years
        self.surfaces = views.surfaces
        self.names = views.names
        self._bm25 = views.bm25
        self._bm25_ids = views.bm25_ids
        self._bm25_vocab = views.bm25_vocab
        self._unit_rows = views.unit_rows
        self._vectors = views.vectors
        self._passage_vectors = views.passage_vectors

    def _read_all(self, name: str, include: list[str]) -> dict[str, list[Any]]:
        """Every record of a collection, read a page at a time.

        One unpaged ``get`` of a large collection (100,000 passages) fails inside Chroma's SQLite
        with "too many SQL variables", so the store is read in pages of ``READ_PAGE`` records.
        """
        collection = self._collection(name)
        merged: dict[str, list[Any]] = {"ids": [], **{key: [] for key in include}}
        offset = 0
        while True:
            page = collection.get(include=include, limit=READ_PAGE, offset=offset)
            for key in merged:
                got = page[key]
                merged[key].extend(got if got is not None else [])
            if len(page["ids"]) < READ_PAGE:
                return merged
            offset += READ_PAGE

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

    def reopened(self, cached: bool = True) -> KnowledgeIndex:
        """A new index on the same store, encoder and client, loaded afresh (see ``load``)."""
        other = KnowledgeIndex(self.settings, self.lexicon, self._encoder)
        other._client = self._client
        other.load(cached=cached)
        return other

    def idf(self, term: str) -> float:
        """Inverse document frequency of a term over units (0 for unknown terms)."""
        df = self.unit_df.get(term, 0)
        if not df:
            return 0.0
        return math.log(1 + (len(self.units) - df + 0.5) / (df + 0.5))

    @property
    def max_idf(self) -> float:
        return math.log(1 + (len(self.units) + 0.5) / 1.5)

    def lexical_search(self, terms: list[str], n: int) -> list[tuple[str, float]]:
        known = [self._bm25_vocab[t] for t in terms if t in self._bm25_vocab]
        if not known or not self._bm25_ids:
            return []
        n = min(n, len(self._bm25_ids))
        docs, scores = self._bm25.top(known, n)
        return [
            (self._bm25_ids[int(d)], float(s)) for d, s in zip(docs, scores, strict=False) if s > 0
        ]

    def dense_search(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """The ``n`` loaded passages nearest ``vector`` by cosine similarity, best first.

        An exact search over the loaded passages' vectors (kept normalised in the views), not a
        store query: a reader needs no Chroma, only the loaded generations are searched (not
        passages another process wrote since), and ties go to the smaller passage id.
        """
        import numpy as np

        if len(self._bm25_ids) > EXACT_DENSE_LIMIT:
            return self._store_dense_search(vector, n)
        matrix = self._passage_vectors
        n = min(n, len(self._bm25_ids))
        if n <= 0 or matrix is None or len(matrix) != len(self._bm25_ids):
            return []
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        norm = float(np.linalg.norm(query))
        if norm == 0.0 or matrix.shape[1] != query.shape[0]:
            return []
        # einsum, not matmul: BLAS's threads wait for each other on a busy machine (15 ms, not 1).
        similarity = np.einsum("ij,j->i", matrix, query / norm).astype(np.float64)
        best = np.argpartition(-similarity, n - 1)[:n] if n < len(similarity) else np.arange(n)
        # Rows are in passage-id order, so the row breaks ties.
        best = best[np.lexsort((best, -similarity[best]))]
        return [(self._bm25_ids[int(row)], float(similarity[row])) for row in best]

    @_store_call
    def _store_dense_search(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """``dense_search`` by Chroma's HNSW index (approximate), for large stores."""
        n = min(n, len(self.passages))
        if n == 0:
            return []
        result = self._collection(_PASSAGES).query(
            query_embeddings=[vector.tolist()], n_results=n, include=["distances"]
        )
        # The store may hold passages written since the load, or an unfinished write's: only the
        # loaded generations count.
        found = []
        for key, distance in zip(result["ids"][0], result["distances"][0], strict=False):
            pid, _, generation = key.rpartition("@")
            passage = self.passages.get(pid)
            if passage is not None and self._generations.get(passage.source_id) == generation:
                found.append((pid, 1.0 - float(distance)))
        return found

    def unit_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The stored vectors of these units (loaded ones; others are left out)."""
        import numpy as np

        return {
            uid: np.array(self._vectors[self._unit_rows[uid]], dtype=np.float32)
            for uid in ids
            if uid in self._unit_rows
        }

    def source_meta(self, source_id: str) -> SourceMeta | None:
        return self.sources.get(source_id)

    def page_of(self, source_id: str, offset: int) -> int | None:
        """The PDF page holding ``offset`` of a source, or None for a source without pages."""
        meta = self.sources.get(source_id)
        return meta.page_at(offset) if meta else None

    def listing(self) -> list[StoredSource]:
        """Every loaded source with its unit count: built-in ones first, then ingested, by id."""
        counts = Counter(u.source_id for u in self.units.values())
        return sorted(
            (
                StoredSource(meta, self.hashes.get(sid, ""), counts[sid])
                for sid, meta in self.sources.items()
            ),
            key=lambda s: (s.meta.origin == INGESTED, s.id),
        )

    def units_of(self, passage_id: str) -> list[Unit]:
        passage = self.passages.get(passage_id)
        return [self.units[u] for u in passage.unit_ids if u in self.units] if passage else []
