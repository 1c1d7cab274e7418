"""The ingest time estimate: from the unit count, before embedding; over the threshold the CLI
needs --yes (or a yes on a terminal), and refuses without embedding anything otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.search.ingest import (
    UNITS_PER_SECOND,
    Estimate,
    Ingester,
    Watch,
    duration,
    watching,
)
from assistant.settings import REPO_ROOT

LINE = "The working group agreed on {n} March that the quartzite clause should be reviewed."


def _notes(path: Path, sentences: int) -> Path:
    path.write_text("\n".join(LINE.format(n=n) for n in range(sentences)), encoding="utf-8")
    return path


def test_durations_read_as_people_say_them():
    assert [duration(s) for s in (0.2, 40, 200, 3600, 4330)] == [
        "1 s",
        "40 s",
        "3 min 20 s",
        "1 h",
        "1 h 12 min",
    ]


class _NoStore:
    """An index that holds nothing and must never be written to."""

    def collect(self) -> None:
        pass

    def stored(self, source_id: str) -> None:
        return None

    def find_hash(self, content_hash: str) -> None:
        return None

    def add_document(self, source, progress: bool = False) -> int:
        raise AssertionError("embedded although refused")


def test_a_refused_estimate_fails_that_document_before_anything_is_embedded(tmp_path):
    big = _notes(tmp_path / "big-notes.txt", 3000)
    seen: list[Estimate] = []

    def check(estimate: Estimate) -> str | None:
        seen.append(estimate)
        return "too long for today"

    ingester = Ingester(_NoStore(), frozenset(), max_bytes=50 * 1024 * 1024)  # type: ignore[arg-type]
    began = time.monotonic()
    with watching(Watch(check)):
        report = ingester.run([big])
    assert time.monotonic() - began < 5
    (estimate,) = seen
    assert estimate.source_id == "big-notes" and estimate.units == 3000
    assert estimate.seconds == pytest.approx(3000 / UNITS_PER_SECOND)
    (outcome,) = report.outcomes
    assert outcome.status == "failed"
    assert outcome.reason == "big-notes.txt: not ingested: too long for today"


@pytest.fixture
def own_home(assistant, settings, tmp_path) -> Path:
    """A copy of the session's home (its store built), so the CLI builds nothing."""
    copy = tmp_path / "home"
    shutil.copytree(settings.home, copy)
    return copy


def _ingest(home: Path, *args: str, env: dict[str, str] | None = None):
    environment = {**os.environ, "TRADEBRIEF_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    environment.update(env or {})
    began = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ingest", *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,  # not a terminal: nobody to ask
        env=environment,
        cwd=REPO_ROOT,
        timeout=600,
    )
    return out, time.monotonic() - began


def _listed(home: Path) -> str:
    environment = {**os.environ, "TRADEBRIEF_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", "sources"],
        capture_output=True,
        env=environment,
        cwd=REPO_ROOT,
        timeout=300,
        check=True,
    ).stdout.decode()


@pytest.mark.slow
def test_the_cli_refuses_a_long_ingest_off_a_terminal_and_says_how_to_go_on(own_home, tmp_path):
    # 60,000 units: about 20 minutes to embed here. Refused without embedding a single one.
    big = _notes(tmp_path / "big-notes.txt", 60_000)
    out, took = _ingest(own_home, str(big))
    stdout = out.stdout.decode()
    assert out.returncode == 2, out.stderr.decode()
    assert "60,000 units would take about 20 min to embed, over 60 s" in stdout
    assert "run it again with --yes" in stdout and "1 failed" in stdout
    assert took < 30, f"took {took:.0f} s: it should not have embedded anything"
    assert "big-notes" not in _listed(own_home)


@pytest.mark.slow
def test_with_yes_the_long_ingest_goes_on_and_says_its_estimate(own_home, tmp_path):
    notes = _notes(tmp_path / "team-notes.txt", 40)
    env = {"TRADEBRIEF_CONFIRM_SECONDS": "0"}  # every document is "long"
    refused, _ = _ingest(own_home, str(notes), env=env)
    assert refused.returncode == 2 and "--yes" in refused.stdout.decode()
    out, _ = _ingest(own_home, "--yes", str(notes), env=env)
    assert out.returncode == 0, out.stderr.decode()
    assert "team-notes.txt: 40 units, about 1 s to embed" in out.stderr.decode()
    assert "added" in out.stdout.decode() and "team-notes" in _listed(own_home)
