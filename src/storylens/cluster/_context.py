"""The stream-context link judge: a pair's score read against the scores of each side's other candidates.

The refine pass's judge (:class:`storylens.cluster._judge.SimilarityJudge`)
scores each candidate pair on its own. In a stream, the same score means more
when it is each side's best match by a wide margin than when both sides have
many pairs scoring as high (a topic of related stories). Bitext mining handles
this with margin (CSLS) scoring against each side's nearest neighbours; this
module gives the refine pass that evidence as features of the candidate-score
graph it already holds (no new text is read, so it costs milliseconds):

* ``score``, ``cross`` (languages differ) and ``score_cross``: the pair score,
  calibrated apart across languages;
* ``rank_lo`` / ``rank_hi``: log(1 + the pair's rank) among each side's scored
  candidates (0: its best), the better and the worse side;
* ``gap_lo`` / ``gap_hi``: the score minus each side's best *other* candidate's
  score (both >= 0: a mutual-best pair);
* ``csls``: 2 * score - each side's mean of its ``k`` best scores (bitext
  mining's margin against the hubness of a topic);
* ``support``: log(1 + the number of articles both sides score at least
  ``support_cut`` with), the story-level link (a triangle closes through a
  third report of the story).

A small logistic model (:class:`storylens.cluster._links.LinkModel` arrays,
``data/refine-context.json``) turns them into a probability; a pair joins at
its ``threshold``. It is trained by ``benchmarks/refine_similarity.py
--context`` on dev.csv with nested grouped folds (each pair score comes from a
similarity model that never saw the pair's group).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError

__all__ = ["CONTEXT_FEATURES", "MODEL_PATH", "context_features", "context_margin", "load_context"]

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "refine-context.json"

CONTEXT_FEATURES = ("score", "cross", "score_cross", "rank_lo", "rank_hi", "gap_lo", "gap_hi", "csls", "support")


def context_features(ci: np.ndarray, cj: np.ndarray, scores: np.ndarray, cross: np.ndarray, n: int,
                     qi: np.ndarray | None = None, qj: np.ndarray | None = None, qs: np.ndarray | None = None,
                     qcross: np.ndarray | None = None, k: int = 3, support_cut: float = 0.5) -> dict[str, np.ndarray]:
    """Context features of query pairs against the candidate-score graph ``(ci, cj, scores)`` of ``n`` articles.

    ``ci``/``cj``: int arrays of candidate pairs (positions < ``n``); ``scores``: their pair scores
    (NaN: no verdict, left out of the graph); ``cross``: bool, whether each pair's languages differ.
    The queries default to the candidates themselves; other pairs (``qi``, ``qj``, their scores
    ``qs`` and ``qcross``) are read against the same graph (a pair is never its own competitor).
    Returns name -> float array, one value per query (NaN score: NaN features).
    """
    ci, cj = np.asarray(ci, dtype=np.int64), np.asarray(cj, dtype=np.int64)
    scores = np.asarray(scores, dtype=np.float64)
    if qi is None:
        qi, qj, qs, qcross = ci, cj, scores, cross
    qi, qj = np.asarray(qi, dtype=np.int64), np.asarray(qj, dtype=np.int64)
    qs = np.asarray(qs, dtype=np.float64)
    qc = np.asarray(qcross, dtype=np.float64)
    ok = ~np.isnan(scores)
    a = np.concatenate([ci[ok], cj[ok]])
    b = np.concatenate([cj[ok], ci[ok]])
    s = np.concatenate([scores[ok], scores[ok]])
    # each article's scored pairs, best first (one sort; ties keep no order that matters here)
    order = np.lexsort((-s, a))
    a, b, s = a[order], b[order], s[order]
    start = np.searchsorted(a, np.arange(n + 1))
    key = a * 10.0 + (2.0 - np.clip(s, -2.0, 2.0))
    count = np.diff(start)
    top1 = np.full(n, -np.inf)
    top1_partner = np.full(n, -1, dtype=np.int64)
    top2 = np.full(n, -np.inf)
    has1 = count >= 1
    top1[has1], top1_partner[has1] = s[start[:-1][has1]], b[start[:-1][has1]]
    has2 = count >= 2
    top2[has2] = s[start[:-1][has2] + 1]
    # mean of each side's k best (fewer when it has fewer); no pairs: its own score stands in
    csum = np.concatenate([[0.0], np.cumsum(s)])
    kk = np.minimum(count, k)
    topk = np.where(kk > 0, (csum[start[:-1] + kk] - csum[start[:-1]]) / np.maximum(kk, 1), np.nan)

    def side(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        # rank: how many of x's pairs score strictly higher (the pair itself never does); the pairs
        # are sorted by (article, -score), so one search over article * 10 + (2 - score) finds it
        rank = np.searchsorted(key, x * 10.0 + (2.0 - np.clip(qs, -2.0, 2.0)), side="left") - start[x]
        best_other = np.where(top1_partner[x] == y, top2[x], top1[x])
        gap = qs - np.where(np.isfinite(best_other), best_other, 0.0)
        r = np.where(np.isnan(topk[x]), qs, topk[x])
        return np.log1p(rank), gap, r

    rank_i, gap_i, r_i = side(qi, qj)
    rank_j, gap_j, r_j = side(qj, qi)
    strong = s >= support_cut
    support = _common_neighbours(a[strong], b[strong], n, qi, qj)
    out = {"score": qs, "cross": qc, "score_cross": qs * qc,
           "rank_lo": np.minimum(rank_i, rank_j), "rank_hi": np.maximum(rank_i, rank_j),
           "gap_lo": np.minimum(gap_i, gap_j), "gap_hi": np.maximum(gap_i, gap_j),
           "csls": 2 * qs - r_i - r_j, "support": np.log1p(support)}
    bad = np.isnan(qs)
    return {name: np.where(bad, np.nan, v).astype(np.float64) for name, v in out.items()}


# the features that move with the pair's own score, and how much (d feature / d score)
_SCORE_TERMS = {"score": 1.0, "gap_lo": 1.0, "gap_hi": 1.0, "csls": 2.0}


def context_margin(model: Any, feats: dict[str, np.ndarray], threshold: float | None = None) -> np.ndarray:
    """How far each pair is above the context model's threshold, in units of its own pair score.

    The model's log-odds minus the threshold's, divided by how fast the log-odds grow with the
    pair's score (through ``score``, ``score_cross``, ``gap_*`` and ``csls``): the refine pass's
    average link reads it like the plain judge's ``score - cut`` (a probability margin would let a
    sure pair outweigh several doubtful ones and chain related stories). ``threshold``: a probability
    in place of the model's. NaN where a feature is NaN.
    """
    names = list(model.features)
    w = np.asarray(model.coef, dtype=np.float64) / np.asarray(model.scale, dtype=np.float64)
    z = np.full(np.shape(feats[names[0]]), float(model.intercept) - float(np.dot(w, model.mean)))
    for k, name in enumerate(names):
        z = z + w[k] * feats[name]
    slope = sum(w[names.index(n)] * d for n, d in _SCORE_TERMS.items() if n in names)
    if "score_cross" in names:
        slope = slope + w[names.index("score_cross")] * feats["cross"]
    thr = min(max(float(model.threshold if threshold is None else threshold), 1e-6), 1 - 1e-6)
    return (z - np.log(thr / (1 - thr))) / np.maximum(slope, 1e-3)


def _common_neighbours(a: np.ndarray, b: np.ndarray, n: int, qi: np.ndarray, qj: np.ndarray) -> np.ndarray:
    """How many articles both qi[t] and qj[t] have an edge (a -> b, both directions listed) with."""
    from scipy.sparse import csr_matrix

    m = csr_matrix((np.ones(len(a)), (a, b)), shape=(n, n))
    m.data[:] = 1.0  # a pair listed twice is one edge
    rows_i, rows_j = m[qi], m[qj]
    return np.asarray(rows_i.multiply(rows_j).sum(axis=1), dtype=np.float64).ravel()


def load_context(variant: str, path: str | Path | None = None) -> Any:
    """The shipped context model for the judge's similarity ``variant`` (a
    :class:`~storylens.cluster._links.LinkModel`), or None when none was trained for it.

    Raises ``ConfigError`` when the file cannot be read.
    """
    return _shipped(str(path or MODEL_PATH)).get(variant)


@lru_cache(maxsize=4)
def _shipped(path: str) -> dict[str, Any]:
    from ._links import LinkModel

    if not Path(path).exists():
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        models = {name: LinkModel.from_dict(d) for name, d in data["models"].items()}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"cannot read the refine context model {path}: {exc}; restore it from the release") from exc
    for m in models.values():
        if tuple(m.features) != CONTEXT_FEATURES:
            raise ConfigError(f"{path}: context model features {list(m.features)} are not {list(CONTEXT_FEATURES)}; "
                              "retrain it (benchmarks/refine_similarity.py --context all --write-context)")
    return models
