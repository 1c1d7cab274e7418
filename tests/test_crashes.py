"""Nothing lost, nothing wedged: tradebrief processes killed (SIGKILL) in the middle of an ingest,
a replace or a removal leave a store every command uses, with the old version of the document
or the new one whole (quotes verbatim at their offsets), never a mix; and a store that cannot be
opened any more is rebuilt by ``tradebrief index --rebuild`` with nothing ingested lost.

The writers are real ``python -m assistant.cli`` processes on a copy of the session's built
store. They are killed either at a named stage of the write (``TRADEBRIEF_TEST_CRASH_AT``, see
``assistant.search.crash``) or after a random delay once they start on the document. After each
kill a fresh process runs ``sources`` and ``ask`` and reads the store (``crashcheck.py``).
Two chains of kills run side by side, each on its own copy of the store.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assistant.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.slow

CHECKER = Path(__file__).with_name("crashcheck.py")
QUESTION = "What was the zircon levy on lot 3?"
ADD_STAGES = ["vectors-batch", "vectors", "archived", "committed", "cleaned"]
# Before the commit the old version (or nothing) is seen; from the commit on, the new one.
COMMITTED = {"committed", "cleaned"}
REMOVE_STAGES = ["unlisted", "vectors-deleted"]
SEED = int(os.environ.get("TRADEBRIEF_CRASH_SEED", "18"))


def memo(version: int, sentences: int = 8) -> str:
    """A small document whose every version says something different about the zircon levy."""
    lines = [f"Zircon levy memo, version {version}."]
    for lot in range(1, sentences + 1):
        lines.append(
            f"The zircon levy on lot {lot} was set at {version * 10 + lot} percent in round "
            f"{version} of the garnet talks."
        )
    return "\n".join(lines) + "\n"


class Store:
    """A copy of the built store, the CLI run on it, and what was seen after each kill."""

    def __init__(self, settings: Settings, home: Path) -> None:
        for part in ("chroma", "models", "cache", "archive"):
            if (settings.home / part).exists():
                shutil.copytree(settings.home / part, home / part)
        self.home = home
        self.docs = home.parent / f"{home.name}-docs"
        self.docs.mkdir()
        self.env = {
            **os.environ,
            "TRADEBRIEF_HOME": str(home),
            "PYTHONPATH": str(REPO_ROOT),
            "HF_HUB_OFFLINE": "1",
            "TRADEBRIEF_LOCK_TIMEOUT": "120",
        }
        self.env.pop("TRADEBRIEF_TEST_CRASH_AT", None)
        self.kills: list[tuple[str, str]] = []  # (what was killed, what the store showed)

    def write(self, name: str, text: str) -> Path:
        path = self.docs / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        return path

    def cli(self, *args: str, crash: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**self.env, **({"TRADEBRIEF_TEST_CRASH_AT": crash} if crash else {})}
        return subprocess.run(
            [sys.executable, "-m", "assistant.cli", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO_ROOT,
            timeout=300,
        )

    def killed_at(self, stage: str, *args: str) -> None:
        done = self.cli(*args, crash=stage)
        assert done.returncode == -signal.SIGKILL, (stage, args, done.returncode, done.stderr)

    def killed_after(self, delay: float | None, *args: str) -> tuple[str, float]:
        """Run the CLI, kill it ``delay`` s after it starts on the document (None: let it end);
        "killed" or "finished", and how long it ran from that start."""
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant.cli", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env,
            cwd=REPO_ROOT,
        )
        assert process.stderr is not None
        try:
            for line in process.stderr:  # "tradebrief: [1/1] NAME": reading, embedding, writing
                if "[1/1]" in line:
                    break
            started = time.monotonic()
            if delay is not None:
                time.sleep(delay)
                process.send_signal(signal.SIGKILL)
            code = process.wait(timeout=120)
            ran = time.monotonic() - started
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)
        return ("killed" if code == -signal.SIGKILL else "finished"), ran

    def check(self) -> dict:
        """Every command works and agrees with the store; the store's own view of each source."""
        done = subprocess.run(
            [sys.executable, str(CHECKER), QUESTION],
            capture_output=True,
            text=True,
            env=self.env,
            cwd=REPO_ROOT,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        seen = json.loads(done.stdout)
        assert seen["sources"]["code"] == 0, seen["sources"]["err"]
        assert seen["ask"]["code"] == 0, seen["ask"]["err"]
        listed = set(seen["sources"]["ids"])
        answer = seen["ask"]["answer"]
        cited = {c["source_id"] for c in answer["citations"]}
        assert cited <= listed, (cited, listed)  # no answer cites a source `sources` lacks
        assert seen["quotes_verbatim"], answer["citations"]
        assert all(seen["complete"].values()), seen["complete"]  # every source whole
        assert set(seen["complete"]) == listed
        return seen

    def version_of(self, seen: dict, source_id: str, versions: dict[int, str]) -> int | None:
        """Which version of ``source_id`` the store holds (None: not stored); never a mix."""
        if source_id not in seen["complete"]:
            return None
        text = seen["texts"][source_id]
        found = [v for v, t in versions.items() if t == text]
        assert found, f"{source_id} holds a text that is no version of it: {text[:200]!r}"
        return found[0]

    def settled(self, seen: dict) -> None:
        """After a write that ran to its end: no record of an unfinished write is left."""
        assert seen["raw"] == seen["loaded"], (seen["raw"], seen["loaded"])


def _stage_chain(store: Store) -> list[str]:
    """Replace, remove and first ingest, killed at every named stage; re-runs end consistent."""
    log = []
    versions = {v: memo(v) for v in range(1, 12)}
    path = store.write("zircon-memo", versions[1])
    spares = [store.write(f"spare-{n}", memo(30 + n, sentences=3)) for n in (1, 2)]
    assert store.cli("ingest", str(path), *map(str, spares)).returncode == 0
    current = 1
    for number, stage in enumerate(ADD_STAGES, start=2):  # replace v(n-1) by v(n)
        path.write_text(versions[number], encoding="utf-8")
        store.killed_at(stage, "ingest", str(path))
        held = store.version_of(store.check(), "zircon-memo", versions)
        assert held == (number if stage in COMMITTED else current), (stage, held, current)
        log.append(f"replace killed at {stage}: v{held} whole")
        current = held
    done = store.cli("ingest", str(path))  # the re-run of the last one
    assert done.returncode == 0, done.stderr
    seen = store.check()
    last = len(ADD_STAGES) + 1
    assert store.version_of(seen, "zircon-memo", versions) == last
    store.settled(seen)

    targets = ["zircon-memo", "zircon-memo", "spare-1"]
    for source_id, stage in zip(targets, ["unlisting", *REMOVE_STAGES], strict=True):
        store.killed_at(stage, "sources", "remove", source_id)
        seen = store.check()
        present = source_id in seen["complete"]
        assert present == (stage == "unlisting"), (stage, present)
        log.append(f"remove killed at {stage}: {'still whole' if present else 'gone'}")
        if present:
            assert store.version_of(seen, source_id, versions) == last

    for number, stage in enumerate(["committed", "archived", "vectors-batch", "vectors"], start=1):
        new = store.write(f"onyx-note-{number}", memo(50 + number, sentences=4))
        store.killed_at(stage, "ingest", str(new))
        seen = store.check()
        present = f"onyx-note-{number}" in seen["complete"]
        assert present == (stage in COMMITTED), (stage, present)
        log.append(f"first ingest killed at {stage}: {'whole' if present else 'absent'}")
    done = store.cli("index")  # reports and removes what the last kill left
    assert done.returncode == 0 and "unfinished write(s) (onyx-note-4)" in done.stdout, done.stdout
    store.settled(store.check())
    done = store.cli("ingest", str(new))  # the re-run
    assert done.returncode == 0 and "added" in done.stdout, done.stdout
    seen = store.check()
    assert seen["texts"]["onyx-note-4"] == memo(54, sentences=4)
    store.settled(seen)
    return log


def _random_chain(store: Store, rng: random.Random) -> list[str]:
    """Replaces and first ingests killed after a random delay, wherever the write then is."""
    log = []
    versions = {v: memo(v, sentences=40) for v in range(100, 112)}
    path = store.write("basalt-memo", versions[100])
    # How long an ingest of such a document runs once it starts on it (reading, embedding,
    # writing, reloading): the kills are spread over that time.
    outcome, span = store.killed_after(None, "ingest", str(path))
    assert outcome == "finished"
    current, kills = 100, 0
    for number in range(101, 112):
        path.write_text(versions[number], encoding="utf-8")
        delay = rng.uniform(0.0, span)
        outcome, _ = store.killed_after(delay, "ingest", str(path))
        held = store.version_of(store.check(), "basalt-memo", versions)
        assert held in (current, number), (delay, outcome, held)
        if outcome == "finished":
            assert held == number
        kills += outcome == "killed"
        log.append(f"replace, kill after {delay:.2f} s: {outcome}, v{held} whole")
        current = held or current
    done = store.cli("ingest", str(path))
    assert done.returncode == 0, done.stderr
    seen = store.check()
    assert store.version_of(seen, "basalt-memo", versions) == 111
    store.settled(seen)
    assert kills >= 6, log  # most delays land before the process ends
    return [f"random kills spread over the {span:.2f} s an ingest runs", *log]


def test_kills_at_any_point_leave_the_old_or_the_new_version_whole(tmp_path, settings, assistant):
    rng = random.Random(SEED)
    stores = [Store(settings, tmp_path / "stages"), Store(settings, tmp_path / "random")]
    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        stage_log = pool.submit(_stage_chain, stores[0])
        random_log = pool.submit(_random_chain, stores[1], rng)
        logs = stage_log.result() + random_log.result()
    kills = [line for line in logs if "killed" in line]
    print(f"\n{len(kills)} kills in {time.monotonic() - began:.0f} s (seed {SEED}):")
    print("\n".join(logs))
    assert len(kills) >= 20


def test_a_store_that_cannot_be_opened_is_rebuilt_with_nothing_lost(tmp_path, settings, assistant):
    store = Store(settings, tmp_path / "home")
    first = store.write("zircon-memo", memo(1))
    second = store.write("garnet-notes", memo(2, sentences=3).replace("zircon", "garnet"))
    assert store.cli("ingest", str(first), str(second)).returncode == 0
    before = store.check()
    with (store.home / "chroma" / "chroma.sqlite3").open("r+b") as handle:
        handle.write(b"\0" * 4096)  # the header gone: "file is not a database"

    for command in (["sources"], ["ask", QUESTION], ["ingest", str(first)]):
        failed = store.cli(*command)
        assert failed.returncode == 1, (command, failed.stdout, failed.stderr)
        assert "tradebrief index --rebuild" in failed.stderr and "Traceback" not in failed.stderr

    began = time.monotonic()
    rebuilt = store.cli("index", "--rebuild")
    seconds = time.monotonic() - began
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "could not be opened" in rebuilt.stdout
    assert "restored 2 ingested document(s) from the archive" in rebuilt.stdout
    assert len(list(store.home.glob("chroma.broken-*"))) == 1  # kept aside, for inspection
    after = store.check()
    assert after["texts"] == before["texts"] and set(after["complete"]) == set(before["complete"])
    assert "zircon-memo" in {c["source_id"] for c in after["ask"]["answer"]["citations"]}
    store.settled(after)
    print(f"\nrebuilt in {seconds:.1f} s (the whole command)")
