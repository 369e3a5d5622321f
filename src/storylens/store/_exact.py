"""The writer's exact neighbour scan, one implementation for every backend.

Below :data:`EXACT_BELOW` stored vectors the clusterer's candidate searches are not answered by
an approximate index (usearch beside SQLite, pgvector's HNSW in PostgreSQL) but by a scan of the
writer's own copy of the stored vectors: the same candidates, in the same order, on every
backend and every run. With each backend's own approximate index the candidates differed now
and then (a true neighbour missing from one answer), and one early different decision cascades:
the 12k synthetic stream gave 2,896 stories on SQLite and 2,894 on PostgreSQL.

With a candidate window (settings.candidate_window, stop 34) the writer scans only the last that many
stored vectors at any store size, and its copy holds only those (:meth:`ExactScan.trim`).
"""

from __future__ import annotations

import mmap
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .._imports import lazy_module
from .._threads import one_blas_thread
from ._common import unit_rows

if TYPE_CHECKING:
    import numpy as np
else:  # imported on first use: the store modules import this one, and listing stories reads no
    np = lazy_module("numpy")  # vector (numpy's import doubled `storylens stories`' 0.16 CPU-s)

__all__ = ["EXACT_BELOW", "ROOM", "ExactScan", "plain_empty"]

# Stored vectors below which the writer scans exactly (both backends; PostgreSQL builds its HNSW
# index here). The scan costs ~0.074 us per stored vector and query (0.89 ms at 12k; ~0.03 us,
# 0.32 ms, since the product is units @ queries.T with argpartition, 2026-12-01, load 7), less than
# an HNSW insert and search (~7.5 ms per article on pgvector) up to ~100k; capped at half that
# by the copy (2 KiB per vector as float32: 100 MiB at 50k) and a reader's scan on the server.
EXACT_BELOW = 50_000
# Rows left free past a writer's first read of the stored vectors (ExactScan.add's ``room``): 1,024 rows,
# 32 batches of 32, ~2 MiB at 512 dimensions.
ROOM = 1024
# Rows read at a time by ExactScan.add_read (256 KiB of float16 at 512 dimensions; unit_rows' slice).
_READ_SLICE = 256
# Bytes copied at a time by ExactScan.rows_of: under numpy's 4 MiB huge-page threshold (see plain_empty).
_COPY_BYTES = 2 << 20
# Held vectors per slice of the scan's product (4,096 x 32 float32 similarities: 512 KiB, in the cache).
_SLICE = 4096


class ExactScan:
    """Article numbers and their unit vectors (the stored float16 vectors, normalised as the
    clusterer normalises them), grown in place as batches are written, and the exact ``k``
    nearest of a query over them: cosine distance as pgvector's ``<=>`` of a halfvec query,
    ties by article number."""

    def __init__(self, dim: int, halves: bool = False):
        self._nums = np.zeros(0, dtype=np.int64)
        self._units = np.zeros((0, dim), dtype=np.float32)
        # ``halves``: the float16 vectors as stored, beside their unit rows (native byte order), for a copy of
        # them kept as float16 (store._window_file: half the bytes a writer writes)
        self._halves = np.zeros((0, dim), dtype=np.float16) if halves else None
        self._n = 0
        self._dropped = False  # rows older than the held ones were stored (trim, or a window's read)
        self._dist = np.zeros((0, 0), dtype=np.float32)  # the distance matrix's buffer, kept between scans

    def __len__(self) -> int:
        return self._n

    @property
    def nums(self) -> np.ndarray:
        return self._nums[: self._n]

    @property
    def units(self) -> np.ndarray:
        return self._units[: self._n]

    @property
    def halves(self) -> np.ndarray | None:
        """The held rows' float16 vectors as stored (native byte order; None: not kept, see ``__init__``)."""
        return None if self._halves is None else self._halves[: self._n]

    @property
    def dropped(self) -> bool:
        """Whether older stored vectors than the held ones exist (a window's copy)."""
        return self._dropped

    def covers(self, window: int | None) -> bool:
        """Whether the held rows answer a search of the last ``window`` stored vectors (0 or None: all of them):
        everything is held, or at least that many of the last. A copy read or trimmed for a window holds only
        its rows, so a wider window asked of the same writer needs the stored vectors read again (it answered
        from the rows held, without the older ones inside it; stop 45)."""
        return not self._dropped or bool(window and self._n >= window)

    def hold_window(self) -> None:
        """Say that older vectors than the held ones are stored (a copy read as a window's last rows)."""
        self._dropped = True

    def add(self, nums: Sequence[int] | np.ndarray, vectors: np.ndarray, room: int = 0,
            held: np.ndarray | None = None) -> None:
        """Hold more stored vectors (``vectors``: one row per number, float16 as stored, of either byte
        order, or the float32 that rounds to it). Capacity doubles, so a batch costs its own rows, not a copy of all.
        ``room``: rows left free past these when the copy grows (a writer's first read of the store's
        vectors: its batches go there, not into a copy of twice the size). ``held``: a native float16 array of
        at least ``len(nums) + room`` rows whose first rows are ``vectors`` themselves (the same memory), which
        this scan, made with ``halves``, may keep as its float16 rows instead of a copy of them (a writer's first
        read is written straight into it: no second array of the window's size); ignored otherwise."""
        nums = np.asarray(nums, dtype=np.int64).reshape(-1)
        if len(nums) == 0:
            return
        rows = _halves(np.asarray(vectors).reshape(len(nums), -1))
        if held is not None and not _starts(held, rows):
            held = None
        end = self._grow(len(nums), rows.shape[1], room, held)
        self._nums[self._n : end] = nums
        unit_rows(rows, out=self._units[self._n : end])
        if self._halves is not None and self._halves is not held:
            np.copyto(self._halves[self._n : end], rows)  # a byte swap where they came big-endian: the same values
        self._n = end

    def add_read(self, nums: np.ndarray, read: Callable[[np.ndarray], np.ndarray], room: int = 0) -> None:
        """:meth:`add` of ``nums``' vectors read by ``read(some of nums)`` a slice of :data:`_READ_SLICE` at a
        time, each turned into unit rows while it is in the cache: a writer's first read of an 8k SQLite store
        (the index's 8,000 rows) made an 8 MiB float16 copy of them all first. The same rows, bit for bit
        (each row's unit vector is its own)."""
        nums = np.asarray(nums, dtype=np.int64).reshape(-1)
        if len(nums) == 0:
            return
        end = 0
        for start in range(0, len(nums), _READ_SLICE):
            part = nums[start : start + _READ_SLICE]
            rows = _halves(np.asarray(read(part)).reshape(len(part), -1))
            end = end or self._grow(len(nums), rows.shape[1], room)
            at = self._n + start
            unit_rows(rows, out=self._units[at : at + len(part)])
            if self._halves is not None:
                np.copyto(self._halves[at : at + len(part)], rows)
        self._nums[self._n : end] = nums
        self._n = end

    def _grow(self, more: int, dim: int, room: int, held: np.ndarray | None = None) -> int:
        """Make room for ``more`` rows after the held ones (see :meth:`add`, and its ``held``: kept as the
        float16 rows when nothing is held yet and it has the rows the copy grows to); returns where they end."""
        end = self._n + more
        if end > len(self._nums):
            # Not zero-filled: only the first ``_n`` rows are ever read (a writer's open copies the
            # whole store here: three store-sized arrays made and dropped cost it ~0.1 CPU-s at 12k).
            # A first read of 8,000 vectors grew to 16,000 rows at the first batch's 32 (a 16 MiB copy and
            # the new pages: ~10-25 of a 32-article ingest's CPU-ms into 8k, stop 44); with room it does not.
            size = max(end + max(0, int(room)), 2 * len(self._nums), 1024)
            # A first read (``room``: a writer's open of a store, the whole window at once) in plain pages
            # (plain_empty: no wait on the kernel's compaction, which a small ingest pays in full); a copy that
            # grows batch by batch (a long run) in numpy's huge pages, which its scans read faster (10,000
            # rows: 11.5 against 12.1 CPU-ms per 32-query scan, median of 8 rounds of 10 each, load 17).
            units_grown = plain_empty((size, dim), np.float32) if room > 0 else np.empty((size, dim), dtype=np.float32)
            nums_grown = np.empty(size, dtype=np.int64)
            nums_grown[: self._n], units_grown[: self._n] = self.nums, self.units
            self._nums, self._units = nums_grown, units_grown
            if self._halves is not None and held is not None and self._n == 0 and len(held) >= size:
                self._halves = held
            elif self._halves is not None:
                halves_grown = (plain_empty((size, dim), np.float16) if room > 0
                                else np.empty((size, dim), dtype=np.float16))
                halves_grown[: self._n] = self._halves[: self._n]
                self._halves = halves_grown
        return end

    def rows_of(self, nums: Sequence[int]) -> list[np.ndarray]:
        """The unit vectors of ``nums`` (all held), in that order, copied by slices of under 4 MiB
        (:data:`_COPY_BYTES`): a batch's candidates are ~2,300 rows (4.7 MiB at 512 dimensions) into a store of
        thousands, and numpy advises huge pages for an array of 4 MiB or more, whose first touch stalled on the
        kernel's compaction now and then (the copy took 1.6-28 CPU-ms of 32 synthetic articles into the 12k SQLite
        store, fresh processes, load 12-20, issue 13). Copies, not views of the held rows: the clusterer keeps
        them, and a view would keep a whole window copy alive after a trim or a growth replaced it."""
        where = {int(n): i for i, n in enumerate(self.nums)} if not _ascending(self.nums) else None
        if where is None:
            at = np.searchsorted(self.nums, np.asarray(nums, dtype=np.int64))
        else:
            at = np.array([where[int(n)] for n in nums], dtype=np.int64)
        units = self.units
        step = max(1, _COPY_BYTES // max(1, units.shape[1] * units.itemsize))
        out: list[np.ndarray] = []
        for start in range(0, len(at), step):
            out.extend(units[at[start : start + step]])
        return out

    def trim(self, keep: int) -> None:
        """Forget all but the last ``keep`` held vectors (by article number: the held rows ascend, as
        a store adds them) once more than twice that many are held: a writer searching only a
        window (:meth:`nearest`'s ``window``) needs no older row, and the copy stays O(window)."""
        if keep <= 0 or self._n <= 2 * keep:
            return
        start = self._n - keep
        self._nums = self._nums[start : self._n].copy()
        self._units = self._units[start : self._n].copy()
        if self._halves is not None:
            self._halves = self._halves[start : self._n].copy()
        self._n = keep
        self._dropped = True

    def window_start(self, window: int | None) -> int | None:
        """The lowest article number inside the last ``window`` held vectors (None: no window, or it
        holds every stored vector, so nothing is left out)."""
        if not window or self._n == 0 or (window >= self._n and not self._dropped):
            return None
        return int(self._nums[max(0, self._n - window)])

    def nearest(self, queries: np.ndarray, k: int, window: int | None = None) -> list[list[tuple[int, float]]]:
        """For each row of ``queries``, the ``k`` held vectors nearest to it as (article number,
        cosine distance), best first, ties by number. ``window``: only the last ``window`` held
        vectors are searched (the writer's candidate window: older rows are never an answer)."""
        start = max(0, self._n - window) if window else 0
        nums = self.nums[start:]
        if len(nums) == 0:
            return [[] for _ in queries]
        dist = self._distances(unit_rows(np.asarray(queries).astype(np.float16)), start)
        take = min(int(k), len(nums))
        # Each row's ``take`` smallest without ranking the row: its ``take``-th smallest distance (partition,
        # which moves values only: argpartition's index array cost ~1 of the 3 CPU-ms of 32 rows of 10,000) and the
        # columns at or below it. When nothing left out ties the largest of them (exactly ``take`` there) they are
        # the answer, ordered by distance and number; a row with ties at its edge (or NaN: a zero query, NaN
        # sorted last) is ranked whole (_ranked), as before.
        edge = np.partition(dist, take - 1, axis=1)[:, take - 1 : take]
        inside = dist <= edge
        whole = np.count_nonzero(inside, axis=1) == take
        out: list[list[tuple[int, float]]] = [[] for _ in range(len(dist))]
        kept = np.flatnonzero(whole)
        if len(kept):
            picked = inside if len(kept) == len(dist) else inside[kept]
            cols = np.nonzero(picked)[1].reshape(len(kept), take)  # row by row, ``take`` in each
            near = dist[kept[:, None], cols]
            order = np.lexsort((nums[cols], near), axis=-1)
            cols, near = np.take_along_axis(cols, order, axis=1), np.take_along_axis(near, order, axis=1)
            for r, c, d in zip(kept.tolist(), nums[cols].tolist(), near.tolist()):
                out[r] = list(zip(c, d))
        rest = np.flatnonzero(~whole)
        for r, row in zip(rest.tolist(), _ranked(dist[rest], nums, take)):
            out[r] = row
        return out

    def _distances(self, units_q: np.ndarray, first: int = 0) -> np.ndarray:
        """Cosine distances (1 - cosine, as pgvector's <=>) of the unit queries ``units_q`` to every
        held vector from the ``first``-th on: a row per query, in a buffer kept for the next scan
        (valid until then)."""
        n, m = self._n - first, len(units_q)
        units = self.units[first:]
        if self._dist.shape[0] < m or self._dist.shape[1] < n:  # capacity doubles, as the copy's
            self._dist = np.empty((max(m, self._dist.shape[0]), max(n, 2 * self._dist.shape[1])), dtype=np.float32)
        dist, q_t = self._dist[:m, :n], units_q.T
        # One BLAS thread: OpenBLAS's second thread spun for a core on this small product
        # (0.44 vs 0.84 CPU-ms per query over 5,000 vectors on the shared 2-core machine).
        with self._one_thread():
            # units @ q.T, not q @ units.T: the same products bit for bit (each one float32 chain
            # over the dimensions in order; equal on 576 shapes, dims 3-768) in ~2/3 of the time
            # (32 queries over 12k vectors: 6.0 against 9.2 CPU-ms). By slices of _SLICE held
            # vectors, each turned into rows of the distance matrix while it is in the cache: the
            # whole product's transpose cost ~9 of a 32-query scan's ~55 CPU-ms at 50k (the same bits).
            # No slice is shorter than _SLICE (the last takes the rest): OpenBLAS multiplied a
            # 136-row slice's rows in another order than the whole product did (one distance of
            # 37,000 x 5 differed in its last bit); slices of 4,096 or more gave the same bits.
            ends = [_SLICE * i for i in range(1, n // _SLICE)] + [n]
            start = 0
            for end in ends:
                sims = units[start:end] @ q_t
                np.subtract(np.float32(1.0), sims.T, out=dist[:, start:end])
                start = end
        return dist

    @contextmanager
    def _one_thread(self) -> Iterator[None]:
        with one_blas_thread():  # counted across threads (storylens._threads)
            yield


def _ranked(dist: np.ndarray, nums: np.ndarray, take: int) -> list[list[tuple[int, float]]]:
    """The ``take`` nearest of each row of ``dist`` (queries x held vectors) and anything tied with
    its ``take``-th, in one pass over the matrix, ordered by distance and number; a row whose
    ``take``-th is NaN (a zero query) gets none."""
    if len(dist) == 0:
        return []
    edge = np.partition(dist, take - 1, axis=1)[:, take - 1 : take]
    rows, cols = np.nonzero(dist <= edge)
    near = dist[rows, cols]
    order = np.lexsort((nums[cols], near, rows))
    rows, cols, near = rows[order], cols[order], near[order]
    starts = np.searchsorted(rows, np.arange(len(dist)))
    # a row with fewer hits (NaN distances: a zero query) must not take the next row's
    counts = np.bincount(rows, minlength=len(dist))
    return [list(zip(nums[cols[s : s + min(take, n)]].tolist(), near[s : s + min(take, n)].tolist()))
            for s, n in zip(starts.tolist(), counts.tolist())]


def plain_empty(shape: tuple[int, ...], dtype: type[np.generic] | np.dtype) -> np.ndarray:
    """``np.empty(shape, dtype)`` in ordinary 4 KiB pages: numpy asks the kernel for huge pages
    (madvise MADV_HUGEPAGE) for every array of 4 MiB or more, and where the kernel's huge-page defrag
    is ``madvise`` (this machine's, and a common default) the first touch of such an array may wait on
    a synchronous compaction of memory: with the writer's copy of a 10,000-vector window (~22 MiB) so
    advised, 32 articles into the 12k synthetic SQLite store took 0.02-0.23 system CPU-s per fresh process
    (median 0.11 of 5) against 0.016-0.027 (median 0.021) in small pages, its user time alike (load 10-12,
    2026-12-04); small_ingest.py --sizes 12000, 4 rounds beside main (load 13-20): client + server CPU
    SQLite 0.370 -> 0.330 s (1.88x -> 1.71x the new store), PostgreSQL's first writer 0.612 -> 0.488 s
    (2.76x -> 2.22x), the same stories. An anonymous private memory map is never advised so; its pages
    are zero-filled on first touch like numpy's. Writable, C-ordered; small arrays are numpy's own."""
    dt = np.dtype(dtype)
    count = 1
    for side in shape:
        count *= int(side)
    if count * dt.itemsize < 1 << 22 or _PRIVATE is None:
        return np.empty(shape, dtype=dt)
    # private: a shared anonymous map (mmap's default) is shared memory, whose faults cost more (~15 against ~10
    # system CPU-ms for 22 MiB written, in isolation)
    # populated (MAP_POPULATE, Linux): every page of the copy is written at once, and the kernel fills them all in
    # one call instead of one fault per 4 KiB page (22 MiB made and written: 7.5-7.9 against 9.5-11.4 CPU-ms,
    # median of 15 each, load 3, 2026-12-04)
    pages = mmap.mmap(-1, count * dt.itemsize, flags=_PRIVATE | _POPULATE)
    return np.frombuffer(pages, dtype=dt, count=count).reshape(shape)


# An anonymous private map's flags (None where mmap has no such flags: Windows, where numpy's np.empty is used)
_PRIVATE = (mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS) if hasattr(mmap, "MAP_ANONYMOUS") and hasattr(mmap, "MAP_PRIVATE") \
    else None
_POPULATE = getattr(mmap, "MAP_POPULATE", 0)


def _halves(rows: np.ndarray) -> np.ndarray:
    """float16 rows of either byte order as they are; anything else as float16."""
    return rows if rows.dtype.kind == "f" and rows.dtype.itemsize == 2 else rows.astype(np.float16)


def _starts(held: np.ndarray, rows: np.ndarray) -> bool:
    """Whether ``rows`` are the first rows of ``held`` (the same memory, layout and native float16 type)."""
    return (held.ndim == 2 and rows.ndim == 2 and held.dtype == np.float16 and held.dtype.isnative
            and rows.dtype == held.dtype and rows.shape[1] == held.shape[1] and rows.strides == held.strides
            and held.flags.c_contiguous and held.flags.writeable and len(rows) <= len(held)
            and rows.__array_interface__["data"][0] == held.__array_interface__["data"][0])


def _ascending(nums: np.ndarray) -> bool:
    return bool(len(nums) < 2 or np.all(nums[1:] > nums[:-1]))
