"""The store manifest (assistant.search.manifest): a reader whose views are cached answers without
opening Chroma; a manifest that is missing, damaged, stale or left by a killed writer is never
trusted over the store, and the next reader writes a good one.

The store holds the real sources, indexed with a stand-in encoder (hashed vectors, no model).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.knowledge.sources import Source, SourceMeta, load_sources
from assistant.search import manifest
from assistant.search.index import KnowledgeIndex
from assistant.search.lock import writer_lock
from assistant.search.store import Store
from assistant.search.terms import Lexicon
from assistant.settings import REPO_ROOT, Settings
from tests.test_view_cache import HashEncoder, assert_same_views

MEMO = SourceMeta(id="memo_1", title="A memo", origin="ingested", file="memo.txt")
MEMO_TEXT = "The KC-X memo. Airbus won the tanker contract in 2015 with an offset of 51 percent."


def _index(settings: Settings) -> KnowledgeIndex:
    lexicon = Lexicon(settings.knowledge_dir / "aliases.yaml")
    return KnowledgeIndex(settings, lexicon, encoder=HashEncoder())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("manifest-store")
    _index(Settings(home=home)).sync(load_sources(Settings(home=home).sources_dir), progress=False)
    return home


@pytest.fixture
def store(built: Path, tmp_path: Path) -> Settings:
    """A copy of the built store (no manifest, no views yet) in a home of this test's own."""
    home = tmp_path / "home"
    shutil.copytree(built / "chroma", home / "chroma")
    return Settings(home=home)


def _without_chroma(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open the store fails the test."""

    def refuse(self: Store) -> None:
        raise AssertionError("the store was opened")

    monkeypatch.setattr(Store, "_connect", refuse)


def _primed(settings: Settings) -> KnowledgeIndex:
    """A first reader: it reads the store, writes the views and (the lock being free) the manifest."""
    index = _index(settings)
    index.load()
    return index


def test_a_reader_with_a_manifest_and_cached_views_never_opens_the_store(store, monkeypatch):
    first = _primed(store)
    assert manifest.read(store) == first.store._store_records()
    _without_chroma(monkeypatch)
    reader = _index(store)
    report = reader.sync(load_sources(store.sources_dir), progress=False)
    assert not report.changed and len(report.unchanged) == len(first.sources)
    reader.load()
    assert_same_views(reader, first)
    assert reader.fingerprint() == first.fingerprint()


def test_a_cli_reader_does_not_even_import_chromadb(store):
    _primed(store)
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from assistant.search.index import KnowledgeIndex
        from assistant.search.terms import Lexicon
        from assistant.settings import Settings
        settings = Settings(home=Path(sys.argv[1]))
        index = KnowledgeIndex(settings, Lexicon(settings.knowledge_dir / "aliases.yaml"))
        index.load()
        print(len(index.units), "chromadb" in sys.modules)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(store.home)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    ).stdout.split()
    assert int(out[0]) > 300 and out[1] == "False"


def test_every_write_leaves_a_manifest_that_matches_the_store(store):
    writer = _index(store)
    writer.add_document(Source(meta=MEMO, text=MEMO_TEXT))
    assert manifest.read(store) == writer.store._store_records()
    assert "memo_1" in manifest.read(store)
    writer.remove("memo_1")
    assert manifest.read(store) == writer.store._store_records()
    assert "memo_1" not in manifest.read(store)


def test_a_write_deletes_the_manifest_before_changing_the_store(store):
    writer = _index(store)
    _primed(store)
    seen = []
    with writer.writing():
        seen.append(manifest.manifest_path(store).exists())
        seen.append(
            _index(store).store._records() == writer.store._store_records()
        )  # read from the store
    assert seen == [False, True]
    assert manifest.read(store) is not None


def test_a_missing_manifest_is_read_from_the_store_and_written_again(store):
    first = _primed(store)
    manifest.manifest_path(store).unlink()
    reader = _index(store)
    reader.load()
    assert_same_views(reader, first)
    assert manifest.read(store) == first.store._store_records()


def test_a_reader_writes_no_manifest_while_a_writer_holds_the_lock(store):
    _primed(store)
    manifest.manifest_path(store).unlink()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\n"
            "from assistant.search.lock import writer_lock\nfrom assistant.settings import Settings\n"
            "with writer_lock(Settings(home=Path(sys.argv[1]))):\n"
            "    print('held', flush=True)\n    time.sleep(60)\n",
            str(store.home),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        reader = _index(store)
        reader.load()  # does not wait for the writer
        assert len(reader.units) > 300
        assert not manifest.manifest_path(store).exists()
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize(
    "damage",
    ["not json", "truncated", "another format", "another store", "records not a table", "empty"],
)
def test_a_damaged_manifest_is_never_used(store, monkeypatch, damage):
    first = _primed(store)
    path = manifest.manifest_path(store)
    data = json.loads(path.read_text())
    if damage == "not json":
        path.write_text("{ this is not json")
    elif damage == "truncated":
        path.write_text(path.read_text()[:200])
    elif damage == "another format":
        path.write_text(json.dumps({**data, "format": "0"}))
    elif damage == "another store":
        path.write_text(json.dumps({**data, "location": "/elsewhere/chroma"}))
    elif damage == "records not a table":
        path.write_text(json.dumps({**data, "records": ["memo_1"]}))
    else:
        path.write_text("")
    assert manifest.read(store) is None
    reader = _index(store)
    reader.load()
    assert_same_views(reader, first)
    assert manifest.read(store) == first.store._store_records()  # the reader wrote a good one


def test_a_manifest_of_an_earlier_state_is_not_trusted(store):
    _primed(store)
    old = manifest.manifest_path(store).read_text()
    writer = _index(store)
    writer.add_document(Source(meta=MEMO, text=MEMO_TEXT))
    manifest.manifest_path(store).write_text(old)  # as if the write had not touched it
    assert manifest.read(store) is None
    reader = _index(store)
    reader.load()
    assert "memo_1" in reader.sources and reader.texts["memo_1"] == MEMO_TEXT


def test_a_write_that_bypasses_the_writer_lock_makes_the_manifest_stale(store):
    """As an older tradebrief, or any other Chroma client, would write."""
    first = _primed(store)
    sid = next(iter(first.sources))
    record = first.store._store_records()[sid]
    meta = first.sources[sid].model_copy(update={"title": "Retitled elsewhere"})
    first.store._collection("tradebrief_sources").update(
        ids=[sid], metadatas=[{**record, "meta": meta.model_dump_json()}]
    )
    assert manifest.read(store) is None
    reader = _index(store)
    assert reader.store._records()[sid]["meta"] == meta.model_dump_json()
    reader.load()
    assert reader.sources[sid].title == "Retitled elsewhere"


def test_reading_the_store_leaves_the_manifest_trusted(store):
    first = _primed(store)
    stamp = manifest.store_stamp(store)
    plain = _index(store)
    plain.load(cached=False)  # opens Chroma and reads every collection
    plain.dense_search(HashEncoder().encode(["offset"])[0], 5)
    assert manifest.store_stamp(store) == stamp
    assert manifest.read(store) == first.store._store_records()


def test_a_store_moved_aside_and_rebuilt_does_not_take_the_old_manifest(store):
    _primed(store)
    records = manifest.read(store)
    assert records is not None
    with writer_lock(store):
        shutil.move(store.chroma_dir, store.home / "chroma.old")
        shutil.copytree(store.home / "chroma.old", store.chroma_dir)  # same content, a new file
    assert manifest.read(store) is None


_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from assistant.knowledge.sources import Source
    from assistant.settings import Settings
    from tests.test_store_manifest import MEMO, MEMO_TEXT, _index
    index = _index(Settings(home=Path(sys.argv[1])))
    if sys.argv[2] == "load":
        index.load()
    else:
        index.add_document(Source(meta=MEMO, text=MEMO_TEXT))
    """
)


def _elsewhere(settings: Settings, what: str, crash_at: str = "") -> int:
    """Run ``load`` or a write of the memo in another process (Chroma caches a store's state
    per process: this one must not have opened it before the other one wrote)."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "TRADEBRIEF_TEST_CRASH_AT": crash_at}
    proc = subprocess.run(
        [sys.executable, "-c", _WRITER, str(settings.home), what],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode in (0, -9), proc.stderr
    return proc.returncode


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["vectors-batch", "vectors", "committed", "cleaned"])
def test_a_writer_killed_anywhere_leaves_no_manifest_and_readers_see_the_store(store, stage):
    _elsewhere(store, "load")
    assert manifest.read(store) is not None
    assert _elsewhere(store, "write", crash_at=stage) == -9
    assert not manifest.manifest_path(store).exists()
    reader = _index(store)
    reader.load()
    committed = stage in ("committed", "cleaned")
    assert ("memo_1" in reader.sources) == committed
    assert (reader.texts.get("memo_1") == MEMO_TEXT) == committed
    assert any(u.source_id == "memo_1" for u in reader.units.values()) == committed
    plain = _index(store)
    plain.load(cached=False)
    assert_same_views(reader, plain)
    assert manifest.read(store) == reader.store._store_records()  # written again by the reader


def test_a_server_store_has_no_manifest(store):
    settings = Settings(home=store.home, chroma_url="http://127.0.0.1:9")
    assert manifest.store_stamp(settings) is None
    assert not manifest.write(settings, {"a": {}})
    assert manifest.read(settings) is None


def test_a_large_store_is_searched_without_chroma_with_the_same_best_passages(store, monkeypatch):
    from assistant.search import dense

    queries = ["offset threshold", "KC-X tanker Airbus", "DAPA guidelines"]
    vectors = [HashEncoder().encode([q])[0] for q in queries]
    exact = [_primed(store).dense_search(v, 5) for v in vectors]
    # As large as a store whose passages are scanned quantised: the reader still opens no store.
    monkeypatch.setattr(dense, "SCAN_FROM", 0)
    _without_chroma(monkeypatch)
    reader = _index(store)
    reader.load()
    assert reader.views.shortlist() is not None
    assert [reader.dense_search(v, 5) for v in vectors] == exact
