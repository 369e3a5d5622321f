"""The late-interaction columns of the full similarity model (issue 11, stop 55): MaxSim / BERTScore of the two e5
leads' token states, tokens weighted by their IDF over the dev leads (TokenIdf)."""

from __future__ import annotations

import math

import numpy as np

from storylens import similarity as sim


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_one_lead_against_itself_and_against_part_of_itself():
    rng = np.random.default_rng(0)
    a = np.stack([_unit(rng.normal(size=(12, 16))) for _ in range(2)])  # layers 8 and 12
    w = np.ones(12)
    assert len(sim.LATE_FEATURES) == 8 and np.allclose(sim.late_features(a, w, a, w), 1.0)
    # b holds a's first 6 tokens: each of b's finds itself (recall side 1.0), a's other 6 find less
    values = sim.late_features(a, w, a[:, :6], w[:6])
    for f, f_idf, lo, hi in (values[:4], values[4:]):  # layer 8's four, layer 12's four
        assert hi == 1.0 and lo < 1.0 and math.isclose(f, f_idf) and lo < f_idf < hi
    # weighting a's unmatched tokens down brings that direction up
    w_down = np.r_[np.ones(6), np.full(6, 0.01)]
    assert sim.late_features(a, w_down, a[:, :6], w[:6])[2] > values[2]


def test_each_layer_gives_its_own_four_columns():
    rng = np.random.default_rng(1)
    a = np.stack([_unit(rng.normal(size=(10, 16))) for _ in range(2)])
    b = a.copy()
    b[1] = _unit(rng.normal(size=(10, 16)))  # layer 12 of b unrelated, layer 8 the same as a's
    w = np.ones(10)
    values = sim.late_features(a, w, b, w)
    assert np.allclose(values[:4], 1.0) and max(values[4:]) < 0.9
    assert sim.LATE_FEATURES[0].startswith("e5_late8_") and sim.LATE_FEATURES[4] == "e5_late_f"


def test_idf_weights_count_each_lead_once_and_leave_a_group_out():
    table = sim.TokenIdf.count([np.array([5, 5, 7]), np.array([7, 9]), np.array([7])])
    assert table.docs == 3 and table.frequencies(np.array([5, 7, 9, 11])).tolist() == [1, 3, 1, 0]
    w = table.weights(np.array([7, 5, 11]))
    assert np.allclose(w, [math.log(4 / 4) + 1e-3, math.log(4 / 2) + 1e-3, math.log(4 / 1) + 1e-3])
    minus = sim.TokenIdf.count([np.array([7, 9])])  # the pair's own group, as training leaves it out
    assert np.allclose(table.weights(np.array([9, 7]), minus), [math.log(3 / 1) + 1e-3, math.log(3 / 3) + 1e-3])


def test_shipped_table_round_trips(tmp_path):
    table = sim.TokenIdf.count([np.array([3, 1]), np.array([1])])
    table.save(tmp_path / "idf.npz")
    back = sim.TokenIdf.load(tmp_path / "idf.npz")
    assert back.docs == 2 and back.ids.tolist() == [1, 3] and back.df.tolist() == [2, 1]
    shipped = sim.token_idf()
    assert shipped.docs > 2000  # the distinct dev texts' leads
    assert (np.diff(shipped.ids) > 0).all() and shipped.df.min() >= 1


def test_a_document_embedder_without_states_reads_the_lead_as_its_one_token():
    from storylens.embed import HashingEmbedder

    pairs = [("Floods hit the north of Italy on Monday, killing three people in Emilia-Romagna.",
              "Heavy rain flooded the football stadium in Manchester on Saturday night.", "en", "en")]
    use = HashingEmbedder()
    feats = sim.pair_features(pairs, use, sim.Gazetteer.load(), doc_embedder=HashingEmbedder(dim=384))[0]
    values = dict(zip(sim.FEATURE_NAMES, feats.values, strict=True))
    assert all(math.isclose(values[n], values["e5_cos_lead"], abs_tol=1e-6) for n in sim.LATE_FEATURES)
    # no document embedder: the columns are missing, as every document column
    fast = dict(zip(sim.FEATURE_NAMES, sim.pair_features(pairs, use, sim.Gazetteer.load())[0].values, strict=True))
    assert all(math.isnan(fast[n]) for n in sim.DOCUMENT_FEATURES)
