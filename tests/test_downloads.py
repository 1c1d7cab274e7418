"""The files the page offers for download leave nothing behind in the system temp dir: their folder
goes with the app that made it, or with its process, and a killed process's folder is removed by
the next process that makes one."""

from __future__ import annotations

import gc
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from assistant.app.downloads import PREFIX, Downloads
from assistant.settings import REPO_ROOT


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temp dir, as this process and the processes it starts see it."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    return tmp_path


def _process_offering_a_file(then: str = "") -> subprocess.CompletedProcess[str]:
    """Run a process that offers a file for download, keeps it, and then runs ``then``."""
    code = (
        "import os, signal\n"
        "from assistant.app.downloads import Downloads\n"
        "kept = Downloads()\n"
        "(kept.folder() / 'note.md').write_text('a note')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code + then],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_nothing_is_made_before_a_file_is_offered(temp_dir):
    Downloads()
    assert list(temp_dir.iterdir()) == []


def test_each_download_has_a_folder_of_its_own_and_all_go_with_their_app(temp_dir):
    downloads = Downloads()
    first, second = downloads.folder(), downloads.folder()
    (first / "note.md").write_text("a note", encoding="utf-8")
    (second / "note.md").write_text("another", encoding="utf-8")
    assert first != second and first.parent == second.parent
    assert [p.name.startswith(PREFIX) for p in temp_dir.iterdir()] == [True]
    del downloads
    gc.collect()
    assert list(temp_dir.iterdir()) == []


def test_the_folder_goes_when_the_process_exits(temp_dir):
    exited = _process_offering_a_file()
    assert exited.returncode == 0, exited.stderr
    assert list(temp_dir.iterdir()) == []


def test_a_killed_process_s_folder_is_removed_by_the_next_maker_not_a_running_one_s(temp_dir):
    killed = _process_offering_a_file(then="os.kill(os.getpid(), signal.SIGKILL)\n")
    assert killed.returncode == -9, killed.stderr
    (abandoned,) = temp_dir.iterdir()
    running, next_maker = Downloads(), Downloads()
    held = running.folder().parent
    ours = next_maker.folder().parent
    assert not abandoned.exists()
    assert held.is_dir() and ours.is_dir() and held != ours
    assert sorted(temp_dir.iterdir()) == sorted([held, ours])


def test_a_folder_without_a_lock_is_not_judged_abandoned(temp_dir):
    # Another user's folder (its lock cannot be opened) is one; so is one of our name that
    # Downloads did not make.
    stranger = temp_dir / f"{PREFIX}not-made-by-downloads"
    stranger.mkdir()
    Downloads().folder()
    assert stranger.is_dir()
