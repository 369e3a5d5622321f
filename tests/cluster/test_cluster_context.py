"""The stream-context judge: a pair's score read against each side's other candidates (cluster/_context.py)."""

from __future__ import annotations

import numpy as np

from storylens.cluster import StoryClusterer
from storylens.cluster._context import CONTEXT_FEATURES, context_features
from storylens.cluster._links import LinkModel

from .test_cluster_judge import _Judge, _stream, _texts

# a triangle 0-1-2 of one story, and article 3 whose best match is 2 at a lower score
CI, CJ = np.array([0, 0, 1, 2]), np.array([1, 2, 2, 3])
SCORES = np.array([0.9, 0.7, 0.8, 0.6])
CROSS = np.array([True, False, True, True])


def test_rank_gap_and_csls_read_each_sides_other_candidates():
    f = context_features(CI, CJ, SCORES, CROSS, 4, k=2)
    assert set(f) == set(CONTEXT_FEATURES)
    # 0-1: each side's best (rank 0), 0.2 above 0's next (0.7) and 0.1 above 1's (0.8)
    assert f["rank_lo"][0] == f["rank_hi"][0] == 0
    assert np.isclose(f["gap_lo"][0], 0.1) and np.isclose(f["gap_hi"][0], 0.2)
    # 2-3: 3's only pair (rank 0), 2's third of three (rank 2), 0.2 below 2's best (0.8)
    assert f["rank_lo"][3] == 0 and np.isclose(f["rank_hi"][3], np.log1p(2))
    assert np.isclose(f["gap_lo"][3], -0.2)
    # csls: 2 * s minus each side's mean of its 2 best (0: 0.8, 1: 0.85)
    assert np.isclose(f["csls"][0], 1.8 - 0.8 - 0.85)
    # 0-1 close a triangle through 2 (both score >= 0.5 with it); 2-3 share no one
    assert np.isclose(f["support"][0], np.log1p(1)) and f["support"][3] == 0
    assert f["cross"].tolist() == [1.0, 0.0, 1.0, 1.0]


def test_a_query_is_read_against_the_graph_and_a_pair_without_a_verdict_has_no_features():
    scores = SCORES.copy()
    scores[3] = np.nan
    f = context_features(CI, CJ, scores, CROSS, 4)
    assert np.isnan(f["rank_lo"][3]) and not np.isnan(f["rank_lo"][:3]).any()
    # a pair not among the candidates (1-3) scoring 0.85: 1's best (above 0.8? no: 0.9 is)
    q = context_features(CI, CJ, scores, CROSS, 4, qi=np.array([1]), qj=np.array([3]), qs=np.array([0.85]),
                         qcross=np.array([False]))
    assert np.isclose(q["rank_hi"][0], np.log1p(1)) and q["rank_lo"][0] == 0  # 3 has no scored pair
    assert np.isclose(q["gap_lo"][0], 0.85 - 0.9)


def _context(threshold: float) -> LinkModel:
    """A context model that reads the rank only: a side's best candidate joins, others do not."""
    names = CONTEXT_FEATURES
    coef = np.array([-10.0 if n == "rank_hi" else 0.0 for n in names])
    return LinkModel("test", names, np.zeros(len(names)), np.ones(len(names)), coef, 0.0, threshold)


def test_the_context_model_decides_in_place_of_the_cut():
    # every pair scores below the judge's cut, but t0-t1 are each other's best: the context joins them
    table = {frozenset({"t0", "t1"}): 0.5, frozenset({"t1", "t2"}): 0.3, frozenset({"t0", "t2"}): 0.2}
    c = StoryClusterer(threshold=0.9, use_dates=False).fit(_stream())
    judge = _Judge(table, cut=0.9, same_language_cut=0.9)
    c.refine(texts=_texts(), pair_judge=judge)
    assert len(set(c.article_story_.values())) == 4  # the plain judge joins nothing
    c = StoryClusterer(threshold=0.9, use_dates=False).fit(_stream())
    judge = _Judge(table, cut=0.9, same_language_cut=0.9)
    judge.context = _context(0.4)  # rank 0 on both sides: p = 0.5 >= 0.4
    c.refine(texts=_texts(), pair_judge=judge)
    s = c.article_story_
    assert s["t0"] == s["t1"] and len(set(s.values())) == 3
    c = StoryClusterer(threshold=0.9, use_dates=False).fit(_stream())
    judge.context = _context(0.6)  # above what any pair reaches: nothing joins
    c.refine(texts=_texts(), pair_judge=judge)
    assert len(set(c.article_story_.values())) == 4


def test_the_margin_is_in_score_units_and_agrees_with_the_probability_cut():
    from storylens.cluster._context import context_margin

    rng = np.random.default_rng(0)
    names = CONTEXT_FEATURES
    coef = rng.normal(size=len(names))
    coef[names.index("score")] = 3.0
    model = LinkModel("m", names, rng.normal(size=len(names)), rng.uniform(0.5, 2, size=len(names)), coef, -0.5, 0.3)
    feats = {n: rng.normal(size=200) for n in names}
    feats["cross"] = rng.integers(0, 2, size=200).astype(float)
    margin = context_margin(model, feats)
    assert ((margin >= 0) == (model.proba(feats) >= 0.3)).all()
    # raising only the score feature by the margin's magnitude brings a pair to the threshold
    only_score = LinkModel("s", names, np.zeros(len(names)), np.ones(len(names)),
                           np.array([2.0 if n == "score" else 0.0 for n in names]), 0.0, 0.5)
    f = {n: np.zeros(3) for n in names}
    f["score"] = np.array([-0.2, 0.0, 0.1])
    assert np.allclose(context_margin(only_score, f), [-0.2, 0.0, 0.1])
