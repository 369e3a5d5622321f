"""Where the dev stream's same-story pairs go, by cause and language pair, from a refine_similarity.py --dump.

    .venv/bin/python benchmarks/refine_fates.py DUMP.npz [--en-cut 0.85] [--other-cut 0.75] [--slack 0.2] [-v]

Reads the dump of ``benchmarks/refine_similarity.py --dump`` (each fold's candidate scores on the
regression's scale, its story labels and its cross-lingual cut) and sorts every same-story dev
pair (Overall <= 1.5) the refine left apart: ``not_candidate`` (neither article among the other's
USE / e5 candidates), ``no_verdict`` (the judge gave none: too little text, a wall), ``judge_no``
(scored below its cut: the fold's cross-lingual cut, ``--en-cut`` for two English articles,
``--other-cut`` -- or the fold's nested cut when the dump holds one -- for two of another
language), ``judge_slack`` (below the cut but mutual best within ``--slack``: joined, then split)
and ``judge_yes`` (above the cut, split by the average link). Unrelated pairs (Overall >= 3.5)
put together are counted as ``direct`` (judged at or above the cut) or ``transitive``.
dev.csv only (never heldout.csv).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump")
    ap.add_argument("--en-cut", type=float, default=0.85)
    ap.add_argument("--other-cut", type=float, default=0.75)
    ap.add_argument("--slack", type=float, default=0.2)
    ap.add_argument("-v", action="store_true", help="list every pair left apart")
    args = ap.parse_args(argv)
    from storylens.cluster import _mutual_best

    z, rows, items, pos, langs, u, ui, uj, fold, cuts, where = L.fold_dump(args.dump)
    nested = z["same_chosen"] if "same_chosen" in z and len(z["same_chosen"]) else None
    best = {f: _mutual_best(ui, uj, z[f"pred{f}"][u], len(items)) for f in range(len(cuts))}
    fates: Counter = Counter()
    by_pair: Counter = Counter()
    unrelated: Counter = Counter()
    listed = []
    for r in rows:
        a, b = pos[r["id1"]], pos[r["id2"]]
        f = int(fold[a])
        together = z[f"label{f}"][a] == z[f"label{f}"][b]
        k = where.get((min(a, b), max(a, b)))
        score = np.nan if k is None else float(z[f"pred{f}"][u][k])
        if langs[a] != langs[b]:
            cut = float(cuts[f])
        else:
            cut = args.en_cut if langs[a] == "en" else float(nested[f]) if nested is not None else args.other_cut
        pair = "-".join(sorted((str(langs[a]), str(langs[b]))))
        overall = float(r["Overall"])
        if overall <= L.SAME_MAX:
            if k is None:
                why = "not_candidate"
            elif np.isnan(score):
                why = "no_verdict"
            elif score >= cut:
                why = "judge_yes"
            else:
                why = "judge_slack" if best[f][k] and score >= cut - args.slack else "judge_no"
            fates[("together " if together else "apart ") + why] += 1
            if not together:
                by_pair[(why, pair)] += 1
                listed.append((why, pair, r["pair_id"], overall, round(score, 3), round(cut, 3)))
        elif overall >= L.APART_MIN and together:
            unrelated[("direct" if score >= cut else "transitive") + " " + pair] += 1
    for key, n in sorted(fates.items()):
        print(f"{key:26s} {n}")
    print("same-story pairs apart by cause and language pair:")
    for (why, pair), n in sorted(by_pair.items(), key=lambda x: (x[0][0], -x[1], x[0][1])):
        print(f"  {why:14s} {pair:6s} {n}")
    print("unrelated pairs together:", dict(sorted(unrelated.items())))
    if args.v:
        for row in sorted(listed):
            print(*row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
