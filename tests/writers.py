"""A real process holding the store's writer lock, for tests of what other writers do meanwhile."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assistant.settings import REPO_ROOT

_WRITER = """
import logging, sys, time
from assistant.errors import IndexStoreError
from assistant.search.lock import writer_lock
from assistant.settings import Settings

logging.basicConfig(level=logging.INFO, format="tradebrief: %(message)s", stream=sys.stderr)
try:
    with writer_lock(Settings.from_env()):
        print("locked", time.time(), flush=True)
        time.sleep(float(sys.argv[1]))
        print("released", time.time(), flush=True)
except IndexStoreError as exc:
    print(f"tradebrief: {exc}", file=sys.stderr)
    sys.exit(1)
"""


def writer(home: Path, hold: float, timeout: int | None = None) -> subprocess.Popen[str]:
    """A process that takes the writer lock of ``home``, prints "locked TIME", holds it ``hold``
    seconds, prints "released TIME" and exits (1, with the error, if it could not get it)."""
    env = {**os.environ, "TRADEBRIEF_HOME": str(home), "PYTHONPATH": str(REPO_ROOT)}
    if timeout is not None:
        env["TRADEBRIEF_LOCK_TIMEOUT"] = str(timeout)
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(hold)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO_ROOT,
    )


def locked_at(process: subprocess.Popen[str]) -> float:
    """When ``process`` got the lock (waits for it to say so)."""
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("locked"), line + (process.stderr.read() if process.stderr else "")
    return float(line.split()[1])


def stop(processes: list[subprocess.Popen[str]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
