"""The files the page offers for download (the chat's briefing note, the brief's three formats),
kept in a folder of their own in the system temp dir, and removed when no longer needed.

Gradio copies a file a handler returns into its own cache before the page fetches it, so a file
here is needed only until the handler has returned. ``Downloads`` makes its folder when the first
file is written and removes it when the ``Downloads`` is collected or the process exits. A killed
process cannot remove its folder, so each folder holds a lock (``fcntl.flock``, which the kernel
releases when its holder ends, however it ends): whoever makes a new folder first removes those
whose lock nobody holds.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import threading
import weakref
from pathlib import Path

# The folders' names in the temp dir: tradebrief-downloads-<random>.
PREFIX = "tradebrief-downloads-"
# A folder is made under another name and renamed once locked, so no one finds it unlocked.
_MAKING = f".{PREFIX}"
_LOCK = ".held"


class Downloads:
    """A folder for the files one app offers for download (see the module docstring)."""

    def __init__(self) -> None:
        self._root: Path | None = None
        self._making = threading.Lock()

    def folder(self) -> Path:
        """A new empty folder for one download, so that each file keeps the name it is offered
        under."""
        with self._making:
            if self._root is None or not self._root.is_dir():
                self._root = _claim(self)
        return Path(tempfile.mkdtemp(dir=self._root))


def _claim(owner: Downloads) -> Path:
    """A new folder, locked by this process and removed with ``owner``, after removing those of
    processes that have ended."""
    remove_abandoned()
    making = Path(tempfile.mkdtemp(prefix=_MAKING))
    fd = os.open(making / _LOCK, os.O_WRONLY | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    root = making.with_name(PREFIX + making.name.removeprefix(_MAKING))
    making.rename(root)
    weakref.finalize(owner, _remove, root, fd)
    return root


def _remove(root: Path, fd: int) -> None:
    shutil.rmtree(root, ignore_errors=True)
    os.close(fd)


def remove_abandoned() -> None:
    """Remove the download folders whose process has ended without removing its own (killed, or
    crashed): those whose lock nobody holds. Another user's folders are left alone."""
    for root in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            fd = os.open(root / _LOCK, os.O_WRONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass  # its process is running
        else:
            shutil.rmtree(root, ignore_errors=True)
        finally:
            os.close(fd)
