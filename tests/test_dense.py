"""Dense search over many passages (assistant.search.dense): the int8 scan's shortlist always holds
the exact best passages, so the search returns what a float32 scan of every passage returns, to
the bit, over random matrices and over the seeds, and the answers do not change with it."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.search import dense
from assistant.search import view_cache as cache_module
from assistant.search.dense import Quantised, nearest
from tests import test_view_cache
from tests.test_view_cache import QUERIES, HashEncoder, _entries, _index, _opened, on_disk

# The built-in sources indexed with hashed vectors, in a home of each test's own.
built = test_view_cache.built
store = test_view_cache.store

DIM = 384


def _unit_rows(rng: np.random.Generator, rows: int, dim: int = DIM) -> np.ndarray:
    matrix = rng.standard_normal((rows, dim)).astype(np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def _queries(rng: np.random.Generator, matrix: np.ndarray, count: int) -> list[np.ndarray]:
    """Half random directions, half close to a row (as a question near its passage)."""
    out = []
    for i in range(count):
        q = rng.standard_normal(matrix.shape[1]).astype(np.float32)
        if i % 2:
            q = matrix[rng.integers(len(matrix))] + 0.05 * q / np.linalg.norm(q)
        out.append((q / np.linalg.norm(q)).astype(np.float32))
    return out


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_shortlist_search_returns_the_exact_search_to_the_bit(seed):
    rng = np.random.default_rng(seed)
    matrix = _unit_rows(rng, 6000)
    quantised = Quantised.of(matrix, block=1000)
    for query in _queries(rng, matrix, 20):
        for n in (1, 5, 30):
            rows, scores = nearest(matrix, query, n, quantised)
            exact_rows, exact_scores = nearest(matrix, query, n)
            assert np.array_equal(rows, exact_rows)
            assert np.array_equal(scores, exact_scores)


def test_over_a_memory_mapped_matrix_the_shortlist_search_is_the_exact_one(tmp_path):
    """As the view cache holds them: every row scanned in the mapped file, or the shortlist's
    rows copied out of it, give the same float32 similarities."""
    rng = np.random.default_rng(11)
    np.save(tmp_path / "vectors.npy", _unit_rows(rng, 5000))
    mapped = np.load(tmp_path / "vectors.npy", mmap_mode="r").view(np.ndarray)
    quantised = Quantised.of(mapped)
    for query in _queries(rng, mapped, 20):
        rows, scores = nearest(mapped, query, 30, quantised)
        exact_rows, exact_scores = nearest(mapped, query, 30)
        assert np.array_equal(rows, exact_rows) and np.array_equal(scores, exact_scores)


def test_ties_zero_rows_and_tiny_matrices_are_searched_as_the_exact_search_does():
    rng = np.random.default_rng(7)
    matrix = _unit_rows(rng, 300)
    matrix[10:20] = matrix[5]  # ten ties of one row
    matrix[40:45] = 0.0  # rows without a vector
    quantised = Quantised.of(matrix)
    for query in [matrix[5], *_queries(rng, matrix, 5)]:
        for n in (3, 12, 299, 300, 1000):
            assert [a.tolist() for a in nearest(matrix, query, n, quantised)] == [
                a.tolist() for a in nearest(matrix, query, n)
            ]
    rows, _ = nearest(matrix, matrix[5], 12, quantised)
    assert rows.tolist()[:11] == [5, *range(10, 20)]  # ties to the smaller row
    assert [len(a) for a in nearest(matrix[:0], matrix[5], 3)] == [0, 0]


def test_each_similarity_is_within_its_bound_of_the_approximate_one():
    rng = np.random.default_rng(3)
    matrix = _unit_rows(rng, 2000) * rng.uniform(0.5, 2.0, (2000, 1)).astype(np.float32)
    quantised = Quantised.of(matrix)
    for query in _queries(rng, _unit_rows(rng, 50), 10):
        approx, bounds = quantised.bounds(query)
        exact = matrix.astype(np.float64) @ query.astype(np.float64)
        assert np.all(np.abs(exact - approx) <= bounds)
        # Tight enough to shortlist a few rows, not all: the ten best of 2,000 from under 200.
        floor = np.sort(approx - bounds)[-10]
        assert np.count_nonzero(approx + bounds >= floor) < 200


def test_a_shortlists_refined_similarities_are_within_their_bounds_and_tighter():
    rng = np.random.default_rng(5)
    matrix = _unit_rows(rng, 2000) * rng.uniform(0.5, 2.0, (2000, 1)).astype(np.float32)
    quantised = Quantised.of(matrix)
    rows = rng.choice(2000, 300, replace=False)
    for query in _queries(rng, _unit_rows(rng, 50), 10):
        approx, bounds = quantised.refined(rows, query)
        exact = matrix[rows].astype(np.float64) @ query.astype(np.float64)
        assert np.all(np.abs(exact - approx) <= bounds)
        assert np.all(bounds < quantised.bounds(query)[1][rows])


def test_the_integer_scan_multiplies_as_numpy_does():
    rng = np.random.default_rng(4)
    codes = rng.integers(-127, 128, (DIM, 500), dtype=np.int8)
    digits = rng.integers(-dense._QUERY_PEAK, dense._QUERY_PEAK + 1, DIM).astype(np.int16)
    sums = codes.sum(axis=0, dtype=np.int32)
    expected = digits.astype(np.int64) @ codes.astype(np.int64)
    assert dense._session() is not None  # onnxruntime is a dependency
    assert np.array_equal(dense._scan(codes, digits, sums), expected)


def test_the_integer_scan_is_exact_at_the_extremes_where_int16_pairs_would_saturate():
    # AVX2 without VNNI adds two uint8·int8 products in int16: every code at its largest, with
    # the query at its peak, is the case that would saturate with a wider query range.
    codes = np.full((DIM, 3), 127, dtype=np.int8)
    codes[:, 1] = -127
    digits = np.full(DIM, dense._QUERY_PEAK, dtype=np.int16)
    digits[::2] = -dense._QUERY_PEAK
    sums = codes.sum(axis=0, dtype=np.int32)
    expected = digits.astype(np.int64) @ codes.astype(np.int64)
    assert np.array_equal(dense._scan(codes, digits, sums), expected)
    full = np.full(DIM, dense._QUERY_PEAK, dtype=np.int16)
    assert np.array_equal(dense._scan(codes, full, sums), full.astype(np.int64) @ codes)


def test_without_onnxruntime_numpy_scans_to_the_same_result(monkeypatch):
    rng = np.random.default_rng(6)
    matrix = _unit_rows(rng, 3000)
    quantised = Quantised.of(matrix)
    queries = _queries(rng, matrix, 10)
    with_ort = [nearest(matrix, q, 30, quantised) for q in queries]
    monkeypatch.setattr(dense, "_session", lambda: None)
    for query, (rows, scores) in zip(queries, with_ort, strict=True):
        numpy_rows, numpy_scores = nearest(matrix, query, 30, quantised)
        assert np.array_equal(rows, numpy_rows) and np.array_equal(scores, numpy_scores)


def test_the_scan_model_is_the_one_onnx_builds():
    import onnx
    from onnx import TensorProto, helper

    ours = onnx.load_from_string(dense.scan_model())
    onnx.checker.check_model(ours)
    graph = helper.make_graph(
        [helper.make_node("MatMulInteger", ["query", "codes"], ["product"])],
        "int8_scan",
        [
            helper.make_tensor_value_info("query", TensorProto.UINT8, [1, "d"]),
            helper.make_tensor_value_info("codes", TensorProto.INT8, ["d", "n"]),
        ],
        [helper.make_tensor_value_info("product", TensorProto.INT32, [1, "n"])],
    )
    theirs = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 10)], ir_version=7)
    assert ours == theirs


def test_over_the_seeds_the_shortlist_search_equals_the_exact_one(store, monkeypatch):
    settings = store
    exact, _ = _opened(settings, monkeypatch)
    assert exact.views.shortlist() is None  # the seeds are scanned in full
    monkeypatch.setattr(dense, "SCAN_FROM", 0)
    quantised = _index(settings)
    quantised.load(cached=False)
    assert quantised.views.shortlist() is not None
    texts = [*QUERIES, *(u.text for u in list(exact.units.values())[::5])]
    for text in texts:
        vector = HashEncoder().encode([text])[0]
        for n in (5, 30):
            assert quantised.dense_search(vector, n) == exact.dense_search(vector, n)


def test_the_view_cache_keeps_the_quantised_vectors_of_a_large_store(store, monkeypatch):
    settings = store
    monkeypatch.setattr(dense, "SCAN_FROM", 0)
    first, _ = _opened(settings, monkeypatch)
    [entry] = _entries(settings)
    files = json.loads((entry / cache_module.MANIFEST).read_text())["files"]
    assert set(cache_module._QUANTISED) <= files.keys()
    second, derived = _opened(settings, monkeypatch)
    assert derived == 0 and on_disk(second.views.quantised.codes)
    for text in QUERIES:
        vector = HashEncoder().encode([text])[0]
        assert second.dense_search(vector, 30) == first.dense_search(vector, 30)


def test_answers_over_the_seeds_are_the_same_with_the_shortlist_search(assistant, monkeypatch):
    import yaml

    from assistant.settings import REPO_ROOT

    cases = yaml.safe_load((REPO_ROOT / "evals" / "questions.yaml").read_text(encoding="utf-8"))
    questions = [c["question"] for c in cases if c.get("question")]
    assert len(questions) > 100
    exact = [assistant.ask(q).model_dump() for q in questions]
    scans = []
    bounds = Quantised.bounds

    def counted(self, query):
        scans.append(1)
        return bounds(self, query)

    monkeypatch.setattr(Quantised, "bounds", counted)
    monkeypatch.setattr(dense, "SCAN_FROM", 0)
    shortlisted = [assistant.ask(q).model_dump() for q in questions]
    assert len(scans) > len(questions) // 2  # most questions search the passages
    for a, b in zip(exact, shortlisted, strict=True):
        assert a == b
