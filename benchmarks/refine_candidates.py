"""How many pairs the refine pass would ask a costlier judge about, and how many same-story pairs it can reach at all.

    .venv/bin/python benchmarks/refine_candidates.py

dev.csv only (never heldout.csv): all distinct dev texts in one stream (stream
features, shipped defaults, no dates). Counts the refine pass's candidate pairs
(each article's ``n_neighbors`` nearest by USE: ``PairContext.candidates``), the
cross-lingual ones, and those whose shipped ``lite`` link probability reaches a
floor (what a second, costlier judge such as the similarity model would score);
and the share of same-story dev pairs (Overall <= 1.5) that are candidates at
all: no judge of candidate pairs can put more of them together.
Writes benchmarks/results/refine_candidates.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L


def main() -> int:
    from storylens.cluster._links import LinkModel
    from storylens.embed import CachedEmbedder, UseEmbedder

    rows, items = L.dev_corpus()
    feats = L.stream_features(items, CachedEmbedder(UseEmbedder(), L.RESULTS / ".embcache.sqlite"))
    s = L.Stream(feats, L.texts_of(items), None)
    m = LinkModel.load("lite")
    i, j = s.ctx.candidates()
    f = s.ctx.pairs(i, j)
    p = m.proba(f)
    cross = f["cross"] > 0
    out: dict[str, float] = {"candidates": len(i), "crosslingual": int(cross.sum()), "cut": m.threshold}
    for lo in (0.02, 0.05, 0.1, 0.2):
        out[f"crosslingual_p_ge_{lo}"] = int((cross & (p >= lo)).sum())
        out[f"all_p_ge_{lo}"] = int((p >= lo).sum())
    pos = {a: k for k, a in enumerate(s.ids)}
    cand = set(zip(i.tolist(), j.tolist()))

    def key(r: dict) -> tuple[int, int]:
        a, b = pos[r["id1"]], pos[r["id2"]]
        return (min(a, b), max(a, b))

    same = [r for r in rows if float(r["Overall"]) <= L.SAME_MAX]
    xs = [r for r in same if r["lang1"] != r["lang2"]]
    out["same_pairs_in_candidates"] = sum(key(r) in cand for r in same) / len(same)
    out["crosslingual_same_pairs_in_candidates"] = sum(key(r) in cand for r in xs) / len(xs)
    print(json.dumps(out, indent=1))
    (L.RESULTS / "refine_candidates.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
