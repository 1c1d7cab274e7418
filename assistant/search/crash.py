"""Named points in a write where the fault-injection tests kill the process (for tests only).

With ``TRADEBRIEF_TEST_CRASH_AT=<stage>`` in its environment, a tradebrief process sends itself
SIGKILL when a write reaches that stage: no handler, no ``finally``, no flush runs, as when the
machine loses power or the process is killed. Unset (always, outside the tests), it does nothing.

Stages of storing a document (``store._Writer``), in order: ``vectors-batch`` (after each call
writing vector blocks), ``vectors`` (every block of the sources about to be committed written),
``archived`` (an ingested document's text and metadata kept in the archive, named in its
manifest), ``committed`` (the source record names the new generation), ``cleaned`` (the old
generation deleted). Of removing one (``remove``): ``unlisting`` (out of the manifest, still in
the store), ``unlisted`` (record deleted), ``vectors-deleted``. Of ``index --rebuild``:
``set-aside`` (the broken store moved away, nothing rebuilt yet).
"""

from __future__ import annotations

import os
import signal

CRASH_ENV = "TRADEBRIEF_TEST_CRASH_AT"


def crash_point(stage: str) -> None:
    """Die here, at once, if the tests asked for a crash at ``stage``."""
    if os.environ.get(CRASH_ENV) == stage:
        os.kill(os.getpid(), signal.SIGKILL)
