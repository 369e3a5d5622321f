"""Same-story model candidates that change what the model reads or what it is trained to predict (issue 11,
pearson54), against the shipped ``full`` recipe on the same folds. dev.csv only: never heldout.csv.

    nice .venv/bin/python benchmarks/similarity_reading.py [--candidates query goldcombo stack7 boost7 subscores]

Why: four retrains in a row that added feature columns raised dev grouped CV by +0.0015..0.003 and left
held-out Pearson within +-0.0002 (stops 43-52), so these candidates change the e5 input or the target
instead of adding a column. Each costs no more per pair than the shipped model (the same encoder calls,
a few more numbers).

Protocol: the features of ``scripts/train_similarity.py`` (rare terms, name keys and lead bank recomputed
with each row's connected group of the pair graph left out), kept in
``benchmarks/results/similarity_reading_X.npz``; out-of-fold Overall Pearson on five 5-fold group splits:
the trainer's GroupKFold and four random assignments of the groups (seeds 100-103); the shipped recipe
and each candidate fitted on the same folds in the same run; "better" counts the splits a candidate wins;
the cross-lingual rows' Pearson (383 rows) is printed beside.

Candidates:

* ``query``: the e5 lead embedded with e5's ``query:`` prefix (the model card's choice for symmetric
  tasks) instead of ``passage:``; the lead cosine and every lead-bank column recomputed from those
  vectors (bank of query vectors, group left out). Cached in the shared embedding cache under the
  engine's id + ``-query``.
* ``goldcombo``: Overall predicted as the mean of the model's Overall and a linear map of its six predicted
  sub-scores (Geography ... Tone), the map regressed on the training fold's gold sub-scores.
* ``subscores``: the linear map alone (Overall from the predicted sub-scores only).
* ``stack7``: a ridge (alpha 1) from the seven predictions to Overall, fitted on inner grouped out-of-fold
  predictions of the training fold (stacking).
* ``boost7``: a gradient-boosted model for every dimension, not Overall alone (the other dimensions' boosted
  models leave Overall's prediction as it was), and Overall as ``goldcombo`` makes it from those sub-scores.
* ``svr``: another learner beside the trees: the shipped blend's Overall (3/4) with an RBF SVR's (1/4; C 1,
  epsilon 0.05, gamma "scale", standardized features). (Per pair: one kernel row against ~1,000 support
  vectors, well under a CPU-ms.)
* ``nolang``: the shipped recipe without the language-identity columns (``lang_*``), so it cannot lean on a
  language's mean score in dev.

Results at pearson54 (main 3656ffb0, load 12-20) are in the docstring of :func:`main`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import train_similarity as train

from storylens.similarity import (
    DIMENSIONS,
    FEATURE_NAMES,
    FeatureInputs,
    Gazetteer,
    LeadBank,
    SimilarityModel,
    prepare_text,
)
from storylens.similarity._banks import _LEAD_BANK, _NAME_KEY_TABLE

RESULTS = ROOT / "benchmarks" / "results"
CANDIDATES = ("query", "goldcombo", "subscores", "stack7", "boost7", "svr", "nolang")


def splits(groups: np.ndarray, repeats: int = 4) -> list[list[tuple[np.ndarray, np.ndarray]]]:
    """The trainer's GroupKFold(5), then ``repeats`` random 5-fold assignments of the groups."""
    from sklearn.model_selection import GroupKFold

    out = [list(GroupKFold(5).split(np.zeros(len(groups)), groups=groups))]
    uniq = np.unique(groups)
    for r in range(repeats):
        perm = np.random.default_rng(100 + r).permutation(uniq)
        fold_of = {g: i % 5 for i, g in enumerate(perm)}
        f = np.array([fold_of[g] for g in groups])
        out.append([(np.flatnonzero(f != k), np.flatnonzero(f == k)) for k in range(5)])
    return out


def shipped_features(rows, groups):
    """X as the trainer computes it for ``full`` (cached in benchmarks/results)."""
    path = RESULTS / "similarity_reading_X.npz"
    if path.exists():
        return np.load(path)["X"]
    use, e5 = train.make_embedders(train.default_cache())
    inputs = FeatureInputs()
    terms = train.term_table(rows)
    names, name_keys = train.name_key_table(rows)
    _NAME_KEY_TABLE[:] = [names]
    bank, index = train.lead_bank(rows, e5, inputs)
    _LEAD_BANK[:] = [bank]
    X = train.features(rows, (use, e5), Gazetteer.load(), inputs=inputs, terms=terms)
    X = train.leave_group_out_terms(rows, X, groups, terms, (names, name_keys))
    X = train.leave_group_out_bank(rows, X, groups, bank, index)
    RESULTS.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, X=X)
    return X


class _QueryE5:
    """e5 with the ``query:`` prefix (the shipped lead reads ``passage:``); its own cache id."""

    dim = 384

    def __init__(self):
        from storylens.embed import E5Embedder

        self.inner = E5Embedder()
        self.model_id = self.inner.model_id + "-query"

    def embed(self, texts):
        model = self.inner._load() if getattr(self, "_model", None) is None else self._model
        self._model = model
        return np.vstack([model.query(t) for t in texts])


def query_features(rows, groups, X: np.ndarray) -> np.ndarray:
    """X with the e5 lead cosine and the lead-bank columns recomputed from ``query:`` lead vectors."""
    from storylens.embed import CachedEmbedder

    enc = CachedEmbedder(_QueryE5(), train.default_cache())
    langs = train.bank_languages(rows)
    texts = list(langs)
    Q = enc.embed([t.strip()[: FeatureInputs().lead_chars] for t in texts])
    Q = Q / np.linalg.norm(Q, axis=1, keepdims=True)
    index = {t: i for i, t in enumerate(texts)}
    ia = [index[prepare_text(r["text1"]).text] for r in rows]
    ib = [index[prepare_text(r["text2"]).text] for r in rows]
    Xq = X.copy()
    Xq[:, FEATURE_NAMES.index("e5_cos_lead")] = np.einsum("ij,ij->i", Q[ia], Q[ib])
    bank = LeadBank(Q.astype(np.float16), [langs[t] for t in texts])
    return train.leave_group_out_bank(rows, Xq, groups, bank, index)


def main(argv: list[str] | None = None) -> int:
    """Results at pearson54 (main 3656ffb0; shipped recipe 0.8364 / 0.8326 / 0.8379 / 0.8362 / 0.8336 on the
    five splits, cross-lingual rows 0.8332), mean difference to it, splits better, cross-lingual rows:

    * query      -0.0017 +- 0.0013, 0 of 5 (0.8325 0.8325 0.8363 0.8351 0.8318); cross-lingual 0.8351 (+0.0019):
      the query cosine alone correlates less with gold Overall (0.666 against 0.683);
    * goldcombo  -0.0002 +- 0.0005, 3 of 5; cross-lingual 0.8332 (+0.0000);
    * subscores  -0.0044 +- 0.0009, 0 of 5; cross-lingual 0.8291;
    * stack7     -0.0000 +- 0.0005, 2 of 5; cross-lingual 0.8344;
    * boost7     +0.0003 +- 0.0007, 3 of 5; cross-lingual 0.8344;
    * svr        +0.0024 +- 0.0007, 5 of 5 (0.8379 0.8360 0.8407 0.8384 0.8357); cross-lingual 0.8378 (+0.0046);
      scratch runs on the same features and splits: C 0.3 +0.0019 (5 of 5), C 3 +0.0011 (4), C 1 at 1/3 +0.0019 (5),
      at 1/2 -0.0009 (1);
    * nolang     -0.0026 +- 0.0012, 0 of 5; cross-lingual 0.8285.
    The rule written before measuring (retrain for >= +0.003 on >= 4 of 5 splits, cross-lingual rows not lower,
    no more CPU per pair) kept every candidate out.
    """
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", nargs="*", default=list(CANDIDATES), choices=CANDIDATES)
    args = ap.parse_args(argv)
    from sklearn.linear_model import LinearRegression, Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVR

    rows, _ = train.load_rows(train.DEFAULT_DEV)
    groups = train.pair_groups(rows)
    g = np.array(groups)
    Y = train.targets(rows)
    X = shipped_features(rows, groups)
    cross = np.array([r["lang1"] != r["lang2"] for r in rows])
    feats = train.variant_features("full")
    base = SimilarityModel(features=feats)
    A = base._columns(X)
    sp = splits(g)

    def fit_predict(model: SimilarityModel, Xtr, Ytr, Xte) -> np.ndarray:
        return model._predict_with(model._fit_all(Xtr, Ytr), Xte)

    Xq = base._columns(query_features(rows, groups, X)) if "query" in args.candidates else None
    boost7 = SimilarityModel(features=feats, boosted=tuple(DIMENSIONS))
    nolang = SimilarityModel(features=tuple(f for f in feats if not f.startswith("lang_")))
    N = nolang._columns(X)

    def candidate(name: str, tr: np.ndarray, te: np.ndarray, P: np.ndarray) -> np.ndarray:
        if name == "query":
            return fit_predict(base, Xq[tr], Y[tr], Xq[te])[:, 0]
        if name in ("goldcombo", "subscores"):
            combo = LinearRegression().fit(Y[tr][:, 1:], Y[tr][:, 0]).predict(P[:, 1:])
            return combo if name == "subscores" else (P[:, 0] + combo) / 2
        if name == "stack7":
            oof = np.zeros((len(tr), Y.shape[1]))
            for itr, ite in splits(g[tr], 0)[0]:
                oof[ite] = fit_predict(base, A[tr][itr], Y[tr][itr], A[tr][ite])
            return Ridge(alpha=1.0).fit(oof, Y[tr][:, 0]).predict(P)
        if name == "svr":
            svr = make_pipeline(StandardScaler(), SVR(C=1.0, epsilon=0.05, gamma="scale")).fit(A[tr], Y[tr][:, 0])
            return (3 * P[:, 0] + svr.predict(A[te])) / 4
        if name == "nolang":
            return fit_predict(nolang, N[tr], Y[tr], N[te])[:, 0]
        B = fit_predict(boost7, A[tr], Y[tr], A[te])
        return (B[:, 0] + LinearRegression().fit(Y[tr][:, 1:], Y[tr][:, 0]).predict(B[:, 1:])) / 2

    out: dict = {"data": f"dev.csv {len(rows)} rows, {len(set(groups))} groups", "started": time.ctime()}
    base_oof = []
    for folds in sp:
        oof = np.zeros(Y.shape)
        for tr, te in folds:
            oof[te] = fit_predict(base, A[tr], Y[tr], A[te])
        base_oof.append(oof)
    bs = [float(np.corrcoef(o[:, 0], Y[:, 0])[0, 1]) for o in base_oof]
    bx = float(np.mean([np.corrcoef(o[cross, 0], Y[cross, 0])[0, 1] for o in base_oof]))
    out["shipped"] = {"splits": [round(v, 4) for v in bs], "cross": round(bx, 4)}
    print(json.dumps(out["shipped"]), flush=True)
    for name in args.candidates:
        t = time.process_time()
        cs, cx = [], []
        for folds, oof in zip(sp, base_oof):
            pred = np.zeros(len(Y))
            for tr, te in folds:
                pred[te] = candidate(name, tr, te, oof[te])
            cs.append(float(np.corrcoef(pred, Y[:, 0])[0, 1]))
            cx.append(float(np.corrcoef(pred[cross], Y[cross, 0])[0, 1]))
        diff = np.array(cs) - np.array(bs)
        out[name] = {"splits": [round(v, 4) for v in cs], "diff": round(float(diff.mean()), 4),
                     "sd": round(float(diff.std()), 4), "better": int((diff > 0).sum()),
                     "cross": round(float(np.mean(cx)), 4), "cpu_s": round(time.process_time() - t)}
        print(json.dumps({name: out[name]}), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "similarity_reading.json").write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
