"""Throughput and scale of story clustering (2 cores).

1. Throughput on real ~500-word articles (BASIL bodies cut to 500 words), no
   embedding cache: lead segmentation (pysbd on the first 1,000 characters),
   doc_vectors (title + 3 lead sentences, one embedder call per batch of 32),
   entity_keys on the whole text, StoryClusterer.partial_fit; per stage and
   as articles/s. BLAS is limited to one thread by an outer threadpool_limits
   (on this shared 2-core machine two BLAS threads made USE ~10x slower, 44 vs
   4.4 ms/sentence; UseEmbedder now defaults to one thread itself); a
   64-article sample without the outer limit is reported beside it. For
   contrast: the cost of embedding EVERY sentence of an article.
2. Scale: per-article partial_fit cost after 1k, 10k and 100k stored
   articles = mean wall time over 500 articles inserted at each size, and the
   peak RSS of the process (it includes the USE model and the seed features).
   The corpus is synthetic but built from real features: the 1,282 real
   BASIL + ECB+ doc vectors (from the benchmark embedding cache) are story
   seeds, each reused by ~20 stories at 100k (a recurring topic). A synthetic
   story takes a seed vector plus Gaussian noise (sigma 0.05 per dimension:
   ~cos 0.45 between two stories of one seed) and 1-6 members that add more
   noise (sigma 0.02: ~cos 0.9 within a story), 30% of the seed's real entity
   keys plus 4 story-unique keys, and dates spread over 5 years (members
   within 3 days). B3 F1 against the synthetic stories is a sanity check that
   clustering still works at that size.
Writes benchmarks/results/cluster_scale.json.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib.corpora import jsonl_rows
from _lib.features import DATA, RESULTS, build_features, cached_embedder
from _lib.scoring import bcubed, table

from storylens.cluster import ArticleFeatures, StoryClusterer, doc_vectors, entity_keys

SIZES = (1_000, 10_000, 100_000)
PROBE = 500


def lead_sentences(text: str, seg, n: int = 3) -> list[str]:
    return [s.strip() for s in seg.segment(text[:1000]) if s.strip()][:n]


def throughput() -> dict:
    """Measured with BLAS limited to one thread (see blas_threads_effect for why), then a default-BLAS sample."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        out = _throughput(len_limit=None)
    out["blas_threads"] = 1
    out["default_blas_sample"] = _throughput(len_limit=64)
    return out


def _throughput(len_limit: int | None) -> dict:
    import pysbd

    from storylens.embed import CachedEmbedder, UseEmbedder

    rows = jsonl_rows(DATA / "basil" / "articles.jsonl")
    arts = [(r["id"], r["title"], " ".join(r["text"].split()[:500]), r["date"]) for r in rows][:len_limit]
    emb = CachedEmbedder(UseEmbedder(), None)  # in-memory and empty: every vector is computed
    emb.embed(["warm up the model"])
    seg = pysbd.Segmenter(language="en", clean=False)
    t = {"segment": 0.0, "embed": 0.0, "entities": 0.0, "cluster": 0.0}
    clusterer = StoryClusterer()
    for i in range(0, len(arts), 32):
        batch = arts[i:i + 32]
        t0 = time.perf_counter()
        leads = [lead_sentences(text, seg) for _, _, text, _ in batch]
        t1 = time.perf_counter()
        vecs = doc_vectors([(title, lead) for (_, title, _, _), lead in zip(batch, leads)], emb)
        t2 = time.perf_counter()
        keys = [entity_keys(title + "\n" + text) for _, title, text, _ in batch]
        t3 = time.perf_counter()
        clusterer.partial_fit(ArticleFeatures(aid, v, k, date.fromisoformat(d))
                              for (aid, _, _, d), v, k in zip(batch, vecs, keys))
        t4 = time.perf_counter()
        for k, dt in zip(t, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            t[k] += dt
    n = len(arts)
    total = sum(t.values())
    if len_limit is not None:
        return {"articles": n, "ms_per_article": {k: v / n * 1000 for k, v in t.items()}, "articles_per_s": n / total}
    # Contrast: embedding every sentence of the first 60 articles (full-text vectors).
    sample = arts[:60]
    all_sents = [s for _, _, text, _ in sample for s in seg.segment(text) if s.strip()]
    emb2 = CachedEmbedder(UseEmbedder(), None)
    emb2.embed(["warm up"])
    t0 = time.perf_counter()
    emb2.embed(all_sents)
    full_ms = (time.perf_counter() - t0) / len(sample) * 1000
    return {"articles": n, "words_per_article": 500, "ms_per_article": {k: v / n * 1000 for k, v in t.items()},
            "articles_per_s": n / total, "articles_per_s_without_segmentation": n / (total - t["segment"]),
            "full_text_embedding_ms_per_article": full_ms,
            "full_text_sentences_per_article": len(all_sents) / len(sample)}


def seeds() -> tuple[np.ndarray, list[frozenset[str]]]:
    items = jsonl_rows(DATA / "basil" / "articles.jsonl")
    items = [{"id": r["id"], "title": r["title"], "text": r["text"], "published": None} for r in items]
    items += [{"id": f"ecb{i}", "title": None, "text": row["text"], "published": None}
              for i, row in enumerate(jsonl_rows(DATA / "ecbplus" / "docs.jsonl"))]
    feats = build_features(items, cached_embedder())
    return np.stack([f.vector for f in feats]), [f.entities for f in feats]


def synthetic_stream(n: int, vecs: np.ndarray, ents: list[frozenset[str]], rng: random.Random):
    nrng = np.random.default_rng(rng.randrange(2**32))
    start, made, story = date(2020, 1, 1), 0, 0
    while made < n:
        s = rng.randrange(len(vecs))
        centre = vecs[s] + nrng.normal(0, 0.05, vecs.shape[1]).astype(np.float32)
        day = start + timedelta(days=int(made / n * 5 * 365))
        for _ in range(min(rng.randint(1, 6), n - made)):
            v = centre + nrng.normal(0, 0.02, vecs.shape[1]).astype(np.float32)
            keys = frozenset(k for k in ents[s] if rng.random() < 0.3) | {f"story{story}-{j}" for j in range(4)}
            yield story, ArticleFeatures(f"a{made:07d}", v / np.linalg.norm(v), keys,
                                         day + timedelta(days=rng.randint(0, 3)))
            made += 1
        story += 1


def scale() -> list[dict]:
    vecs, ents = seeds()
    rng = random.Random(13)
    stream = synthetic_stream(SIZES[-1] + PROBE, vecs, ents, rng)
    c = StoryClusterer()
    gold: list[int] = []

    def take(n: int) -> list[ArticleFeatures]:
        pairs = [next(stream) for _ in range(n)]
        gold.extend(g for g, _ in pairs)
        return [f for _, f in pairs]

    rows, stored, t_build = [], 0, time.perf_counter()
    for size in SIZES:
        c.partial_fit(take(size - stored))
        probe = take(PROBE)
        t0 = time.perf_counter()
        c.partial_fit(probe)
        ms = (time.perf_counter() - t0) / PROBE * 1000
        stored = size + PROBE
        b3 = bcubed(c.labels_, gold)["f1"]  # sanity check: does it still find the synthetic stories?
        rows.append({"stored": size, "ms_per_article": ms, "stories": len(c.stories_), "synthetic_b3_f1": b3,
                     "build_s": round(time.perf_counter() - t_build, 1),
                     "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
    return rows


def main() -> None:
    tp = throughput()
    print(f"throughput, {tp['articles']} BASIL articles cut to 500 words, 2 cores, nothing cached:")
    print(table([{"stage": k, "ms_per_article": v} for k, v in tp["ms_per_article"].items()], ["stage", "ms_per_article"]))
    d = tp["default_blas_sample"]
    print(f"BLAS limited to 1 thread. Without the outer limit (UseEmbedder defaults, {d['articles']} articles): "
          f"{d['articles_per_s']:.1f} articles/s, embed {d['ms_per_article']['embed']:.0f} ms/article")
    print(f"=> {tp['articles_per_s']:.1f} articles/s end to end "
          f"({tp['articles_per_s_without_segmentation']:.1f}/s given sentences); embedding all "
          f"{tp['full_text_sentences_per_article']:.0f} sentences instead would cost "
          f"{tp['full_text_embedding_ms_per_article']:.0f} ms/article")
    rows = scale()
    print("per-article partial_fit cost vs stored articles (synthetic stream from real vectors):")
    print(table(rows, ["stored", "ms_per_article", "stories", "synthetic_b3_f1", "build_s", "peak_rss_mb"]))
    ratio = rows[-1]["ms_per_article"] / rows[0]["ms_per_article"]
    print(f"cost at {rows[-1]['stored']:,} / cost at {rows[0]['stored']:,} = {ratio:.2f}x")
    out = {"throughput": tp, "scale": rows, "cost_ratio_100k_vs_1k": ratio}
    (RESULTS / "cluster_scale.json").write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
