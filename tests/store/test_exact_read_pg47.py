"""A writer's first read of the window into its exact scan, a slice at a time (stop 47, issue #13): the same unit
rows, bit for bit, as the whole read turned at once, and the SQLite index's rows read as they are stored."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.store._exact import _READ_SLICE, ExactScan
from storylens.store._sqlite import _index_rows


def _vectors(n: int, dim: int, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal((n, dim)) * rng.uniform(0.1, 30, (n, 1))).astype(np.float16)


@pytest.mark.parametrize("dtype", [np.dtype("<f2"), np.dtype(">f2")])
@pytest.mark.parametrize("n", [1, _READ_SLICE, 2 * _READ_SLICE + 37])
def test_add_read_is_add_bit_for_bit(dtype: np.dtype, n: int) -> None:
    halves = _vectors(n, 24).astype(dtype)
    nums = np.arange(10, 10 + 2 * n, 2, dtype=np.int64)
    whole, sliced = ExactScan(24), ExactScan(24)
    whole.add(nums, halves, room=100)
    asked: list[int] = []

    def read(part: np.ndarray) -> np.ndarray:
        asked.append(len(part))
        return halves[np.searchsorted(nums, part)]

    sliced.add_read(nums, read, room=100)
    assert max(asked) <= _READ_SLICE and sum(asked) == n
    assert np.array_equal(sliced.nums, whole.nums)
    assert sliced.units.tobytes() == whole.units.tobytes()
    assert len(sliced._nums) == len(whole._nums)  # the same room left for the batches
    q = _vectors(5, 24, seed=9).astype(np.float32)
    assert sliced.nearest(q, 7) == whole.nearest(q, 7)
    # a batch added after the read goes behind it, as after add
    more = _vectors(3, 24, seed=11)
    whole.add([10_000, 10_001, 10_002], more)
    sliced.add([10_000, 10_001, 10_002], more)
    assert sliced.units.tobytes() == whole.units.tobytes()


def test_add_read_after_held_rows_and_nothing() -> None:
    first, second = _vectors(5, 8), _vectors(300, 8, seed=4)
    a, b = ExactScan(8), ExactScan(8)
    a.add(np.arange(5), first)
    b.add(np.arange(5), first)
    a.add(np.arange(5, 305), second)
    b.add_read(np.arange(5, 305), lambda part: second[part - 5])
    assert a.units.tobytes() == b.units.tobytes() and np.array_equal(a.nums, b.nums)
    b.add_read(np.zeros(0, dtype=np.int64), lambda part: pytest.fail("nothing to read"))
    assert len(b) == 305


def test_index_rows_are_the_stored_halves() -> None:
    usearch = pytest.importorskip("usearch.index")
    vectors = _vectors(700, 16, seed=5)
    index = usearch.Index(ndim=16, metric="cos", dtype="f16")
    keys = np.arange(100, 800, dtype=np.uint64)
    index.add(keys, vectors.astype(np.float32), threads=1)
    some = np.array([799, 100, 450, 451, 100], dtype=np.int64)
    got = _index_rows(index, some)
    assert got.dtype == np.float16 and got.shape == (5, 16)
    assert got.tobytes() == np.vstack(index.get(some.astype(np.uint64))).astype(np.float16).tobytes()
    assert got.tobytes() == vectors[some - 100].tobytes()
