"""Which pair judge separates same-story from unrelated dev pairs better: the link model or the similarity model?

    .venv/bin/python benchmarks/links_vs_similarity.py [--cache PATH]

Protocol (dev.csv only, never heldout.csv): every usable dev row is one pair.
Both judges are scored out of fold on the SAME grouped folds (texts joined by
a dev row or sharing a SemEval article id stay in one fold: ``_lib.links.groups``):

* ``link``: the refine pass's logistic link model (``lite`` features: USE
  cosine + CSLS margin over the dev stream, shared names and numbers, TF-IDF,
  language pair), refitted per fold;
* ``similarity``: the ``full`` similarity model (``storylens.similarity``:
  every pair feature incl. the e5 lead vectors), refitted per fold on the 7
  SemEval dimensions; its predicted Overall is the score;
* ``stacked``: a logistic model over the link features plus the similarity
  model's out-of-fold Overall (fitted per fold on the other folds' pairs).

Reported: AUC and the share of same-story pairs (Overall <= 1.5) linked when
3 % of unrelated pairs (Overall >= 3.5) are (the cut taken on the pooled
out-of-fold scores), overall and cross-lingual; and the share a judge of
the refine pass's candidate pairs could link (a same-story pair that is no
candidate is never judged). Results, 5 grouped folds (2026-11-30): link AUC
0.930, 67.8 % linked (cross-lingual 65.9 %); similarity AUC 0.976, 85.8 %
(81.7 %); stacked 86.2 % (82.9 %); candidates hold 91.0 % of same-story pairs.
Pair features of the similarity model are cached in ``benchmarks/results/sim_features_dev.npz``.
Writes benchmarks/results/links_vs_similarity.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from _lib import links as L

FPR = 0.03


def tpr_at(score: np.ndarray, pos: np.ndarray, neg: np.ndarray, fpr: float = FPR) -> float:
    """Share of positives scoring above the cut that lets ``fpr`` of the negatives through."""
    cut = np.quantile(score[neg], 1.0 - fpr)
    return float(np.mean(score[pos] > cut))


def judge_figures(score: np.ndarray, same: np.ndarray, apart: np.ndarray, cross: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score

    ends = same | apart
    out = {"auc": float(roc_auc_score(same[ends], score[ends])), "tpr_at_3pct": tpr_at(score, same, apart)}
    # cross-lingual same-story pairs against every unrelated pair (the stream's cut is one cut)
    out["tpr_crosslingual_at_3pct"] = float(np.mean(score[same & cross] > np.quantile(score[apart], 1 - FPR)))
    ce = ends & cross
    if len(set(same[ce])) == 2:
        out["auc_crosslingual"] = float(roc_auc_score(same[ce], score[ce]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=L.RESULTS / "semeval-embeddings.sqlite")
    ap.add_argument("--use-cache", type=Path, default=L.RESULTS / ".embcache.sqlite")
    ap.add_argument("--no-stack", action="store_true", help="skip the stacked judge (20 more model fits)")
    args = ap.parse_args(argv)
    import train_similarity as TS
    from sklearn.model_selection import GroupKFold

    from storylens.embed import CachedEmbedder, UseEmbedder
    from storylens.similarity import Gazetteer, SimilarityModel

    t0 = time.time()
    rows, _ = TS.load_rows(TS.DEFAULT_DEV)
    for r in rows:
        r["id1"], r["id2"] = L.cid(r["text1"].strip()), L.cid(r["text2"].strip())
    digest = hashlib.sha256("\0".join(r["id1"] + r["id2"] for r in rows).encode()).hexdigest()[:16]
    feat_file = L.RESULTS / "sim_features_dev.npz"
    if feat_file.exists() and str(np.load(feat_file)["digest"]) == digest:
        X = np.load(feat_file)["X"]
    else:
        X = TS.features(rows, TS.make_embedders(args.cache), Gazetteer.load(),
                        progress=lambda d, n: print(f"\rfeatures {d}/{n}", end="", file=sys.stderr))
        np.savez(feat_file, X=X, digest=digest)
    print(f"similarity features: {X.shape}, {time.time() - t0:.0f} s", flush=True)
    Y = TS.targets(rows)

    all_rows, items = L.dev_corpus()
    feats = L.stream_features(items, CachedEmbedder(UseEmbedder(), args.use_cache))
    stream = L.Stream(feats, L.texts_of(items), None)
    pos = {a: i for i, a in enumerate(stream.ids)}
    art_group = L.groups(all_rows, stream.ids)
    i = np.array([pos[r["id1"]] for r in rows])
    j = np.array([pos[r["id2"]] for r in rows])
    names = ("use_cos", "use_csls", "ent_cos", "names_shared", "numbers_shared", "lex_cos", "cross",
             "cross_script", "cross_use", "cross_ent")
    pf = stream.ctx.pairs(i, j)
    xl = np.column_stack([pf[n] for n in names])
    overall = np.array([float(r["Overall"]) for r in rows])
    same, apart = overall <= L.SAME_MAX, overall >= L.APART_MIN
    cross = np.array([r["lang1"] != r["lang2"] for r in rows])
    y = same
    groups = art_group[i]
    link_oof, sim_oof, stack_oof = np.zeros(len(rows)), np.zeros(len(rows)), np.zeros(len(rows))
    folds = list(GroupKFold(5).split(xl, y, groups))
    sim = SimilarityModel(features=TS.variant_features("full"))
    for train, test in folds:
        link_oof[test] = L.fit(xl[train], y[train], names, "cv").proba({n: xl[test, q] for q, n in enumerate(names)})
        sim_oof[test] = sim._predict_with(sim._fit_all(sim._columns(X[train]), Y[train]), sim._columns(X[test]))[:, 0]
    # stacked: the similarity score of a training pair must itself be out of fold for the training folds
    for f, (train, test) in enumerate([] if args.no_stack else folds):
        inner_sim = np.zeros(len(rows))
        tr_groups = groups[train]
        for itr, ite in GroupKFold(4).split(train, groups=tr_groups):
            a, b = train[itr], train[ite]
            inner_sim[b] = sim._predict_with(sim._fit_all(sim._columns(X[a]), Y[a]), sim._columns(X[b]))[:, 0]
        xs_tr = np.column_stack([xl[train], inner_sim[train]])
        xs_te = np.column_stack([xl[test], sim_oof[test]])
        m = L.fit(xs_tr, y[train], names + ("sim_overall",), "stack")
        stack_oof[test] = m.proba({n: xs_te[:, q] for q, n in enumerate(names + ("sim_overall",))})
    # The refine pass only judges candidate pairs (each article's nearest neighbours): the share of same-story
    # pairs a judge would link in the stream is at most its share among the candidates (single link, the cut
    # letting 3 % of unrelated pairs through; no average link, no chaining: an estimate, not a stream figure).
    ci, cj = stream.ctx.candidates()
    cand = set(zip(ci.tolist(), cj.tolist()))
    is_cand = np.array([(min(a, b), max(a, b)) in cand for a, b in zip(i.tolist(), j.tolist())])
    reach = {}
    for name, sc in (("link", link_oof), ("similarity", sim_oof)):
        linked = (sc > np.quantile(sc[apart], 1 - FPR)) & is_cand
        reach[name] = {"same_together": float(linked[same].mean()), "crosslingual_together":
                       float(linked[same & cross].mean()), "unrelated_apart": float(1 - linked[apart].mean())}
    out = {"rows": len(rows), "same_pairs_among_candidates": float(is_cand[same].mean()),
           "crosslingual_same_pairs_among_candidates": float(is_cand[same & cross].mean()),
           "estimate_candidates_single_link": reach, "n_same": int(same.sum()), "n_apart": int(apart.sum()),
           "n_same_crosslingual": int((same & cross).sum()), "folds": "5-fold GroupKFold, _lib.links.groups",
           "link": judge_figures(link_oof, same, apart, cross),
           # similarity predicts Overall as a similarity in [0, 1] (1 = same story)
           "similarity": judge_figures(sim_oof, same, apart, cross),
           **({} if args.no_stack else {"stacked": judge_figures(stack_oof, same, apart, cross)}),
           "cpu_s": resource.getrusage(resource.RUSAGE_SELF).ru_utime, "wall_s": time.time() - t0}
    print(json.dumps(out, indent=1))
    (L.RESULTS / f"links_vs_similarity{'-nostack' if args.no_stack else ''}.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    np.savez(L.RESULTS / f"links_vs_similarity_oof{'-nostack' if args.no_stack else ''}.npz", link=link_oof, sim=sim_oof, stack=stack_oof)
    return 0


if __name__ == "__main__":
    sys.exit(main())
