"""Ceiling analysis of cross-lingual claim alignment on the TUNE half (never the eval half).

    .venv/bin/python benchmarks/ledger_ceiling.py [--runs-cache PATH] [--pairs]

Issue #12's target is cross-lingual shared recall >= 0.75 at precision >= 0.85. For every gold shared
sentence pair of the cross-lingual TUNE sets this prints (``--pairs``: with both texts and each
side's best non-gold candidate) whether the shipped aligner finds it, its USE and e5 cosines
(sentence score = best unit pair), its rank on both sides under each encoder, the translatable anchors
(names, numbers, dates, linked entities: the aligner's cross-lingual keys) its sentences share, and its
fan-out (how many gold pairs each sentence is in). Then, over every pair of annotated sentences of the
two documents (the pairs the ledger score counts), the precision and recall of simple rules (mutual
best, one side's best, both encoders, shared anchors by kind) and the best recall at precision 0.85 of
pooled scores (z-scored USE/e5 per document pair, an anchor bonus, reciprocal ranks).

Measured 2026-12-01 (stop 25; 10 sets, 63 gold pairs, 392 annotated pairs, base rate 0.16):
shipped 26 found of 41 predicted (P 0.63 R 0.41). Mutual best USE 15 / e5 19 gold pairs (P 0.71 /
0.73); one side's best USE 42 / e5 40 (P 0.42 / 0.47); one side's best under both encoders 35 (P 0.60).
55 of 63 gold pairs have a sentence in two or more gold pairs (a fact in a headline and again in the
lead; a compound sentence against two). Shared anchors: any 33 gold of 109 (P 0.30), numbers 9 of 15,
persons 15 of 54, entities 12 of 44, dates none. Pooled scores: best recall at P >= 0.85 0.37
(z(e5) + 0.5 * anchor idf), AP 0.46-0.61. The false pairs of the shipped rule are mostly a
neighbouring claim of the same story (c1 against c2). Writes benchmarks/results/ledger_ceiling.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import ledger_eval as le
import ledger_spans as ls
from _lib.ledger_score import gold_structures, language_pair, ledger_structures, split_of

from storylens.analysis.claims import _idf, split_units
from storylens.embed import CachedEmbedder, UseEmbedder

RESULTS = HERE / "results" / "ledger_ceiling.json"
TARGET_PRECISION = 0.85


def sentence_matrix(units, vectors: np.ndarray, a_ids: list[str], b_ids: list[str]) -> np.ndarray:
    """Sentence-pair score: the best cosine over the two sentences' units (-9 where one has none)."""
    rows = {s: [k for k, u in enumerate(units) if u.sentence == s] for s in a_ids + b_ids}
    out = np.full((len(a_ids), len(b_ids)), -9.0)
    for i, a in enumerate(a_ids):
        for j, b in enumerate(b_ids):
            if rows[a] and rows[b]:
                out[i, j] = float((vectors[rows[a]] @ vectors[rows[b]].T).max())
    return out


def _rank(m: np.ndarray, i: int, j: int) -> tuple[int, int]:
    return int((m[i] > m[i, j]).sum()) + 1, int((m[:, j] > m[i, j]).sum()) + 1


def _z(m: np.ndarray) -> np.ndarray:
    ok = m[m > -9]
    return (m - ok.mean()) / (ok.std() or 1.0)


def analyse(run: dict, embed) -> list[dict[str, Any]]:
    comparison = run["comparison"]
    docs = list(comparison.documents)
    aligner = le.aligner_like_pipeline(comparison, embed)
    predicted, _, _ = ledger_structures(le.shipped_ledger(comparison, embed)[0])
    annotated, gold_pairs, _, _ = gold_structures(run["gold"], run["resolved"])
    units = [u for d in docs for u in split_units(d)]
    _, keys_names = aligner.keys(units)
    use = sentence_matrix(units, np.asarray(embed([u.embed_text for u in units])), *_ids(docs))
    e5 = sentence_matrix(units, np.asarray(le.embed_e5([u.text for u in units])), *_ids(docs))
    keys: dict[str, set[str]] = {}
    for u, k in zip(units, keys_names):
        keys.setdefault(u.sentence, set()).update(k)
    a_ids, b_ids = _ids(docs)
    weights = _idf([frozenset(keys.get(s, ())) for s in a_ids + b_ids])
    zu, ze = _z(use), _z(e5)
    text = {s.id: s.text for d in docs for s in d.sentences}
    fanout = {s: sum(1 for p in gold_pairs if s in p) for s in a_ids + b_ids}
    rows = []
    for i, a in enumerate(a_ids):
        for j, b in enumerate(b_ids):
            if a not in annotated or b not in annotated:
                continue
            pair = (a, b) if a < b else (b, a)
            shared = sorted(keys.get(a, set()) & keys.get(b, set()))
            rows.append({
                "set": run["gold"]["set"], "a": a, "b": b, "gold": pair in gold_pairs, "found": pair in predicted,
                "use": round(float(use[i, j]), 3), "e5": round(float(e5[i, j]), 3),
                "z_use": float(zu[i, j]), "z_e5": float(ze[i, j]),
                "rank_use": _rank(use, i, j), "rank_e5": _rank(e5, i, j), "anchors": shared,
                "anchor_idf": sum(weights.get(k, 0.0) for k in shared),
                "anchor_kinds": sorted({k[0] for k in shared if k[0] in "#NDPE"}),
                "fanout": (fanout[a], fanout[b]), "text_a": text[a], "text_b": text[b],
                "best_other_a": text[b_ids[int(np.argmax(np.where(np.arange(len(b_ids)) == j, -9, use[i])))]],
                "best_other_b": text[a_ids[int(np.argmax(np.where(np.arange(len(a_ids)) == i, -9, use[:, j])))]],
            })
    return rows


def _ids(docs) -> tuple[list[str], list[str]]:
    return [s.id for s in docs[0].sentences], [s.id for s in docs[1].sentences]


def rule_table(rows: list[dict]) -> dict[str, dict[str, float]]:
    gold = sum(r["gold"] for r in rows)

    def best(r: dict, key: str, side: int) -> bool:
        return r[key][side] == 1

    rules = {
        "shipped": lambda r: r["found"],
        "mutual best USE": lambda r: r["rank_use"] == (1, 1),
        "mutual best e5": lambda r: r["rank_e5"] == (1, 1),
        "one side's best USE": lambda r: 1 in r["rank_use"],
        "one side's best e5": lambda r: 1 in r["rank_e5"],
        "one side's best under both": lambda r: any(best(r, "rank_use", s) and best(r, "rank_e5", s) for s in (0, 1)),
        "top 2 both sides, both encoders": lambda r: max(r["rank_use"]) <= 2 and max(r["rank_e5"]) <= 2,
        "any shared anchor": lambda r: bool(r["anchors"]),
        **{f"shared anchor {k}": (lambda r, k=k: k in r["anchor_kinds"]) for k in "#NDPE"},
    }
    out = {}
    for name, rule in rules.items():
        chosen = [r for r in rows if rule(r)]
        tp = sum(r["gold"] for r in chosen)
        out[name] = {"n": len(chosen), "gold": tp, "p": tp / len(chosen) if chosen else 0.0, "r": tp / gold}
    return out


def score_table(rows: list[dict]) -> dict[str, dict[str, float]]:
    def rr(r: dict, key: str) -> float:
        return 1 / r[key][0] + 1 / r[key][1]

    scores = {f"z(e5) + {w} * anchor idf": (lambda r, w=w: r["z_e5"] + w * r["anchor_idf"]) for w in (0, 0.5, 1)}
    scores |= {f"z(use) + z(e5) + {w} * anchor idf": (lambda r, w=w: r["z_use"] + r["z_e5"] + w * r["anchor_idf"])
               for w in (0, 0.5, 1)}
    scores["z(use) + 0.5 * anchor idf"] = lambda r: r["z_use"] + 0.5 * r["anchor_idf"]
    scores["reciprocal ranks, both encoders"] = lambda r: rr(r, "rank_use") + rr(r, "rank_e5")
    gold = sum(r["gold"] for r in rows)
    out = {}
    for name, score in scores.items():
        ordered = sorted(rows, key=lambda r: -score(r))
        hits = np.cumsum([r["gold"] for r in ordered])
        precision = hits / np.arange(1, len(ordered) + 1)
        ok = hits[precision >= TARGET_PRECISION]
        ap = float(sum(precision[k] for k, r in enumerate(ordered) if r["gold"]) / gold)
        out[name] = {"recall_at_p85": float(ok.max() / gold) if len(ok) else 0.0, "ap": ap}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs-cache", type=Path, default=None, help="pickle of the compared gold sets")
    parser.add_argument("--pairs", action="store_true", help="print every gold pair with its texts")
    args = parser.parse_args(argv)
    runs = ls.load_runs(args.runs_cache)
    tune = [r for r in runs if "-" in language_pair(r["gold"]) and split_of(r["gold"]) == "tune"]
    embed = CachedEmbedder(UseEmbedder(), None).embed
    rows = [row for r in tune for row in analyse(r, embed)]
    for row in rows:
        if not row["gold"]:
            continue
        print(f"{row['set']:<30} {'found' if row['found'] else 'MISSED'} USE {row['use']:.2f} rank {row['rank_use']}"
              f"  e5 {row['e5']:.3f} rank {row['rank_e5']}  fan-out {row['fanout']}  anchors {row['anchors']}")
        if args.pairs:
            for key in ("text_a", "text_b", "best_other_a", "best_other_b"):
                print(f"    {key:<13} {row[key][:150]}")
    rules, scores = rule_table(rows), score_table(rows)
    gold = [r for r in rows if r["gold"]]
    print(f"\n{len(tune)} tune sets, {len(gold)} gold pairs of {len(rows)} annotated pairs; "
          f"{sum(max(r['fanout']) > 1 for r in gold)} gold pairs with a sentence in 2+ gold pairs")
    for name, v in rules.items():
        print(f"{name:<34} n {v['n']:4d}  gold {v['gold']:3d}  P {v['p']:.2f}  R {v['r']:.2f}")
    for name, v in scores.items():
        print(f"{name:<34} R at P>=0.85 {v['recall_at_p85']:.2f}  AP {v['ap']:.3f}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"rules": rules, "scores": scores, "gold_pairs": gold}, indent=1, default=str) + "\n")
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
