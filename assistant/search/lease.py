"""One writer per Chroma server: a lease record in the server, held around every write.

The writer lock (``assistant.search.lock``) keeps apart the writers of one machine. With a shared
server, tradebrief processes on several machines (or with several homes) write to one store, so
every write also holds the server's lease: the record ``writer`` of the collection
``tradebrief_writers``, naming its holder (host, pid, a random token) and when it expires. Writes
are therefore serialized per server, not refused: a second writer waits, saying so once
("waiting for another tradebrief writing to URL…"), for up to ``TRADEBRIEF_LOCK_TIMEOUT`` seconds,
then fails naming the holder. (Serializing every write, not only those of one document id, is
what keeps one writer's garbage collection from deleting the uncommitted generation another is
writing.)

Chroma has no compare-and-set, but an ``add`` of an id that exists is ignored: a claimant adds
its record and reads it back; whoever's record is there holds the lease. The holder renews the
expiry every ``LEASE_SECONDS / 6`` from a background thread, so a lease outlives no dead holder
by more than ``LEASE_SECONDS``: a claimant that finds it expired deletes it, on condition that it
still names the same holder (a delete with a ``where``), and claims it. Clocks of the machines
sharing a server are assumed to agree within seconds.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from typing import Any

from assistant.errors import IndexStoreError

log = logging.getLogger(__name__)

COLLECTION = "tradebrief_writers"
RECORD = "writer"
# How long a lease lasts without renewal: a killed holder blocks others at most this long.
LEASE_SECONDS = 60.0
POLL = 0.25

_LEASES: dict[str, ServerLease] = {}
_LEASES_GUARD = threading.Lock()


def lease_of(url: str, collection: Any, timeout: float) -> ServerLease:
    """This process's lease object for the server at ``url`` (one per server, so that writes
    nested through several index objects of one process re-enter it instead of waiting)."""
    with _LEASES_GUARD:
        lease = _LEASES.get(url)
        if lease is None:
            lease = _LEASES[url] = ServerLease(collection, url, timeout)
        lease.timeout = timeout
        return lease


class ServerLease:
    """This process's hold on one server's writer lease; re-entrant within a thread."""

    def __init__(self, collection: Any, url: str, timeout: float) -> None:
        self.collection = collection
        self.url = url
        self.timeout = timeout
        self.token = uuid.uuid4().hex
        self.depth = 0
        self._thread_lock = threading.RLock()
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def _mine(self) -> dict[str, Any]:
        return {
            "owner": self.token,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "expires": time.time() + LEASE_SECONDS,
        }

    def _holder(self) -> dict[str, Any] | None:
        got = self.collection.get(ids=[RECORD], include=["metadatas"])
        return (got["metadatas"] or [None])[0] if got["ids"] else None

    def _try(self) -> dict[str, Any] | None:
        """Claim the lease if it is free or expired: None once held, else its holder's record."""
        self.collection.add(ids=[RECORD], embeddings=[[1.0]], metadatas=[self._mine()])
        holder = self._holder()
        if holder is None:  # released between the add and the read: try again
            return {}
        if holder.get("owner") == self.token:
            return None
        if float(holder.get("expires", 0)) < time.time():
            log.info(
                "the writer lease of %s held by pid %s on %s expired: taking it over",
                self.url,
                holder.get("pid"),
                holder.get("host"),
            )
            self.collection.delete(ids=[RECORD], where={"owner": str(holder.get("owner"))})
            return {}
        return holder

    def __enter__(self) -> ServerLease:
        self._thread_lock.acquire()
        if self.depth == 0:
            try:
                self._claim()
            except BaseException:
                self._thread_lock.release()
                raise
        self.depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.depth -= 1
            if self.depth == 0:
                self._release()
        finally:
            self._thread_lock.release()

    def _claim(self) -> None:
        deadline = time.monotonic() + self.timeout
        told = False
        while True:
            holder = self._try()
            if holder is None:
                break
            if holder and not told:
                log.info("waiting for another tradebrief writing to %s…", self.url)
                told = True
            if time.monotonic() >= deadline:
                raise IndexStoreError(
                    f"another tradebrief (pid {holder.get('pid', '?')} on "
                    f"{holder.get('host', '?')}) has been writing to {self.url} for over "
                    f"{self.timeout:g} s (TRADEBRIEF_LOCK_TIMEOUT): try again when it is done, "
                    "or raise the timeout"
                )
            time.sleep(POLL)
        self._stop = threading.Event()
        self._renewer = threading.Thread(
            target=self._renew, args=(self._stop,), name="tradebrief-lease", daemon=True
        )
        self._renewer.start()

    def _renew(self, stop: threading.Event) -> None:
        while not stop.wait(LEASE_SECONDS / 6):
            try:
                holder = self._holder()
                if holder is None or holder.get("owner") != self.token:
                    log.warning("lost the writer lease of %s to another tradebrief", self.url)
                    return
                self.collection.update(ids=[RECORD], metadatas=[self._mine()])
            except Exception as exc:  # the write itself will report a failing server
                log.debug("renewing the writer lease failed: %s", exc)

    def _release(self) -> None:
        self._stop.set()
        if self._renewer is not None:
            self._renewer.join(timeout=5)
            self._renewer = None
        try:
            self.collection.delete(ids=[RECORD], where={"owner": self.token})
        except Exception as exc:  # a server gone away: the lease expires by itself
            log.warning("could not release the writer lease of %s (%s)", self.url, exc)
