"""benchmarks/similarity_reading.py: its five group splits keep each connected group on one side, the first is
the trainer's GroupKFold, and its ``query:`` lead vectors are cached under their own id (never a shipped
``passage:`` vector's key)."""

from __future__ import annotations

import numpy as np
import pytest

from ._bench import load_benchmark


@pytest.fixture(scope="module")
def reading():
    return load_benchmark("similarity_reading.py")


def test_splits_keep_groups_whole_and_differ(reading):
    from sklearn.model_selection import GroupKFold

    groups = np.array([f"g{i // 3}" if i < 30 else f"s{i}" for i in range(80)])
    splits = reading.splits(groups)
    assert len(splits) == 5
    for folds in splits:
        tests = np.concatenate([te for _, te in folds])
        assert sorted(tests.tolist()) == list(range(80))  # every row scored once a split
        for tr, te in folds:
            assert not set(groups[tr]) & set(groups[te])
    first = list(GroupKFold(5).split(np.zeros(80), groups=groups))
    assert all(np.array_equal(a, b) for (_, a), (_, b) in zip(splits[0], first))
    assert any(not np.array_equal(a, b) for (_, a), (_, b) in zip(splits[1], splits[2]))


def test_query_vectors_have_their_own_cache_id(reading):
    from storylens.embed import CachedEmbedder, E5Embedder

    query, passage = CachedEmbedder(reading._QueryE5()), CachedEmbedder(E5Embedder())
    assert query.model_id == passage.model_id + "-query"
    assert query._key("Ein Text.") != passage._key("Ein Text.")
