"""Every missed cross-lingual gold shared pair of the TUNE half, with each signal's score and the gate that dropped it.

    PYTHONPATH=src .venv/bin/python benchmarks/ledger_misses.py [--runs-cache PATH] [--params JSON] [--quiet]

Issue #12 (stop 43, xl43). For each cross-lingual TUNE set (the eval half is never compared here) the
shipped ledger is built, and every gold shared sentence pair of two documents that is not in one ledger
claim is printed with:

* the signals, sentence score = best over the sentences' unit pairs: USE cosine, e5 cosine, USE and e5
  CSLS (k 3), the aligner's own score (cosine + anchors - actor penalty + CSLS + e5 fusion - position);
* the translation-proof anchors the two sentences share, by kind (numbers, dates, names / linked entities);
* the ranks of the pair under the aligner's score on both sides (1 = best);
* the gate: ``no unit`` (a sentence the aligner never scores), ``threshold`` (each other's best, score under
  the cross threshold), ``veto`` (each other's best over it, dropped: actor, country, quote vetoes),
  ``one-to-one`` (one side's best only: the mutual-best rule), ``rank 2-3`` / ``rank >3`` (a ranking
  loss), ``grouping`` (aligned directly, yet in two ledger claims);
* the kind, read from the pair's shape: ``fan-out`` (either sentence already has a found gold partner: a
  restatement or the second fact of a compound sentence), ``lone`` (the gold claim has no pair found).

Then the counts per gate x kind and per language pair. ``--params`` re-scores with ClaimAligner overrides.
Writes benchmarks/results/ledger_misses.json.

Measured 2026-12-03 (stop 43, xl43; main at ef0f9958; 19 cross-lingual tune sets, 128 gold pairs, the aligner rebuilt as ledger_eval.py --tune does; comparisons
pickled with ``--runs-cache``, USE in memory, e5 from the shared cache filled this session; ~30 s wall at load
14-17 on 2 cores). Found 61 at 79 predicted (P 0.772 R 0.477); the 67 missed by gate: one-to-one (one side's
best only) 24, rank 2-3 on both sides 20, worse than 3rd 16, grouping (aligned directly, two ledger claims) 4,
threshold (each other's best under the fusion threshold 0.40) 2, veto 1 (an author's byline read as an actor:
fixed, ``claims._credited_people``). By kind: 43 fan-out (a sentence of the pair already has a found gold
partner: a restatement, a headline/lead, a compound sentence) and 24 lone (the gold claim has no pair found).
Per language pair: pl-en 23 (one-to-one 11), es-en 17 (rank 2-3 9), de-en 17 (rank > 3 8: natural reports, e.g.
"In Lederhosen und Dirndl zum Drive-in-Volksfest" / "… condensed the whole Dult experience into a drive-thru
culinary delight"), de-fr 4, es-it 4, zh-en 2. The signals, medians of the missed against the found pairs: e5 cosine
0.813 / 0.856, e5 CSLS -0.013 / +0.016, USE cosine 0.33 / 0.56, the aligner's score 0.11 / 0.91; shared anchors
on 27 of the 67, mostly a person or entity the whole story names. The 18 false pairs: a headline or glued lead (first two sentences)
against a neighbouring fact 10, a neighbouring body fact 8 (among them one toll on two dates, "1266 zmarłych" /
"4,032 … have died", and a speaker's quote against his act).
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import ledger_eval as le
from _lib.ledger_score import gold_structures, language_pair, ledger_structures, split_of

import storylens.analysis.claims as claims_mod
from storylens.analysis._pairmodel import _csls
from storylens.analysis.claims import split_units
from storylens.embed import CachedEmbedder, UseEmbedder
from storylens.report.compare import Comparer
from storylens.settings import DEFAULT

RESULTS = HERE / "results" / "ledger_misses.json"


def tune_runs(cache: Path | None) -> list[dict]:
    """The cross-lingual TUNE sets compared once (eval sets are skipped before anything is read)."""
    if cache and cache.exists():
        runs = pickle.loads(cache.read_bytes())
        for r in runs:
            r["gold"] = le.load_gold(r["path"])
            r["resolved"] = le.resolve(r["gold"], r["comparison"].documents)
        return runs
    comparer = Comparer(embedder=CachedEmbedder(UseEmbedder(), None))
    runs = []
    for path in le.gold_files():
        gold = le.load_gold(path)
        if split_of(gold) != "tune" or "-" not in language_pair(gold):
            continue
        comparison = le.compare_texts(comparer, le.gold_texts(gold))
        runs.append({"path": path, "gold": gold, "comparison": comparison,
                     "resolved": le.resolve(gold, comparison.documents)})
    if cache:
        cache.write_bytes(pickle.dumps(runs))
    return runs


def aligner_run(run: dict, embed, params: dict[str, Any]) -> dict[str, Any]:
    """The aligner on one set: ledger pairs, direct pairs, the unit score matrix (read where the aligner
    hands it to ``_runner_up_gap``, called with a gap floor of -inf: the output is unchanged) and keys."""
    seen: list[np.ndarray] = []
    original = claims_mod._runner_up_gap

    def spy(score: np.ndarray) -> np.ndarray:
        seen.append(score.copy())
        return original(score)

    claims_mod._runner_up_gap = spy
    try:
        aligner = le.aligner_like_pipeline(run["comparison"], embed, **({"cross_gap": -math.inf} | params))
        docs = list(run["comparison"].documents)
        claims, pairs = le.shipped_ledger(run["comparison"], embed, **({"cross_gap": -math.inf} | params))
        units = [u for d in docs for u in split_units(d)]
        _, keys_names = aligner.keys(units)
    finally:
        claims_mod._runner_up_gap = original
    ledger, _, _ = ledger_structures(claims)
    direct = {tuple(sorted((p.a.sentence, p.b.sentence))) for p in pairs}
    return {"ledger": ledger, "direct": direct, "score": seen[0] if seen else None, "claims": claims,
            "units": units, "keys": keys_names}


def unit_views(run: dict, docs: list, embed, params: dict[str, Any]) -> tuple:
    """One two-document run through the aligner: (shipped run, annotated sentences, gold pairs, units, the unit
    indices of each document, their USE and e5 vectors): what every per-pair diagnosis starts from."""
    shipped = aligner_run(run, embed, params)
    annotated, gold, _, _ = gold_structures(run["gold"], run["resolved"])
    units = shipped["units"]
    ia = [k for k, u in enumerate(units) if u.doc == docs[0].id]
    ib = [k for k, u in enumerate(units) if u.doc == docs[1].id]
    use = np.asarray(embed([u.embed_text for u in units]), dtype=np.float32)
    e5 = np.asarray(le.embed_e5([u.text for u in units]), dtype=np.float32)
    return shipped, annotated, gold, units, ia, ib, use, e5


def _kind_of(key: str) -> str:
    if key.startswith(("num:", "n:", "#")) or any(ch.isdigit() for ch in key[:3]):
        return "number"
    if key.startswith(("date:", "d:", "t:")):
        return "date"
    return "name"


def misses(run: dict, embed, params: dict[str, Any]) -> dict[str, Any]:
    docs = list(run["comparison"].documents)
    if len(docs) != 2:
        return {"rows": [], "gold": 0, "found": 0, "predicted": 0}
    shipped, annotated, gold, units, ia, ib, use, e5 = unit_views(run, docs, embed, params)
    k = DEFAULT.claim_csls_k
    cu, ce = use[ia] @ use[ib].T, e5[ia] @ e5[ib].T
    mats = {"use": cu, "e5": ce, "use_csls": _csls(cu, k), "e5_csls": _csls(ce, k), "score": shipped["score"]}
    sa, sb = [units[i].sentence for i in ia], [units[j].sentence for j in ib]
    a, b = list(dict.fromkeys(sa)), list(dict.fromkeys(sb))

    def sentence_matrix(m: np.ndarray) -> np.ndarray:
        out = np.full((len(a), len(b)), -np.inf)
        for r, x in enumerate(sa):
            for c, y in enumerate(sb):
                out[a.index(x), b.index(y)] = max(out[a.index(x), b.index(y)], m[r, c])
        return out

    sm = {name: sentence_matrix(m) for name, m in mats.items() if m is not None}
    keys_a: dict[str, set[str]] = {}
    for kk, u in enumerate(units):
        keys_a.setdefault(u.sentence, set()).update(shipped["keys"][kk])
    found = {p for p in shipped["ledger"] if p[0] in annotated and p[1] in annotated}
    found_sentences = {s for p in found & gold for s in p}
    threshold = DEFAULT.claim_fusion_threshold or DEFAULT.claim_cross_threshold
    rows = []
    for pair in sorted(gold):
        x, y = pair if pair[0] in a else (pair[1], pair[0])
        row: dict[str, Any] = {"a": x, "b": y, "found": pair in found}
        if x not in a or y not in b:
            row.update(gate="no unit", kind="segmentation")
            rows.append(row)
            continue
        i, j = a.index(x), b.index(y)
        for name, m in sm.items():
            row[name] = round(float(m[i, j]), 3)
        s = sm["score"][i, j]
        rr, rc = int((sm["score"][i] > s).sum()) + 1, int((sm["score"][:, j] > s).sum()) + 1
        row["ranks"] = (rr, rc)
        shared = (keys_a.get(x, set()) & keys_a.get(y, set()))
        row["anchors"] = sorted(shared)
        row["anchor_kinds"] = sorted({_kind_of(key) for key in shared})
        if pair in found:
            row["gate"] = "found"
        elif pair in shipped["direct"]:
            row["gate"] = "grouping"
        elif rr == 1 and rc == 1:
            row["gate"] = "threshold" if s < threshold else "veto"
        elif 1 in (rr, rc):
            row["gate"] = "one-to-one"
        elif min(rr, rc) <= 3:
            row["gate"] = "rank 2-3"
        else:
            row["gate"] = "rank >3"
        row["kind"] = "found" if pair in found else ("fan-out" if {x, y} & found_sentences else "lone")
        rows.append(row)
    text = {sent.id: sent.text for d in docs for sent in d.sentences}
    for row in rows:
        row["text_a"], row["text_b"] = text.get(row["a"], row["a"]), text.get(row["b"], row["b"])
    return {"rows": rows, "gold": len(gold), "found": len(found & gold), "predicted": len(found),
            "false": [(x, y, text.get(x, x), text.get(y, y)) for x, y in sorted(found - gold)]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs-cache", type=Path, default=None)
    parser.add_argument("--params", default="{}", help="ClaimAligner overrides (JSON)")
    parser.add_argument("--quiet", action="store_true", help="counts only")
    args = parser.parse_args(argv)
    params = json.loads(args.params)
    embed = CachedEmbedder(UseEmbedder(), None).embed
    runs = tune_runs(args.runs_cache)
    out: dict[str, Any] = {"params": params, "sets": {}}
    gates: Counter = Counter()
    kinds: Counter = Counter()
    per_pair: dict[str, Counter] = {}
    tp = pred = gold_n = 0
    for run in runs:
        m = misses(run, embed, params)
        lp = language_pair(run["gold"])
        tp, pred, gold_n = tp + m["found"], pred + m["predicted"], gold_n + m["gold"]
        out["sets"][run["gold"]["set"]] = m
        if not args.quiet:
            print(f"\n===== {run['path'].stem} ({lp}): found {m['found']} of {m['gold']} gold pairs, "
                  f"{m['predicted']} predicted")
        for row in m["rows"]:
            if row["found"]:
                continue
            gates[row["gate"]] += 1
            kinds[(row["gate"], row.get("kind", "-"))] += 1
            per_pair.setdefault(lp, Counter())[row["gate"]] += 1
            if args.quiet:
                continue
            sig = " ".join(f"{n} {row[n]:.2f}" for n in ("use", "e5", "use_csls", "e5_csls", "score") if n in row)
            print(f"- [{row['gate']}, {row.get('kind')}] ranks {row.get('ranks')} {sig} anchors {row.get('anchors', [])}")
            print(f"    A {row['a']}: {row['text_a'][:200]}")
            print(f"    B {row['b']}: {row['text_b'][:200]}")
        if not args.quiet:
            for x, y, tx, ty in m["false"]:
                print(f"- [FALSE] {x}: {tx[:120]}\n          {y}: {ty[:120]}")
    print(f"\ncross-lingual tune: found {tp} of {gold_n} gold pairs at {pred} predicted "
          f"(P {tp / max(1, pred):.3f} R {tp / max(1, gold_n):.3f})")
    print("missed by gate:", dict(gates.most_common()))
    print("missed by gate x kind:", {f"{g}/{k}": n for (g, k), n in kinds.most_common()})
    for lp, c in sorted(per_pair.items()):
        print(f"  {lp}: {dict(c.most_common())}")
    out["gates"] = dict(gates)
    out["kinds"] = {f"{g}/{k}": n for (g, k), n in kinds.items()}
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(out, indent=1, ensure_ascii=False, default=list))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
