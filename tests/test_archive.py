"""The archive of ingested documents: content-addressed, written by atomic rename, checked on read."""

from __future__ import annotations

import os

import pytest

from assistant.datafiles import atomic_write
from assistant.errors import IndexStoreError
from assistant.knowledge.sources import Source, SourceMeta
from assistant.search.archive import Archive
from assistant.search.crash import CRASH_ENV, crash_point
from assistant.search.index import Collected
from assistant.settings import Settings


def _memo(text: str = "The zircon levy was set at 12 percent.\n") -> Source:
    meta = SourceMeta(id="zircon-memo", title="Zircon memo", origin="ingested", file="z.txt")
    return Source(meta=meta, text=text)


def test_a_document_is_kept_under_its_content_hash_and_read_back_whole(tmp_path):
    archive = Archive(tmp_path / "archive")
    key = archive.put(_memo())
    assert archive.put(_memo()) == key  # the same content: the same file, written once
    assert archive.get(key) == _memo()
    other = archive.put(_memo("The zircon levy was set at 4 percent.\n"))
    assert other != key and len(list((tmp_path / "archive" / "documents").iterdir())) == 2
    assert not list(tmp_path.rglob("*.tmp"))  # no temporary file left behind


def test_a_damaged_document_is_refused_not_restored(tmp_path):
    archive = Archive(tmp_path / "archive")
    key = archive.put(_memo())
    path = tmp_path / "archive" / "documents" / f"{key}.json"
    path.write_bytes(path.read_bytes().replace(b"12 percent", b"13 percent"))
    with pytest.raises(IndexStoreError, match="damaged"):
        archive.get(key)


def test_the_manifest_names_what_the_store_holds(tmp_path):
    archive = Archive(tmp_path / "archive")
    assert archive.manifest() == {}
    archive.set_manifest({"zircon-memo": "abc", "onyx-note": "def"})
    assert archive.manifest() == {"onyx-note": "def", "zircon-memo": "abc"}
    (tmp_path / "archive" / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexStoreError, match="manifest"):
        archive.manifest()


def test_an_atomic_write_that_fails_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "file.json"
    atomic_write(path, b"old")

    def no_rename(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(OSError):
        atomic_write(path, b"new")
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["file.json"]


def test_each_store_has_its_own_manifest_and_all_share_the_documents(tmp_path):
    embedded = Archive.of(Settings(home=tmp_path))
    server = Archive.of(Settings(home=tmp_path, chroma_url="http://127.0.0.1:8000"))
    other = Archive.of(Settings(home=tmp_path, chroma_url="http://127.0.0.1:8001"))
    assert len({embedded.manifest_name, server.manifest_name, other.manifest_name}) == 3
    key = server.put(_memo())
    server.set_manifest({"zircon-memo": key})
    assert server.manifest() == {"zircon-memo": key} and embedded.has(key)
    assert embedded.manifest() == {} and other.manifest() == {}
    assert (
        '"store": "http://127.0.0.1:8000"'
        in (tmp_path / "archive" / server.manifest_name).read_text()
    )


def test_the_crash_hook_does_nothing_unless_asked_for_that_stage(monkeypatch):
    monkeypatch.delenv(CRASH_ENV, raising=False)
    crash_point("committed")
    monkeypatch.setenv(CRASH_ENV, "units")
    crash_point("committed")  # another stage: still alive


def test_the_collection_summary_tells_unfinished_writes_from_an_older_format():
    collected = Collected()
    assert not collected and collected.summary() == "no leftovers of unfinished writes"
    collected.records[("memo", "ab12")] += 3
    collected.records[("memo", "")] += 2
    assert collected.summary() == (
        "removed 3 leftover records of 1 unfinished write(s) (memo); "
        "removed 2 records of the older store format"
    )
