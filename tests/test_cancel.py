"""A cancelled ingest leaves nothing behind: the file being written is dropped before its commit,
and what the same run had already stored is undone (added documents removed, replaced ones put
back as they were). These tests drive the ingester over a recording stand-in for the store; the
tests of the chat's background upload (``test_uploads.py``) cancel real ingests."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from assistant.errors import Cancelled
from assistant.knowledge.sources import Source, SourceMeta
from assistant.search.ingest import Ingester, Watch, watching
from assistant.search.watch import Step, checkpoint


class _Store:
    """Holds documents by id, as the index would, and records every write asked of it."""

    def __init__(self, held: dict[str, Source]) -> None:
        self.held = dict(held)
        self.calls: list[tuple[str, str]] = []

    def collect(self) -> None:
        pass

    def stored(self, source_id: str) -> tuple[SourceMeta, str] | None:
        source = self.held.get(source_id)
        return (source.meta, source.content_hash) if source else None

    def stored_source(self, source_id: str) -> Source | None:
        return self.held.get(source_id)

    def find_hash(self, content_hash: str) -> str | None:
        return next((i for i, s in self.held.items() if s.content_hash == content_hash), None)

    def add_document(self, source: Source, progress: bool = False) -> int:
        checkpoint("embedding", source.id, 0, 1)  # as the index does before embedding
        self.calls.append(("add", source.id))
        self.held[source.id] = source
        return 1

    def remove(self, source_id: str) -> bool:
        self.calls.append(("remove", source_id))
        return self.held.pop(source_id, None) is not None


def _file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _cancel_when(name: str, cancel: threading.Event):
    def step(step: Step) -> None:
        if step.phase == "reading" and step.name == name:
            cancel.set()

    return step


def test_a_cancel_undoes_what_the_run_stored_and_skips_the_rest(tmp_path):
    old = _file(tmp_path, "memo.txt", "The old memo says the levy is ten percent.\n")
    first = Ingester(_Store({}), frozenset(), max_bytes=1 << 20)
    first.run([old])
    store = _Store(first.index.held)  # type: ignore[attr-defined]
    before = dict(store.held)

    _file(tmp_path, "memo.txt", "The new memo says the levy is twelve percent.\n")
    fresh = _file(tmp_path, "fresh.txt", "A fresh note on the basalt clause.\n")
    third = _file(tmp_path, "third.txt", "A third note on the garnet clause.\n")
    fourth = _file(tmp_path, "fourth.txt", "A fourth note on the onyx clause.\n")
    cancel = threading.Event()
    ingester = Ingester(store, frozenset(), max_bytes=1 << 20)  # type: ignore[arg-type]
    # The step is told after the cancel is looked at: set while reading the third file, the
    # cancel stops the run at that file's first checkpoint inside the store.
    with watching(Watch(step=_cancel_when("third.txt", cancel), cancel=cancel)):
        report = ingester.run([old, fresh, third, fourth])

    assert [(o.status, o.reason) for o in report.outcomes] == [
        ("cancelled", "replaced, then undone"),
        ("cancelled", "added, then undone"),
        ("cancelled", "third: cancelled; nothing of it was kept"),
        ("cancelled", "not started"),
    ]
    assert store.held == before  # the old memo back, the fresh note gone
    assert store.calls == [("add", "memo"), ("add", "fresh"), ("remove", "fresh"), ("add", "memo")]
    assert not report.changed and len(report.cancelled) == 4
    assert "4 cancelled" in report.summary()


def test_without_a_cancel_nothing_is_kept_for_undoing(tmp_path):
    memo = _file(tmp_path, "memo.txt", "The memo says the levy is ten percent.\n")
    store = _Store({})
    ingester = Ingester(store, frozenset(), max_bytes=1 << 20)  # type: ignore[arg-type]
    with watching(Watch()):
        report = ingester.run([memo])
    assert [o.status for o in report.outcomes] == ["added"]
    assert ingester._previous == {}


def test_a_checkpoint_outside_a_watched_ingest_does_nothing():
    checkpoint("embedding", "memo", 1, 2)  # no watch: no report, no cancel


def test_a_checkpoint_reports_the_step_and_raises_once_cancelled():
    seen: list[Step] = []
    cancel = threading.Event()
    with watching(Watch(step=seen.append, cancel=cancel)):
        checkpoint("storing", "memo", 256, 1000)
        cancel.set()
        with pytest.raises(Cancelled, match="memo: cancelled; nothing of it was kept"):
            checkpoint("storing", "memo", 512, 1000)
    assert seen == [Step("storing", "memo", 256, 1000)]
