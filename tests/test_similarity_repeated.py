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


def test_e5_columns_are_the_shipped_columns_of_other_vectors_with_the_group_left_out(rep):
    from types import SimpleNamespace

    from storylens.similarity import LeadBank

    rng = np.random.default_rng(1)
    V = rng.normal(size=(8, 384)).astype(np.float32)
    V /= np.linalg.norm(V, axis=1, keepdims=True)
    dev = SimpleNamespace(y=np.zeros(3), groups=["a", "a", "b"], pos=np.array([[0, 1], [1, 2], [3, 4]]),
                          lang1=np.array(["de", "de", "en"]), lang2=np.array(["en", "fr", "en"]),
                          tlang=np.array(["de", "en", "fr", "en", "en", "de", "fr", "en"]))
    got = rep.e5_columns(dev, V)
    bank = LeadBank(V.astype(np.float16).astype(np.float32), list(dev.tlang))
    keep = np.ones(8, dtype=bool)
    keep[[3, 4]] = False  # group "b": its own two texts are not in its bank
    cos = float(V[3] @ V[4])
    assert got["cos"][2] == pytest.approx(cos)
    assert [got["shift"][2], got["z"][2]] == pytest.approx(bank.features(bank.vectors[3], bank.vectors[4], "en", "en", cos, keep))
    assert [got["csls"][2], got["ratio"][2]] == pytest.approx(bank.margins(bank.vectors[3], bank.vectors[4], cos, keep))
    keep_all = np.ones(8, dtype=bool)
    assert got["shift"][2] != pytest.approx(bank.features(bank.vectors[3], bank.vectors[4], "en", "en", cos, keep_all)[0])
