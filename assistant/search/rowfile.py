"""A matrix in a ``.npy`` file of the view cache, read a few rows at a time, never mapped.

A question reads a few hundred rows of the passage vectors (the dense shortlist's, rescored in
float32) and a few dozen of the unit vectors (the hits' sentences). Memory-mapped, every page such
a row lies on stays in the process's resident memory, and over many questions the rows touched
spread over most of the file: at 100,000 passages the two matrices are 418 MB. Read with
``os.pread`` instead, the rows go through the operating system's file cache, which is shared and
which it drops under pressure, and only the copies a question holds count as the process's.
"""

from __future__ import annotations

import os
import weakref
from pathlib import Path
from typing import Any

import numpy as np


class RowFile:
    """The rows of a C-ordered 2-d ``.npy`` file: ``file[i]``, ``file[rows]`` and ``file[a:b]``
    read those rows into new arrays; ``np.asarray(file)`` reads it whole."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as handle:
            version = np.lib.format.read_magic(handle)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(handle)
            else:
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(handle)
            self.offset = handle.tell()
        if fortran or len(shape) != 2 or dtype.hasobject:
            raise ValueError(f"{path.name} is not a C-ordered matrix of numbers")
        self.path = path
        self.shape: tuple[int, int] = (int(shape[0]), int(shape[1]))
        self.dtype = np.dtype(dtype)
        self.row_bytes = self.shape[1] * self.dtype.itemsize
        if os.path.getsize(path) != self.offset + self.shape[0] * self.row_bytes:
            raise ValueError(f"{path.name} is not as long as its header says")
        # Kept open: an entry pruned from the cache while this process reads it stays readable.
        self._fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)

    def __len__(self) -> int:
        return self.shape[0]

    @property
    def ndim(self) -> int:
        return 2

    def __getitem__(self, key: Any) -> np.ndarray:
        if isinstance(key, slice):
            begin, end, step = key.indices(len(self))
            if step != 1:
                return self[np.arange(begin, end, step)]
            return self._read(begin, max(end - begin, 0)).copy()
        if isinstance(key, (int, np.integer)):
            row = int(key) + (len(self) if key < 0 else 0)
            if not 0 <= row < len(self):
                raise IndexError(f"row {key} of {len(self)}")
            return self._read(row, 1)[0].copy()
        rows = np.asarray(key, dtype=np.int64).reshape(-1)
        if len(rows) and (rows.min() < 0 or rows.max() >= len(self)):
            raise IndexError(f"rows outside 0..{len(self) - 1}")
        size, offset = self.row_bytes, self.offset
        out = bytearray(len(rows) * size)
        view = memoryview(out)
        # One call a row, straight into the result: a shortlist's rows are scattered.
        for i, row in enumerate(rows.tolist()):
            if os.preadv(self._fd, [view[i * size : (i + 1) * size]], offset + row * size) != size:
                raise OSError(f"{self.path.name}: row {row} could not be read")
        return np.frombuffer(out, dtype=self.dtype).reshape(len(rows), self.shape[1])

    def _read(self, first: int, count: int) -> np.ndarray:
        """Rows ``first`` to ``first + count`` (read-only: a view of the bytes read)."""
        size = count * self.row_bytes
        data = os.pread(self._fd, size, self.offset + first * self.row_bytes)
        if len(data) != size:
            raise OSError(f"{self.path.name}: rows {first}..{first + count} could not be read")
        return np.frombuffer(data, dtype=self.dtype).reshape(count, self.shape[1])

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        whole = self._read(0, len(self)) if len(self) else np.zeros(self.shape, self.dtype)
        return whole.astype(dtype or self.dtype)  # a copy, writable
