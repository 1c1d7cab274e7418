"""Vectors of a fixed list of texts, kept on disk per encoder: embedded once per machine, not
once per process.

A list that is the same in every process (the sources' vocabulary, say) costs seconds to embed,
which the first question needing it paid again in each new process (every ``tradebrief ask``,
every server start). Its vectors are kept in the cache folder under a key of the encoder's name
and the texts, in order, so another encoder or another list never reads them; a file that cannot
be read whole is ignored and written again.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.datafiles import atomic_write

log = logging.getLogger(__name__)


def kept_path(folder: Path, label: str, encoder: str, texts: Sequence[str]) -> Path:
    """Where the vectors of ``texts`` by ``encoder`` are kept: a key of both, in order."""
    key = hashlib.sha256("\n".join([encoder, *texts]).encode()).hexdigest()[:16]
    return folder / f"{label}-{key}.npy"


def kept_vectors(
    folder: Path,
    label: str,
    encoder: str,
    texts: Sequence[str],
    encode: Callable[[Sequence[str]], Any],
) -> np.ndarray:
    """The vectors ``encode`` gives ``texts``: read from ``folder`` when kept there, else
    encoded and kept (whole or not at all: another process may read the file meanwhile)."""
    path = kept_path(folder, label, encoder, texts)
    try:
        kept = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        kept = None
    except (OSError, ValueError, EOFError) as exc:
        log.info("kept vectors %s are unreadable (%s); encoding again", path, exc)
        kept = None
    if kept is not None and kept.ndim == 2 and kept.shape[0] == len(texts):
        return kept
    vectors = np.asarray(encode(texts))
    buffer = io.BytesIO()
    np.save(buffer, vectors)
    try:
        atomic_write(path, buffer.getvalue())
    except OSError as exc:  # a folder that cannot be written: the vectors are still returned
        log.info("cannot keep vectors in %s (%s)", path, exc)
    return vectors
