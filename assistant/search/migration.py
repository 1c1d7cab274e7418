"""Store format 5, an older tradebrief's: read while it lasts, and migrated to format 6 once.

Format 5 kept every unit and passage as a Chroma record of its own (``tradebrief_units`` and
``tradebrief_passages``: ``<id>@<generation>``, its text as the document, its fields as the
metadata, its vector as the embedding), and a built-in source's record held its title, not its
text. Format 6 keeps each source's text in its record and only its chunks' vectors, in blocks
(``assistant.search.blocks``).

``migrate``, run by ``sync`` under the writer lock, moves each format-5 source to format 6
without embedding anything again: its text is its record's (an ingested document) or the built-in
file's when that file's content hash is the record's; its units and passages are ``split_source``
of that text, and their vectors are read from its format-5 records by id, each record's spans
checked against the unit or passage it stands for. Each source is then written as any write is
(a new generation, committed by its record), so a migration killed at any point leaves every
source whole in one format or the other, and the next sync goes on with those still in format 5.
A source that cannot be moved (its file changed since, its records do not match its chunking) is
left to the sync, which embeds it again. Once no source is stored in format 5, ``drop_if_done``
drops the two old collections.

``read_legacy`` reads format-5 sources as the older tradebrief did, for a process that loads the
store while another one migrates it.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from assistant.knowledge.chunks import Passage, Unit, split_source
from assistant.knowledge.sources import Source, SourceMeta

if TYPE_CHECKING:
    import numpy as np

    from assistant.search.store import Collected, Prepared, Store, StoredChunks

log = logging.getLogger(__name__)

LEGACY_VERSION = "5"
UNITS, PASSAGES = "tradebrief_units", "tradebrief_passages"
# Format-5 records read per call (by id) while migrating.
_IDS = 2000


def migrate(store: Store, sources: list[Source], progress: bool) -> list[str]:
    """Move every format-5 source that can be to the store's format (see the module's
    docstring); the ids moved. Call holding the writer lock (``Store.writing``)."""
    from assistant.search.store import INDEX_VERSION, INGESTED

    records = store._records()
    legacy = {sid: r for sid, r in records.items() if _movable(store, r)}
    collections = _collections(store)
    if not legacy or set(collections) != {UNITS, PASSAGES}:
        return []  # nothing of format 5 to read: what is left is embedded again by the sync
    hashes = {sid: str(r.get("hash", "")) for sid, r in legacy.items()}
    texts = store._read_texts(
        [sid for sid, r in legacy.items() if r.get("origin") == INGESTED], hashes
    )
    texts |= {s.id: s.text for s in sources if s.id in legacy and s.content_hash == hashes[s.id]}
    movable = [sid for sid in legacy if sid in texts]
    if not movable:
        return []
    log.warning(
        "the store in %s is in format %s: migrating its %d sources to format %s, their vectors "
        "kept (nothing is embedded again)…",
        store.settings.store_location,
        LEGACY_VERSION,
        len(movable),
        INDEX_VERSION,
    )
    began = time.perf_counter()
    moved: list[str] = []
    bar = _bar(len(movable), progress)

    def prepared() -> Iterator[Prepared]:
        for group in _groups(movable, legacy, texts):
            found = _vectors(collections, group)
            for item in group:
                bar.update(1)
                vectors = found.get(item.source.id)
                if vectors is None:
                    log.info(
                        "%s: its format-%s records do not match its text; embedding it again",
                        item.source.id,
                        LEGACY_VERSION,
                    )
                    continue
                moved.append(item.source.id)
                yield _with_vectors(item, vectors)

    try:
        store._write_all(prepared(), replaces=lambda _: False)
    finally:
        bar.close()
    log.info(
        "migrated %d of %d sources to format %s in %.1f s",
        len(moved),
        len(legacy),
        INDEX_VERSION,
        time.perf_counter() - began,
    )
    return moved


def drop_if_done(store: Store, records: Mapping[str, Mapping[str, Any]] | None = None) -> Collected:
    """Drop the format-5 collections once no source record is of that format; what they held.
    Call holding the writer lock."""
    from assistant.search.store import Collected, has_blocks

    collected = Collected()
    records = store._records() if records is None else records
    if any(not has_blocks(r) for r in records.values()):
        return collected
    client = store._connect()
    for name, collection in _collections(store).items():
        collected.records[("", "")] += collection.count()
        client.delete_collection(name)
        store._collections.pop(name, None)
    return collected


def leftover(store: Store) -> bool:
    """Whether the store still has a collection of format 5: a migration not finished, or
    finished by a process killed before it dropped them (``drop_if_done``)."""
    return bool(_collections(store))


def read_legacy(
    store: Store, generations: Mapping[str, str], ids: list[str]
) -> dict[str, StoredChunks]:
    """The committed units and passages, with their vectors, of these format-5 sources (of the
    generation each names), by source, in stored order, as format 5 was read."""
    import numpy as np

    from assistant.search.store import StoredChunks

    collections = _collections(store)
    found: dict[str, StoredChunks] = {}

    def of(source_id: str) -> StoredChunks:
        if source_id not in found:
            found[source_id] = StoredChunks({}, np.zeros((0, 0), dtype=np.float32), {}, {})
        return found[source_id]

    where = {"source_id": {"$in": ids}}
    unit_rows: dict[str, list[Any]] = {}
    if UNITS in collections:
        for uid, text, m, vector in _read_committed(store, UNITS, where, generations):
            of(m["source_id"]).units[uid] = Unit(
                uid,
                *_span(m),
                m["kind"],
                text,
                m["quote"],
                m["passage_id"],
                int(m["paragraph"]),
            )
            unit_rows.setdefault(m["source_id"], []).append(vector)
    if PASSAGES in collections:
        for pid, text, m, vector in _read_committed(store, PASSAGES, where, generations):
            chunks = of(m["source_id"])
            chunks.passages[pid] = Passage(pid, *_span(m), text, tuple(m["unit_ids"].split(",")))
            chunks.passage_vectors[pid] = vector
    for sid, rows in unit_rows.items():
        found[sid].unit_vectors = np.asarray(np.stack(rows), dtype=np.float32)
    return found


def _movable(store: Store, record: Mapping[str, Any]) -> bool:
    from assistant.search.store import has_blocks

    return (
        not has_blocks(record)
        and record.get("version") == LEGACY_VERSION
        and record.get("encoder") == store._encoder_name()
        and bool(record.get("generation"))
    )


def _collections(store: Store) -> dict[str, Any]:
    """The format-5 collections the store still has, by name."""
    client = store._connect()
    names = {c if isinstance(c, str) else c.name for c in client.list_collections()}
    return {
        name: client.get_collection(name, embedding_function=None)
        for name in (UNITS, PASSAGES)
        if name in names
    }


class _Item:
    """A format-5 source to move: its source (text and stored metadata), chunks and generation."""

    def __init__(self, source: Source, generation: str) -> None:
        self.source = source
        self.generation = generation
        self.units, self.passages = split_source(source)

    def __len__(self) -> int:
        return len(self.units) + len(self.passages)


def _groups(
    ids: list[str], records: Mapping[str, Mapping[str, Any]], texts: Mapping[str, str]
) -> Iterator[list[_Item]]:
    """The sources to move, in groups of about ``_IDS`` units and passages (read together)."""
    group: list[_Item] = []
    size = 0
    for sid in ids:
        record = records[sid]
        meta = SourceMeta.model_validate_json(record["meta"])
        item = _Item(Source(meta=meta, text=texts[sid]), str(record["generation"]))
        if group and size + len(item) > _IDS:
            yield group
            group, size = [], 0
        group.append(item)
        size += len(item)
    if group:
        yield group


def _vectors(collections: Mapping[str, Any], group: list[_Item]) -> dict[str, np.ndarray]:
    """Source id → its vectors (units' rows, then passages') read from its format-5 records,
    for each source of ``group`` whose records are all there and match its chunks."""
    import numpy as np

    got: dict[str, tuple[Mapping[str, Any], Any]] = {}
    for name, keys in (
        (UNITS, [f"{u.id}@{item.generation}" for item in group for u in item.units]),
        (PASSAGES, [f"{p.id}@{item.generation}" for item in group for p in item.passages]),
    ):
        for begin in range(0, len(keys), _IDS):
            page = collections[name].get(
                ids=keys[begin : begin + _IDS], include=["metadatas", "embeddings"]
            )
            metadatas = page["metadatas"] or []
            embeddings = page["embeddings"] if page["embeddings"] is not None else []
            for key, m, vector in zip(page["ids"], metadatas, embeddings, strict=True):
                got[key] = (m or {}, vector)
    found = {}
    for item in group:
        rows = []
        pieces: list[Unit | Passage] = [*item.units, *item.passages]
        for piece in pieces:
            hit = got.get(f"{piece.id}@{item.generation}")
            if hit is None or _fields(hit[0]) != _fields_of(piece):
                break
            rows.append(hit[1])
        else:
            dim = len(rows[0]) if rows else 0
            found[item.source.id] = np.asarray(rows, dtype=np.float32).reshape(len(rows), dim)
    return found


def _fields(meta: Mapping[str, Any]) -> tuple[Any, ...]:
    """What a format-5 record says of its unit or passage: span, kind and links."""
    return (
        int(meta.get("start", -1)),
        int(meta.get("end", -1)),
        meta.get("kind"),
        meta.get("passage_id"),
        meta.get("unit_ids"),
    )


def _fields_of(piece: Unit | Passage) -> tuple[Any, ...]:
    if isinstance(piece, Unit):
        return (piece.start, piece.end, piece.kind, piece.passage_id, None)
    return (piece.start, piece.end, None, None, ",".join(piece.unit_ids))


def _with_vectors(item: _Item, vectors: np.ndarray) -> Prepared:
    from assistant.search.store import Prepared

    return Prepared(item.source, item.units, item.passages, vectors)


def _bar(total: int, progress: bool) -> Any:
    """A progress bar over the sources to move, on a terminal (standard error) only."""
    from tqdm import tqdm

    return tqdm(
        total=total,
        desc="migrating",
        unit="source",
        file=sys.stderr,
        disable=not (progress and sys.stderr.isatty()),
    )


def _read_committed(
    store: Store, name: str, where: dict[str, Any], generations: Mapping[str, str]
) -> Iterator[tuple[str, str, dict[str, Any], Any]]:
    """(plain id, document, metadata, vector) of each record of a format-5 collection that
    belongs to its source's committed generation, in stored order."""
    read = store._read_all(name, ["documents", "metadatas", "embeddings"], where)
    for key, text, meta, vector in zip(
        read["ids"], read["documents"], read["metadatas"], read["embeddings"], strict=False
    ):
        generation = (meta or {}).get("generation")
        if generation and generations.get(meta["source_id"]) == generation:
            yield key.removesuffix(f"@{generation}"), text, meta, vector


def _span(meta: Mapping[str, Any]) -> tuple[str, int, int]:
    """The source id and the start and end offsets in it of a stored unit or passage."""
    return meta["source_id"], int(meta["start"]), int(meta["end"])
