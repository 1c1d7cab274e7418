"""How fast the embedded Chroma store takes writes, by batch size and layout: to choose the
store's batch and record layout.

    python benchmarks/chroma_batches.py [--chunks 10000] [--batches 256,1000,5000] [--batch-mb 2,8,32]

For each size, in a fresh temporary store:

- *bare*: the units and passages of a synthetic corpus (``synthetic.make_corpus``) upserted
  straight into two Chroma collections, one record each with its document, metadata and (random,
  normalised) 384-dimension vector, ``--batches`` records per call: the floor of that layout
  (format 5's);
- *sync*: ``KnowledgeIndex.sync`` of the same corpus (derived vectors, ``synthetic.DerivedEncoder``,
  no model) with the store writing calls of ``--batch-mb`` MB of vector blocks
  (``store._BATCH_BYTES``).

With ``--layouts``, instead: bare Chroma upserts of the same units and passages in five record
layouts, alternately ``--rounds`` times: *as stored in format 5* (both collections with
documents and metadata, batch 256); *units without documents* (a unit's text is a slice of its
passage's), metadata cut to source and generation; *both without documents*; *units packed into
their passage* (one record per passage: its document and metadata, plus its units' offsets and
kinds as JSON and their float32 vectors in base64); and *vector blocks* (format 6: each source's
text in its record, its vectors ``blocks.BLOCK`` rows a record in base64, calls of 8 MB, records
committed 32 at a time): what sync must write against what it could.

With ``--overlap``, instead: ``KnowledgeIndex.sync`` with the real model (so embedding takes
its real time), once embedding sources ahead while others are written (as the store does)
and once one after the other, alternately ``--rounds`` times.

Prints records (or vectors) per second for each, and the machine's load average before and after
(the machine may be shared; compare runs made at similar load).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _stored_meta(record, generation: str) -> dict:  # type: ignore[no-untyped-def]
    """The metadata format 5 stored a unit or passage with: its fields but id and text, tuples
    joined by commas, and its generation."""
    import dataclasses

    meta = {
        f.name: getattr(record, f.name)
        for f in dataclasses.fields(record)
        if f.name not in ("id", "text")
    }
    meta = {k: ",".join(v) if isinstance(v, tuple) else v for k, v in meta.items()}
    return {**meta, "generation": generation}


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def bare(corpus, batch: int, home: Path) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    import chromadb
    import numpy as np
    from chromadb.config import Settings as ChromaSettings

    from assistant.knowledge.chunks import split_source

    client = chromadb.PersistentClient(
        path=str(home / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    rng = np.random.default_rng(0)
    records = []
    for source in corpus.sources:
        units, passages = split_source(source)
        records += [("units", r) for r in units] + [("passages", r) for r in passages]
    vectors = rng.standard_normal((len(records), 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    collections = {
        name: client.get_or_create_collection(
            f"bare_{name}", embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )
        for name in ("units", "passages")
    }
    began = time.perf_counter()
    for name, collection in collections.items():
        rows = [(i, r) for i, (kind, r) in enumerate(records) if kind == name]
        for begin in range(0, len(rows), batch):
            part = rows[begin : begin + batch]
            collection.upsert(
                ids=[f"{r.id}@g" for _, r in part],
                documents=[r.text for _, r in part],
                metadatas=[_stored_meta(r, "g") for _, r in part],
                embeddings=vectors[[i for i, _ in part]],
            )
    return len(records), time.perf_counter() - began


def layout(corpus, name: str, home: Path) -> tuple[int, int, float]:  # type: ignore[no-untyped-def]
    """(units and passages, records written, seconds) of bare upserts in the layout ``name``."""
    import base64
    import json

    import chromadb
    import numpy as np
    from chromadb.config import Settings as ChromaSettings

    from assistant.knowledge.chunks import split_source

    client = chromadb.PersistentClient(
        path=str(home / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    units, passages = [], []
    for source in corpus.sources:
        u, p = split_source(source)
        units += u
        passages += p
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((len(units) + len(passages), 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    unit_vectors, passage_vectors = vectors[: len(units)], vectors[len(units) :]
    row_of = {u.id: i for i, u in enumerate(units)}

    def light(r):  # type: ignore[no-untyped-def]
        return {"source_id": r.source_id, "generation": "g"}

    def packed(p):  # type: ignore[no-untyped-def]
        rows = [row_of[u] for u in p.unit_ids]
        spans = [[units[i].start, units[i].end, units[i].kind, units[i].paragraph] for i in rows]
        vectors = base64.b64encode(unit_vectors[rows].tobytes()).decode("ascii")
        return {**_stored_meta(p, "g"), "units": json.dumps(spans), "unit_vectors": vectors}

    if name == "vector blocks":
        return len(units) + len(passages), *_blocks(client, corpus, vectors)
    full = (True, lambda r: _stored_meta(r, "g"))
    plans = {
        "as stored": [("units", units, unit_vectors, *full), ("passages", passages, passage_vectors, *full)],
        "units without documents": [("units", units, unit_vectors, False, light), ("passages", passages, passage_vectors, *full)],
        "both without documents": [("units", units, unit_vectors, False, light), ("passages", passages, passage_vectors, False, light)],
        "units packed into their passage": [("passages", passages, passage_vectors, True, packed)],
    }  # fmt: skip
    began = time.perf_counter()
    written = 0
    for collection_name, records, matrix, documents, meta in plans[name]:
        collection = client.get_or_create_collection(
            f"layout_{collection_name}",
            embedding_function=None,
            configuration={"hnsw": {"space": "cosine"}},
        )
        for begin in range(0, len(records), 256):
            part = records[begin : begin + 256]
            collection.upsert(
                ids=[f"{r.id}@g" for r in part],
                documents=[r.text for r in part] if documents else None,
                metadatas=[meta(r) for r in part],
                embeddings=matrix[begin : begin + 256],
            )
            written += len(part)
    return len(units) + len(passages), written, time.perf_counter() - began


def _blocks(client, corpus, vectors) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    """(records written, seconds) of format 6's writes: vector blocks in 8 MB calls, then the
    source records (text as document) 32 at a time, as ``store._Writer`` does."""
    from assistant.knowledge.chunks import split_source
    from assistant.search import blocks

    options = {"embedding_function": None, "configuration": {"hnsw": {"space": "cosine"}}}
    sources = client.get_or_create_collection("layout_sources", **options)
    vector_blocks = client.get_or_create_collection("layout_vectors", **options)
    began = time.perf_counter()
    written, at, batch, size, waiting = 0, 0, [], 0, []

    def send() -> None:
        nonlocal batch, size
        vector_blocks.upsert(
            ids=[b.id for b in batch],
            metadatas=[b.metadata for b in batch],
            embeddings=[[1.0]] * len(batch),
        )
        batch, size = [], 0

    def commit() -> None:
        nonlocal waiting
        sources.upsert(
            ids=[s.id for s in waiting],
            documents=[s.text for s in waiting],
            metadatas=[{"hash": s.content_hash, "generation": "g"} for s in waiting],
            embeddings=[[1.0]] * len(waiting),
        )
        waiting = []

    for source in corpus.sources:
        u, p = split_source(source)
        rows = len(u) + len(p)
        for block in blocks.pack(source.id, "g", vectors[at : at + rows]):
            if batch and size + block.size > 8 << 20:
                send()
            batch.append(block)
            size += block.size
            written += 1
        at += rows
        waiting.append(source)
        if len(waiting) == 32:
            if batch:
                send()
            commit()
            written += 32
    if batch:
        send()
    written += len(waiting)
    if waiting:
        commit()
    return written, time.perf_counter() - began


def sync(corpus, batch: int, home: Path, base_vectors) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    from synthetic import DerivedEncoder

    from assistant.search import store
    from assistant.search.index import KnowledgeIndex
    from assistant.search.terms import Lexicon
    from assistant.settings import Settings

    settings = Settings(home=home)
    store._BATCH_BYTES = batch
    index = KnowledgeIndex(
        settings,
        Lexicon(settings.knowledge_dir / "aliases.yaml"),
        encoder=DerivedEncoder(corpus, base_vectors, 0),
    )
    report = index.sync(corpus.sources, progress=False)
    return _vectors_stored(index), report.seconds


def _vectors_stored(index) -> int:  # type: ignore[no-untyped-def]
    return sum(int(r["rows"]) for r in index.store._store_records().values())


def overlap(corpus, home: Path, sequential: bool) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    from assistant.search import store
    from assistant.search.index import KnowledgeIndex
    from assistant.search.terms import Lexicon
    from assistant.settings import Settings

    settings = Settings(home=home)
    index = KnowledgeIndex(settings, Lexicon(settings.knowledge_dir / "aliases.yaml"))
    if sequential:

        def one_by_one(self, sources, progress, replacing=None):  # type: ignore[no-untyped-def]
            prepared = (self._prepare(s, progress) for s in sources)
            return self._write_all(prepared, lambda p: False)

        index.store._index_sources = one_by_one.__get__(index.store, store.Store)  # type: ignore[method-assign]
    report = index.sync(corpus.sources, progress=False)
    return _vectors_stored(index), report.seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--batches", default="256,1000,5000", help="records per call, bare")
    parser.add_argument("--batch-mb", default="2,8,32", help="MB of vector blocks a call, sync")
    parser.add_argument("--only", choices=("bare", "sync"), default=None)
    parser.add_argument("--overlap", action="store_true", help="real model: overlapped or not")
    parser.add_argument("--layouts", action="store_true", help="bare upserts in four layouts")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from synthetic import make_corpus

    from assistant.knowledge.sources import load_sources
    from assistant.search.encoder import load_encoder
    from assistant.settings import Settings

    settings = Settings()
    corpus = make_corpus(load_sources(settings.sources_dir), args.chunks, 0)
    if args.layouts:
        print(f"{args.chunks:,} chunks in {len(corpus.sources)} sources; load {_load()}")
        for _ in range(args.rounds):
            for name in (
                "as stored",
                "units without documents",
                "both without documents",
                "units packed into their passage",
                "vector blocks",
            ):
                home = Path(tempfile.mkdtemp(prefix="batches-layout-"))
                try:
                    chunks, written, seconds = layout(corpus, name, home)
                finally:
                    shutil.rmtree(home, ignore_errors=True)
                print(
                    f"{name:<32} {written:,} records in {seconds:6.1f} s = "
                    f"{written / seconds:5.0f} records/s, {chunks / seconds:5.0f} units and "
                    f"passages/s   load {_load()}",
                    flush=True,
                )
        return 0
    if args.overlap:
        print(f"{args.chunks:,} chunks in {len(corpus.sources)} sources; load {_load()}")
        for _ in range(args.rounds):
            for sequential in (False, True):
                home = Path(tempfile.mkdtemp(prefix="batches-overlap-"))
                shutil.copytree(settings.models_dir, home / "models", dirs_exist_ok=True)
                try:
                    n, seconds = overlap(corpus, home, sequential)
                finally:
                    shutil.rmtree(home, ignore_errors=True)
                kind = "one after the other" if sequential else "overlapped"
                print(
                    f"{kind:<20} {n:,} records in {seconds:6.1f} s = {n / seconds:5.0f} "
                    f"records/s   load {_load()}",
                    flush=True,
                )
        return 0
    base_vectors = None
    if args.only != "bare":
        base_vectors = load_encoder(settings).encode(corpus.base)
    print(f"{args.chunks:,} chunks in {len(corpus.sources)} sources; load {_load()}")
    plans = [("bare", int(b)) for b in args.batches.split(",") if args.only != "sync"]
    plans += [("sync", int(float(mb) * 2**20)) for mb in args.batch_mb.split(",")]
    for kind, batch in plans:
        if args.only and kind != args.only:
            continue
        home = Path(tempfile.mkdtemp(prefix=f"batches-{kind}-"))
        if kind == "sync":  # the model files, so that nothing is exported again
            shutil.copytree(settings.models_dir, home / "models", dirs_exist_ok=True)
        try:
            if kind == "bare":
                n, seconds = bare(corpus, batch, home)
            else:
                n, seconds = sync(corpus, batch, home, base_vectors)
        finally:
            shutil.rmtree(home, ignore_errors=True)
        size = f"{batch:>5} records" if kind == "bare" else f"{batch / 2**20:5.1f} MB"
        what = "records" if kind == "bare" else "vectors"
        print(
            f"batch {size}  {kind:<4}  {n:,} {what} in {seconds:6.1f} s = "
            f"{n / seconds:6.0f} {what}/s   load {_load()}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
