"""One writer at a time: every write takes $TRADEBRIEF_HOME/write.lock; a second writer waits,
says so, and gives up with a clear error after TRADEBRIEF_LOCK_TIMEOUT seconds.

The writers here are real processes holding the real lock, started and stopped by each test.
"""

from __future__ import annotations

import signal
import subprocess
import time

import pytest
from writers import locked_at, stop, writer

from assistant.errors import IndexStoreError
from assistant.settings import Settings


@pytest.fixture
def writers():
    """Every writer a test starts is stopped at its end, whatever happens."""
    started: list[subprocess.Popen[str]] = []
    yield started
    stop(started)


def test_a_second_writer_waits_says_so_and_proceeds_when_the_first_is_done(tmp_path, writers):
    first = writer(tmp_path, hold=2.0)
    writers.append(first)
    locked_at(first)
    second = writer(tmp_path, hold=0.0)
    writers.append(second)
    second_locked = locked_at(second)  # blocks until the second writer has the lock
    assert first.stdout is not None
    first_released = float(first.stdout.readline().split()[1])
    assert second_locked >= first_released  # never both at once
    # Read through the same buffered streams locked_at() read from: communicate() reads the raw
    # pipe and would miss a "released" line already buffered with "locked" (hold=0).
    assert second.stdout is not None and second.stderr is not None
    out, err = second.stdout.read(), second.stderr.read()
    assert second.wait(timeout=30) == 0 and "released" in out
    assert f"tradebrief: waiting for another tradebrief writing to {tmp_path}…" in err
    assert err.count("waiting") == 1  # said once, not once per try
    assert first.wait(timeout=30) == 0


def test_a_writer_that_waits_past_the_timeout_fails_with_a_clear_error(tmp_path, writers):
    first = writer(tmp_path, hold=60.0)
    writers.append(first)
    locked_at(first)
    began = time.monotonic()
    second = writer(tmp_path, hold=0.0, timeout=1)
    writers.append(second)
    out, err = second.communicate(timeout=30)
    waited = time.monotonic() - began
    assert second.returncode == 1 and "locked" not in out
    assert "waiting for another tradebrief" in err
    assert (
        f"another tradebrief (pid {first.pid}) has been writing to {tmp_path} for over 1 s "
        "(TRADEBRIEF_LOCK_TIMEOUT)"
    ) in err
    assert "Traceback" not in err
    assert waited < 15  # about 1 s of waiting plus the interpreter's start
    assert first.poll() is None  # the first writer was left alone


def test_a_writer_that_dies_leaves_no_lock_behind(tmp_path, writers):
    first = writer(tmp_path, hold=60.0)
    writers.append(first)
    locked_at(first)
    first.send_signal(signal.SIGKILL)  # no chance to release anything
    first.wait(timeout=10)
    second = writer(tmp_path, hold=0.0, timeout=2)
    writers.append(second)
    out, err = second.communicate(timeout=30)
    assert second.returncode == 0 and "locked" in out and "waiting" not in err


def test_the_lock_is_re_entrant_within_a_thread_and_exclusive_between_threads(tmp_path):
    import threading

    from assistant.search.lock import writer_lock

    settings = Settings(home=tmp_path, lock_timeout=0.3)
    with writer_lock(settings), writer_lock(settings):  # a write inside a write: no deadlock
        failed: list[BaseException] = []

        def other() -> None:
            try:
                with writer_lock(settings):
                    pass
            except IndexStoreError as exc:
                failed.append(exc)

        thread = threading.Thread(target=other)
        thread.start()
        thread.join(timeout=10)
        assert failed and "for over 0.3 s" in str(failed[0])
    with writer_lock(settings):  # released by the outer block: free again
        pass


def test_the_timeout_is_a_setting(monkeypatch):
    assert Settings().lock_timeout == 600
    monkeypatch.setenv("TRADEBRIEF_LOCK_TIMEOUT", "5")
    assert Settings.from_env().lock_timeout == 5
    monkeypatch.setenv("TRADEBRIEF_LOCK_TIMEOUT", "soon")
    with pytest.raises(Exception, match="TRADEBRIEF_LOCK_TIMEOUT"):
        Settings.from_env()
