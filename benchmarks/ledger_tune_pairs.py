"""The ledger gold's TUNE half, set by set, with every missed and false shared pair spelled out (never the eval half).

    PYTHONPATH=src .venv/bin/python benchmarks/ledger_tune_pairs.py [SET_STEM ...] [--params JSON ...] [--ranks]

Per tune set and per language pair: shared-pair P/R, unique P/R and false conflicts of the shipped ledger
(``storylens.report.compare`` through temporary .txt files, as ``ledger_eval.py``). For each named set
(file stems, e.g. ``semeval_zama_zamas_es``) every missed and false shared sentence pair is printed with
both sentences, their gold claims and the ledger's shared claims, so that a loss can be read by kind
(segmentation, furniture, an anchor written differently, the encoder alone). ``--params`` re-scores the
cross-lingual and English tune sets with ClaimAligner parameters (JSON objects, e.g.
``'{"number_fanout": "e5"}'``), through ``ledger_eval.aligner_like_pipeline`` as ``--tune`` does. Eval sets
are skipped before anything is compared: their texts and errors are not for reading. ``--ranks`` adds each
printed pair's shipped score and its ranks on both sides (each other's best, one side's best, or neither).

Stop 40 (ledger40; 22 tune sets, 17 cross-lingual, main at 78105051, ~8 CPU-s, load 1-8): cross-lingual tune
0.733/0.447 (55 of 123 gold pairs at 75), its 68 missed and 20 false pairs classified in
``data/ledger_gold/README.md``; ``--params '{"e5_fusion_weight": 0, "number_fanout": null}'`` gives that figure again
now that the e5 term and number fan-out on e5 (settings.claim_e5_fusion_weight, chosen here) ship: 0.795/0.472.

Measured 2026-12-02 (stop 37, xl25; 18 tune sets, 16 cross-lingual; USE/e5 vectors from the shared cache,
~7 CPU-s, 25 s wall at load 8-10 on 2 cores). Cross-lingual tune shared P/R, unique P/R, false conflicts:
main at 62940269 0.721/0.419, 0.519/0.859, 1 (with the duda set's claim c5 left out: its English sentence
was cut as a site notice); this branch 0.718/0.429, 0.520/0.846, 0 (c5 back: 2 more gold pairs). The
English (BASIL) tune sets: 0.797/0.618 both. ``--params '{"number_fanout": "e5"}'``: 0.750/0.454, unique
0.541/0.846, 0 false conflicts, English unchanged; ``"score"``: 0.701/0.454 (unique R 0.821).
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
from _lib.ledger_score import gold_files, gold_texts, language_pair, load_gold, micro, resolve, score_ledger, split_of


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def tune_runs(comparer) -> list[dict[str, Any]]:
    runs = []
    for path in gold_files():
        gold = load_gold(path)
        if split_of(gold) != "tune":
            continue  # the eval half is not compared here at all
        comparison = le.compare_texts(comparer, gold_texts(gold))
        resolved = resolve(gold, comparison.documents)
        runs.append({"stem": path.stem, "gold": gold, "comparison": comparison, "resolved": resolved,
                     "score": score_ledger(gold, resolved, comparison.claims)})
    return runs


def print_scores(runs: list[dict[str, Any]]) -> None:
    print(f"{'set':<34} {'pair':<6} {'shP':>6} {'shR':>6} {'missed':>6} {'false':>5} | {'uqP':>6} {'uqR':>6} | fConf")
    for r in runs:
        s = r["score"]
        print(f"{r['stem']:<34} {language_pair(r['gold']):<6} {fmt(s['shared']['p']):>6} {fmt(s['shared']['r']):>6} "
              f"{len(s['missed_pairs']):>6} {len(s['false_pairs']):>5} | {fmt(s['unique']['p']):>6} "
              f"{fmt(s['unique']['r']):>6} | {s['conflicts']['false_conflicts']}")
    groups: dict[str, list[dict]] = {}
    for r in runs:
        groups.setdefault(language_pair(r["gold"]), []).append(r["score"])
    cross = [r["score"] for r in runs if "-" in language_pair(r["gold"])]
    for name, scores in [*sorted(groups.items()), ("all cross-lingual", cross), ("all", [r["score"] for r in runs])]:
        m = micro(scores)
        print(f"  {name:<18} sets {len(scores):>2}: shared P {fmt(m['shared']['p'])} R {fmt(m['shared']['r'])} | "
              f"unique P {fmt(m['unique']['p'])} R {fmt(m['unique']['r'])} | false conflicts "
              f"{m['conflicts']['false_conflicts']}")


def pair_ranks(run: dict[str, Any], embed) -> dict[tuple[str, str], tuple[float, int, int]]:
    """(sentence a, sentence b) -> (the shipped score of the pair: best over its unit pairs, how many
    sentences of b's document outscore b for a, how many of a's outscore a for b) for the set's missed
    and false pairs of two documents: 0 and 0 is each other's best (lost to the threshold or a veto), one 0
    is one side's best (lost to the one-to-one rule), neither is a ranking loss."""
    from ledger_losses import sentence_scores, shipped_run

    from storylens.analysis.claims import split_units

    docs = list(run["comparison"].documents)
    if len(docs) != 2:
        return {}
    units_a, units_b = split_units(docs[0]), split_units(docs[1])
    a, b, m = sentence_scores([u.sentence for u in units_a], [u.sentence for u in units_b],
                              shipped_run(run, embed)["score"])
    out = {}
    for x, y in [*run["score"]["missed_pairs"], *run["score"]["false_pairs"]]:
        if x not in a:
            x, y = y, x
        if x in a and y in b:
            r, c = a.index(x), b.index(y)
            v = float(m[r, c])
            out[(x, y)] = (v, int((m[r] > v).sum()), int((m[:, c] > v).sum()))
    return out


def print_pairs(run: dict[str, Any], ranks: dict[tuple[str, str], tuple[float, int, int]] | None = None) -> None:
    ranks = ranks or {}
    text = {s.id: s.text for d in run["comparison"].documents for s in d.sentences}
    claims_of: dict[str, list[str]] = {}
    for cid, by_doc in run["resolved"].items():
        for ids in by_doc.values():
            for sid in ids:
                claims_of.setdefault(sid, []).append(cid)
    print(f"\n===== {run['stem']} ({language_pair(run['gold'])})")
    for kind in ("missed_pairs", "false_pairs"):
        print(f"--- {kind.replace('_', ' ')}")
        for a, b in run["score"][kind]:
            rank = ranks.get((a, b)) or ranks.get((b, a))
            said = f"  score {rank[0]:.3f}, {rank[1]} / {rank[2]} outrank it" if rank else ""
            print(f"  {a} {claims_of.get(a, [])} | {b} {claims_of.get(b, [])}{said}\n     {text[a][:220]}\n     {text[b][:220]}")
    print("--- the ledger's shared / conflicting claims")
    for claim in run["comparison"].claims:
        if claim.status != "unique":
            print(f"  {claim.status:<11} {[e.sentence for e in claim.evidence]} {claim.conflict or ''}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="tune set file stems whose missed and false pairs to print")
    parser.add_argument("--params", action="append", default=[], help="ClaimAligner parameters to re-score with (JSON)")
    parser.add_argument("--ranks", action="store_true",
                        help="beside each printed pair: its shipped score and how many sentences outrank it on each side")
    args = parser.parse_args(argv)
    if not (le.DATA / "basil").exists():
        print(f"shared data not found at {le.DATA}; nothing to measure")
        return 0
    t0, w0 = resource.getrusage(resource.RUSAGE_SELF), time.time()
    embedder = le.CachedEmbedder(le.UseEmbedder(), None)
    runs = tune_runs(le.Comparer(embedder=embedder))
    t1 = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{len(runs)} tune sets compared: {t1.ru_utime + t1.ru_stime - t0.ru_utime - t0.ru_stime:.1f} CPU-s, "
          f"{time.time() - w0:.1f} s wall")
    print_scores(runs)
    unknown = set(args.sets) - {r["stem"] for r in runs}
    if unknown:
        print(f"not tune sets (or no such file): {sorted(unknown)}")
    for run in runs:
        if run["stem"] in args.sets:
            print_pairs(run, pair_ranks(run, embedder.embed) if args.ranks else None)
    cross = [r for r in runs if "-" in language_pair(r["gold"])]
    same = [r for r in runs if "-" not in language_pair(r["gold"])]
    for raw in args.params:
        params = json.loads(raw)
        m, e = le._score_with(cross, embedder.embed, params), le._score_with(same, embedder.embed, params)
        print(f"{params}: cross-lingual shared P {fmt(m['shared']['p'])} R {fmt(m['shared']['r'])}, unique P "
              f"{fmt(m['unique']['p'])} R {fmt(m['unique']['r'])}, false conflicts {m['conflicts']['false_conflicts']}"
              f" | one language shared P {fmt(e['shared']['p'])} R {fmt(e['shared']['r'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
