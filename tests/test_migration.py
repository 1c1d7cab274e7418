"""A store written in format 5 (every unit and passage a record of its own) is migrated to the
vector blocks of format 6 once, by the first sync, without embedding anything again: every
source keeps its units, passages and the very vectors it had; a migration cut short goes on
where it stopped, and a reader meanwhile sees every source whole, in one format or the other.

The store is ``tests/data/format5/store.tar.gz``, written by the format-5 code itself (see
``build.py`` there) with the stand-in encoder of the view-cache tests; nothing here needs the
model.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import IndexStoreError
from assistant.knowledge.chunks import split_source
from assistant.knowledge.sources import Source, SourceMeta
from assistant.search import migration
from assistant.search import store as store_module
from assistant.search.index import INDEX_VERSION, KnowledgeIndex
from assistant.search.terms import Lexicon
from assistant.settings import REPO_ROOT, Settings
from tests.test_view_cache import HashEncoder

FIXTURE = Path(__file__).with_name("data") / "format5"


class NoEncoder:
    """An encoder that refuses: a migration embeds nothing."""

    name = "none"

    def encode(self, texts, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        raise AssertionError(f"embedded {len(texts)} texts during a migration")


def _sources(kind: str) -> list[Source]:
    data = json.loads((FIXTURE / "sources.json").read_text(encoding="utf-8"))
    return [Source(meta=SourceMeta(**s["meta"]), text=s["text"]) for s in data[kind]]


@pytest.fixture
def old_home(tmp_path: Path) -> Path:
    """A home holding the format-5 store (and its archive), as the format-5 code left it."""
    home = tmp_path / "home"
    with tarfile.open(FIXTURE / "store.tar.gz") as tar:
        tar.extractall(home, filter="data")
    return home


def _index(home: Path, encoder=None) -> KnowledgeIndex:
    settings = Settings(home=home)
    return KnowledgeIndex(
        settings, Lexicon(settings.knowledge_dir / "aliases.yaml"), encoder=encoder or NoEncoder()
    )


def _stored_format5(home: Path) -> dict[str, np.ndarray]:
    """Plain unit or passage id → its vector, read straight from the format-5 collections."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(
        path=str(home / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    vectors = {}
    for name in (migration.UNITS, migration.PASSAGES):
        got = client.get_collection(name).get(include=["embeddings"])
        for key, vector in zip(got["ids"], got["embeddings"], strict=True):
            vectors[key.rsplit("@", 1)[0]] = np.asarray(vector, dtype=np.float32)
    return vectors


def _collections(index: KnowledgeIndex) -> set[str]:
    return {c.name for c in index.store._connect().list_collections()}


def _views(index: KnowledgeIndex) -> dict:
    return {
        "units": [index.units[u] for u in index.units],
        "passages": sorted((index.passages[p] for p in index.passages), key=lambda p: p.id),
        "texts": index.texts,
    }


def _assert_whole(index: KnowledgeIndex, expected: dict[str, np.ndarray]) -> None:
    """Every source of the fixture loaded with its chunks and its format-5 vectors, bit for bit."""
    texts = {s.id: s for s in _sources("built_in") + _sources("ingested")}
    assert set(index.sources) == set(texts)
    for sid, source in texts.items():
        units, passages = split_source(source)
        assert [u for u in index.units.values() if u.source_id == sid] == units
        assert sorted(p.id for p in index.passages.values() if p.source_id == sid) == sorted(
            p.id for p in passages
        )
    vectors = index.unit_vectors(list(index.units))
    assert vectors.keys() == {k for k in expected if "#u" in k}
    for uid, vector in vectors.items():
        assert np.array_equal(vector, expected[uid])
    for pid in (k for k in expected if "#p" in k):
        [(found, similarity)] = index.dense_search(expected[pid], 1)
        assert found == pid and similarity == pytest.approx(1.0, abs=1e-6)


def test_a_format_5_store_is_migrated_once_with_every_vector_kept(old_home, caplog):
    expected = _stored_format5(old_home)
    before = _index(old_home)
    before.load(cached=False)  # format 5, read as it was
    _assert_whole(before, expected)

    index = _index(old_home)
    with caplog.at_level(logging.INFO, logger="assistant.search"):
        report = index.sync(_sources("built_in"), progress=True)
    assert sorted(report.migrated) == ["alpha-report", "beta-news", "gamma-memo"]
    assert not report.changed and report.units == 0  # nothing embedded again
    summary = report.summary()
    assert f"3 sources migrated to format {INDEX_VERSION}, their vectors kept" in summary
    assert f"removed {len(expected)} records of the older store format" in summary
    assert "is in format 5: migrating its 3 sources to format 6" in caplog.text

    assert _collections(index) == {"tradebrief_sources", "tradebrief_vectors"}
    records = index.store._store_records()
    assert {r["version"] for r in records.values()} == {INDEX_VERSION}
    assert index.store.stored_source("gamma-memo") == _sources("ingested")[0]
    after = _index(old_home)
    after.load(cached=False)
    _assert_whole(after, expected)
    assert _views(after) == _views(before)

    again = _index(old_home).sync(_sources("built_in"), progress=False)
    assert again.migrated == [] and not again.changed and not again.collected


def test_a_migration_cut_short_goes_on_where_it_stopped(old_home, monkeypatch):
    expected = _stored_format5(old_home)
    monkeypatch.setattr(store_module, "_COMMIT_GROUP", 1)  # each source its own commit
    sent = []
    real_add = store_module.Store._add_blocks

    def fail_second(self, written):
        sent.append(len(written))
        if len(sent) == 2:
            raise OSError("disk full")
        real_add(self, written)

    monkeypatch.setattr(store_module.Store, "_add_blocks", fail_second)
    with pytest.raises(IndexStoreError, match="disk full"):
        _index(old_home).sync(_sources("built_in"), progress=False)
    monkeypatch.setattr(store_module.Store, "_add_blocks", real_add)

    reader = _index(old_home)
    versions = {r["version"] for r in reader.store._store_records().values()}
    assert versions == {migration.LEGACY_VERSION, INDEX_VERSION}  # one moved, two not yet
    reader.load(cached=False)
    _assert_whole(reader, expected)  # a store half-migrated is read whole

    index = _index(old_home)
    report = index.sync(_sources("built_in"), progress=False)
    assert len(report.migrated) == 2 and report.units == 0
    assert _collections(index) == {"tradebrief_sources", "tradebrief_vectors"}
    done = _index(old_home)
    done.load(cached=False)
    _assert_whole(done, expected)


_MIGRATE = """
import json, sys
from pathlib import Path
from assistant.knowledge.sources import Source, SourceMeta
from assistant.search.index import KnowledgeIndex
from assistant.search.terms import Lexicon
from assistant.settings import Settings

settings = Settings(home=Path(sys.argv[1]))
data = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
sources = [Source(meta=SourceMeta(**s["meta"]), text=s["text"]) for s in data["built_in"]]
KnowledgeIndex(settings, Lexicon(settings.knowledge_dir / "aliases.yaml")).sync(sources, False)
"""


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["vectors-batch", "archived", "committed", "cleaned"])
def test_a_migration_killed_at_any_stage_leaves_every_source_whole(old_home, stage):
    expected = _stored_format5(old_home)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "TRADEBRIEF_TEST_CRASH_AT": stage}
    killed = subprocess.run(
        [sys.executable, "-c", _MIGRATE, str(old_home), str(FIXTURE / "sources.json")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert killed.returncode == -9, killed.stderr
    reader = _index(old_home)
    reader.load(cached=False)
    _assert_whole(reader, expected)

    index = _index(old_home)
    report = index.sync(_sources("built_in"), progress=False)
    assert report.units == 0 and not report.changed
    assert _collections(index) == {"tradebrief_sources", "tradebrief_vectors"}
    done = _index(old_home)
    done.load(cached=False)
    _assert_whole(done, expected)


def test_a_source_whose_file_changed_since_is_embedded_again_not_migrated(old_home):
    expected = _stored_format5(old_home)
    built_in = _sources("built_in")
    changed = Source(meta=built_in[0].meta, text=built_in[0].text + "\nA late line was added.\n")
    index = _index(old_home, encoder=HashEncoder())
    report = index.sync([changed, built_in[1]], progress=False)
    assert sorted(report.migrated) == ["beta-news", "gamma-memo"]
    assert report.updated == ["alpha-report"] and report.units == len(split_source(changed)[0])
    assert _collections(index) == {"tradebrief_sources", "tradebrief_vectors"}
    reader = _index(old_home)
    reader.load(cached=False)
    for uid, vector in reader.unit_vectors(list(reader.units)).items():
        if uid.startswith("alpha-report"):
            text = reader.units[uid].text
            assert np.array_equal(vector, HashEncoder().encode([text])[0])
        else:
            assert np.array_equal(vector, expected[uid])
