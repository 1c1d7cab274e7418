"""The knowledge index: units and passages in Chroma (the single store), a BM25 view rebuilt from it.

``sync`` brings the store in line with the built-in sources, re-embedding only sources whose
content hash changed; ``add_document`` stores an ingested document (its extracted text is kept in
the store, since no file on disk holds it); ``load`` reads everything back for querying. The
store is embedded (``$TRADEBRIEF_HOME/chroma``) or a Chroma server (``Settings.chroma_url``).
"""

from __future__ import annotations

import functools
import logging
import math
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from assistant.errors import IndexStoreError, TradebriefError
from assistant.knowledge.chunks import Passage, Unit, split_source
from assistant.knowledge.sources import Source, SourceMeta
from assistant.search.lock import writer_lock
from assistant.search.terms import Lexicon, is_year

log = logging.getLogger(__name__)

# A word written capitalised somewhere in the sources ("Lockheed", "Airbus", "DAPA"): misspelt names
# in questions are corrected only to these, so "India" never becomes "indicate".
_NAME = re.compile(r"\b[A-Z][\w'’-]+")

if TYPE_CHECKING:
    import numpy as np

    from assistant.search.encoder import Encoder
    from assistant.settings import Settings

# Bump when chunking or stored fields change: every source is then re-indexed.
INDEX_VERSION = "3"
_SOURCES, _PASSAGES, _UNITS = "tradebrief_sources", "tradebrief_passages", "tradebrief_units"
_BATCH = 256
# Records per read when loading the store (see KnowledgeIndex._read_all).
READ_PAGE = 5000
INGESTED = "ingested"
# A server that does not answer its heartbeat within this many seconds counts as down.
CONNECT_TIMEOUT = 3.0

_F = TypeVar("_F", bound=Callable[..., Any])


def _store_call(method: _F) -> _F:
    """Report a store failure (a server gone away, a damaged folder) as one IndexStoreError line."""

    @functools.wraps(method)
    def wrapper(self: KnowledgeIndex, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except TradebriefError:
            raise
        except Exception as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
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

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
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


class KnowledgeIndex:
    """Chroma collections of sources, passages and units, plus in-memory lexical views."""

    def __init__(
        self, settings: Settings, lexicon: Lexicon, encoder: Encoder | None = None
    ) -> None:
        self.settings = settings
        self.lexicon = lexicon
        self._encoder = encoder
        self._client: Any = None
        self.units: dict[str, Unit] = {}
        self.passages: dict[str, Passage] = {}
        self.sources: dict[str, SourceMeta] = {}
        # Text of each ingested document (built-in ones are read from knowledge/sources).
        self.texts: dict[str, str] = {}
        self.hashes: dict[str, str] = {}
        self.unit_terms: dict[str, list[str]] = {}
        self.unit_df: Counter[str] = Counter()
        self.vocabulary: frozenset[str] = frozenset()
        self.years: frozenset[str] = frozenset()
        self.surfaces: dict[str, str] = {}
        self.names: frozenset[str] = frozenset()
        self._bm25: Any = None
        self._bm25_ids: list[str] = []
        self._bm25_vocab: dict[str, int] = {}

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
                self._client = _server_client(self.settings.chroma_url)
                return self._client
            path = self.settings.chroma_dir
            try:
                path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(
                    path=str(path), settings=ChromaSettings(anonymized_telemetry=False)
                )
            except Exception as exc:
                raise IndexStoreError(f"cannot open the Chroma store in {path}: {exc}") from None
        return self._client

    def _collection(self, name: str) -> Any:
        # embedding_function=None: we always pass vectors, and Chroma's default would download a model.
        return self._connect().get_or_create_collection(
            name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )

    def _records(self) -> dict[str, dict]:
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

    def writing(self) -> Any:
        """The writer lock of this store's home (see ``assistant.search.lock``), re-entrant."""
        return writer_lock(self.settings)

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
        A sync with something to write takes the writer lock (and looks again once it has it);
        one with nothing to write takes no lock, so readers never wait for a writer.
        """
        if not self._sync_needed(sources):
            return self._sync(sources, progress)
        with self.writing():
            return self._sync(sources, progress)

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
        for name in (_UNITS, _PASSAGES):
            self._collection(name).delete(where={"source_id": source_id})
        self._collection(_SOURCES).delete(ids=[source_id])

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
        write; if a write fails, whatever was written for this id is deleted, so the store never
        holds a document's chunks without its record, nor a record without its chunks.
        """
        if source.meta.origin != INGESTED:
            raise ValueError("add_document stores ingested documents; built-in ones come by sync")
        prepared = self._prepare(source, progress)
        if not prepared[0]:
            from assistant.errors import DocumentError

            raise DocumentError(f"{source.meta.file or source.id}: no sentences to index in it")
        with self.writing():  # a writer that cannot get the lock has written, and deletes, nothing
            try:
                return self._write(source, prepared, document=source.text)
            except BaseException as exc:
                try:
                    self._delete_source(source.id)
                except Exception:
                    pass  # the store itself is failing; the original error says why
                if isinstance(exc, TradebriefError) or not isinstance(exc, Exception):
                    raise
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise IndexStoreError(
                    f"storing {source.id} in {self.settings.store_location} failed ({first}); "
                    "nothing of it was kept"
                ) from exc

    @_store_call
    def remove(self, source_id: str) -> bool:
        """Delete a source's record, passages and units; False if it was not stored."""
        with self.writing():
            if not self._collection(_SOURCES).get(ids=[source_id])["ids"]:
                return False
            self._delete_source(source_id)
            return True

    def _prepare(
        self, source: Source, progress: bool
    ) -> tuple[list[Unit], list[Passage], Any, Any]:
        units, passages = split_source(source)
        unit_vecs = self.encoder.encode([u.text for u in units], progress=progress)
        passage_vecs = self.encoder.encode([p.text for p in passages], progress=False)
        return units, passages, unit_vecs, passage_vecs

    def _index_source(self, source: Source, progress: bool) -> int:
        document = source.text if source.meta.origin == INGESTED else source.title
        return self._write(source, self._prepare(source, progress), document)

    def _write(
        self,
        source: Source,
        prepared: tuple[list[Unit], list[Passage], Any, Any],
        document: str,
    ) -> int:
        units, passages, unit_vecs, passage_vecs = prepared
        for name in (_UNITS, _PASSAGES):
            self._collection(name).delete(where={"source_id": source.id})
        self._add(
            _UNITS,
            [u.id for u in units],
            [u.text for u in units],
            [
                {
                    "source_id": u.source_id,
                    "start": u.start,
                    "end": u.end,
                    "kind": u.kind,
                    "quote": u.quote,
                    "passage_id": u.passage_id,
                    "paragraph": u.paragraph,
                }
                for u in units
            ],
            unit_vecs,
        )
        self._add(
            _PASSAGES,
            [p.id for p in passages],
            [p.text for p in passages],
            [
                {
                    "source_id": p.source_id,
                    "start": p.start,
                    "end": p.end,
                    "unit_ids": ",".join(p.unit_ids),
                }
                for p in passages
            ],
            passage_vecs,
        )
        # The source record goes last: an interrupted run leaves the old hash, so the next sync redoes it.
        # An ingested document's record holds its extracted text: citations index into it.
        self._collection(_SOURCES).upsert(
            ids=[source.id],
            documents=[document],
            embeddings=[[1.0]],
            metadatas=[
                {
                    "hash": source.content_hash,
                    "version": INDEX_VERSION,
                    "encoder": self._encoder_name(),
                    "origin": source.meta.origin,
                    "meta": source.meta.model_dump_json(),
                }
            ],
        )
        return len(units)

    def _add(
        self, name: str, ids: list[str], docs: list[str], metas: list[dict], vecs: np.ndarray
    ) -> None:
        collection = self._collection(name)
        for begin in range(0, len(ids), _BATCH):
            end = begin + _BATCH
            # upsert, not add: two processes syncing one server at once must not collide.
            collection.upsert(
                ids=ids[begin:end],
                documents=docs[begin:end],
                metadatas=metas[begin:end],
                embeddings=vecs[begin:end],
            )

    # -- reading ---------------------------------------------------------------------------

    @_store_call
    def load(self) -> None:
        """Read sources, passages and units back from the store and build the lexical views."""
        records = self._read_all(_SOURCES, ["metadatas", "documents"])
        self.sources = {}
        self.texts = {}
        self.hashes = {}
        for sid, record, document in zip(
            records["ids"], records["metadatas"] or [], records["documents"] or [], strict=False
        ):
            self.sources[sid] = SourceMeta.model_validate_json(record["meta"])
            self.hashes[sid] = record.get("hash", "")
            if record.get("origin") == INGESTED:
                self.texts[sid] = document
        units = self._read_all(_UNITS, ["documents", "metadatas"])
        self.units = {}
        for uid, text, m in zip(units["ids"], units["documents"], units["metadatas"], strict=False):
            self.units[uid] = Unit(
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
        passages = self._read_all(_PASSAGES, ["documents", "metadatas"])
        self.passages = {
            pid: Passage(
                pid,
                m["source_id"],
                int(m["start"]),
                int(m["end"]),
                text,
                tuple(m["unit_ids"].split(",")),
            )
            for pid, text, m in zip(
                passages["ids"], passages["documents"], passages["metadatas"], strict=False
            )
        }
        self.unit_terms = {}
        # Every written word of the sources and its term, so a misspelling is measured against
        # what people write ("norway"), not against a stem ("norway" and "norwi" differ).
        self.surfaces = {}
        for uid, unit in self.units.items():
            words = self.lexicon.words(unit.text)
            self.unit_terms[uid] = self.lexicon.terms_of(words)
            for word in words:
                if word.isalpha() and word not in self.surfaces:
                    self.surfaces[word] = self.lexicon.stem(word)
        self.unit_df = Counter(t for terms in self.unit_terms.values() for t in set(terms))
        self.vocabulary = frozenset(self.unit_df)
        self.years = frozenset(t for t in self.vocabulary if is_year(t))
        for word, term in self.lexicon.alias_words.items():
            self.surfaces.setdefault(word, term)
        self.names = frozenset(
            word
            for unit in self.units.values()
            for match in _NAME.finditer(unit.text)
            for word in self.lexicon.words(match.group())
        ) | frozenset(self.lexicon.alias_words)
        self._build_bm25()

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
                merged[key].extend(page[key] or [])
            if len(page["ids"]) < READ_PAGE:
                return merged
            offset += READ_PAGE

    def reopened(self) -> KnowledgeIndex:
        """A new index on the same store, encoder and client, loaded afresh."""
        other = KnowledgeIndex(self.settings, self.lexicon, self._encoder)
        other._client = self._client
        other.load()
        return other

    def _build_bm25(self) -> None:
        import bm25s

        self._bm25_ids = sorted(self.passages)
        corpus = [self.lexicon.terms(self.passages[pid].text) for pid in self._bm25_ids]
        vocab: dict[str, int] = {}
        ids = [[vocab.setdefault(t, len(vocab)) for t in doc] for doc in corpus]
        self._bm25_vocab = vocab
        self._bm25 = bm25s.BM25()
        if ids:
            self._bm25.index(
                bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), show_progress=False
            )

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
        docs, scores = self._bm25.retrieve([known], k=n, show_progress=False, n_threads=1)
        return [
            (self._bm25_ids[int(d)], float(s))
            for d, s in zip(docs[0], scores[0], strict=False)
            if s > 0
        ]

    @_store_call
    def dense_search(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        collection = self._collection(_PASSAGES)
        n = min(n, len(self.passages))
        if n == 0:
            return []
        result = collection.query(
            query_embeddings=[vector.tolist()], n_results=n, include=["distances"]
        )
        # A shared server may already hold passages another process added since our last load.
        return [
            (pid, 1.0 - float(d))
            for pid, d in zip(result["ids"][0], result["distances"][0], strict=False)
            if pid in self.passages
        ]

    @_store_call
    def unit_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        import numpy as np

        if not ids:
            return {}
        got = self._collection(_UNITS).get(ids=ids, include=["embeddings"])
        return {
            uid: np.asarray(vec, dtype=np.float32)
            for uid, vec in zip(got["ids"], got["embeddings"], strict=False)
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


def _server_client(url: str) -> Any:
    """A client of the Chroma server at ``url``, or an IndexStoreError naming it within seconds."""
    from urllib.parse import urlsplit

    import chromadb
    import httpx
    from chromadb.config import Settings as ChromaSettings

    # Chroma's own client waits forever on a silent host; ask for a heartbeat with a deadline first.
    try:
        reply = httpx.get(
            f"{url}/api/v2/heartbeat",
            timeout=httpx.Timeout(CONNECT_TIMEOUT * 2, connect=CONNECT_TIMEOUT),
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
    try:
        client = chromadb.HttpClient(
            host=parts.hostname or "",
            port=parts.port or 8000,
            ssl=parts.scheme == "https",
            settings=ChromaSettings(anonymized_telemetry=False),
        )
    except Exception as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise IndexStoreError(f"Chroma server at {url} is not usable: {first}") from None
    # Bound every later request too, so a server that dies mid-session gives an error, not a hang.
    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(120.0, connect=CONNECT_TIMEOUT)
    return client
