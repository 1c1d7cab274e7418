"""A matrix of the view cache read a few rows at a time (``RowFile``): the same rows as the whole
array, in the order asked for, without mapping the file; still readable once the file is gone."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.search.rowfile import RowFile


@pytest.fixture
def saved(tmp_path):
    matrix = np.random.default_rng(0).standard_normal((50, 7)).astype(np.float32)
    path = tmp_path / "rows.npy"
    np.save(path, matrix)
    return path, matrix


def test_rows_read_from_the_file_equal_the_arrays_rows(saved):
    path, matrix = saved
    rows = RowFile(path)
    assert len(rows) == 50 and rows.shape == (50, 7) and rows.dtype == np.float32
    wanted = np.array([7, 3, 4, 5, 49, 0, 3])  # out of order, repeated, runs
    assert np.array_equal(rows[wanted], matrix[wanted])
    assert np.array_equal(rows[10], matrix[10]) and np.array_equal(rows[-1], matrix[-1])
    assert np.array_equal(rows[5:9], matrix[5:9]) and np.array_equal(rows[::7], matrix[::7])
    assert rows[np.zeros(0, np.int64)].shape == (0, 7)
    assert np.array_equal(np.asarray(rows), matrix)
    rows[wanted][0, 0] = 99.0  # a copy: the file is untouched
    assert np.array_equal(rows[7], matrix[7])


def test_rows_outside_the_matrix_are_refused(saved):
    rows = RowFile(saved[0])
    with pytest.raises(IndexError):
        rows[50]
    with pytest.raises(IndexError):
        rows[np.array([1, 50])]


def test_a_file_removed_after_opening_is_still_read(saved):
    path, matrix = saved
    rows = RowFile(path)
    path.unlink()  # as a pruned cache entry's files are
    assert np.array_equal(rows[[2, 1]], matrix[[2, 1]])


def test_a_file_shorter_than_its_header_says_is_refused(saved):
    path, _ = saved
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(ValueError, match="not as long"):
        RowFile(path)
