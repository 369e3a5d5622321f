"""The PostgreSQL writer's first read of its window goes straight into the float16 rows its exact scan keeps (stop 64,
issue 13): the COPY's array (native float16, with room for the batches) is held as the scan's float16 rows instead
of a second array of the window's size being made and filled from it. The same numbers, values, unit rows and
answers as the rows copied."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.store._exact import ROOM, ExactScan

from .test_contract import _batch


def _halves(n: int, dim: int = 24, seed: int = 5) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal((n, dim)) * rng.uniform(0.1, 30, (n, 1))).astype(np.float16)


@pytest.mark.parametrize("first", [0, 1])
def test_scan_keeps_the_array_it_is_given_as_its_float16_rows(first):
    n, room = 1500, 200
    buffer = np.empty((n + room, 24), dtype=np.float16)
    buffer[:n] = _halves(n)
    nums = np.arange(1, 2 * n, 2, dtype=np.int64)
    held, rows = buffer[first:], buffer[first:n]
    kept, copied = ExactScan(24, halves=True), ExactScan(24, halves=True)
    kept.add(nums[first:], rows, room=room - first, held=held)
    copied.add(nums[first:], rows.copy(), room=room - first)
    assert kept.halves is not None and np.shares_memory(kept.halves, buffer)  # no copy of them made
    assert copied.halves is not None and not np.shares_memory(copied.halves, buffer)
    assert kept.halves.tobytes() == copied.halves.tobytes()
    assert kept.units.tobytes() == copied.units.tobytes() and np.array_equal(kept.nums, copied.nums)
    # a batch goes into the room behind them, in the same array
    more = _halves(3, seed=9)
    for scan in (kept, copied):
        scan.add([10_000, 10_001, 10_002], more)
    assert np.shares_memory(kept.halves, buffer) and kept.halves.tobytes() == copied.halves.tobytes()
    q = _halves(4, seed=11).astype(np.float32)
    assert kept.nearest(q, 7) == copied.nearest(q, 7)


def test_scan_copies_an_array_that_does_not_hold_the_rows_first():
    rows = _halves(300)
    for held in (np.empty((400, 24), dtype=np.float16),  # other memory
                 np.zeros((400, 24), dtype=">f2"),  # not native
                 None):
        scan = ExactScan(24, halves=True)
        scan.add(np.arange(300), rows, room=100, held=held)
        assert scan.halves is not None and not np.shares_memory(scan.halves, rows)
        assert scan.halves.tobytes() == rows.tobytes()
    small = np.empty((310, 24), dtype=np.float16)  # fewer rows than the copy grows to (300 + room 100): copied
    small[:300] = rows
    scan = ExactScan(24, halves=True)
    scan.add(np.arange(300), small[:300], room=100, held=small)
    assert not np.shares_memory(scan.halves, small) and scan.halves.tobytes() == rows.tobytes()
    plain = ExactScan(24)  # a scan that keeps no float16 rows keeps none of these either
    plain.add(np.arange(300), small[:300], room=5, held=small)
    assert plain.halves is None


def test_postgresql_window_read_is_the_stored_vectors_in_an_array_with_room(pg_url):
    from storylens.store import PostgresStore

    s = PostgresStore(pg_url)
    assert [len(x) for x in s._window_read(5)[:2]] == [0, 0] and s._window_read(5)[2] is None
    s.write_batch(_batch([3, 1, 7, 2, 9, 4]))
    s.write_batch(_batch([15, 13]))
    s.write_batch(_batch([21, 22, 23]))
    for last in (0, 1, 2, 3, 5, 8, 11, 40):
        nums, vecs, held = s._window_read(last)
        want_nums, want = s._stored_vectors(last)
        assert nums.tolist() == want_nums.tolist()
        assert vecs.dtype == np.float16 and vecs.dtype.isnative
        assert np.array_equal(vecs.astype(np.float32), want.astype(np.float32))
        assert held is not None and len(held) == len(vecs) + ROOM and np.shares_memory(held, vecs)
        assert held[: len(vecs)].tobytes() == vecs.tobytes()
    with s.writer():  # the writer's first search holds the read's array as its float16 rows
        assert s._window_start() is None
        scan = s._exact
        assert scan is not None and scan.halves is not None
        assert len(scan) == 11 and scan.halves.dtype.isnative
        nums, want = s._stored_vectors()
        assert scan.nums.tolist() == nums.tolist()
        assert scan.halves.tobytes() == want.astype(np.float16).tobytes()
        assert len(scan._halves) == len(scan._nums)  # the read's room is the copy's room: no second array made
    s.close()


def test_postgresql_window_read_of_blocks_out_of_order_is_sorted(pg_url):
    # blocks whose number ranges overlap come sorted: then another array, which the scan copies
    from storylens.store import PostgresStore

    s = PostgresStore(pg_url)
    s.write_batch(_batch([3, 1, 7]))
    s.write_batch(_batch([5, 8]))
    lasts = s._query("SELECT last FROM vector_blocks ORDER BY last")
    assert len(lasts) == 2
    # the second block's first number below the first block's last: as a store whose batches overlapped
    first_last = int(lasts[0][0])
    s._query("UPDATE vector_blocks SET nums = %s WHERE last = %s RETURNING last",
             (np.array([first_last - 1, first_last + 5], dtype=">i8").tobytes(), int(lasts[1][0])))
    nums, vecs, held = s._window_read(0)
    assert nums.tolist() == sorted(nums.tolist()) and held is None and vecs.dtype.isnative
    want_nums, want = s._stored_vectors()
    assert nums.tolist() == want_nums.tolist() and vecs.tobytes() == want.astype(np.float16).tobytes()
    s.close()
