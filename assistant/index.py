"""The knowledge index: units and passages in Chroma (the single store), a BM25 view rebuilt from it.

``sync`` brings the store in line with the sources, re-embedding only sources whose content hash
changed; ``load`` reads everything back for querying.
"""

from __future__ import annotations

import math
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .chunks import Passage, Unit, split_source
from .errors import IndexStoreError
from .sources import Source, SourceMeta
from .terms import Lexicon, is_year

if TYPE_CHECKING:
    import numpy as np

    from .encoder import Encoder
    from .settings import Settings

# Bump when chunking or stored fields change: every source is then re-indexed.
INDEX_VERSION = "3"
_SOURCES, _PASSAGES, _UNITS = "tradebrief_sources", "tradebrief_passages", "tradebrief_units"
_BATCH = 256


@dataclass
class SyncReport:
    """What ``sync`` changed in the store."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    units: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        if not self.changed:
            return f"index up to date: {len(self.unchanged)} sources unchanged"
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
        self.unit_terms: dict[str, list[str]] = {}
        self.unit_df: Counter[str] = Counter()
        self.vocabulary: frozenset[str] = frozenset()
        self.years: frozenset[str] = frozenset()
        self._bm25: Any = None
        self._bm25_ids: list[str] = []
        self._bm25_vocab: dict[str, int] = {}

    # -- store ---------------------------------------------------------------------------

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            from .encoder import load_encoder

            self._encoder = load_encoder(self.settings)
        return self._encoder

    def _connect(self) -> Any:
        if self._client is None:
            try:
                import chromadb
                from chromadb.config import Settings as ChromaSettings
            except ImportError:
                raise IndexStoreError("chromadb is not installed: pip install chromadb") from None
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

    def stored_hashes(self) -> dict[str, str]:
        """Content hash of every stored source; "" for one stored by another index version."""
        records = self._collection(_SOURCES).get(include=["metadatas"])
        current = {"version": INDEX_VERSION, "encoder": self._encoder_name()}
        return {
            sid: meta["hash"] if all(meta.get(k) == v for k, v in current.items()) else ""
            for sid, meta in zip(records["ids"], records["metadatas"] or [], strict=False)
        }

    def _encoder_name(self) -> str:
        from .encoder import MODEL_NAME

        # Both backends give the same vectors (checked at export), so the model names the space.
        return MODEL_NAME

    def sync(self, sources: list[Source], progress: bool = True) -> SyncReport:
        """Re-index the sources whose content changed; drop the ones that are gone."""
        began = time.perf_counter()
        report = SyncReport()
        stored = self.stored_hashes()
        wanted = {s.id for s in sources}
        todo = []
        for source in sources:
            if stored.get(source.id) == source.content_hash:
                report.unchanged.append(source.id)
                continue
            (report.updated if source.id in stored else report.added).append(source.id)
            todo.append(source)
        report.removed = sorted(stored.keys() - wanted)
        for sid in report.removed:
            self._delete_source(sid)
        if todo:
            if progress:
                sys.stderr.write(f"tradebrief: indexing {len(todo)} source(s)…\n")
            for source in todo:
                report.units += self._index_source(source, progress)
        report.seconds = time.perf_counter() - began
        return report

    def _delete_source(self, source_id: str) -> None:
        for name in (_UNITS, _PASSAGES):
            self._collection(name).delete(where={"source_id": source_id})
        self._collection(_SOURCES).delete(ids=[source_id])

    def _index_source(self, source: Source, progress: bool) -> int:
        units, passages = split_source(source)
        for name in (_UNITS, _PASSAGES):
            self._collection(name).delete(where={"source_id": source.id})
        unit_vecs = self.encoder.encode([u.text for u in units], progress=progress)
        passage_vecs = self.encoder.encode([p.text for p in passages], progress=False)
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
        self._collection(_SOURCES).upsert(
            ids=[source.id],
            documents=[source.title],
            embeddings=[[1.0]],
            metadatas=[
                {
                    "hash": source.content_hash,
                    "version": INDEX_VERSION,
                    "encoder": self._encoder_name(),
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
            collection.add(
                ids=ids[begin:end],
                documents=docs[begin:end],
                metadatas=metas[begin:end],
                embeddings=vecs[begin:end],
            )

    # -- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read sources, passages and units back from the store and build the lexical views."""
        records = self._collection(_SOURCES).get(include=["metadatas"])
        self.sources = {
            sid: SourceMeta.model_validate_json(meta["meta"])
            for sid, meta in zip(records["ids"], records["metadatas"] or [], strict=False)
        }
        units = self._collection(_UNITS).get(include=["documents", "metadatas"])
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
        passages = self._collection(_PASSAGES).get(include=["documents", "metadatas"])
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
        self.unit_terms = {uid: self.lexicon.terms(u.text) for uid, u in self.units.items()}
        self.unit_df = Counter(t for terms in self.unit_terms.values() for t in set(terms))
        self.vocabulary = frozenset(self.unit_df)
        self.years = frozenset(t for t in self.vocabulary if is_year(t))
        self._build_bm25()

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

    def dense_search(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        collection = self._collection(_PASSAGES)
        n = min(n, len(self.passages))
        if n == 0:
            return []
        result = collection.query(
            query_embeddings=[vector.tolist()], n_results=n, include=["distances"]
        )
        return [
            (pid, 1.0 - float(d))
            for pid, d in zip(result["ids"][0], result["distances"][0], strict=False)
        ]

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

    def units_of(self, passage_id: str) -> list[Unit]:
        passage = self.passages.get(passage_id)
        return [self.units[u] for u in passage.unit_ids if u in self.units] if passage else []
