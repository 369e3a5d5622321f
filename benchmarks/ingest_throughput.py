"""Stream ingest throughput: read + prepare + embed + cluster + store, articles per second.

Runs (defaults finish in a few minutes on 2 shared cores):

1. stage costs per article on a sample of BASIL articles (read, prepare, embed,
   entity keys, clustering, store write), each timed on its own;
2. end-to-end ``storylens.stream.ingest_paths`` of the 300 BASIL articles into a fresh
   store (in-memory embedding cache only: every vector is really computed);
3. a larger synthetic stream (default 600 articles) built by sampling and
   perturbing BASIL: each article mixes shuffled sentences of two BASIL
   articles, each sentence missing one word, so texts and lead sentences are
   new (no embedding-cache hits, no near-duplicates). Throughput is reported per block of 100 to show whether
   the cost per article grows with the store.

Reports articles/s, ms per article, DB size per article (SQLite + WAL + the
hnswlib index) and peak RSS; writes benchmarks/results/ingest_throughput.json.
BASIL texts never leave the temp directory.

    python benchmarks/ingest_throughput.py [--large 600] [--sample 40]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

BASIL = ROOT.parent / "shared" / "data" / "basil" / "articles.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "ingest_throughput.json"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def store_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())


def stage_costs(sample: int, embedder) -> dict:
    """Milliseconds per article for each stage, timed separately on ``sample`` articles."""
    import itertools

    from storylens import stream
    from storylens.cluster import ArticleFeatures, StoryClusterer, doc_vectors, entity_keys
    from storylens.ingest.walk import iter_records
    from storylens.report.compare import prepare_document
    from storylens.store import ArticleRecord, ClusterDelta, SQLiteStore, StoreBatch
    from storylens.text.language import LanguageDetector
    from storylens.text.segment import Segmenter

    out = {}
    t = time.perf_counter()
    raws = list(itertools.islice(iter_records([str(BASIL)]), sample))
    out["read"] = (time.perf_counter() - t) / sample
    lang, seg = LanguageDetector(), Segmenter()
    prepare_document(raws[0], "warm", language=lang, segmenter=seg)
    t = time.perf_counter()
    docs = [prepare_document(r, stream.content_id(r.text), language=lang, segmenter=seg,
                             segment_chars=stream.LEAD_CHARS) for r in raws]
    out["prepare (clean, language, lead sentences)"] = (time.perf_counter() - t) / sample
    t = time.perf_counter()
    vectors = doc_vectors([(d.title, [s.text for s in d.sentences]) for d in docs], embedder)
    out["embed (1 vector: title + lead sentences)"] = (time.perf_counter() - t) / sample
    t = time.perf_counter()
    keys = [entity_keys(f"{d.title}\n{d.text}", d.language) for d in docs]
    out["entity keys"] = (time.perf_counter() - t) / sample
    t = time.perf_counter()
    clusterer = StoryClusterer()
    clusterer.partial_fit([ArticleFeatures(d.id, v, k, None) for d, v, k in zip(docs, vectors, keys)])
    out["cluster (partial_fit)"] = (time.perf_counter() - t) / sample
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "s.db")
        t = time.perf_counter()
        for i in range(0, sample, 10):
            chunk = list(zip(raws, docs, vectors))[i : i + 10]
            store.write_batch(StoreBatch(
                articles=[ArticleRecord(d.id, r.source, r.text, title=d.title, metadata=dict(r.metadata)) for r, d, _ in chunk],
                vectors={d.id: v for _, d, v in chunk},
                state=ClusterDelta({"params": clusterer.get_params(), "corrections": [], "history": []})))
        store.flush()
        out["store (batch of 10 + state + index)"] = (time.perf_counter() - t) / sample
        store.close()
    return {k: round(v * 1000, 2) for k, v in out.items()}


def run_ingest(paths: list[str], db: Path, embedder, blocks: int = 100, workers: int = 1) -> dict:
    from storylens import stream
    from storylens.store import SQLiteStore

    marks: list[tuple[int, float]] = []

    def progress(p) -> None:
        if p.added and p.added % blocks == 0 and (not marks or marks[-1][0] != p.added):
            marks.append((p.added, p.elapsed))

    store = SQLiteStore(db)
    report = stream.ingest_paths(paths, store, embedder=embedder, progress=progress, workers=workers,
                          batch_size=64 if workers > 1 else stream.DEFAULT_BATCH_SIZE)
    stats = store.stats()
    quality = basil_b3(store) if paths == [str(BASIL)] else None
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    size = store_bytes(db)
    per_block, last = [], (0, 0.0)
    for n, t in marks:
        per_block.append(round((n - last[0]) / (t - last[1]), 2) if t > last[1] else None)
        last = (n, t)
    sustained = [r for r in per_block[1:] if r]  # the first block carries start-up (worker spawn)
    return {
        "workers": workers,
        "sustained_articles_per_s": round(sorted(sustained)[len(sustained) // 2], 1) if sustained else None,
        "articles_stored": report.stored,
        "near_duplicates": len(report.near_duplicates),
        "failed": len(report.failed),
        "stories": stats["stories"],
        "seconds": round(report.seconds, 2),
        "articles_per_s": round(report.articles_per_second, 2),
        "ms_per_article": round(1000 * report.seconds / max(report.stored, 1), 1),
        f"articles_per_s_by_block_of_{blocks}": per_block,
        "db_bytes": size,
        "db_kb_per_article": round(size / max(report.stored, 1) / 1024, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        **({"b3_vs_event_id_all_300_with_dates": quality} if quality else {}),
    }


def basil_b3(store) -> dict:
    """B-cubed P/R/F1 of the stored stories against BASIL's event_id (all 300; default clusterer params)."""
    gold = {row["id"]: row["event_id"] for row in map(json.loads, BASIL.open(encoding="utf-8"))}
    assigned = store.assignments()
    pred = {a.external_id: assigned[a.id].story for a in store.articles() if a.id in assigned and a.external_id in gold}
    items = list(pred)
    p = r = 0.0
    for x in items:
        same_pred = {y for y in items if pred[y] == pred[x]}
        same_gold = {y for y in items if gold[y] == gold[x]}
        p += len(same_pred & same_gold) / len(same_pred)
        r += len(same_pred & same_gold) / len(same_gold)
    p, r = p / len(items), r / len(items)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3), "articles": len(items)}


def _perturb(sentence: str, rnd: random.Random) -> str:
    """Drop one word, so no sentence repeats a BASIL sentence (no embedding-cache hits)."""
    words = sentence.split()
    if len(words) > 4:
        del words[rnd.randrange(1, len(words))]
    return " ".join(words)


def synthetic_stream(path: Path, n: int, seed: int = 13) -> None:
    """n articles, each a shuffled mix of the sentences of two BASIL articles (texts stay in the temp dir)."""
    rows = [json.loads(line) for line in BASIL.open(encoding="utf-8")]
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            a, b = rnd.sample(rows, 2)
            sents = [_perturb(s, rnd) for s in a["sentences"] + b["sentences"] if s.strip()]
            rnd.shuffle(sents)
            keep = sents[: max(8, int(len(sents) * 0.6))]
            paras = ["\n\n".join(" ".join(keep[j : j + 4]) for j in range(0, len(keep), 4))]
            fh.write(json.dumps({"id": f"syn-{i}", "title": f"{a['title']} / {b['title']}"[:200],
                                 "outlet": rnd.choice(["Outlet A", "Outlet B", "Outlet C", "Outlet D"]),
                                 "published": a["date"], "text": paras[0]}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=int, default=1500, help="size of the synthetic stream (0 to skip)")
    parser.add_argument("--sample", type=int, default=40, help="articles for the per-stage costs")
    args = parser.parse_args()
    if not BASIL.exists():
        print(f"BASIL not found at {BASIL}; nothing to measure")
        return
    from storylens.embed import CachedEmbedder, UseEmbedder

    result: dict = {"machine": {"cpus": os.cpu_count(), "load_average_at_start": list(os.getloadavg())}}
    embedder = CachedEmbedder(UseEmbedder(), None)  # in memory only: nothing comes from an old disk cache
    embedder.embed(["warm up the model"])
    result["model_loaded_peak_rss_mb"] = round(peak_rss_mb(), 1)
    stage_embedder = CachedEmbedder(UseEmbedder(), None)
    stage_embedder.embed(["load the model before timing"])
    result["stage_ms_per_article"] = stage_costs(args.sample, stage_embedder)
    with tempfile.TemporaryDirectory() as tmp:
        result["basil_300"] = run_ingest([str(BASIL)], Path(tmp) / "basil.db", embedder)
        if args.large:
            stream = Path(tmp) / "stream.jsonl"
            synthetic_stream(stream, args.large)
            for workers in (1, 2):  # one process is the baseline for the worker pool
                result[f"synthetic_{args.large}_w{workers}"] = run_ingest(
                    [str(stream)], Path(tmp) / f"large{workers}.db", CachedEmbedder(UseEmbedder(), None),
                    workers=workers)
    result["machine"]["load_average_at_end"] = list(os.getloadavg())
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    print(f"{'stage':48} {'ms/article':>10}")
    for stage, ms in result["stage_ms_per_article"].items():
        print(f"{stage:48} {ms:>10.1f}")
    print()
    print(f"{'run':20} {'stored':>7} {'s':>7} {'art/s':>7} {'sustained':>9} {'ms/art':>7} {'KB/art':>7} {'stories':>8} {'RSS MB':>7}")
    for name in [k for k in result if k.startswith(("basil", "synthetic"))]:
        r = result[name]
        print(f"{name:20} {r['articles_stored']:>7} {r['seconds']:>7.1f} {r['articles_per_s']:>7.2f} "
              f"{r['sustained_articles_per_s'] or 0:>9.1f} {r['ms_per_article']:>7.1f} {r['db_kb_per_article']:>7.1f} "
              f"{r['stories']:>8} {r['peak_rss_mb']:>7.0f}")
    w1, w2 = (result.get(f"synthetic_{args.large}_w{w}") for w in (1, 2))
    if w1 and w2 and w1["sustained_articles_per_s"] and w2["sustained_articles_per_s"]:
        print(f"2 workers vs 1: {w2['sustained_articles_per_s'] / w1['sustained_articles_per_s']:.2f}x sustained; "
              f"same stories: {w1['stories'] == w2['stories']}")
    if "b3_vs_event_id_all_300_with_dates" in result["basil_300"]:
        print("BASIL stories vs event_id (B-cubed, all 300, dates used):", result["basil_300"]["b3_vs_event_id_all_300_with_dates"])
    print(f"load average: {result['machine']['load_average_at_start']} -> {result['machine']['load_average_at_end']}")
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
