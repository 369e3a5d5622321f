"""The cross-lingual eval half of the claim-ledger gold by generation: old sets, new sets, together, per language pair.

    PYTHONPATH=src .venv/bin/python benchmarks/ledger_generations.py
    PYTHONPATH=src .venv/bin/python benchmarks/ledger_generations.py --params '{"block_assign": "greedy", ...}'

Issue #12. The eval half's first nine cross-lingual sets (pinned in ``benchmarks/data/gate.json`` under
``ledger_eval_cross_lingual_9``) were looked at by several stops; stop 42 (gold42) annotated fresh sets
(``benchmarks/data/ledger_gold/README.md``, "The stop-42 sets"). This prints, for the shipped settings and for each
``--params`` point (ClaimAligner overrides, scored the way ``ledger_blocks.py`` scores them), the shared-pair
P/R, unique P/R and false conflicts of the old sets, the new sets (round 1, round 2, both) and all, per language
pair; the best-cosine
baseline beside them at ``--baseline-threshold`` (default: the threshold ``ledger_eval.py`` chose on the tune
half, read from its results file, else 0.35). With ``--tune-check`` the same points are scored on the
cross-lingual tune sets that existed before stop 42 (to check a point against the figures it was chosen with;
``--tune-only``: that alone, no eval set compared).
Nothing is chosen here: it reports. Writes benchmarks/results/ledger_generations.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import ledger_eval as le
from _lib.ledger_score import (
    best_cosine_claims,
    gold_files,
    gold_texts,
    language_pair,
    load_gold,
    micro,
    resolve,
    score_ledger,
    split_of,
)

RESULTS = HERE / "results" / "ledger_generations.json"
GATE = HERE / "data" / "gate.json"
OLD_KEY = "ledger_eval_cross_lingual_9"
# The stop-42 sets (annotated and committed before any alignment ran on them): the first round (the shortest
# rows, mostly Overall 2.0) and the second (Overall <= 1.5, picked after the first was scored, before reading).
NEW_EVAL = ("semeval_bundeswehr_iraq", "semeval_hongkong_activists", "semeval_new_year_tv_pl",
            "semeval_la_gomera_de_fr", "semeval_india_fdi_zh", "semeval_school_pe_es", "semeval_vietnam_h5n6_es_it")
NEW_EVAL_2 = ("semeval_cooper_nye_zh", "semeval_trump_winery_es", "semeval_softbank_es_it")
NEW_TUNE = ("semeval_salvini_emilia", "semeval_italy_mortality_pl")


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def compared(comparer, stems: set[str]) -> list[dict[str, Any]]:
    runs = []
    for path in gold_files():
        if path.stem not in stems:
            continue
        gold = load_gold(path)
        comparison = le.compare_texts(comparer, gold_texts(gold))
        runs.append({"stem": path.stem, "gold": gold, "comparison": comparison,
                     "resolved": resolve(gold, comparison.documents)})
    return runs


def scores_of(runs: list[dict[str, Any]], embed, how: Any) -> list[dict[str, Any]]:
    """``how``: "system" (the pipeline's own claims), ("baseline", threshold) or a dict of aligner overrides."""
    out = []
    for run in runs:
        documents = list(run["comparison"].documents)
        if how == "system":
            claims = run["comparison"].claims
        elif isinstance(how, tuple):
            claims = best_cosine_claims(documents, embed, how[1])
        else:
            claims, _ = le.shipped_ledger(run["comparison"], embed, **how)
        out.append(score_ledger(run["gold"], run["resolved"], claims))
    return out


def row(scores: list[dict[str, Any]]) -> dict[str, Any]:
    m = micro(scores)
    sh, un = m["shared"], m["unique"]
    return {"sets": len(scores), "shared_p": sh["p"], "shared_r": sh["r"], "shared_f1": sh["f1"], "tp": sh["tp"],
            "pred": sh["pred"], "gold": sh["gold"], "unique_p": un["p"], "unique_r": un["r"],
            "false_conflicts": m["conflicts"]["false_conflicts"]}


def table(runs: list[dict[str, Any]], scores: list[dict[str, Any]], groups: dict[str, set[str]]) -> dict[str, Any]:
    """Rows "<group> <pair>" and "<group> total" for each group of set stems."""
    out: dict[str, Any] = {}
    for label, members in groups.items():
        chosen = [(r, s) for r, s in zip(runs, scores) if r["stem"] in members]
        for pair in sorted({language_pair(r["gold"]) for r, _ in chosen}):
            out[f"{label} {pair}"] = row([s for r, s in chosen if language_pair(r["gold"]) == pair])
        out[f"{label} total"] = row([s for _, s in chosen])
    return out


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def print_table(name: str, t: dict[str, Any]) -> None:
    print(f"\n{name}")
    print(f"  {'eval key':<18} sets  gold  shared P / R (tp/pred)     F1     unique P / R   false conflicts")
    for key, r in t.items():
        print(f"  {key:<18} {r['sets']:>4} {r['gold']:>5}  {fmt(r['shared_p'])} / {fmt(r['shared_r'])} "
              f"({r['tp']}/{r['pred']})".ljust(52)
              + f"{fmt(r['shared_f1'])}  {fmt(r['unique_p'])} / {fmt(r['unique_r'])}   {r['false_conflicts']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--params", action="append", default=[], help="ClaimAligner overrides to score (JSON)")
    parser.add_argument("--baseline-threshold", type=float, default=None)
    parser.add_argument("--tune-check", action="store_true", help="also score the points on the pre-stop-42 tune sets")
    parser.add_argument("--tune-only", action="store_true", help="only the tune check (no eval set is compared)")
    args = parser.parse_args(argv)
    if not (le.DATA / "basil").exists():
        print(f"shared data not found at {le.DATA}; nothing to measure")
        return 0
    threshold = args.baseline_threshold
    if threshold is None and le.RESULTS.exists():
        threshold = json.loads(le.RESULTS.read_text()).get("halves", {}).get("baseline_threshold")
    threshold = 0.35 if threshold is None else threshold
    old = set(json.loads(GATE.read_text())[OLD_KEY]["sets"])
    new1, new2 = set(NEW_EVAL), set(NEW_EVAL_2)
    new = new1 | new2
    groups = {"old": old, "new1": new1, "new2": new2, "new": new, "all": old | new}
    t0, w0 = cpu(), time.time()
    embedder = le.CachedEmbedder(le.UseEmbedder(), None)
    comparer = le.Comparer(embedder=embedder)
    runs = [] if args.tune_only else compared(comparer, old | new)
    assert args.tune_only or {r["stem"] for r in runs} == old | new, "a named eval set is missing"
    assert all(split_of(r["gold"]) == "eval" for r in runs)
    print(f"{len(runs)} eval sets compared: {cpu() - t0:.1f} CPU-s, {time.time() - w0:.0f} s wall")
    points: list[tuple[str, Any]] = [("system (shipped settings, the pipeline's claims)", "system"),
                                     (f"baseline (best cosine at {threshold})", ("baseline", threshold))]
    points += [(f"params {p}", json.loads(p)) for p in args.params]
    out: dict[str, Any] = {"baseline_threshold": threshold, "eval": {}, "per_set": {}}
    for name, how in [] if args.tune_only else points:
        scores = scores_of(runs, embedder.embed, how)
        out["eval"][name] = table(runs, scores, groups)
        out["per_set"][name] = {r["stem"]: row([s]) for r, s in zip(runs, scores)}
        print_table(name, out["eval"][name])
    if args.tune_check or args.tune_only:
        before42 = {p.stem for p in gold_files() if p.stem not in NEW_TUNE
                    and split_of(g := load_gold(p)) == "tune" and "-" in language_pair(g)}
        tune = compared(comparer, before42)
        out["tune_check"] = {}
        print(f"\npre-stop-42 cross-lingual tune sets: {len(tune)}")
        for name, how in points:
            if isinstance(how, tuple):
                continue
            r = row(scores_of(tune, embedder.embed, how))
            out["tune_check"][name] = r
            print(f"  P {fmt(r['shared_p'])} R {fmt(r['shared_r'])} F1 {fmt(r['shared_f1'])} ({r['tp']}/{r['pred']} of "
                  f"{r['gold']}) unique R {fmt(r['unique_r'])} fc {r['false_conflicts']} | {name}")
    out["cpu_s"] = round(cpu() - t0, 1)
    out["wall_s"] = round(time.time() - w0, 1)
    print(f"\n{out['cpu_s']} CPU-s, {out['wall_s']} s wall")
    if args.tune_only:
        return 0  # printed only
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(out, indent=1, default=str) + "\n")
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
