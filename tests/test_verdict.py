"""The data check's clean verdict, remembered between processes: used only for the very inputs it
was reached on; a stale, damaged or foreign entry is ignored and the check runs again."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.knowledge import verdict
from assistant.knowledge.rows import load_data
from assistant.knowledge.sources import load_sources
from assistant.settings import Settings


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {s.id: s.text for s in load_sources(Settings().sources_dir)}


@pytest.fixture
def tables(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(Settings().data_dir, copy)
    return copy


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the real check ran."""
    ran: list[int] = []
    real = verdict.verify

    def counted(data, texts):  # noqa: ANN001, ANN202
        ran.append(1)
        return real(data, texts)

    monkeypatch.setattr(verdict, "verify", counted)
    return ran


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"{verdict.PREFIX}*.json"))


def test_a_clean_verdict_is_remembered_and_the_check_skipped_next_time(
    tables, texts, checks, tmp_path
):
    cache = tmp_path / "cache"
    data = load_data(tables)
    assert verdict.check(data, texts, tables, cache) == []
    assert verdict.check(data, texts, tables, cache) == []
    assert len(checks) == 1
    assert len(_entries(cache)) == 1
    assert not list(cache.glob(".*"))  # no temporary file left behind


def test_edited_tables_are_checked_again_and_their_problems_found(tables, texts, checks, tmp_path):
    cache = tmp_path / "cache"
    assert verdict.check(load_data(tables), texts, tables, cache) == []
    path = tables / "us_offsets.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("amount: 27,", "amount: 28,"))
    problems = verdict.check(load_data(tables), texts, tables, cache)
    assert problems == ["bis-2022-contracts: amount 28 is not in its quote with its labels"]
    # Problems are never remembered: the next start checks, and refuses, again.
    assert verdict.check(load_data(tables), texts, tables, cache) == problems
    assert len(checks) == 3
    assert len(_entries(cache)) == 1  # the clean verdict of the tables as they were


def test_a_source_whose_text_changed_is_checked_again(tables, texts, checks, tmp_path):
    cache = tmp_path / "cache"
    data = load_data(tables)
    assert verdict.check(data, texts, tables, cache) == []
    row = next(data.rows())
    edited = {**texts, row.source: texts[row.source].replace(row.quote, "(the sentence was cut)")}
    problems = verdict.check(data, edited, tables, cache)
    assert problems and problems[0].startswith(f"{row.id}: quote does not stand verbatim")
    assert len(checks) == 2


def test_changed_code_is_checked_again(tables, texts, checks, tmp_path, monkeypatch):
    package = tmp_path / "package"
    package.mkdir()
    (package / "check.py").write_text("BOUND = 'tight'\n")
    monkeypatch.setattr(verdict, "_PACKAGE", package)
    cache = tmp_path / "cache"
    data = load_data(tables)
    verdict.check(data, texts, tables, cache)
    (package / "check.py").write_text("BOUND = 'loose'\n")
    verdict.check(data, texts, tables, cache)
    verdict.check(data, texts, tables, cache)
    assert len(checks) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: entry[: len(entry) // 2],  # cut short
        lambda entry: b"\xff\xfe" + entry,  # not UTF-8
        lambda entry: b"",
        lambda entry: entry.replace(b'"problems": 0', b'"problems": 1'),
        lambda entry: entry.replace(b'"rows": ', b'"rows": 1'),  # other rows
        lambda entry: json.dumps({**json.loads(entry), "key": "0" * 64}).encode(),
        lambda entry: json.dumps([json.loads(entry)]).encode(),
    ],
    ids=["cut", "binary", "empty", "problems", "rows", "key", "shape"],
)
def test_a_damaged_or_foreign_entry_is_ignored_and_written_afresh(
    damage, tables, texts, checks, tmp_path
):
    cache = tmp_path / "cache"
    data = load_data(tables)
    verdict.check(data, texts, tables, cache)
    (entry,) = _entries(cache)
    whole = entry.read_bytes()
    entry.write_bytes(damage(whole))
    assert verdict.check(data, texts, tables, cache) == []
    assert len(checks) == 2
    assert entry.read_bytes() == whole
    verdict.check(data, texts, tables, cache)
    assert len(checks) == 2


def test_a_damaged_entry_never_hides_a_problem(tables, texts, tmp_path):
    cache = tmp_path / "cache"
    path = tables / "us_offsets.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("amount: 27,", "amount: 28,"))
    data = load_data(tables)
    key = verdict.inputs_key(tables, texts)
    # A clean verdict of these very inputs, but for another number of rows: not believed.
    rows = sum(1 for _ in data.rows()) + 1
    entry = {"format": verdict.FORMAT, "key": key, "rows": rows, "problems": 0}
    verdict.entry_path(cache, key).parent.mkdir(parents=True)
    verdict.entry_path(cache, key).write_text(json.dumps(entry))
    assert verdict.check(data, texts, tables, cache) != []


def test_only_the_newest_entries_are_kept(tables, texts, tmp_path):
    cache = tmp_path / "cache"
    path = tables / "us_offsets.yaml"
    for n in range(verdict.KEEP + 3):
        with path.open("a", encoding="utf-8") as file:
            file.write(f"# edit {n}\n")  # a comment: the tables stay clean, the key changes
        assert verdict.check(load_data(tables), texts, tables, cache) == []
    assert len(_entries(cache)) == verdict.KEEP


def test_a_home_that_cannot_be_written_checks_every_time(tables, texts, checks, tmp_path):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder would be")
    data = load_data(tables)
    assert verdict.check(data, texts, tables, blocked) == []
    assert verdict.check(data, texts, tables, blocked) == []
    assert len(checks) == 2


_WRITER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from assistant.knowledge import verdict

    cache, key, until = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    path = verdict.entry_path(cache, key)
    while time.time() < until:
        time.sleep(0.001)
    torn = 0
    for _ in range(200):
        verdict._remember(path, key, 7)
        try:
            if json.loads(path.read_bytes())["key"] != key:
                torn += 1
        except FileNotFoundError:
            pass
        except ValueError:
            torn += 1
    print(torn)
    """
)


def test_processes_writing_the_same_entry_at_once_leave_one_whole_entry(tmp_path):
    import time

    cache = tmp_path / "cache"
    key = "ab" * 32
    start = str(time.time() + 1.5)  # both past their imports by then
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(cache), key, start],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [w.communicate(timeout=60)[0] for w in writers]
    assert [w.returncode for w in writers] == [0, 0]
    assert [int(out) for out in outputs] == [0, 0]  # no reader ever saw a torn entry
    assert [p.name for p in cache.iterdir()] == [verdict.entry_path(cache, key).name]
    assert verdict._remembered(verdict.entry_path(cache, key), key, 7)
