"""Cross-lingual claim alignment: mutual best vs competitive linking vs many-to-one spans.

    .venv/bin/python benchmarks/ledger_spans.py [--runs-cache PATH] [--quick]

Each *approach* is a family of ``ClaimAligner`` settings for unit pairs of two
languages (analysis.claims):

* ``mutual``: the shipped rule (each other's near-best above ``cross_threshold``,
  anything above ``cross_sure_threshold``), its thresholds re-searched on the
  larger tune half;
* ``greedy``: competitive linking over the CSLS-calibrated score (best remaining
  pair first, each unit used once) instead of mutual best;
* ``spans``: mutual best where a unit may also align with 2-3 adjacent units of
  the other document embedded as one text (Vecalign-style many-to-one);
* ``spans+greedy``: both;
* ``hungarian``: the one-to-one assignment of highest total score (scipy's
  ``linear_sum_assignment``) instead of greedy linking.

For every approach its grid is searched on the cross-lingual sets of the TUNE
half only, and one setting is chosen by the rule fixed before the search (the
rule of ``ledger_eval.py --tune``): the highest shared recall at shared
precision >= 0.85, ties by unique recall then precision; when no setting reaches
0.85, the best shared F1. A second operating point per approach is its best
shared F1 on the tune half (the issue's precision bar picks settings of recall
0.24-0.27 on the tune half). The EVAL half is then scored once per chosen setting, per
language pair, beside the shipped settings and the best-cosine baseline
(threshold chosen on the tune half as in ``ledger_eval.py``). Every comparison
runs the full pipeline once (quotes, entities, numbers: the aligner's anchors);
``--runs-cache`` keeps them in a pickle between runs.

Writes benchmarks/results/ledger_spans.json.
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import sys
import time
from itertools import product
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import ledger_eval as le
from _lib.ledger_score import language_pair, micro, score_ledger, split_of

from storylens.embed import CachedEmbedder, UseEmbedder
from storylens.report.compare import Comparer
from storylens.settings import DEFAULT

RESULTS = HERE / "results" / "ledger_spans.json"
TARGET_PRECISION = 0.85
THRESHOLDS = {"cross_threshold": [0.35, 0.45, 0.55, 0.65, 0.75], "cross_sure_threshold": [0.7, 0.8, 0.9],
              "csls_weight": [0.5, 1.0]}
SPANS = {"span_units": [2, 3], "span_penalty": [0.0, 0.05, 0.1]}
APPROACHES: dict[str, dict[str, list]] = {
    "mutual": {"cross_assign": ["mutual"], "span_units": [1], **THRESHOLDS},
    "greedy": {"cross_assign": ["greedy"], "span_units": [1], **THRESHOLDS},
    "spans": {"cross_assign": ["mutual"], **SPANS, **THRESHOLDS},
    "spans+greedy": {"cross_assign": ["greedy"], **SPANS, **THRESHOLDS},
    "hungarian": {"cross_assign": ["hungarian"], "span_units": [1], **THRESHOLDS},
}


def load_runs(cache: Path | None) -> list[dict]:
    """Every gold set compared once; snippets resolved against the current gold files."""
    if cache and cache.exists():
        runs = pickle.loads(cache.read_bytes())
        golds = {le.load_gold(p)["set"]: le.load_gold(p) for p in le.gold_files()}
        for r in runs:  # the gold may have been corrected since the pickle was written
            r["gold"] = golds[r["gold"]["set"]]
            r["resolved"] = le.resolve(r["gold"], r["comparison"].documents)
        if {r["gold"]["set"] for r in runs} == set(golds):
            return runs
    comparer = Comparer(embedder=CachedEmbedder(UseEmbedder(), None))
    runs = []
    for path in le.gold_files():
        gold = le.load_gold(path)
        comparison = le.compare_texts(comparer, le.gold_texts(gold))
        runs.append({"gold": gold, "comparison": comparison, "resolved": le.resolve(gold, comparison.documents)})
    if cache:
        cache.write_bytes(pickle.dumps(runs))
    return runs


def scores_of(runs: list[dict], embed, params: dict[str, Any]) -> list[dict]:
    out = []
    for r in runs:
        claims, _ = le.shipped_ledger(r["comparison"], embed, **params)
        out.append(score_ledger(r["gold"], r["resolved"], claims))
    return out


def summary(m: dict) -> dict[str, float]:
    return {"p": m["shared"]["p"] or 0.0, "r": m["shared"]["r"] or 0.0, "f1": m["shared"]["f1"] or 0.0,
            "unique_r": m["unique"]["r"] or 0.0, "unique_p": m["unique"]["p"] or 0.0}


def choose(rows: list[dict]) -> dict:
    """The rule fixed before the search (see the module docstring)."""
    ok = [r for r in rows if r["tune"]["p"] >= TARGET_PRECISION]
    if ok:
        return max(ok, key=lambda r: (r["tune"]["r"], r["tune"]["unique_r"], r["tune"]["p"]))
    return max(rows, key=lambda r: (r["tune"]["f1"], r["tune"]["unique_r"]))


def best_f1(rows: list[dict]) -> dict:
    """The second operating point: the best shared F1 on the tune half, ties by unique recall."""
    return max(rows, key=lambda r: (r["tune"]["f1"], r["tune"]["unique_r"]))


def search(grid: dict[str, list], tune: list[dict], embed) -> tuple[dict, dict, int]:
    names = list(grid)
    rows = []
    for values in product(*(grid[n] for n in names)):
        params = dict(zip(names, values))
        if params["cross_sure_threshold"] < params["cross_threshold"]:
            continue
        rows.append({"params": params, "tune": summary(micro(scores_of(tune, embed, params)))})
    return choose(rows), best_f1(rows), len(rows)


def per_pair(runs: list[dict], scores: list[dict]) -> dict[str, dict]:
    groups: dict[str, list[dict]] = {}
    for run, s in zip(runs, scores):
        groups.setdefault(language_pair(run["gold"]), []).append(s)
    out = {k: summary(micro(v)) for k, v in sorted(groups.items())}
    out["all cross-lingual"] = summary(micro(scores))
    return out


def fmt(x: float) -> str:
    return f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs-cache", type=Path, help="pickle of the comparisons (written when missing)")
    parser.add_argument("--quick", action="store_true", help="one threshold setting per approach (a smoke run)")
    parser.add_argument("--approaches", default=",".join(APPROACHES),
                        help=f"comma-separated subset of {', '.join(APPROACHES)} (shipped and baseline always run)")
    args = parser.parse_args(argv)
    if not (le.DATA / "semeval2022t8").exists():
        print(f"shared data not found at {le.DATA}; nothing to measure")
        return 0
    start, wall = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    embedder = CachedEmbedder(UseEmbedder(), None)
    runs = load_runs(args.runs_cache)
    cross = [r for r in runs if "-" in language_pair(r["gold"])]
    tune = [r for r in cross if split_of(r["gold"]) == "tune"]
    evaluate = [r for r in cross if split_of(r["gold"]) == "eval"]
    english = [r for r in runs if "-" not in language_pair(r["gold"]) and split_of(r["gold"]) == "eval"]
    print(f"cross-lingual sets: tune {len(tune)} ({', '.join(r['gold']['set'] for r in tune)}), "
          f"eval {len(evaluate)} ({', '.join(r['gold']['set'] for r in evaluate)})")

    shipped = {"tune": summary(micro(scores_of(tune, embedder.embed, {}))), "params": {}}
    threshold = le.tune_baseline(tune, embedder.embed)
    table = {"shipped": per_pair(evaluate, scores_of(evaluate, embedder.embed, {})),
             f"baseline (best cosine >= {threshold})": per_pair(evaluate, le.baseline_scores(evaluate, embedder.embed, threshold))}
    chosen = {"shipped": shipped}
    for name in args.approaches.split(","):
        grid = APPROACHES[name]
        if args.quick:
            grid = {k: v[:1] for k, v in grid.items()}
        at_target, top_f1, n = search(grid, tune, embedder.embed)
        for label, best in ((f"{name} @P>=0.85", at_target), (f"{name} @best F1", top_f1)):
            if any(c["params"] == best["params"] for c in chosen.values()):
                continue  # one setting, one eval score
            best["settings"] = n
            chosen[label] = best
            table[label] = per_pair(evaluate, scores_of(evaluate, embedder.embed, best["params"]))
            t = best["tune"]
            print(f"{label:<26} chosen on tune ({n} settings): {json.dumps(best['params'])}  "
                  f"tune P/R/F1 {fmt(t['p'])}/{fmt(t['r'])}/{fmt(t['f1'])} unique R {fmt(t['unique_r'])}", flush=True)
    english_check = {name: summary(micro(scores_of(english, embedder.embed, c["params"]))) for name, c in chosen.items()}

    pairs = list(next(iter(table.values())))
    print("\nEVAL half, cross-lingual, shared P/R (unique R) per language pair; each approach scored once")
    print(f"{'approach':<34}" + "".join(f"{p:>22}" for p in pairs))
    for name, rows in table.items():
        print(f"{name:<34}" + "".join(f"{fmt(rows[p]['p']):>9}/{fmt(rows[p]['r'])} ({fmt(rows[p]['unique_r'])})"
                                      for p in pairs))
    print("\nEnglish BASIL eval (the cross-lingual settings must not move it): "
          + ", ".join(f"{k} {fmt(v['p'])}/{fmt(v['r'])}" for k, v in english_check.items()))
    used = resource.getrusage(resource.RUSAGE_SELF)
    cpu = used.ru_utime + used.ru_stime - start.ru_utime - start.ru_stime
    print(f"\n{cpu:.1f} CPU-s, {time.perf_counter() - wall:.1f} s wall")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"chosen": chosen, "eval": table, "english_eval": english_check,
                                   "baseline_threshold": threshold, "target_precision": TARGET_PRECISION,
                                   "defaults": {"span_units": DEFAULT.claim_span_units,
                                                "cross_assign": DEFAULT.claim_cross_assign},
                                   "cpu_s": round(cpu, 1)}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
