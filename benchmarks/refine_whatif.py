"""What-if links for the refine pass's average link on the tune halves (BASIL tune, ECB+ train), no dates.

    .venv/bin/python benchmarks/refine_whatif.py [--sets basil_tune,ecb_train]

Each set is one stream as ``refine_gold.py`` builds it (content-hash order, no labels), refined
once with ``--judge full`` (the shipped cuts and slack, no lead term) to record every candidate
pair's judge score; then the dense pair signals (USE lead cosine, idf-weighted entity cosine,
TF-IDF of the whole text and of its first 1,500 characters, e5 lead cosine, judge score) are kept
in ``results/.whatif_<set>.npz`` and the link variants below are clustered by average link over
the whole set (the shipped link reproduces ``refine()`` exactly: checked in the first row).
Only the tune halves are read: the eval half / test topics are scored by ``refine_gold.py``, once
per chosen setting. The figures are in docs/cli.md ("Against chaining").
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from _lib import links as L
from _lib.scoring import score_all

YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
CUT, JCUT, SCALE, SLACK = 0.95, 0.85, 2.0, 0.2  # refine_threshold, full same-language cut, LINK_SCALE, slack


def dump(name: str) -> dict:
    path = L.RESULTS / f".whatif_{name}.npz"
    if path.exists():
        return dict(np.load(path))
    from storylens.cluster import StoryClusterer, _tfidf_rows
    from storylens.cluster._judge import SimilarityJudge
    from storylens.embed import CachedEmbedder, UseEmbedder
    from storylens.settings import DEFAULT

    items = L.gold_corpus(name)
    online = StoryClusterer(use_dates=False).fit(
        L.stream_features(items, CachedEmbedder(UseEmbedder(), L.RESULTS / ".embcache.sqlite")))
    texts = L.texts_of(items)
    judge = SimilarityJudge(variant="full", same_language_cut=JCUT, cut=DEFAULT.refine_full_cut, mutual_slack=SLACK,
                            mutual_same_language=True, lead_weight=0.0)
    seen: dict = {}
    scores = judge.scores

    def record(i, j):
        s = scores(i, j)
        seen.update(i=np.asarray(i), j=np.asarray(j), s=np.asarray(s))
        return s

    judge.scores = record  # type: ignore[method-assign]
    c = StoryClusterer.from_state(online.state())
    c.refine(texts=texts, pair_judge=judge)
    n = len(online._ids)
    ordered = [texts[a] for a in online._ids]
    vecs = online._vecs[:n].astype(np.float64)
    ents = online._entity_matrix(range(n))
    lex, lead = _tfidf_rows(ordered), _tfidf_rows([t[:1500] for t in ordered])
    e5 = judge.lead_vectors()
    J = np.full((n, n), np.nan)
    J[seen["i"], seen["j"]] = J[seen["j"], seen["i"]] = seen["s"]
    gold = {it["id"]: it["gold"] for it in items}
    out = {"cos": vecs @ vecs.T, "ent": (ents @ ents.T).toarray(), "tfidf": (lex @ lex.T).toarray(),
               "tfidf_lead": (lead @ lead.T).toarray(), "e5": e5 @ e5.T, "judge": J,
               "gold": np.array([gold[a] for a in online._ids]),
               "refined": np.array([c.article_story_[a] for a in online._ids]), "texts": np.array(ordered)}
    np.savez_compressed(path, **out)
    return out


def mutual_best(J: np.ndarray) -> np.ndarray:
    Jm = np.where(np.isnan(J), -1.0, J)
    best = Jm.argmax(axis=1)
    M = np.zeros(J.shape, dtype=bool)
    for i, j in enumerate(best):
        if Jm[i, j] >= 0 and best[j] == i:
            M[i, j] = M[j, i] = True
    return M


def links(d: dict, base: np.ndarray, mode: str = "max", jcut: float = JCUT, cut: float = CUT) -> np.ndarray:
    """The refine's same-language link: ``base``, and where the judge scored, the higher of it and
    the judge's link placed at ``cut`` (``mode`` "replace" / "mean": the judge's link alone / the
    mean of the two)."""
    J = d["judge"]
    link = cut + SCALE * (J - jcut)
    link = np.where(mutual_best(J) & (J - jcut >= -SLACK) & (J < jcut), cut, link)
    fused = {"max": np.maximum(base, link), "replace": link, "mean": (base + link) / 2}[mode]
    return np.where(np.isnan(J), base, fused)


def f1(d: dict, S: np.ndarray, cut: float = CUT) -> float:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    top = float(S.max()) + 1.0
    D = np.clip(top - (S + S.T) / 2, 0.0, None)
    np.fill_diagonal(D, 0.0)
    lab = fcluster(linkage(squareform(D, checks=False), method="average"), top - cut, criterion="distance")
    return score_all(list(lab), list(d["gold"]))["b3_f1"]


def years_apart(d: dict, chars: int) -> np.ndarray:
    ys = [set(YEAR.findall(t[:chars])) for t in d["texts"]]
    return np.array([[bool(a) and bool(b) and not (a & b) for b in ys] for a in ys])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="basil_tune,ecb_train")
    args = ap.parse_args(argv)
    sets = {name: dump(name) for name in args.sets.split(",")}
    base = {k: d["cos"] + 2 * d["ent"] for k, d in sets.items()}
    lead = {k: base[k] + (d["e5"] - 0.9) for k, d in sets.items()}
    # (label, link, average-link cut); the cuts of the "replace" and "mean" rows are the best of a
    # 0.8-1.2 grid on the two tune halves together, as the judge cut beside them
    rows: list[tuple[str, Any, float]] = [
        ("refine() itself (shipped --judge full)", lambda d, k: None, CUT),
        ("shipped link", lambda d, k: links(d, base[k]), CUT),
        ("+ e5 lead term 1 x (cos - 0.9)", lambda d, k: links(d, lead[k]), CUT),
        ("judge link replaces the cosine + entity link", lambda d, k: links(d, base[k], "replace", 0.7, 0.9), 0.9),
        ("judge link averaged with it", lambda d, k: links(d, base[k], "mean", 0.8, 0.8), 0.8),
        ("lead term + 0.25 x (TF-IDF - 0.3)", lambda d, k: links(d, lead[k] + 0.25 * (d["tfidf"] - 0.3)), CUT),
        ("lead term, years of the first 300 chars apart -0.1",
         lambda d, k: links(d, lead[k]) - 0.1 * years_apart(d, 300), CUT),
        ("lead term, cannot-link below judge 0.4",
         lambda d, k: np.where(~np.isnan(d["judge"]) & (d["judge"] < 0.4), -50.0, links(d, lead[k])), CUT),
    ]
    for label, fn, cut in rows:
        cells = []
        for k, d in sets.items():
            S = fn(d, k)
            cells.append(score_all(list(d["refined"]), list(d["gold"]))["b3_f1"] if S is None else f1(d, S, cut))
        print(f"{label:55s}", "  ".join(f"{k} {v:.4f}" for k, v in zip(sets, cells)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
