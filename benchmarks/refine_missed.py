"""The same-story dev pairs a refine left apart, by kind, from a ``refine_similarity.py --dump`` (dev only).

    .venv/bin/python benchmarks/refine_missed.py DUMP.npz [--held HELD.npz] [--big 8] [-v]

Each same-story dev row (Overall <= 1.5) the fold's refine left in two stories is sorted into one kind:

* ``no_story``: a side is no candidate of the other or the judge gave no verdict (a wall, too little text);
* ``verdict_rule``: the verdict's hold-apart rules hold the pair apart (``--held``: the run's
  ``..._held_<mode>.npz`` beside its feature cache) while the judge scores it at or above ``cut - 0.3``
  (the widest slack: a rule blocks what a score would have joined);
* ``chaining``: the pair is judged at or above its cut, or its two stories hold a yes between them, and one
  side's story has ``--big`` members or more (one broad topic story absorbing the pair's other reports, or
  split in two large groups);
* ``split_yes``: judged at or above its cut (or a yes between the two stories) and split by the average link,
  neither story big;
* ``another_angle``: judged under its cut with no yes between the two stories (the model's no: another
  focus of one event, a follow-up, a machine-translated wording).

Printed per kind and language pair, with each pair's score, cut, story sizes and the yes / judged pairs
between the two stories (``-v``: every pair with both headlines). The cuts are the dump's: the fold's
cross-lingual cut, 0.85 for two English texts, the dump's ``same_cut`` (0.75) for two of another language.
dev.csv only, never heldout.csv.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L

EN_CUT = 0.85
REACH = 0.3  # the widest slack of the shipped lift rules (refine_full_margin_slack)


def margins(z, f: int, ci: np.ndarray, cj: np.ndarray, langs: np.ndarray, held: np.ndarray | None) -> np.ndarray:
    """Each wide candidate pair's score less its cut in fold ``f`` (held pairs -1, no verdict NaN)."""
    s = np.array(z[f"pred{f}"], dtype=float)
    other = langs[ci] != langs[cj]
    same_cut = float(z["same_cut"]) if not np.isnan(float(z["same_cut"])) else float(z["cuts"][f])
    cut = np.where(other, float(z["cuts"][f]), np.where(langs[ci] == "en", EN_CUT, same_cut))
    m = s - cut
    if held is not None:
        m = np.where(held & ~np.isnan(m), -1.0, m)
    return m


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump")
    ap.add_argument("--held", default=None)
    ap.add_argument("--big", type=int, default=8)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args(argv)
    z, rows, items, pos, langs, _u, ui, uj, fold, cuts, _where = L.fold_dump(args.dump)
    ci, cj = z["ci"], z["cj"]
    held = np.load(args.held)["held"] if args.held else None
    at = {(int(a), int(b)): k for k, (a, b) in enumerate(zip(ci.tolist(), cj.tolist()))}
    cand = set(zip(ui.tolist(), uj.tolist()))
    kinds: Counter = Counter()
    by_pair: Counter = Counter()
    listed = []
    for f in range(len(cuts)):
        lab = z[f"label{f}"]
        size = Counter(lab.tolist())
        raw = margins(z, f, ci, cj, langs, None)
        m = margins(z, f, ci, cj, langs, held)
        for r in rows:
            a, b = pos[r["id1"]], pos[r["id2"]]
            if int(fold[a]) != f or float(r["Overall"]) > L.SAME_MAX or lab[a] == lab[b]:
                continue
            key = (min(a, b), max(a, b))
            k = at.get(key)
            between = (lab[ci] == lab[a]) & (lab[cj] == lab[b]) | (lab[ci] == lab[b]) & (lab[cj] == lab[a])
            judged = between & ~np.isnan(m)
            yes = int((m[judged] >= 0).sum())
            big = max(size[lab[a]], size[lab[b]])
            score_m = np.nan if k is None else float(m[k])
            raw_m = np.nan if k is None else float(raw[k])
            if key not in cand or np.isnan(raw_m):
                kind = "no_story"
            elif held is not None and held[k] and raw_m >= -REACH:
                kind = "verdict_rule"
            elif (score_m >= 0 or yes) and big >= args.big:
                kind = "chaining"
            elif score_m >= 0 or yes:
                kind = "split_yes"
            else:
                kind = "another_angle"
            pair = "-".join(sorted((str(langs[a]), str(langs[b]))))
            kinds[kind] += 1
            by_pair[(kind, pair)] += 1
            title = [(items[x]["text"][:70]).replace("\n", " ") for x in (a, b)]
            listed.append((kind, pair, f, r["pair_id"], float(r["Overall"]), round(raw_m, 3),
                           f"sizes {size[lab[a]]}/{size[lab[b]]}", f"yes {yes}/{int(judged.sum())}", *title))
    print("same-story pairs apart by kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    for (kind, pair), n in sorted(by_pair.items(), key=lambda x: (x[0][0], -x[1], x[0][1])):
        print(f"  {kind:14s} {pair:6s} {n}")
    if args.v:
        for row in sorted(listed, key=lambda x: (x[0], x[1])):
            print(" | ".join(map(str, row)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
