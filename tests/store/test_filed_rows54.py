"""A SQLite writer's first read of its window takes the float16 rows straight from the saved usearch file's
vector block (store._sqlite._filed_rows), not a row array per key through the index (~4.5 CPU-ms of a 12k
store's 10,000-row window, small54): the same bits for every key, in both graphs' files, keys added in any
order; a file laid out otherwise is read through the index as before."""

from __future__ import annotations

import numpy as np
import pytest
from usearch.index import Index

from storylens.store._sqlite import _FULL, _SPARSE, _filed_rows, _index_keys, _index_rows


def _saved(tmp_path, keys: np.ndarray, graph: tuple[int, int], dim: int = 16, seed: int = 0) -> tuple[str, Index]:
    rng = np.random.default_rng(seed)
    index = Index(ndim=dim, metric="cos", dtype="f16", connectivity=graph[0], expansion_add=graph[1])
    index.add(keys.astype(np.uint64), rng.standard_normal((len(keys), dim)).astype(np.float32), threads=1)
    path = str(tmp_path / f"s{seed}.usearch")
    index.save(path)
    view = Index(ndim=dim, metric="cos", dtype="f16", connectivity=graph[0])
    view.view(path)
    return path, view


@pytest.mark.parametrize("graph", [_SPARSE, _FULL])
@pytest.mark.parametrize("order", ["ascending", "shuffled"])
def test_filed_rows_are_the_index_rows_bit_for_bit(tmp_path, graph, order):
    keys = np.arange(1, 1500, dtype=np.int64) * 3
    if order == "shuffled":  # slots in another order than the keys: read through the slot of each key
        keys = np.random.default_rng(1).permutation(keys)
    path, view = _saved(tmp_path, keys, graph)
    every = _index_keys(view)
    read = _filed_rows(path, view, every)
    assert read is not None
    for part in (every[:256], every[-700:], every[5:6], np.sort(np.random.default_rng(2).choice(every, 300, replace=False))):
        assert np.array_equal(read(part).view(np.uint16), _index_rows(view, part).view(np.uint16))


def test_a_file_laid_out_otherwise_is_read_through_the_index(tmp_path):
    keys = np.arange(1, 400, dtype=np.int64)
    path, view = _saved(tmp_path, keys, _SPARSE)
    every = _index_keys(view)
    assert _filed_rows(path, view, every[:-1]) is None  # not the file's keys
    with open(path, "ab") as fh:  # a longer file than its parts
        fh.write(b"\0" * 8)
    assert _filed_rows(path, view, every) is None
    assert _filed_rows(str(tmp_path / "missing.usearch"), view, every) is None
    other, _ = _saved(tmp_path, keys, _SPARSE, seed=5)  # the same keys, other vectors: its ends differ
    assert _filed_rows(other, view, every) is None
