"""A pair's score is a function of its two texts only: bit for bit the same with an empty cache, with a warm one,
and inside a batch of other pairs (issue #11, "the same texts give the same score everywhere").

Two things made it depend on what else was computed: USE embedded the texts of one call in shared forward passes,
and OpenBLAS multiplies a matrix of one to three rows with other kernels than a taller one, so a sentence's vector
differed in the last bits alone, beside other texts, or read back from a cache another batch had filled (dev pair
1523987015_1526190943: 0.6869 with an empty cache, 0.6787 warm); and the ridge of the similarity model multiplied
all rows at once, so a pair's prediction differed in the last bit alone and in a batch. Texts: tests/data/same_kind.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storylens import similarity as sim
from storylens.embed import CachedEmbedder

DATA = Path(__file__).resolve().parents[1] / "data" / "same_kind"


def _row(name: str, other: str) -> tuple[str, str, str, str]:
    texts = [(DATA / f"{n}.txt").read_text(encoding="utf-8") for n in (name, other)]
    return texts[0], texts[1], name.rsplit("_", 1)[1], other.rsplit("_", 1)[1]


PAIR = _row("kyiv1_en", "kyiv1_de")  # a cross-lingual pair: both encoders' vectors count
OTHERS = [_row("rob1_en", "rob1_es"), _row("quake1_en", "quake2_en"), _row("flood_mon_en", "kyiv1_de")]


def _judged(rows, model: sim.SimilarityModel, embedder, doc_embedder=None):
    """Each pair's features, the model's unrounded predictions and its score, as score_pairs computes them."""
    prepared = [(sim.prepare_text(a), sim.prepare_text(b), la, lb) for a, b, la, lb in rows]
    feats = sim.pair_features([(pa.text, pb.text, la, lb) for pa, pb, la, lb in prepared], embedder,
                              sim.Gazetteer.load(), doc_embedder=doc_embedder, inputs=model.inputs_,
                              terms=model.terms_table(), datelines=[(pa.dateline, pb.dateline) for pa, pb, *_ in prepared])
    X = np.array([f.values for f in feats])
    scores = sim.score_pairs(rows, embedder=embedder, doc_embedder=doc_embedder, model=model)
    return list(zip(X, model.predict(X), scores))


def _same(x, y) -> None:
    assert np.array_equal(x[0], y[0], equal_nan=True), "features differ"
    assert np.array_equal(x[1], y[1]), "predictions differ"
    assert x[2] == y[2]


def _cold_warm_batch(tmp_path: Path, model: sim.SimilarityModel, use, e5=None) -> None:
    def encoders(name: str):  # new objects on a cache file: what they give comes from disk or is computed
        path = tmp_path / f"{name}.sqlite"
        return CachedEmbedder(use, path), (CachedEmbedder(e5, path) if e5 is not None else None)

    cold = _judged([PAIR], model, *encoders("alone"))[0]
    warm = _judged([PAIR], model, *encoders("alone"))[0]
    batch = _judged([OTHERS[0], PAIR, *OTHERS[1:]], model, *encoders("batch"))[1]
    warm_from_batch = _judged([PAIR], model, *encoders("batch"))[0]
    for other in (warm, batch, warm_from_batch):
        _same(cold, other)


def test_a_pair_scores_the_same_cold_warm_and_in_a_batch(tmp_path, hashing_embedder):
    _cold_warm_batch(tmp_path, sim.SimilarityModel.load("fast"), hashing_embedder)


@pytest.mark.parametrize("variant", sim.VARIANTS)
def test_a_rows_prediction_is_the_same_alone_and_in_any_batch(variant):
    model = sim.SimilarityModel.load(variant)
    ridge = model.models_["ridge"]
    rng = np.random.default_rng(11)
    X = np.zeros((40, len(sim.FEATURE_NAMES)))  # rows about the scale the ridge was fitted on
    X[:, [sim.FEATURE_NAMES.index(n) for n in model._used()]] = ridge.mean_ + ridge.scale_ * rng.normal(size=(40, len(ridge.mean_)))
    together = model.predict(X)
    order = rng.permutation(len(X))
    assert np.array_equal(model.predict(X[order]), together[order])
    assert np.array_equal(np.vstack([model.predict(X[i : i + 1]) for i in range(len(X))]), together)


@pytest.mark.slow
def test_a_pair_scores_the_same_cold_warm_and_in_a_batch_with_the_real_encoders(tmp_path):
    from storylens.embed import E5Embedder, UseEmbedder

    _cold_warm_batch(tmp_path, sim.SimilarityModel.load("full"), UseEmbedder(), E5Embedder())
