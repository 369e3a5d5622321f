"""Train the cross-lingual claim-pair model (analysis._pairmodel) on the TUNE half of the ledger gold.

    .venv/bin/python scripts/train_claim_pairs.py [--runs-cache PATH] [--no-write] [--features a,b,...]

1. Every ledger gold set is compared as ``benchmarks/ledger_eval.py`` does
   (the comparisons can be kept in ``--runs-cache`` between runs: a pickle).
2. For the cross-lingual sets, every unit pair of the two documents gets the
   features of ``analysis._pairmodel.pair_features``; its label is whether its
   two sentences are a gold shared pair. Only pairs of annotated sentences are
   used (the gold says nothing about the rest).
3. A logistic model (L2, Newton steps, numpy) is fitted on the tune sets.
   Its L2 strength and the aligner's thresholds on the model's probability
   (``pair_threshold`` for each other's best matches, ``pair_either_threshold``
   when one unit is the other's best, ``pair_sure_threshold`` for any pair; or competitive
   linking over the probabilities instead of each other's best, ``cross_assign``) are chosen on the tune half with leave-one-set-out models
   (each tune set scored by a model that never saw it), by the rule fixed
   before the search: the highest shared recall at shared precision >= 0.85,
   else the best shared F1, ties by unique recall.
4. The eval half is scored once, with the model fitted on every tune set and
   the chosen thresholds, per language pair beside the current aligner and the
   best-cosine baseline (threshold chosen on the tune half); sentence-pair ROC
   AUCs (max over unit pairs) of the cosine and of the model, tune (out of set)
   and eval.

Writes ``src/storylens/data/claim-pairs.json`` (unless ``--no-write``) and
``benchmarks/results/claim_pairs.json``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from itertools import product
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

import ledger_eval as le
from _lib.ledger_score import gold_structures, language_pair, micro, score_ledger

from storylens.analysis._pairmodel import FEATURES, PairModel
from storylens.embed import CachedEmbedder, UseEmbedder, default_cache_dir, get_document_embedder
from storylens.report.compare import Comparer

OUT = ROOT / "src" / "storylens" / "data" / "claim-pairs.json"
RESULTS = ROOT / "benchmarks" / "results" / "claim_pairs.json"
L2 = [0.3, 1.0, 3.0, 10.0, 30.0]
GRID_L2 = [10.0, 30.0]  # the ledger grid (AUC is flat over L2: see the printout)
THRESHOLDS = [0.3, 0.4, 0.5, 0.6]
SURE = [0.7, 0.8, 0.9, 1.01]
EITHER = [None, 0.4, 0.5, 0.6, 0.7, 0.8]
VETO = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]
# How pairs under the sure threshold are chosen (ClaimAligner.cross_assign): each other's best, or
# competitive linking over the probabilities (stop 11; the one-sided "either" rule stays mutual-only).
ASSIGN = ["mutual", "greedy"]
TARGET_PRECISION = 0.85


# ----------------------------------------------------------------------------- data
def runs_of(cache: Path | None, embedder) -> list[dict]:
    if cache and cache.exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    runs = le.run_ledger(Comparer(embedder=embedder))
    runs = [{k: r[k] for k in ("gold", "comparison", "resolved", "score")} for r in runs]
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(runs, fh)
    return runs


def is_cross(run: dict) -> bool:
    return "-" in language_pair(run["gold"])


def table(run: dict, embed, embed_e5=None) -> dict[str, Any]:
    """Unit-pair features and labels of one set, every two documents (annotated sentences only)."""
    aligner = le.aligner_like_pipeline(run["comparison"], embed, embed_e5=embed_e5, pair_model=None)
    docs = list(run["comparison"].documents)
    from storylens.analysis.claims import _idf, _KeyMatrix, split_units

    units = [u for d in docs for u in split_units(d)]
    vectors = aligner.embed([u.text for u in units])
    keys_all, keys_names = aligner.keys(units)
    names = _KeyMatrix(keys_names, _idf(keys_all))
    by_doc: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        by_doc.setdefault(u.doc, []).append(i)
    annotated, gold_pairs, _, _ = gold_structures(run["gold"], run["resolved"])
    rows, labels, sent_pairs = [], [], []
    doc_ids = list(by_doc)
    for n, da in enumerate(doc_ids):
        for db in doc_ids[n + 1:]:
            ia, ib = by_doc[da], by_doc[db]
            cos = vectors[ia] @ vectors[ib].T
            x = aligner.features(units, ia, ib, cos, names.overlap(ia, ib).astype(cos.dtype), keys_names)
            for r, i in enumerate(ia):
                for c, j in enumerate(ib):
                    sa, sb = units[i].sentence, units[j].sentence
                    if sa in annotated and sb in annotated:
                        key = (sa, sb) if sa < sb else (sb, sa)
                        rows.append(x[r, c])
                        labels.append(key in gold_pairs)
                        sent_pairs.append(key)
    return {"set": run["gold"]["set"], "X": np.array(rows), "y": np.array(labels, dtype=bool), "pairs": sent_pairs}


# ----------------------------------------------------------------------------- model
def fit(X: np.ndarray, y: np.ndarray, features: tuple[str, ...], l2: float, meta: dict | None = None) -> PairModel:
    """L2 logistic regression by Newton steps on standardised columns (intercept unpenalised)."""
    cols = [FEATURES.index(f) for f in features]
    Z = X[:, cols]
    mean, scale = Z.mean(axis=0), Z.std(axis=0)
    scale[scale == 0] = 1.0
    Z = np.hstack([(Z - mean) / scale, np.ones((len(Z), 1))])
    w = np.zeros(Z.shape[1])
    pen = np.full(Z.shape[1], l2)
    pen[-1] = 0.0
    t = y.astype(float)
    for _ in range(50):
        p = 1 / (1 + np.exp(-(Z @ w)))
        grad = Z.T @ (p - t) + pen * w
        hess = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(pen + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return PairModel(features, mean, scale, w[:-1], float(w[-1]), meta or {})


def auc(scores: np.ndarray, labels: np.ndarray) -> float | None:
    pos, neg = scores[labels], scores[~labels]
    if not len(pos) or not len(neg):
        return None
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def sentence_auc(tables: list[dict], scorer) -> float | None:
    """AUC over sentence pairs, a pair's score the max over its unit pairs."""
    scores, labels = [], []
    for t in tables:
        best: dict[tuple, float] = {}
        lab: dict[tuple, bool] = {}
        for s, y, key in zip(scorer(t), t["y"], t["pairs"]):
            best[key] = max(best.get(key, -1e9), float(s))
            lab[key] = bool(y)
        scores += list(best.values())
        labels += [lab[k] for k in best]
    return auc(np.array(scores), np.array(labels, dtype=bool))


# ----------------------------------------------------------------------------- ledger
def ledger_scores(runs: list[dict], embed, models: dict[str, PairModel | None], params: dict,
                  embed_e5=None) -> list[dict]:
    out = []
    params = {k: v for k, v in params.items() if not (v is None and k in ("pair_threshold", "pair_sure_threshold"))}
    for run in runs:
        model = models.get(run["gold"]["set"])
        aligner = le.aligner_like_pipeline(run["comparison"], embed, pair_model=model, embed_e5=embed_e5, **params)
        claims, _ = aligner.claims(list(run["comparison"].documents))
        out.append(score_ledger(run["gold"], run["resolved"], claims))
    return out


def choose(rows: list[dict]) -> dict:
    ok = [r for r in rows if r["shared_p"] >= TARGET_PRECISION]
    return (max(ok, key=lambda r: (r["shared_r"], r["unique_r"], r["shared_p"])) if ok
            else max(rows, key=lambda r: (r["shared_f1"], r["unique_r"])))


def summary(m: dict) -> dict:
    return {"shared_p": m["shared"]["p"] or 0.0, "shared_r": m["shared"]["r"] or 0.0,
            "shared_f1": m["shared"]["f1"] or 0.0, "unique_r": m["unique"]["r"] or 0.0,
            "unique_p": m["unique"]["p"] or 0.0, "false_conflicts": m["conflicts"]["false_conflicts"]}


def ablation(tt: list[dict], et: list[dict], features: tuple[str, ...], l2: float = 10.0) -> None:
    """Single-feature AUCs, then the model without each feature (leave-one-set-out on tune; eval)."""
    for f in features:
        col = FEATURES.index(f)
        print(f"single {f:<14} tune {fmt(sentence_auc(tt, lambda t, c=col: t['X'][:, c]))} "
              f"eval {fmt(sentence_auc(et, lambda t, c=col: t['X'][:, c]))}")
    variants = {"all": features} | {f"without {f}": tuple(g for g in features if g != f) for f in features}
    for name, feats in variants.items():
        models = {t["set"]: fit(np.vstack([u["X"] for u in tt if u is not t]),
                                np.concatenate([u["y"] for u in tt if u is not t]), feats, l2) for t in tt}
        full = fit(np.vstack([t["X"] for t in tt]), np.concatenate([t["y"] for t in tt]), feats, l2)
        print(f"{name:<22} tune (leave one set out) {fmt(sentence_auc(tt, lambda t, m=models: m[t['set']].logit(t['X'])))}"
              f" eval {fmt(sentence_auc(et, lambda t, m=full: m.logit(t['X'])))}")


def fmt(x) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs-cache", type=Path, default=None, help="pickle of the gold comparisons (re-used when present)")
    ap.add_argument("--features", default=",".join(f for f in FEATURES if f not in ("e5", "e5_csls", "lead")))
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--auc-only", action="store_true", help="print the AUCs and stop (no ledger grid)")
    ap.add_argument("--ablation", action="store_true",
                    help="sentence-pair AUCs of single features and of models without each feature, then stop")
    ap.add_argument("--english", action="store_true", help="also train on the English tune sets' pairs")
    args = ap.parse_args(argv)
    features = tuple(f for f in args.features.split(",") if f)
    e5_on = any(f.startswith("e5") for f in features)
    t0 = time.perf_counter()
    embedder = CachedEmbedder(UseEmbedder(), default_cache_dir() / "embeddings.sqlite")
    embed = embedder.embed
    embed_e5 = get_document_embedder().embed if e5_on else None
    runs = runs_of(args.runs_cache, embedder)
    tune, evaluate = le.halves(runs)
    tune_x, eval_x = [r for r in tune if is_cross(r)], [r for r in evaluate if is_cross(r)]
    tune_en = [r for r in tune if not is_cross(r)] if args.english else []
    tables = {r["gold"]["set"]: table(r, embed, embed_e5) for r in tune_x + eval_x}
    extra = [table(r, embed, embed_e5) for r in tune_en]
    print(f"{len(runs)} sets, tables in {time.perf_counter() - t0:.1f} s; features {features}")
    tt = [tables[r["gold"]["set"]] for r in tune_x]
    et = [tables[r["gold"]["set"]] for r in eval_x]
    print(f"tune unit pairs {sum(len(t['y']) for t in tt)} ({sum(t['y'].sum() for t in tt)} positive); "
          f"eval {sum(len(t['y']) for t in et)} ({sum(t['y'].sum() for t in et)} positive)")

    def loso(l2: float) -> dict[str, PairModel]:
        out = {}
        for t in tt:
            rest = [u for u in tt if u is not t] + extra
            out[t["set"]] = fit(np.vstack([u["X"] for u in rest]), np.concatenate([u["y"] for u in rest]), features, l2)
        return out

    cos_col = FEATURES.index("cos")
    report: dict[str, Any] = {"features": features, "auc": {}}
    report["auc"]["cos"] = {"tune": sentence_auc(tt, lambda t: t["X"][:, cos_col]),
                            "eval": sentence_auc(et, lambda t: t["X"][:, cos_col])}
    print(f"sentence-pair AUC cosine: tune {fmt(report['auc']['cos']['tune'])} eval {fmt(report['auc']['cos']['eval'])}")
    loso_models = {}
    for l2 in L2:
        models = loso(l2)
        loso_models[l2] = models
        a = sentence_auc(tt, lambda t, models=models: models[t["set"]].logit(t["X"]))
        report["auc"][f"loso l2={l2}"] = a
        print(f"  tune leave-one-set-out AUC, l2={l2}: {fmt(a)}")

    if args.ablation:
        ablation(tt, et, features)
        return 0
    if args.auc_only:
        for l2 in L2:
            m = fit(np.vstack([t["X"] for t in tt + extra]), np.concatenate([t["y"] for t in tt + extra]), features, l2)
            print(f"  eval AUC, model on all tune, l2={l2}: {fmt(sentence_auc(et, lambda t, m=m: m.logit(t['X'])))}")
        return 0
    # Ledger grid on the tune half with the leave-one-set-out models.
    rows = []
    for l2 in GRID_L2:
        for thr, sure, either, assign in product(THRESHOLDS, SURE, EITHER, ASSIGN):
            if sure < thr or (either is not None and not thr <= either <= sure) or (assign != "mutual" and either):
                continue
            params = {"pair_threshold": thr, "pair_sure_threshold": sure, "pair_either_threshold": either,
                      "pair_veto": None, "cross_assign": assign}
            m = micro(ledger_scores(tune_x, embed, loso_models[l2], params, embed_e5))
            rows.append({"l2": l2, **params, **summary(m)})
        for veto in VETO:  # the cosine rule, with the model removing its least likely cross-lingual pairs
            params = {"pair_threshold": None, "pair_sure_threshold": None, "pair_either_threshold": None,
                      "pair_veto": veto, "cross_assign": "mutual"}
            m = micro(ledger_scores(tune_x, embed, loso_models[l2], params, embed_e5))
            rows.append({"l2": l2, **params, **summary(m)})
    best = choose(rows)
    print(f"\nledger grid on the TUNE cross-lingual sets ({len(rows)} settings, leave-one-set-out models)")
    for r in sorted(rows, key=lambda r: -r["shared_f1"])[:8]:
        print("  " + " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in r.items()))
    vetoes = [r for r in rows if r["pair_veto"] is not None]
    for r in sorted(vetoes, key=lambda r: r["pair_veto"]):
        if r["l2"] == GRID_L2[0]:
            print(f"  veto mode l2={r['l2']} veto={r['pair_veto']}: P {r['shared_p']:.3f} R {r['shared_r']:.3f} "
                  f"F1 {r['shared_f1']:.3f} unique R {r['unique_r']:.3f}")
    print("chosen:", best)
    l2 = best["l2"]
    final = fit(np.vstack([t["X"] for t in tt + extra]), np.concatenate([t["y"] for t in tt + extra]), features, l2,
                meta={"trained_on": "benchmarks/data/ledger_gold, tune half, cross-lingual sets: "
                      + ", ".join(t["set"] for t in tt + extra),
                      "l2": l2, "threshold": best["pair_threshold"], "sure_threshold": best["pair_sure_threshold"],
                      "either_threshold": best["pair_either_threshold"], "veto": best["pair_veto"],
                      "cross_assign": best["cross_assign"],
                      "tune_leave_one_set_out": {k: best[k] for k in ("shared_p", "shared_r", "unique_r")}})
    report["coef"] = dict(zip(features, final.coef.round(3).tolist()))
    print("coefficients (standardised):", report["coef"])
    report["auc"]["model eval"] = sentence_auc(et, lambda t: final.logit(t["X"]))
    print(f"sentence-pair AUC model on eval: {fmt(report['auc']['model eval'])}")

    # Eval half, once.
    params = {k: best[k] for k in ("pair_threshold", "pair_sure_threshold", "pair_either_threshold", "pair_veto",
                                   "cross_assign")}
    system = le.by_pair(evaluate, ledger_scores(evaluate, embed, {r["gold"]["set"]: final for r in evaluate}, params,
                                                embed_e5))
    current = le.by_pair(evaluate, [r["score"] for r in evaluate])
    thr = le.tune_baseline(tune, embed)
    base = le.by_pair(evaluate, le.baseline_scores(evaluate, embed, thr))
    print(f"\nEVAL half per language pair: model | current aligner | best cosine >= {thr}")
    print(f"{'pair':<18} {'shP':>6} {'shR':>6} {'uqR':>6} {'fC':>3} | {'shP':>6} {'shR':>6} {'uqR':>6} | {'shP':>6} {'shR':>6} {'uqR':>6}")
    for pair, m in system.items():
        c, b = current[pair], base[pair]
        print(f"{pair:<18} {fmt(m['shared']['p']):>6} {fmt(m['shared']['r']):>6} {fmt(m['unique']['r']):>6} "
              f"{m['conflicts']['false_conflicts']:>3} | {fmt(c['shared']['p']):>6} {fmt(c['shared']['r']):>6} "
              f"{fmt(c['unique']['r']):>6} | {fmt(b['shared']['p']):>6} {fmt(b['shared']['r']):>6} {fmt(b['unique']['r']):>6}")
    # A second operating point, by the other rule fixed before the search: best shared F1 on the tune half.
    best_f1 = max(rows, key=lambda r: (r["shared_f1"], r["unique_r"]))
    f1_model = fit(np.vstack([t["X"] for t in tt + extra]), np.concatenate([t["y"] for t in tt + extra]), features,
                   best_f1["l2"])
    f1_params = {k: best_f1[k] for k in ("pair_threshold", "pair_sure_threshold", "pair_either_threshold", "pair_veto",
                                         "cross_assign")}
    by_f1 = le.by_pair(evaluate, ledger_scores(evaluate, embed, {r["gold"]["set"]: f1_model for r in evaluate},
                                               f1_params, embed_e5))
    m = by_f1["all cross-lingual"]
    print(f"best tune F1 setting {best_f1}: eval cross-lingual P {fmt(m['shared']['p'])} R {fmt(m['shared']['r'])} "
          f"unique R {fmt(m['unique']['r'])}")
    report["best_f1"] = {"setting": best_f1, "eval": by_f1}
    report.update({"rows": rows, "chosen": best, "eval": {"model": system, "current": current, "baseline": base},
                   "baseline_threshold": thr, "grid_rows": len(rows), "seconds": time.perf_counter() - t0})
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    if not args.no_write:
        OUT.write_text(json.dumps(final.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    print(f"{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
