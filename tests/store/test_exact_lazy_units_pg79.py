"""A scan kept with its float16 rows (the PostgreSQL writer's, ExactScan(halves=True)) makes no unit rows at its
first read: its first scan makes each slice's in a buffer of one slice, a second scan makes them all (issue 13,
pg79: a small ingest into a store of thousands scans once). Every answer is the one of a scan that made them at
once, bit for bit: the nearest (numbers and distances), the candidates' rows, after more rows, a trim, a window."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.store._exact import ExactScan


def _pair(n: int, dim: int, room: int, big_endian: bool = False) -> tuple[ExactScan, ExactScan, np.ndarray]:
    rng = np.random.default_rng(n + dim)
    vecs = rng.standard_normal((n, dim)).astype(np.float16)
    vecs[n // 3] = 0  # a text with no vector: NaN rows, never an answer
    nums = np.arange(n, dtype=np.int64) * 3 + 1
    rows = vecs.astype(">f2") if big_endian else vecs
    lazy, made = ExactScan(dim, halves=True), ExactScan(dim)
    lazy.add(nums, rows, room=room)
    made.add(nums, rows, room=room)
    return lazy, made, nums


@pytest.mark.parametrize(("n", "dim", "window"), [(10_000, 64, 0), (10_000, 64, 9_000), (5_000, 32, 4_200),
                                                  (300, 16, 0), (9_000, 48, 100)])
def test_a_first_scan_without_unit_rows_answers_as_one_with_them(n, dim, window):
    lazy, made, nums = _pair(n, dim, 1024, big_endian=n == 5_000)
    assert lazy._lazy and not made._lazy
    rng = np.random.default_rng(7)
    queries = rng.standard_normal((32, dim)).astype(np.float32)
    queries[3] = 0
    assert lazy.nearest(queries, 40, window or None) == made.nearest(queries, 40, window or None)
    assert lazy._lazy  # one scan: no unit rows of them all
    asked = [int(x) for x in rng.choice(nums, size=min(len(nums), 2_300), replace=False)]
    assert [r.tobytes() for r in lazy.rows_of(asked)] == [r.tobytes() for r in made.rows_of(asked)]
    assert lazy.rows_of(asked[:5])[0].dtype == np.float32
    # a batch written, then a second scan: every unit row made, the same bits as the scan that made them at once
    more = rng.standard_normal((32, dim)).astype(np.float16)
    later = np.arange(32, dtype=np.int64) + int(nums[-1]) + 1
    lazy.add(later, more)
    made.add(later, more)
    assert lazy.nearest(queries, 40, window or None) == made.nearest(queries, 40, window or None)
    assert not lazy._lazy
    assert lazy.units.tobytes() == made.units.tobytes()
    assert lazy.nearest(queries[:5], 7) == made.nearest(queries[:5], 7)


def test_a_lazy_scan_trims_grows_and_keeps_its_halves():
    lazy, made, nums = _pair(3_000, 16, 64)
    lazy.trim(1_000)
    made.trim(1_000)
    assert lazy._lazy and len(lazy) == len(made) == 1_000 and lazy.dropped
    rng = np.random.default_rng(1)
    more = rng.standard_normal((2_000, 16)).astype(np.float16)  # past the room: the copy grows, still lazy
    later = np.arange(2_000, dtype=np.int64) + int(nums[-1]) + 1
    lazy.add(later, more)
    made.add(later, more)
    assert lazy._lazy and np.array_equal(lazy.nums, made.nums)
    assert lazy.halves is not None and np.array_equal(lazy.halves[-2_000:].view(np.uint16), more.view(np.uint16))
    queries = rng.standard_normal((9, 16)).astype(np.float32)
    assert lazy.nearest(queries, 25, 2_500) == made.nearest(queries, 25, 2_500)
    assert lazy.units.tobytes() == made.units.tobytes() and not lazy._lazy  # asked for: made then


def test_a_scan_without_halves_or_room_makes_its_unit_rows_at_once():
    rng = np.random.default_rng(2)
    vecs = rng.standard_normal((100, 8)).astype(np.float16)
    grown = ExactScan(8, halves=True)
    grown.add(np.arange(100), vecs)  # no room: a long run's growth, not a first read
    assert not grown._lazy
    plain = ExactScan(8)
    plain.add_read(np.arange(100), lambda part: vecs[part], room=16)  # no halves kept (SQLite's writer)
    assert not plain._lazy and plain.units.tobytes() == grown.units.tobytes()
