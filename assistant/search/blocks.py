"""The store's vector blocks: the vectors of one source's units and passages, packed a block of
rows per Chroma record.

A source's units and passages are ``split_source`` of its text, which the store keeps in the
source's record, so their ids, offsets and texts need not be stored again: only their vectors,
one row per unit then one per passage, in the order ``split_source`` gives them. Chroma's cost is
mostly per record and per call (it also indexes every document for a full-text search tradebrief
never runs, and every embedding in an HNSW graph dense search no longer reads), so the rows go
``BLOCK`` at a time into one record of the ``tradebrief_vectors`` collection: float32 bytes in
base64 under the metadata key ``vectors``, beside the source id, the generation, where the block
starts and how many rows it holds. Its embedding is a placeholder (``[1.0]``), never searched.

``pack`` makes a source's blocks, ``Rows.add`` takes blocks back as read, in any order, and
``Rows.matrix`` gives the rows once every block is there (else ``Incomplete``).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

import numpy as np

COLLECTION = "tradebrief_vectors"
# Rows per block: 64 rows of 384 float32 are 98 KB (131 KB in base64). Chroma's cost per record
# (about a millisecond) is then a small part of a block's, while a block stays far below what
# one request or row should carry (benchmarks/chroma_batches.py --layouts measures the choice).
BLOCK = 64
# The placeholder embedding of every block (Chroma needs one per record).
PLACEHOLDER = (1.0,)
# The collection's graph of placeholders is saved every 64 records: embedded Chroma keeps every
# write in its log until the graph holding it is saved (by default every 1,000 records), so the
# blocks would be kept twice over, and the log is purged sooner (measured: 600 blocks stored in
# 166 MiB against 226, a quarter faster).
CONFIGURATION = {"hnsw": {"space": "cosine", "sync_threshold": 64, "batch_size": 64}}


@dataclass(frozen=True)
class Block:
    """One record of the vectors collection, as written."""

    id: str
    metadata: dict[str, Any]

    @property
    def size(self) -> int:
        """Bytes of vectors it carries (in base64), what a write batch is measured in."""
        return len(self.metadata["vectors"])


def block_id(source_id: str, generation: str, number: int) -> str:
    """``<source id>#v0003@<generation>``, as units are ``<source id>#u0003@<generation>``."""
    return f"{source_id}#v{number:04d}@{generation}"


def block_ids(source_id: str, generation: str, rows: int) -> list[str]:
    """The ids of the blocks of a source of ``rows`` rows (what ``pack`` names them)."""
    return [block_id(source_id, generation, n) for n in range(-(-rows // BLOCK))]


def pack(source_id: str, generation: str, vectors: np.ndarray) -> list[Block]:
    """The blocks of a source's vectors (units' rows, then passages'), ``BLOCK`` rows each."""
    matrix = np.ascontiguousarray(vectors, dtype="<f4")
    if matrix.ndim != 2:
        raise ValueError(f"vectors of {source_id} are not a matrix: shape {matrix.shape}")
    blocks = []
    for number, first in enumerate(range(0, len(matrix), BLOCK)):
        part = matrix[first : first + BLOCK]
        blocks.append(
            Block(
                block_id(source_id, generation, number),
                {
                    "source_id": source_id,
                    "generation": generation,
                    "first": first,
                    "count": len(part),
                    "dim": int(matrix.shape[1]),
                    "vectors": base64.b64encode(part.tobytes()).decode("ascii"),
                },
            )
        )
    return blocks


class Incomplete(ValueError):
    """A source's blocks as read do not make up its rows (a block missing, or of another size)."""


@dataclass
class Rows:
    """The rows of one source's vectors, gathered from its blocks as they are read."""

    expected: int
    parts: dict[int, np.ndarray] = field(default_factory=dict)

    def add(self, metadata: dict[str, Any]) -> None:
        """Take in one block's metadata, as read from the store."""
        first, count, dim = int(metadata["first"]), int(metadata["count"]), int(metadata["dim"])
        data = base64.b64decode(metadata["vectors"])
        if count <= 0 or dim <= 0 or len(data) != count * dim * 4:
            raise Incomplete(f"a block at row {first} holds {len(data)} bytes, not {count} rows")
        self.parts[first] = np.frombuffer(data, dtype="<f4").reshape(count, dim)

    def matrix(self) -> np.ndarray:
        """The ``expected`` rows in order (float32), or ``Incomplete``."""
        at, parts = 0, []
        for first in sorted(self.parts):
            if first != at:
                raise Incomplete(f"rows {at}–{first} are missing")
            parts.append(self.parts[first])
            at += len(self.parts[first])
        if at != self.expected:
            raise Incomplete(f"{at} rows stored, {self.expected} expected")
        if not parts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.concatenate(parts).astype(np.float32, copy=False)
