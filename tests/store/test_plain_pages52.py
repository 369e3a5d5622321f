"""A writer's first read of its window (the copy made at once, with room) is made in ordinary pages, not
numpy's huge-page-advised ones (store._exact.plain_empty: the first touch of an advised 22 MiB copy waited on
the kernel's memory compaction, 0.02-0.23 system CPU-s per fresh writer, small52); a copy grown batch by
batch stays numpy's."""

from __future__ import annotations

import mmap

import numpy as np
import pytest

from storylens.store._exact import ExactScan, plain_empty


def _root(a: np.ndarray) -> object:
    """What an array's memory belongs to (a memoryview's object for numpy's frombuffer)."""
    root: object = a
    while isinstance(root, np.ndarray) and root.base is not None:
        root = root.base
    return root.obj if isinstance(root, memoryview) else root


def test_big_arrays_are_anonymous_maps_small_ones_numpy():
    big = plain_empty((3000, 512), np.float32)  # 6 MiB: numpy would advise huge pages
    assert isinstance(_root(big), mmap.mmap)
    assert big.shape == (3000, 512) and big.dtype == np.float32 and big.flags.c_contiguous and big.flags.writeable
    big[-1, -1] = 2.5
    assert big[-1, -1] == 2.5
    small = plain_empty((100, 512), np.float32)
    assert not isinstance(_root(small), mmap.mmap) and small.shape == (100, 512)
    assert plain_empty((0, 512), np.float32).shape == (0, 512)


@pytest.mark.parametrize("n", [500, 5000])
def test_scan_in_plain_pages_answers_as_before(n):
    rng = np.random.default_rng(n)
    vecs = rng.standard_normal((n, 512)).astype(np.float16)
    queries = rng.standard_normal((7, 512)).astype(np.float32)
    scan = ExactScan(512)
    scan.add(np.arange(n) * 3, vecs, room=1024)
    if n * 512 * 4 >= 1 << 22:
        assert isinstance(_root(scan._units), mmap.mmap)  # the first read is not numpy's advised memory
    grown = ExactScan(512)
    grown.add(np.arange(n) * 3, vecs)  # no room: a long run's growth, numpy's memory
    assert not isinstance(_root(grown._units), mmap.mmap)
    assert grown.nearest(queries, 20) == scan.nearest(queries, 20)
    # the same answer as a scan of the same rows held in numpy's own memory
    plain = ExactScan(512)
    plain._nums, plain._units, plain._n = scan.nums.copy(), np.array(scan.units), len(scan)
    assert scan.nearest(queries, 20) == plain.nearest(queries, 20)
    scan.trim(n // 4)
    assert len(scan) == n // 4 and np.array_equal(scan.units, plain.units[-(n // 4):])


def test_a_scan_keeps_the_stored_halves_beside_its_unit_rows():
    """ExactScan(halves=True) (the PostgreSQL writer's): the float16 vectors as stored, native byte order, beside
    the unit rows made from them, through growth and trim (the window file keeps them: store._window_file)."""
    rng = np.random.default_rng(3)
    vecs = rng.standard_normal((300, 8)).astype(np.float16)
    scan = ExactScan(8, halves=True)
    scan.add(np.arange(100), vecs[:100].astype(">f2"), room=16)  # a COPY's big-endian rows
    scan.add(np.arange(100, 300), vecs[100:])
    assert scan.halves is not None and scan.halves.dtype == np.dtype(np.float16)
    assert np.array_equal(scan.halves.view(np.uint16), vecs.view(np.uint16))
    again = ExactScan(8)
    again.add(np.arange(300), scan.halves)
    assert again.units.tobytes() == scan.units.tobytes()  # the kept halves give the same unit rows
    scan.trim(100)
    assert np.array_equal(scan.halves.view(np.uint16), vecs[200:].view(np.uint16)) and len(scan) == 100
    assert ExactScan(8).halves is None


@pytest.mark.parametrize(("n", "asked"), [(5000, 2300), (5000, 40), (300, 0)])
def test_the_candidates_rows_are_copies_in_small_slices(n, asked):
    """ExactScan.rows_of (a batch's ~2,300 candidates' unit rows, ~4.7 MiB) copies them by slices of under 4 MiB, not
    in one huge-page-advised array (issue 13: its copy stalled on compaction now and then), nor as views of the held
    rows (which would keep a replaced window copy alive): the same bits in the asked order, ascending or not, and
    still the same once the scan grows and trims."""
    rng = np.random.default_rng(n + asked)
    scan = ExactScan(512)
    scan.add(np.arange(n) * 2 + 7, rng.standard_normal((n, 512)).astype(np.float16), room=64)
    nums = (rng.choice(n, size=asked, replace=False) * 2 + 7).tolist()
    rows = scan.rows_of(nums)
    want = scan.units[(np.asarray(nums, dtype=np.int64) - 7) // 2].copy()
    assert len(rows) == asked and all(r.shape == (512,) and r.dtype == np.float32 for r in rows)
    assert not any(np.shares_memory(r, scan._units) for r in rows)  # copies, no view of the held rows
    assert all(r.base is None or r.base.nbytes < 1 << 22 for r in rows)  # slices under numpy's huge-page size
    assert np.stack(rows or [np.zeros(512, np.float32)])[:asked].tobytes() == want.tobytes()
    scan.add(np.arange(2 * n) + 3 * n, rng.standard_normal((2 * n, 512)).astype(np.float16))  # grows past its room
    scan.trim(n // 2)
    assert np.stack(rows or [np.zeros(512, np.float32)])[:asked].tobytes() == want.tobytes()
    unordered = ExactScan(512)  # held rows out of number order: looked up one by one
    unordered.add([9, 3, 5], rng.standard_normal((3, 512)).astype(np.float16))
    assert np.stack(unordered.rows_of([5, 9])).tobytes() == unordered.units[[2, 0]].tobytes()
