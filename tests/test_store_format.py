"""The store's format: a source is one record holding its text, and the vectors of its units and
passages packed in blocks (``assistant.search.blocks``); no unit or passage is a record of its own.
Readers make the units and passages again from the stored text and take each source's vectors
from the blocks of its committed generation only.
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.errors import IndexStoreError
from assistant.knowledge.chunks import split_source
from assistant.knowledge.sources import Source, SourceMeta
from assistant.search import blocks
from assistant.search import store as store_module
from assistant.search.index import KnowledgeIndex
from assistant.search.terms import Lexicon
from assistant.settings import Settings
from tests.test_view_cache import HashEncoder


def _memo(number: int, lines: int = 40) -> Source:
    """An invented built-in source about one harbour's fees, ``lines`` paragraphs long."""
    meta = SourceMeta(id=f"harbour-{number}", title=f"Harbour {number} fees", kind="memo")
    body = "\n\n".join(
        f"Berth {n} of harbour {number} paid {n * number} crowns in {2000 + n}. "
        f"The fee rose by {n} percent."
        for n in range(lines)
    )
    return Source(meta=meta, text=f"Harbour {number} fees\n\n{body}\n")


def _index(home, encoder=None) -> KnowledgeIndex:
    settings = Settings(home=home)
    return KnowledgeIndex(
        settings, Lexicon(settings.knowledge_dir / "aliases.yaml"), encoder or HashEncoder()
    )


def test_blocks_give_back_the_rows_they_were_packed_from_in_any_order():
    matrix = np.random.default_rng(0).standard_normal((blocks.BLOCK * 2 + 5, 16)).astype("f4")
    packed = blocks.pack("memo", "g1", matrix)
    assert [b.id for b in packed] == blocks.block_ids("memo", "g1", len(matrix))
    assert [b.metadata["count"] for b in packed] == [blocks.BLOCK, blocks.BLOCK, 5]
    rows = blocks.Rows(len(matrix))
    for block in reversed(packed):
        rows.add(block.metadata)
    assert np.array_equal(rows.matrix(), matrix)


def test_a_missing_or_damaged_block_is_incomplete_never_fewer_rows():
    matrix = np.ones((blocks.BLOCK + 1, 8), np.float32)
    first, last = blocks.pack("memo", "g1", matrix)
    missing = blocks.Rows(len(matrix))
    missing.add(last.metadata)
    with pytest.raises(blocks.Incomplete, match="missing"):
        missing.matrix()
    with pytest.raises(blocks.Incomplete):
        blocks.Rows(len(matrix)).add({**first.metadata, "vectors": first.metadata["vectors"][:8]})


def test_the_store_holds_each_source_as_its_text_and_its_vector_blocks(tmp_path):
    sources = [_memo(1), _memo(2, lines=100)]
    index = _index(tmp_path)
    index.sync(sources, progress=False)
    store = index.store
    assert {c.name for c in store._connect().list_collections()} == {
        "tradebrief_sources",
        blocks.COLLECTION,
    }
    records = store._collection("tradebrief_sources").get(include=["metadatas", "documents"])
    stored = {}
    for sid, record, text in zip(
        records["ids"], records["metadatas"], records["documents"], strict=True
    ):
        stored[sid] = record["rows"], text
    for source in sources:
        units, passages = split_source(source)
        assert stored[source.id] == (len(units) + len(passages), source.text)
    kept = store._collection(blocks.COLLECTION).get(include=["metadatas"])
    assert sorted(kept["ids"]) == sorted(
        key
        for source in sources
        for key in blocks.block_ids(
            source.id, store._records()[source.id]["generation"], stored[source.id][0]
        )
    )
    index.load(cached=False)
    expected = HashEncoder().encode([u.text for u in split_source(sources[1])[0]])
    found = index.unit_vectors([u.id for u in split_source(sources[1])[0]])
    assert np.array_equal(np.stack(list(found.values())), expected)


def test_every_record_is_committed_after_all_of_its_blocks(tmp_path, monkeypatch):
    from chromadb.api.models.Collection import Collection

    # Two blocks a call (a block of 64 rows of 16 numbers is 5,464 bytes in base64).
    monkeypatch.setattr(store_module, "_BATCH_BYTES", 12_000)
    monkeypatch.setattr(store_module, "_COMMIT_GROUP", 3)
    calls = []
    upsert = Collection.upsert

    def spy(self, ids, *args, **kwargs):
        sizes = [len(m.get("vectors", "")) for m in kwargs["metadatas"]]
        calls.append((self.name, list(ids), sum(sizes)))
        return upsert(self, ids, *args, **kwargs)

    monkeypatch.setattr(Collection, "upsert", spy)
    sources = [_memo(n, lines=30 + 20 * n) for n in range(1, 8)]
    _index(tmp_path).sync(sources, progress=False)
    written: set[str] = set()
    committed = []
    for name, ids, size in calls:
        if name == blocks.COLLECTION:
            written |= {key.split("#v")[0] for key in ids}
            assert size <= 12_000
        else:
            assert set(ids) <= written  # every block of a source before its record
            committed.append(ids)
    assert [len(ids) for ids in committed] == [3, 3, 1]  # records committed in groups
    block_calls = [ids for name, ids, _ in calls if name == blocks.COLLECTION]
    assert len(block_calls) < sum(len(ids) for ids in block_calls)  # several blocks a call
    assert sum(len(ids) for ids in committed) == len(sources)


def test_a_record_whose_text_does_not_match_its_content_hash_is_never_loaded(tmp_path):
    index = _index(tmp_path)
    index.sync([_memo(1), _memo(2)], progress=False)
    index.store._collection("tradebrief_sources").update(
        ids=["harbour-2"],
        embeddings=[[1.0]],
        documents=["A text that is not the one the record's hash names."],
    )
    reader = _index(tmp_path)
    with pytest.raises(IndexStoreError, match=r"\(the text of harbour-2\).*index --rebuild"):
        reader.load(cached=False)


def test_new_boilerplate_in_a_sources_metadata_embeds_it_again_a_new_title_does_not(tmp_path):
    source = _memo(3)
    index = _index(tmp_path)
    index.sync([source], progress=False)
    retitled = Source(meta=source.meta.model_copy(update={"title": "Fees"}), text=source.text)
    report = _index(tmp_path).sync([retitled], progress=False)
    assert report.described == ["harbour-3"] and report.units == 0
    trimmed = Source(
        meta=retitled.meta.model_copy(update={"boilerplate_lines": ("Berth 7 of",)}),
        text=source.text,
    )
    report = _index(tmp_path).sync([trimmed], progress=False)
    assert report.updated == ["harbour-3"] and report.units == len(split_source(trimmed)[0])
    reader = _index(tmp_path)
    reader.load(cached=False)
    assert list(reader.units.values()) == split_source(trimmed)[0]


def test_a_cancel_asked_for_on_seeing_a_documents_rows_stored_keeps_nothing_of_it(tmp_path):
    import threading

    from assistant.errors import Cancelled
    from assistant.search.watch import Step, Watch, watching

    index = _index(tmp_path)
    index.sync([_memo(1)], progress=False)
    # Its blocks all go in one call: the report after that call is the one a user sees.
    memo = _memo(4, lines=60)
    document = Source(
        meta=memo.meta.model_copy(update={"origin": "ingested", "file": "fees.txt"}),
        text=memo.text,
    )
    cancel = threading.Event()
    seen: list[Step] = []

    def step(step: Step) -> None:
        if step.phase == "storing" and step.done:
            seen.append(step)
            cancel.set()

    with watching(Watch(step=step, cancel=cancel)), pytest.raises(Cancelled):
        index.add_document(document)
    assert seen and seen[0].done == seen[0].total
    store = index.store
    assert set(store._store_records()) == {"harbour-1"}
    kept = store._collection(blocks.COLLECTION).get(include=["metadatas"])["metadatas"]
    assert {m["source_id"] for m in kept} == {"harbour-1"}
