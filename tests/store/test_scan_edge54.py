"""The exact scan's k nearest per query from each row's k-th smallest distance (np.partition) and the columns at
or below it (small54; argpartition's index array before): the same answer as ranking every row whole, for
batches mixing rows with and without ties at their edge, zero queries and zero held vectors (NaN distances)."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.store._common import unit_rows
from storylens.store._exact import ExactScan


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_scan_answers_as_a_whole_ranking_of_each_row(seed):
    rng = np.random.default_rng(seed)
    n = 600
    vectors = rng.normal(size=(n, 12)).astype(np.float16)
    vectors[rng.integers(0, n, 80)] = vectors[3]  # copies of one vector: ties across some rows' edges
    vectors[rng.integers(0, n, 4)] = 0  # no vector: NaN distances, never an answer
    nums = np.sort(rng.permutation(5 * n)[:n]) + 1
    scan = ExactScan(12)
    scan.add(nums, vectors)
    queries = np.vstack([vectors[3:4], rng.normal(size=(6, 12)).astype(np.float16), np.zeros((1, 12), np.float16)])
    with np.errstate(invalid="ignore", divide="ignore"):
        dist = 1.0 - unit_rows(queries) @ unit_rows(vectors).T
    for k in (1, 7, 50, 200):
        found = scan.nearest(queries, k)
        assert found[-1] == []  # the zero query
        for row, d in zip(found[:-1], dist[:-1]):
            best = sorted((x, int(m)) for x, m in zip(d.tolist(), nums) if not np.isnan(x))[:k]
            # copies of one vector may differ by an ulp with the BLAS kernel's column tiling (-1.2e-07 / 0.0 on one
            # machine, equal on another: a fresh venv failed seed 2 here), so the answer is compared as a ranking of
            # distances up to an ulp, with every number distinct and held
            at = {int(m): i for i, m in enumerate(nums)}
            got = [m for m, _ in row]
            assert len(set(got)) == len(got) == len(best)
            assert np.allclose([d[at[m]] for m in got], [x for x, _ in best], rtol=0, atol=1e-6)
