"""Can the writer's candidate search give the exact scan's answers for less, at 12k-100k stored?

The stream's writer answers each new article's candidate search (its 94 nearest stored
articles when a date window applies, cosine) by an exact scan below
``store._exact.EXACT_BELOW`` (50k): the same answer on SQLite and PostgreSQL, so the same
stories, at a cost linear in the store (issue #13). This measures, on one set of stored
vectors and held-out queries, what each way of searching costs and how often it gives the
exact scan's answer (the set of the 94 nearest, and of the 20 the clusterer keeps):

1. the exact scan itself (``ExactScan.nearest``, 32 queries at a time, one BLAS thread);
2. the store's HNSW graph (usearch, connectivity 24, construction breadth 64: the graph built at
   50k), asked for 94 at breadth 188 (as past 50k) and for more at a wider breadth, each answer
   re-ranked exactly;
3. usearch's own exact scan over int8 / float16 vectors (a reduced-precision scan);
4. a projection bound: each stored vector's cosine to a query bounded by its first ``d``
   principal components plus the product of the two residual norms (Cauchy-Schwarz): how many
   stored vectors survive a bound at the exact 94th cosine, and a vectorised scan that re-ranks
   the survivors exactly (float64): CPU and agreement with the exact scan;
5. a ball bound: k-means lists, each with its widest member angle: the share of stored vectors
   in lists whose bound reaches the 94th cosine;
6. (synthetic only, the stream's first ``--ages-n`` articles) how far back in the stream the
   clusterer's neighbours lie: each sampled article's 20 nearest earlier articles within
   ``max_gap_days`` (365) of its date, as the clusterer takes them (the 94 nearest, then the
   window; all of the window when fewer than 10 are in it), how old in stream positions the
   oldest of them and the nearest are, how often the same list comes from the last W positions
   alone, and the share of stored articles inside the date window.

Vectors: ``synthetic`` (stream_scale.py's hashing embedder over its synthetic stream: what the
stream benchmark stores), ``cache`` (every 512-d float32 row of the embedding cache: USE
vectors of the dev texts and their sentences, ~46k here) or a ``.npy`` path. Writes
benchmarks/results/neighbour_search_<vectors>_<n>.json. Run under nice, alone: it builds a
full HNSW graph (~22 CPU-s at 48k, 62 at 96k) and peaks at 1.1 GB at 96k.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
ASK, KEEP, BATCH = 94, 20, 32


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _vectors(which: str, n: int) -> np.ndarray:
    if which == "synthetic":
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from stream_scale import HashingEmbedder, synthetic_stream

        return HashingEmbedder().embed([d.text for d in synthetic_stream(n)])
    if which == "cache":
        from storylens.embed import default_cache_dir

        path = default_cache_dir() / "embeddings.sqlite"
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            rows = [np.frombuffer(v, dtype=np.float32) for (v,) in
                    db.execute("SELECT vec FROM embeddings WHERE length(vec) = 2048")]
        return np.stack(rows)
    return np.load(which).astype(np.float32)


def _units(a: np.ndarray) -> np.ndarray:
    """As the store holds them: float16, then normalised in float32 (store._common.unit_rows)."""
    from storylens.store._common import unit_rows

    return unit_rows(np.asarray(a, dtype=np.float32).astype(np.float16))


def _exact_sets(scan, queries: np.ndarray) -> list[list[int]]:
    out: list[list[int]] = []
    for s in range(0, len(queries), BATCH):
        out += [[num for num, _d in row] for row in scan.nearest(queries[s:s + BATCH], ASK)]
    return out


def exact_scan(held: np.ndarray, queries: np.ndarray) -> tuple[list[list[int]], dict]:
    from storylens.store._exact import ExactScan

    scan = ExactScan(held.shape[1])
    scan.add(np.arange(len(held)), held.astype(np.float16))
    _exact_sets(scan, queries[:BATCH])  # buffers made
    t = _cpu()
    ref = _exact_sets(scan, queries)
    ms = (_cpu() - t) / (len(queries) / BATCH) * 1000
    return ref, {"cpu_ms_per_32_queries": round(ms, 2), "cpu_ms_per_query": round(ms / BATCH, 3)}


def hnsw(held: np.ndarray, queries: np.ndarray, ref: list[list[int]], units: np.ndarray) -> dict:
    from usearch.index import Index

    index = Index(ndim=held.shape[1], metric="cos", dtype="f16", connectivity=24, expansion_add=64)
    t = _cpu()
    index.add(np.arange(len(held), dtype=np.uint64), held.astype(np.float32), threads=1)
    out: dict = {"build_cpu_s": round(_cpu() - t, 2), "asks": []}
    sims = queries @ units.T
    for ask in (ASK, 2 * ASK, 4 * ASK, 8 * ASK):
        index.expansion_search = 2 * ask
        t = _cpu()
        found = index.search(queries, ask, threads=1)
        ms = (_cpu() - t) / len(queries) * 1000
        same94 = same20 = 0
        for j, exact in enumerate(ref):
            got = found.keys[j][: found.counts[j]].astype(np.int64)
            got = got[np.lexsort((got, -sims[j, got]))]  # re-ranked exactly
            same94 += set(got[:ASK].tolist()) == set(exact)
            same20 += set(got[:KEEP].tolist()) == set(exact[:KEEP])
        out["asks"].append({"ask": ask, "breadth": 2 * ask, "cpu_ms_per_query": round(ms, 3),
                            "exact_top94_set": round(same94 / len(ref), 3),
                            "exact_top20_set": round(same20 / len(ref), 3)})
    return out


def reduced_precision(held: np.ndarray, queries: np.ndarray, ref: list[list[int]]) -> dict:
    from usearch.index import Index

    out = {}
    for dtype in ("i8", "f16"):
        index = Index(ndim=held.shape[1], metric="cos", dtype=dtype, connectivity=2, expansion_add=4)
        index.add(np.arange(len(held), dtype=np.uint64), held.astype(np.float32), threads=1)
        t = _cpu()
        found = [index.search(queries[s:s + BATCH], ASK, threads=1, exact=True) for s in range(0, len(queries), BATCH)]
        ms = (_cpu() - t) / len(found) * 1000
        keys = [row for f in found for row in f.keys]
        same = sum(set(k.tolist()) == set(r) for k, r in zip(keys, ref))
        out[dtype] = {"cpu_ms_per_32_queries": round(ms, 2), "exact_top94_set": round(same / len(ref), 3)}
    return out


def projection_bound(units: np.ndarray, queries: np.ndarray, ref: list[list[int]]) -> dict:
    """Survivors of the bound p_q . p_u + |r_q| |r_u| >= the exact 94th cosine, and a scan that
    re-ranks them (the bound's threshold from the exact cosines of the 94 best by projection)."""
    sample = units[:: max(1, len(units) // 4096)].astype(np.float64)
    _, s, vt = np.linalg.svd(sample, full_matrices=False)
    energy = np.cumsum(s ** 2) / np.sum(s ** 2)
    sims = queries @ units.T
    kth = -np.partition(-sims, ASK - 1, axis=1)[:, ASK - 1]
    out: dict = {}
    for d in (64, 128, 256):
        if d >= units.shape[1]:
            continue
        basis = np.ascontiguousarray(vt[:d].astype(np.float32))
        ph = np.ascontiguousarray(units @ basis.T)
        rh = np.sqrt(np.maximum(0.0, (units.astype(np.float64) ** 2).sum(1) - (ph.astype(np.float64) ** 2).sum(1)))
        rh = rh.astype(np.float32) + np.float32(1e-4)  # the float32 products' rounding, generously
        pq = queries @ basis.T
        rq = np.sqrt(np.maximum(0.0, 1.0 - (pq.astype(np.float64) ** 2).sum(1))).astype(np.float32)
        survive = ((pq @ ph.T + rq[:, None] * rh[None, :]) >= kth[:, None]).mean(axis=1)
        out[str(d)] = {"energy": round(float(energy[d - 1]), 3),
                       "survivors_median": round(float(np.median(survive)), 4),
                       "survivors_p90": round(float(np.quantile(survive, 0.9)), 4)}
        if np.quantile(survive, 0.9) > 0.05:  # re-ranking that many costs more than the scan (and GBs)
            continue
        t = _cpu()
        got = [_bound_scan(units, ph, rh, basis, queries[s:s + BATCH]) for s in range(0, len(queries), BATCH)]
        ms = (_cpu() - t) / len(got) * 1000
        rows = [r for g in got for r in g]
        out[str(d)] |= {"scan_cpu_ms_per_32_queries": round(ms, 2),
                       "exact_top94_set": round(sum(set(r) == set(e) for r, e in zip(rows, ref)) / len(ref), 3),
                       "exact_top94_list": round(sum(r == e for r, e in zip(rows, ref)) / len(ref), 3)}
    return out


def _bound_scan(units: np.ndarray, ph: np.ndarray, rh: np.ndarray, basis: np.ndarray, q: np.ndarray) -> list[list[int]]:
    m, n = len(q), len(units)
    pq = q @ basis.T
    rq = np.sqrt(np.maximum(0.0, 1.0 - (pq.astype(np.float64) ** 2).sum(1))).astype(np.float32)
    approx = pq @ ph.T  # m x n
    top = np.argpartition(approx, n - ASK, axis=1)[:, n - ASK:]
    q64 = q.astype(np.float64)
    floor = np.einsum("mkd,md->mk", units[top].astype(np.float64), q64).min(axis=1) - 1e-4
    rows, cols = np.nonzero(approx + rq[:, None] * rh[None, :] >= floor[:, None].astype(np.float32))
    dist = np.concatenate([(1.0 - np.einsum("id,id->i", units[cols[s:s + 8192]].astype(np.float64),
                                            q64[rows[s:s + 8192]])).astype(np.float32)
                           for s in range(0, len(rows), 8192)] or [np.zeros(0, np.float32)])
    order = np.lexsort((cols, dist, rows))
    rows, cols = rows[order], cols[order]
    starts = np.searchsorted(rows, np.arange(m))
    return [cols[s:s + ASK].tolist() for s in starts.tolist()]


def ball_bound(units: np.ndarray, queries: np.ndarray, lists: int) -> dict:
    rng = np.random.default_rng(0)
    centres = units[rng.choice(len(units), lists, replace=False)].copy()
    for _ in range(8):
        label = np.argmax(units @ centres.T, axis=1)
        for j in range(lists):
            total = units[label == j].sum(axis=0)
            if np.linalg.norm(total) > 0:
                centres[j] = total / np.linalg.norm(total)
    label = np.argmax(units @ centres.T, axis=1)
    cos = np.einsum("ij,ij->i", units, centres[label])
    widest = np.array([np.arccos(np.clip(cos[label == j].min(), -1, 1)) if (label == j).any() else 0.0
                       for j in range(lists)])
    sims = queries @ units.T
    kth = -np.partition(-sims, ASK - 1, axis=1)[:, ASK - 1]
    angle = np.arccos(np.clip(queries @ centres.T, -1, 1))
    reach = np.cos(np.maximum(0.0, angle - widest[None, :])) >= kth[:, None]
    scanned = (reach * np.bincount(label, minlength=lists)[None, :]).sum(axis=1) / len(units)
    return {"lists": lists, "widest_angle_median_deg": round(float(np.degrees(np.median(widest))), 1),
            "scanned_median": round(float(np.median(scanned)), 3)}


def stream_ages(n: int, gap: int = 365, every: int = 7) -> dict:
    from datetime import date

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from stream_scale import HashingEmbedder, synthetic_stream

    docs = synthetic_stream(n)
    days = np.array([date.fromisoformat(d.metadata["published"]).toordinal() for d in docs])
    vecs = _units(HashingEmbedder().embed([d.text for d in docs]))
    oldest, nearest, inside = [], [], []
    windows = (500, 2000, 4000, 8000)
    differs = {w: [0, 0] for w in windows}
    sampled = range(2000, n, every)
    for i in sampled:
        sims = vecs[:i] @ vecs[i]
        top = _in_window(np.arange(i), sims, days, days[i], gap)
        inside.append(float(np.mean(np.abs(days[:i] - days[i]) <= gap)))
        oldest.append(i - int(top.min()))
        nearest.append(i - int(top[0]))
        for w in windows:
            lo = max(0, i - w)
            mine = _in_window(np.arange(lo, i), sims[lo:], days, days[i], gap)
            differs[w][0] += set(mine.tolist()) != set(top.tolist())
            differs[w][1] += len(mine) == 0 or mine[0] != top[0]
    count = len(oldest)
    return {"articles": n, "sampled": count, "stored_inside_the_date_window": round(float(np.mean(inside)), 3),
            "oldest_of_the_20_positions_back_median": float(np.median(oldest)),
            "oldest_of_the_20_positions_back_p10": float(np.quantile(oldest, 0.1)),
            "nearest_positions_back_median": float(np.median(nearest)),
            "nearest_within_10_positions": round(float(np.mean(np.array(nearest) <= 10)), 3),
            "last_w_positions_alone": {str(w): {"top20_set_differs": round(d[0] / count, 3),
                                                "nearest_differs": round(d[1] / count, 3)}
                                       for w, d in differs.items()}}


def _in_window(pos: np.ndarray, sims: np.ndarray, days: np.ndarray, day: int, gap: int) -> np.ndarray:
    """The clusterer's 20 neighbours among ``pos`` (cosines ``sims``): of the 94 nearest those within
    ``gap`` days, or, when fewer than 10 are, the 20 nearest within it (StoryClusterer._neighbours)."""
    ranked = pos[np.argsort(-sims, kind="stable")]
    pool = ranked[:ASK]
    kept = pool[np.abs(days[pool] - day) <= gap]
    if len(kept) * 2 < KEEP:
        kept = ranked[np.abs(days[ranked] - day) <= gap]
    return kept[:KEEP]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vectors", default="synthetic", help="synthetic, cache or a .npy path")
    ap.add_argument("--n", type=int, default=48000, help="stored vectors (the rest, up to --queries, are queries)")
    ap.add_argument("--queries", type=int, default=320)
    ap.add_argument("--ages-n", type=int, default=12000, help="synthetic only: the stream read for section 6 (0: none)")
    args = ap.parse_args()
    from threadpoolctl import threadpool_limits

    raw = _vectors(args.vectors, args.n + args.queries)
    raw = raw[np.random.default_rng(1).permutation(len(raw))]  # the cache's rows come grouped by text
    n = min(args.n, len(raw) - args.queries)
    held, units = raw[:n], _units(raw[:n])
    queries = _units(raw[len(raw) - args.queries:])
    load = [round(x, 1) for x in os.getloadavg()]
    started = time.time()
    with threadpool_limits(1, "blas"):
        ref, exact = exact_scan(held, queries)
        out = {"vectors": args.vectors, "stored": n, "dim": int(held.shape[1]), "queries": len(queries),
               "load_at_start": load, "exact_scan": exact,
               "hnsw_24_64": hnsw(held, queries, ref, units),
               "reduced_precision_exact": reduced_precision(held, queries, ref),
               "projection_bound": projection_bound(units, queries, ref),
               "ball_bound": ball_bound(units, queries, 256)}
        if args.vectors == "synthetic" and args.ages_n:
            out["neighbour_ages"] = stream_ages(args.ages_n)
    out["load_at_end"] = [round(x, 1) for x in os.getloadavg()]
    out["wall_s"] = round(time.time() - started, 1)
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = Path(args.vectors).stem if args.vectors.endswith(".npy") else args.vectors
    (RESULTS / f"neighbour_search_{name}_{n}.json").write_text(json.dumps(out, indent=1))
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
