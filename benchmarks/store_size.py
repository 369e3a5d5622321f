"""Bytes stored per article, and what float16 vectors cost in search recall.

Ingests the first N distinct SemEval-2022 dev texts (default 600; dev only,
never the held-out set) into a new SQLite store with the default encoder, then:

1. bytes per article on disk, by file (database after a WAL checkpoint, the
   store's usearch index file: since schema 8 the one copy of the vectors, the
   table keeping only those not yet saved to it) and by table (dbstat);
2. search recall@10 of the store's index (float16 vectors, usearch) against
   exact float32 cosine neighbours, for 100 queries (the first 120 characters
   of other dev texts), beside the same recall for a float32 hnswlib index
   built with the same parameters (what the store kept up to schema 7).

Writes benchmarks/results/store_size.json.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "semeval2022t8" / "dev.csv"
RESULTS = ROOT / "benchmarks" / "results"


def dev_texts(n: int, skip: int = 0) -> list[str]:
    seen: dict[str, None] = {}
    with DEV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for t in (row["text1"], row["text2"]):
                if t and t.strip():
                    seen.setdefault(t, None)
    return list(seen)[skip: skip + n]


def _compact_indexes(store, ids: list[str], qv: np.ndarray, truth: list[set], tmp: Path) -> dict:
    """What a smaller vector index would give on the same stored vectors: usearch HNSW with float16
    or int8 vectors (same M=16, construction breadth 200): bytes per article, recall@10 as it
    answers, and after re-ranking its top 30 exactly with the stored float16 vectors."""
    try:
        from usearch.index import Index
    except ImportError:
        return {"skipped": "pip install usearch"}
    stored = store.vectors(ids)
    matrix = np.stack([stored[a] for a in ids]).astype(np.float32)
    unit = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
    out = {}
    for dtype in ("f16", "i8"):
        index = Index(ndim=matrix.shape[1], metric="cos", dtype=dtype, connectivity=16, expansion_add=200,
                      expansion_search=64)
        index.add(np.arange(len(ids)), matrix)
        path = tmp / f"u-{dtype}.usearch"
        index.save(str(path))
        raw, reranked = [], []
        for q in qv:
            keys = [int(k) for k in index.search(q, 30).keys]
            raw.append(set(keys[:10]))
            reranked.append(set(sorted(keys, key=lambda k: -float(unit[k] @ q))[:10]))
        rec = lambda got: round(float(np.mean([len(g & t) / 10 for g, t in zip(got, truth)])), 4)
        out[dtype] = {"kib_per_article": round(path.stat().st_size / len(ids) / 1024, 2),
                      "recall_at_10": rec(raw), "recall_at_10_reranked_top30": rec(reranked)}
    return out


def main(n: int = 600) -> None:
    import warnings

    warnings.simplefilter("ignore")
    from storylens.cluster import doc_vectors
    from storylens.embed import get_default_embedder
    from storylens.models import RawDocument
    from storylens.report.compare import prepare_document
    from storylens.store import open_store
    from storylens.stream import LEAD_CHARS, ingest_paths
    from storylens.stream.prepare import stream_tools

    texts = dev_texts(n)
    queries = [t[:120] for t in dev_texts(100, skip=n)]
    embedder = get_default_embedder()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "dev.jsonl"
        src.write_text("".join(json.dumps({"id": f"dev-{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                       encoding="utf-8")
        db = Path(tmp) / "s.db"
        store = open_store(str(db))
        report = ingest_paths([str(src)], store, embedder=embedder)
        arts = [a for a in store.articles()]
        text_bytes = sum(len(a.text.encode("utf-8")) for a in arts)
        # Exact float32 document vectors, computed again the way ingest does before rounding
        # (the stream's own lead splitter and language detector: stream.prepare.stream_tools).
        language, segmenter = stream_tools()
        docs = [prepare_document(RawDocument(a.source, a.text, metadata=dict(a.metadata)), a.id, language=language,
                                 segmenter=segmenter, segment_chars=LEAD_CHARS) for a in arts]
        exact = np.asarray(doc_vectors([(d.title, [s.text for s in d.sentences]) for d in docs], embedder),
                           dtype=np.float32)
        exact /= np.linalg.norm(exact, axis=1, keepdims=True)
        qv = np.asarray(embedder.embed(queries), dtype=np.float32)
        truth = [set(np.argsort(-(exact @ q))[:10]) for q in qv]
        ids = [a.id for a in arts]
        got16 = [{ids.index(a) for a, _ in store.nearest(q, k=10)} for q in qv]
        import hnswlib

        f32 = hnswlib.Index(space="cosine", dim=exact.shape[1])
        f32.init_index(max_elements=len(ids), ef_construction=200, M=16)
        f32.add_items(exact, np.arange(len(ids)))
        f32.set_ef(50)
        got32 = [set(f32.knn_query(q.reshape(1, -1), k=10)[0][0].tolist()) for q in qv]
        alternatives = _compact_indexes(store, ids, qv, truth, Path(tmp))
        store.close()
        con = sqlite3.connect(db)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = con.execute("PRAGMA page_size").fetchone()[0]
        journal = con.execute("SELECT count(*) FROM vectors").fetchone()[0]
        try:
            tables = dict(con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
        except sqlite3.Error:
            tables = {}
        con.close()
        files = {p.name.replace("s.db", "db") or "db": p.stat().st_size for p in Path(tmp).glob("s.db*") if p.is_file()}
        # The same database rewritten with other page sizes (VACUUM), to show what the page size costs.
        by_page = {}
        for size in (4096, 8192, 16384):
            copy = Path(tmp) / f"p{size}.db"
            con = sqlite3.connect(db)
            con.execute(f"VACUUM INTO '{copy}'")
            con.close()
            con = sqlite3.connect(copy)
            con.execute(f"PRAGMA page_size = {size}")
            con.execute("VACUUM")
            con.close()
            by_page[size] = round(copy.stat().st_size / len(arts) / 1024, 2)
    stored = len(arts)
    recall = lambda got: round(float(np.mean([len(g & t) / 10 for g, t in zip(got, truth)])), 4)
    result = {
        "texts": n, "articles_stored": stored, "failed": len(report.failed),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
        "text_kib_per_article": round(text_bytes / stored / 1024, 2),
        "page_size": page,
        "kib_per_article_by_file": {k: round(v / stored / 1024, 2) for k, v in sorted(files.items())},
        "db_kib_per_article_by_page_size": by_page,
        "kib_per_article_total": round(sum(files.values()) / stored / 1024, 2),
        "kib_per_article_by_table": {k: round(v / stored / 1024, 2) for k, v in
                                     sorted(tables.items(), key=lambda kv: -kv[1])[:10]},
        "recall_at_10_float16_store_index": recall(got16),
        "recall_at_10_float32_hnsw_baseline": recall(got32),
        "compact_index_alternatives": alternatives,
        "queries": len(queries),
        "vectors_left_in_the_journal_table": journal,
    }
    for k, v in result.items():
        print(f"{k:36s} {v}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "store_size.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600)
