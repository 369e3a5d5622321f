"""How many pairs the refine pass would ask a costlier judge about, and how many same-story pairs it can reach at all.

    .venv/bin/python benchmarks/refine_candidates.py

dev.csv only (never heldout.csv): all distinct dev texts in one stream (stream
features, shipped defaults, no dates). Counts the refine pass's candidate pairs
(each article's ``n_neighbors`` nearest by USE: ``PairContext.candidates``), the
cross-lingual ones, and those whose shipped ``lite`` link probability reaches a
floor (what a second, costlier judge such as the similarity model would score);
and the share of same-story dev pairs (Overall <= 1.5) that are candidates at
all: no judge of candidate pairs can put more of them together.

``--recall``: the share of same-story dev pairs (and of the cross-lingual ones)
that each way of choosing candidates reaches, with the number of candidate
pairs: each article's k nearest by USE lead vector (k = 20 .. 200), by
idf-weighted entity-key cosine, by TF-IDF cosine of the texts, and unions.
2026-11-30 (289 same-story pairs, 82 cross-lingual; pairs / same / cross):
USE k=20 37,317 / 0.910 / 0.902; k=50 90,848 / 0.941 / 0.927; k=100 176,866 /
0.955 / 0.939; k=200 341,490 / 0.965 / 0.951; entities k=20 36,735 / 0.789 /
0.634; TF-IDF k=20 37,636 / 0.865 / 0.634; USE 20 + entities 20 69,988 / 0.958 /
0.951; USE 50 + entities 20 121,317 / 0.969 / 0.963; USE 20 + entities 20 +
TF-IDF 20 95,575 / 0.976 / 0.963; USE 100 + entities 100 339,128 / 0.979 / 0.976.
Most pairs no candidate set reaches have a site's wall or menu page on one
side (an IP block, a cookie notice, a metered paywall, a site's navigation).
Writes benchmarks/results/refine_candidates.json (``--recall``: refine_candidates_recall.json).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L


def recall() -> int:
    import numpy as np

    from storylens.cluster import _tfidf_rows
    from storylens.cluster._links import knn
    from storylens.embed import CachedEmbedder, UseEmbedder

    rows, items = L.dev_corpus()
    feats = L.stream_features(items, CachedEmbedder(UseEmbedder(), L.RESULTS / ".embcache.sqlite"))
    s = L.Stream(feats, None, None)
    n, pos = len(s.ids), {a: k for k, a in enumerate(s.ids)}

    def key(r: dict) -> tuple[int, int]:
        a, b = pos[r["id1"]], pos[r["id2"]]
        return (min(a, b), max(a, b))

    same = [key(r) for r in rows if float(r["Overall"]) <= L.SAME_MAX]
    cross = [key(r) for r in rows if float(r["Overall"]) <= L.SAME_MAX and r["lang1"] != r["lang2"]]

    def nearest(sim: np.ndarray, k: int) -> np.ndarray:
        np.fill_diagonal(sim, -np.inf)
        return np.argsort(-sim, axis=1, kind="stable")[:, :k]

    def pairs(near: np.ndarray, k: int) -> set[tuple[int, int]]:
        i, j = np.repeat(np.arange(n), k), near[:, :k].reshape(-1)
        return set(zip(np.minimum(i, j).tolist(), np.maximum(i, j).tolist()))

    use = knn(s.ctx.use, 200)[0]
    ent = nearest((s.ctx.names @ s.ctx.names.T).toarray(), 100)
    texts = L.texts_of(items)
    lex_rows = _tfidf_rows([texts[a] for a in s.ids])
    lex = nearest((lex_rows @ lex_rows.T).toarray(), 20)
    ways = {f"use{k}": pairs(use, k) for k in (20, 50, 100, 200)}
    ways |= {"ent20": pairs(ent, 20), "lex20": pairs(lex, 20)}
    ways |= {"use20+ent20": ways["use20"] | ways["ent20"], "use50+ent20": ways["use50"] | ways["ent20"],
             "use20+ent20+lex20": ways["use20"] | ways["ent20"] | ways["lex20"],
             "use100+ent100": ways["use100"] | pairs(ent, 100)}
    out = {name: {"pairs": len(c), "same": sum(p in c for p in same) / len(same),
                  "crosslingual": sum(p in c for p in cross) / len(cross)} for name, c in ways.items()}
    print(json.dumps(out, indent=1))
    (L.RESULTS / "refine_candidates_recall.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


def main() -> int:
    if "--recall" in sys.argv[1:]:
        return recall()
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
