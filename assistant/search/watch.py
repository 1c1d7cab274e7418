"""What a caller sees of an ingest under way, and how it stops one: ``Watch`` and ``checkpoint``.

An ingest runs inside ``watching(Watch(...))`` (in its own thread, for the chat's background
uploads). The ingester and the index call ``checkpoint`` as they go: before each file is read,
after each slice of units is embedded and after each batch is stored. There the watch is told
where the write is (``Step``), and a cancel asked for meanwhile raises ``Cancelled``. The last
checkpoint of a document comes before anything of it is archived or committed, so a cancelled
document leaves nothing behind (its uncommitted generation is dropped by the index).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from assistant.errors import Cancelled

if TYPE_CHECKING:
    from assistant.search.ingest import Estimate

Phase = Literal["reading", "embedding", "storing"]


@dataclass(frozen=True)
class Step:
    """Where an ingest is: reading file ``done + 1`` of ``total``, or embedding / storing
    ``done`` of ``total`` records of one document."""

    phase: Phase
    name: str
    done: int
    total: int


def _go_on(estimate: Estimate) -> str | None:
    return None


@dataclass(frozen=True)
class Watch:
    """What a caller wants of an ingest: each document's estimate before it is embedded
    (``check`` returns a reason to refuse it, or None to go on), the embedding's progress bar on
    the terminal (``progress``), each ``Step`` as it happens, and a ``cancel`` to stop it."""

    check: Callable[[Estimate], str | None] = _go_on
    progress: bool = False
    step: Callable[[Step], None] | None = None
    cancel: threading.Event | None = None


_WATCH: ContextVar[Watch | None] = ContextVar("tradebrief_ingest_watch", default=None)


@contextlib.contextmanager
def watching(watch: Watch | None) -> Iterator[None]:
    """Ingests run inside this block (in this thread) report to ``watch``; None: to nobody."""
    token = _WATCH.set(watch)
    try:
        yield
    finally:
        _WATCH.reset(token)


def current() -> Watch | None:
    """The watch of the ingest running in this thread, if any."""
    return _WATCH.get()


def checkpoint(phase: Phase, name: str, done: int, total: int) -> None:
    """Report where the ingest is; raise ``Cancelled`` if its cancel was asked for."""
    watch = _WATCH.get()
    if watch is None:
        return
    if watch.cancel is not None and watch.cancel.is_set():
        raise Cancelled(f"{name}: cancelled; nothing of it was kept")
    if watch.step is not None:
        watch.step(Step(phase, name, done, total))
