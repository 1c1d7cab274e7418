"""The index is built once and rebuilt only for sources whose content changed."""

from __future__ import annotations

import shutil

import pytest

from assistant import Assistant
from assistant.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.slow


def test_a_changed_source_is_the_only_one_re_embedded(tmp_path, settings, assistant):
    knowledge = tmp_path / "knowledge"
    shutil.copytree(REPO_ROOT / "knowledge", knowledge)
    home = tmp_path / "home"
    shutil.copytree(settings.models_dir, home / "models")
    local = Settings(home=home, knowledge_dir=knowledge)

    first = Assistant(local, progress=False).sync()
    assert sorted(first.added) == sorted(p.stem for p in (knowledge / "sources").glob("*.txt"))

    again = Assistant(local, progress=False).sync()
    assert not again.changed and len(again.unchanged) == 5

    blog = knowledge / "sources" / "003_ef00d9b87152a25b.txt"
    blog.write_text(
        blog.read_text(encoding="utf-8") + "\nA new closing sentence about offsets.\n",
        encoding="utf-8",
    )
    changed = Assistant(local, progress=False).sync()
    assert changed.updated == ["003_ef00d9b87152a25b"] and len(changed.unchanged) == 4
    assert "updated 1" in changed.summary()

    metadata = knowledge / "sources" / "sources.yaml"
    metadata.write_text(
        metadata.read_text(encoding="utf-8").replace(
            "short_name: blog (author unknown)", "short_name: the anonymous blog"
        ),
        encoding="utf-8",
    )
    described = Assistant(local, progress=False)
    report = described.sync()
    assert not report.changed and report.units == 0  # nothing re-embedded
    assert report.described == ["003_ef00d9b87152a25b"]
    assert "metadata of 003_ef00d9b87152a25b updated" in report.summary()
    assert described.source_meta("003_ef00d9b87152a25b").label == "the anonymous blog"


def test_unit_and_passage_counts_are_stable(assistant):
    index = assistant.index
    assert len(index.units) > 300
    assert all(u.passage_id in index.passages for u in index.units.values())


def test_the_store_is_read_back_a_page_at_a_time_and_nothing_is_lost(assistant, monkeypatch):
    # A single get of 100,000 records fails in Chroma's SQLite ("too many SQL variables"), and
    # a get of every vector block at once would hold hundreds of MB: with pages far smaller than
    # the store, every record must still come back once.
    from chromadb.api.models.Collection import Collection

    from assistant.search import store as store_module

    monkeypatch.setattr(store_module, "READ_PAGE", 2)
    monkeypatch.setattr(store_module, "_TEXT_PAGE", 2)
    monkeypatch.setattr(store_module, "_BLOCK_PAGE", 2)
    sizes = []
    unpaged_get = Collection.get

    def spy(self, *args, **kwargs):
        sizes.append(kwargs.get("limit") or len(kwargs.get("ids") or ()))
        return unpaged_get(self, *args, **kwargs)

    monkeypatch.setattr(Collection, "get", spy)
    paged = assistant.index.reopened(cached=False)  # read from the store, not the view cache
    assert sizes and max(sizes) == 2  # every read was a page
    blocks = sum(-(-r["rows"] // 64) for r in paged.store._store_records().values())
    assert blocks > 5 and len(sizes) > blocks / 2
    assert paged.units == assistant.index.units
    assert paged.passages == assistant.index.passages
    assert paged.sources == assistant.index.sources
    assert paged.unit_vectors(list(paged.units)).keys() == set(assistant.index.units)


def test_a_store_of_an_older_format_is_rebuilt_once_and_says_so(tmp_path, settings, assistant):
    from assistant.search import index as index_module
    from assistant.search import store as store_module

    home = tmp_path / "home"
    for part in ("chroma", "models", "cache"):
        if (settings.home / part).exists():
            shutil.copytree(settings.home / part, home / part)
    local = Settings(home=home)
    old = index_module.KnowledgeIndex(local, assistant.index.lexicon)
    records = old.store._records()
    sources = old.store._collection(store_module._SOURCES)
    # Records as format 3 wrote them (no vector blocks), with one unit record of its own, its
    # plain id and no generation.
    sources.delete(ids=list(records))
    sources.add(
        ids=list(records),
        embeddings=[[1.0]] * len(records),
        metadatas=[
            {k: v for k, v in r.items() if k not in ("rows", "generation")} | {"version": "3"}
            for r in records.values()
        ],
    )
    units = old.store._connect().get_or_create_collection(
        "tradebrief_units", embedding_function=None
    )
    first = sorted(records)[0]
    units.upsert(
        ids=[f"{first}#u0001"],
        documents=["An old chunk."],
        embeddings=[[0.5] * 384],
        metadatas=[{"source_id": first, "start": 0, "end": 1, "kind": "s", "quote": "A"}],
    )

    bot = Assistant(local, progress=False)
    report = bot.sync()
    assert report.upgraded_from == "3" and sorted(report.updated) == sorted(records)
    assert not report.migrated  # format 3 is embedded again, not migrated
    assert (
        f"older format (3): rebuilt once in format {index_module.INDEX_VERSION}" in report.summary()
    )
    assert "removed 1 records of the older store format" in report.summary()
    assert bot.index.units == assistant.index.units  # the same units, read back by generation
    names = {c.name for c in bot.index.store._connect().list_collections()}
    assert "tradebrief_units" not in names  # nothing of the old format left
    again = Assistant(local, progress=False).sync()
    assert not again.changed and again.upgraded_from is None  # once
