"""benchmarks/similarity_repeated.py: its folds keep connected groups whole, and its blend of the
fitted parts is what the shipped model's ``predict`` gives (so the repeated CV measures what ships)."""

from __future__ import annotations

import numpy as np
import pytest

from ._bench import load_benchmark


@pytest.fixture(scope="module")
def rep():
    return load_benchmark("similarity_repeated.py")


def test_folds_keep_each_group_on_one_side_and_move_with_the_seed(rep):
    groups = [f"g{i // 3}" if i < 30 else f"s{i}" for i in range(80)]  # ten groups of 3, fifty of 1
    splits = {seed: rep.group_folds(groups, 5, seed) for seed in (0, 1)}
    for folds in splits.values():
        tests = np.concatenate([te for _, te in folds])
        assert sorted(tests.tolist()) == list(range(80))  # every row scored once
        for tr, te in folds:
            assert not {groups[i] for i in tr} & {groups[i] for i in te}
            assert 14 <= len(te) <= 18  # balanced by rows
    assert any(not np.array_equal(a, b) for (_, a), (_, b) in zip(splits[0], splits[1]))


def test_blend_of_the_parts_is_the_shipped_predict(rep):
    from storylens.similarity import FEATURE_NAMES, SimilarityModel

    rng = np.random.default_rng(0)
    X = rng.uniform(0.0, 1.0, (60, len(FEATURE_NAMES)))
    Y = np.clip(X[:, :7] * 0.5 + rng.normal(0, 0.1, (60, 7)), 0, 1)
    model = SimilarityModel(n_trees=10, max_iter=20).fit(X, Y)
    swap = [FEATURE_NAMES.index(n) for n in np.array(FEATURE_NAMES)[rep._SWAP]]
    parts = rep.Parts(X, Y, swap, SimilarityModel(n_trees=10, max_iter=20))
    rows = np.arange(60)
    got = rep.blend(parts.fit_predict(rows, rows[:12]))
    assert np.allclose(got, model.predict(X[:12]), atol=1e-9)
