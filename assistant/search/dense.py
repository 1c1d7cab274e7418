"""Exact dense search over many passage vectors, without Chroma: an int8 scan to a shortlist that
provably holds the best passages, then the float32 similarities of the shortlist alone.

Scanning 100,000 memory-mapped float32 vectors of 384 numbers reads 154 MB per question (8 ms on
a quiet 2-core machine, 18-24 ms on a busy one). The same vectors quantised to int8, one scale per
row, are a quarter of that, and ONNX Runtime's integer matrix product (already loaded for the
encoder) scans them in about 2 ms. Quantising moves each similarity by at most a bound known per
row (``Quantised.bounds``): every row whose approximate similarity plus its bound reaches the
``n``-th best lower bound is rescored exactly, so the result is the exact search's, to the bit:
the same rows, the same float32 similarities, ties to the smaller row.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

# Below this many rows every float32 vector is scanned: under 1 ms at 10,000 (p50, random
# 384-d rows, a shared 2-core machine at load 8), where the shortlist takes 0.4 ms and from
# where it is at least twice as fast (1.0 against 1.9 ms at 20,000, 27 against 48 at 100,000).
SCAN_FROM = 10_000
# Covers float32 rounding in the exact similarities (at most dim * 2**-24 * 1 ≈ 2.3e-5 for unit
# vectors of 384 numbers), so the bound holds for the computed values, not only the real ones.
_ROUNDING = 1e-4


# The query's codes stay within ±64, so that shifted they stay within 0..128. On CPUs without
# VNNI (AVX2 only), ONNX Runtime multiplies uint8 by int8 with ``vpmaddubsw``, which adds two
# products in int16 and saturates: 2·255·127 overflows it, 2·128·127 = 32,512 does not. The
# bounds account for the coarser query (its quantisation loss is measured, not assumed).
_QUERY_PEAK = 64


@dataclass(frozen=True)
class Quantised:
    """A matrix of row vectors quantised to int8, one scale per row, kept transposed."""

    # (dim, rows) int8: row ``r``'s codes are column ``r``, so the integer product streams them.
    codes: np.ndarray
    # The same codes (rows, dim): a shortlist's are read together (``refined``), not gathered
    # from 384 places each.
    rows: np.ndarray
    # Per row: its scale, the sum of its codes (the product runs with the query shifted to
    # uint8), the norm of its quantised vector, and the norm of what quantising lost.
    scales: np.ndarray
    sums: np.ndarray
    norms: np.ndarray
    residuals: np.ndarray

    @classmethod
    def of(cls, matrix: np.ndarray, block: int = 8192) -> Quantised:
        """The quantised form of ``matrix`` (rows: vectors), made a block of rows at a time."""
        rows, dim = matrix.shape if matrix.ndim == 2 else (0, 0)
        codes = np.zeros((dim, rows), dtype=np.int8)
        by_row = np.zeros((rows, dim), dtype=np.int8)
        scales = np.zeros(rows, dtype=np.float32)
        sums = np.zeros(rows, dtype=np.int32)
        norms = np.zeros(rows, dtype=np.float32)
        residuals = np.zeros(rows, dtype=np.float32)
        for begin in range(0, rows, block):
            part = np.asarray(matrix[begin : begin + block], dtype=np.float32)
            scale = np.abs(part).max(axis=1) / 127.0
            safe = np.where(scale > 0, scale, 1.0)[:, None]
            quantised = np.clip(np.rint(part / safe), -127, 127).astype(np.int8)
            approx = quantised.astype(np.float64) * scale[:, None]
            end = begin + len(part)
            codes[:, begin:end] = quantised.T
            by_row[begin:end] = quantised
            scales[begin:end] = scale
            sums[begin:end] = quantised.sum(axis=1, dtype=np.int32)
            # Rounded up, so the bound never comes out smaller than what was lost.
            norms[begin:end] = np.nextafter(
                np.linalg.norm(approx, axis=1).astype(np.float32), np.float32(np.inf)
            )
            residuals[begin:end] = np.nextafter(
                np.linalg.norm(part - approx, axis=1).astype(np.float32), np.float32(np.inf)
            )
        return cls(codes, by_row, scales, sums, norms, residuals)

    def __len__(self) -> int:
        return len(self.scales)

    def arrays(self) -> dict[str, np.ndarray]:
        """Its arrays by name (what the view cache writes)."""
        return {
            "codes": self.codes,
            "rows": self.rows,
            "scales": self.scales,
            "sums": self.sums,
            "norms": self.norms,
            "residuals": self.residuals,
        }

    def check(self, rows: int, dim: int) -> None:
        """Raise ValueError unless these are the arrays of ``rows`` vectors of ``dim`` numbers."""
        if self.codes.shape != (dim, rows) or self.codes.dtype != np.int8:
            raise ValueError("the quantised vectors do not match the passage vectors")
        if self.rows.shape != (rows, dim) or self.rows.dtype != np.int8:
            raise ValueError("the quantised rows do not match the passage vectors")
        if any(len(a) != rows for a in (self.scales, self.sums, self.norms, self.residuals)):
            raise ValueError("the quantised vectors' scales do not match their codes")

    def bounds(self, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(approximate similarities, bounds) of every row with the float32 ``query``: each
        row's exact similarity is within its bound of its approximate one.

        With ``x = s·c + r`` (a row: its scale, codes and residual) and ``q = t·d + u`` (the query
        quantised likewise), ``x·q - s·t·(c·d) = s·c·u + r·q``, at most ``|s·c|·|u| + |r|·|q|``.
        """
        query = np.asarray(query, dtype=np.float32)
        peak = float(np.abs(query).max()) if len(query) else 0.0
        step = peak / _QUERY_PEAK if peak > 0 else 1.0
        digits = np.clip(np.rint(query / step), -_QUERY_PEAK, _QUERY_PEAK).astype(np.int16)
        lost = float(np.linalg.norm(query.astype(np.float64) - digits * step))
        products = _scan(self.codes, digits, self.sums)
        approx = products.astype(np.float64) * (self.scales.astype(np.float64) * step)
        length = float(np.linalg.norm(query.astype(np.float64)))
        bounds = self.norms.astype(np.float64) * lost
        bounds += self.residuals.astype(np.float64) * length + _ROUNDING
        return approx, bounds

    def refined(self, rows: np.ndarray, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(approximate similarities, bounds) of these rows with the float32 ``query``: their
        codes times the query itself, not its digits. With ``x = s·c + r``,
        ``x·q - s·(c·q) = r·q``, at most ``|r|·|q|``."""
        query64 = np.asarray(query, dtype=np.float64)
        codes = np.asarray(self.rows[rows], dtype=np.float64)
        approx = (codes @ query64) * self.scales[rows].astype(np.float64)
        length = float(np.linalg.norm(query64))
        return approx, self.residuals[rows].astype(np.float64) * length + _ROUNDING


def similarities(matrix: np.ndarray, query: np.ndarray) -> np.ndarray:
    """The float32 dot product of every row of ``matrix`` with ``query``, as float64.

    einsum, not matmul: BLAS's threads wait for each other on a busy machine (15 ms, not 1).
    """
    return np.einsum("ij,j->i", matrix, query).astype(np.float64)


def nearest(
    matrix: np.ndarray, query: np.ndarray, n: int, quantised: Quantised | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(rows, similarities) of the ``n`` rows of ``matrix`` with the largest dot product with
    the float32 ``query``, best first, ties to the smaller row: computed over every row, or over
    the shortlist ``quantised`` (``matrix`` quantised) proves holds them, to the same result."""
    count = len(matrix)
    n = min(n, count)
    if n <= 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    if quantised is None or n >= count:
        rows = np.arange(count)
        scores = similarities(matrix, query)
    else:
        approx, bounds = quantised.bounds(query)
        rows = _within(np.arange(count), approx, bounds, n)
        if len(rows) > 2 * n:
            # Narrowed again by the shortlist's codes times the query itself, not its digits:
            # what is left of their error is their own residuals' share (``Quantised.refined``).
            rows = _within(rows, *quantised.refined(rows, query), n)
        scores = similarities(matrix[rows], query)
    return best(rows, scores, n)


def _within(rows: np.ndarray, approx: np.ndarray, bounds: np.ndarray, n: int) -> np.ndarray:
    """The rows that may be among the ``n`` best, given each one's approximate similarity and
    the bound of its error: the n-th best lower bound is reached by at least n rows, so by every
    row of the top n too, and a row whose upper bound falls short of it cannot be among them."""
    if len(rows) <= n:
        return rows
    floor = np.partition(approx - bounds, len(rows) - n)[len(rows) - n]
    return rows[approx + bounds >= floor]


def best(rows: np.ndarray, scores: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(rows, scores) of the ``n`` best of these scored rows (``rows`` ascending), best first,
    ties to the smaller row."""
    if n < len(scores):
        # All rows above the n-th best score, then the smallest rows that equal it:
        # argpartition alone would keep arbitrary ones of a tie.
        kth = np.partition(scores, len(scores) - n)[len(scores) - n]
        above = np.flatnonzero(scores > kth)
        chosen = np.concatenate([above, np.flatnonzero(scores == kth)[: n - len(above)]])
    else:
        chosen = np.arange(len(scores))
    chosen = chosen[np.lexsort((rows[chosen], -scores[chosen]))]
    return rows[chosen], scores[chosen]


def _scan(codes: np.ndarray, digits: np.ndarray, sums: np.ndarray) -> np.ndarray:
    """``digits · codes[:, r]`` for every row ``r`` (int32; ``digits`` within ±64)."""
    session = _session()
    if session is None:
        return np.einsum("ij,i->j", codes, digits.astype(np.int32), dtype=np.int32)
    # MatMulInteger multiplies uint8 by int8 fastest, without a zero point (which costs five
    # times as much): the query goes in shifted by its peak and the shift's share comes off after.
    shifted = (digits + _QUERY_PEAK).astype(np.uint8)[None, :]
    (product,) = session.run(None, {"query": shifted, "codes": codes})
    return product[0] - _QUERY_PEAK * sums


@functools.cache
def _session() -> Any:
    """ONNX Runtime's integer product on one thread, or None without onnxruntime."""
    try:
        import onnxruntime as ort
    except ImportError:  # the numpy product: exact too, five times slower
        return None
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    try:
        return ort.InferenceSession(scan_model(), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own untyped errors
        log.warning("dense search scans with numpy: onnxruntime refused its model (%s)", exc)
        return None


def scan_model() -> bytes:
    """The ONNX model ``query (1, d) uint8 × codes (d, n) int8 → (1, n) int32`` (MatMulInteger).

    Written out here: building it with the ``onnx`` package would import it, a second at every
    start. ONNX models are protocol buffers; the few fields this one needs are numbered below as
    in onnx.proto (a test checks the result against ``onnx.helper``'s).
    """

    def tensor(name: str, elem_type: int, dims: tuple[int | str, ...]) -> bytes:
        shape = b"".join(
            _field(1, _field(1, d) if isinstance(d, int) else _field(2, d)) for d in dims
        )
        # ValueInfoProto{name, type: TypeProto{tensor_type: {elem_type, shape}}}
        return _field(1, name) + _field(2, _field(1, _field(1, elem_type) + _field(2, shape)))

    uint8, int8, int32 = 2, 3, 6
    node = _field(1, "query") + _field(1, "codes") + _field(2, "product")
    node += _field(4, "MatMulInteger")
    graph = _field(1, node) + _field(2, "int8_scan")
    graph += _field(11, tensor("query", uint8, (1, "d")))
    graph += _field(11, tensor("codes", int8, ("d", "n")))
    graph += _field(12, tensor("product", int32, (1, "n")))
    # ModelProto{ir_version: 7, graph, opset_import: {domain: "", version: 10}}
    return _field(1, 7) + _field(7, graph) + _field(8, _field(1, "") + _field(2, 10))


def _field(number: int, value: int | str | bytes) -> bytes:
    """One protocol-buffer field: a varint for an int, else length-delimited bytes."""
    if isinstance(value, int):
        return _varint(number << 3) + _varint(value)
    data = value.encode("utf-8") if isinstance(value, str) else value
    return _varint(number << 3 | 2) + _varint(len(data)) + data


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
