"""One writer at a time: an exclusive lock on ``$TRADEBRIEF_HOME/write.lock`` around every write.

Every change to the store (index sync, ingest, remove, rebuild) runs inside ``writer_lock``. A
second writer, in this process or another on the same machine, waits for the first, saying so
once ("waiting for another tradebrief writing to HOME…"), for up to ``Settings.lock_timeout``
seconds (``TRADEBRIEF_LOCK_TIMEOUT``), then fails with an ``IndexStoreError``. Readers never
take it. The lock is ``fcntl.flock`` (POSIX): the kernel releases it when its holder exits,
however it exits, so a crashed writer never leaves the store locked.

With a shared Chroma server the lock still lives in the local ``TRADEBRIEF_HOME``: it keeps the
writers of one machine apart; the server's writer lease (``assistant.search.lease``), taken
inside it by ``KnowledgeIndex.writing``, keeps apart those of several machines.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import IndexStoreError

if TYPE_CHECKING:
    from assistant.settings import Settings

log = logging.getLogger(__name__)

# How often a waiting writer tries again, in seconds.
POLL = 0.05


class _Held:
    """This process's hold on one home's lock: a thread lock in front of the file lock."""

    def __init__(self) -> None:
        self.thread_lock = threading.RLock()
        self.depth = 0
        self.fd: int | None = None


_HELD: dict[Path, _Held] = {}
_HELD_GUARD = threading.Lock()


def _held(path: Path) -> _Held:
    with _HELD_GUARD:
        return _HELD.setdefault(path, _Held())


def _holder(path: Path) -> str:
    """ " (pid N)" of the process holding the lock, as it wrote itself into the file, if known."""
    try:
        pid = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""


def _too_long(home: Path, timeout: float, holder: str) -> IndexStoreError:
    return IndexStoreError(
        f"another tradebrief{holder} has been writing to {home} for over {timeout:g} s "
        "(TRADEBRIEF_LOCK_TIMEOUT): try again when it is done, or raise the timeout"
    )


@contextmanager
def writer_lock(settings: Settings) -> Iterator[None]:
    """Hold the store's writer lock for the ``with`` block; re-entrant within a thread."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock (documented); writes are not kept apart
        yield
        return
    home = settings.home
    path = settings.write_lock
    held = _held(path)
    deadline = time.monotonic() + settings.lock_timeout
    told = False
    if not held.thread_lock.acquire(blocking=False):
        log.info("waiting for another tradebrief writing to %s…", home)
        told = True
        if not held.thread_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise _too_long(home, settings.lock_timeout, f" (pid {os.getpid()})")
    try:
        if held.depth == 0:
            held.fd = _acquire(fcntl, path, home, settings.lock_timeout, deadline, told)
        held.depth += 1
        try:
            yield
        finally:
            held.depth -= 1
            if held.depth == 0 and held.fd is not None:
                fd, held.fd = held.fd, None
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
    finally:
        held.thread_lock.release()


def wait_for_flock(fcntl, fd: int, deadline: float, waiting: str | None) -> bool:  # noqa: ANN001 - the fcntl module
    """Take an exclusive ``flock`` on ``fd``, polling until ``deadline`` (``time.monotonic``);
    False when the deadline passed first. ``waiting`` is logged once, on the first wait."""
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if waiting:
                log.info("%s", waiting)
                waiting = None
            if time.monotonic() >= deadline:
                return False
            time.sleep(POLL)


@contextmanager
def flock_if_free(
    path: Path,
    deadline: float,
    waiting: str | None = None,
    unusable: Callable[[OSError], None] | None = None,
) -> Iterator[bool]:
    """An exclusive ``flock`` on the file ``path`` (created if missing) for the block (True), or
    the block without it (False): not POSIX, the file cannot be opened or locked (``unusable`` is
    told why), or another holder kept it past ``deadline`` (``time.monotonic``; a deadline
    already passed makes it one try). ``waiting`` is logged once, on the first wait."""
    try:
        import fcntl
    except ImportError:
        yield False
        return
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        if unusable is not None:
            unusable(exc)
        yield False
        return
    try:
        try:
            taken = wait_for_flock(fcntl, fd, deadline, waiting)
        except OSError as exc:
            if unusable is not None:
                unusable(exc)
            taken = False
        if not taken:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fcntl, path: Path, home: Path, timeout: float, deadline: float, told: bool) -> int:  # noqa: ANN001 - the fcntl module
    """The open, flock-ed lock file's descriptor, once no other process holds it."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise IndexStoreError(
            f"cannot create the writer lock {path}: {exc.strerror or exc}"
        ) from None
    try:
        waiting = None if told else f"waiting for another tradebrief writing to {home}…"
        if not wait_for_flock(fcntl, fd, deadline, waiting):
            raise _too_long(home, timeout, _holder(path))
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        return fd
    except BaseException:
        os.close(fd)
        raise
