"""Which SQLite pages a stream's commit writes, by table and index (sqlite3_analyzer-like).

The synthetic stream of ``stream_scale.py`` (hashing embedder) is ingested into a new SQLite store;
before each 32-article batch's transaction the WAL is checkpointed and emptied (``PRAGMA
wal_checkpoint(TRUNCATE)``), so after the commit the WAL holds that commit's frames alone. Each frame
header names the page it writes; the ``dbstat`` virtual table names the b-tree (table or index) each
page belongs to, read at sampled batches. Pages dbstat does not list are the pointer-map pages of
``auto_vacuum = INCREMENTAL``, the free list, and page 1 (``other``).

Prints pages per commit (median over each 2,000-article block) and, for the sampled batches of each
block, pages per commit by b-tree; writes benchmarks/results/commit_pages[_N].json. The checkpoint
before each batch makes the run dearer than an ingest: its CPU figures are not ingest figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import struct
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
BLOCK = 2000


def wal_pages(path: str, page_size: int) -> list[int]:
    """The page number of each frame in the WAL file ``path`` (24-byte frame headers after a 32-byte header)."""
    data = Path(path).read_bytes() if Path(path).exists() else b""
    out, at = [], 32
    while at + 24 + page_size <= len(data):
        out.append(struct.unpack(">I", data[at: at + 4])[0])
        at += 24 + page_size
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=12000)
    ap.add_argument("--sample-every", type=int, default=8, help="map pages to b-trees every this many batches")
    args = ap.parse_args()
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]
    import warnings

    warnings.simplefilter("ignore")
    from stream_scale import HashingEmbedder, synthetic_stream

    from storylens.store import open_store
    from storylens.stream import ingest

    records = synthetic_stream(args.n)
    tmp = Path(tempfile.mkdtemp(prefix="storylens-pages-"))
    url = str(tmp / "pages.db")
    store = open_store(url)
    db = store.db  # type: ignore[attr-defined]
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    commits: list[tuple[int, int]] = []  # (articles stored before the batch, pages written)
    by_tree: dict[int, Counter[str]] = {}
    done = [0]
    write = store.write_batch

    def counted(batch):  # type: ignore[no-untyped-def]
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        write(batch)
        pages = wal_pages(url + "-wal", page_size)
        commits.append((done[0], len(pages)))
        if len(commits) % args.sample_every == 0:
            owner = dict(db.execute("SELECT pageno, name FROM dbstat"))
            by_tree[done[0]] = Counter(owner.get(p, "other") for p in pages)
        done[0] += len(batch.articles)

    store.write_batch = counted  # type: ignore[method-assign]
    ingest(records, store, embedder=HashingEmbedder())
    sizes = {name: n for name, n in db.execute("SELECT name, count(*) FROM dbstat GROUP BY name")}
    # what the stream decided, to compare two trees' runs: every (article, story) and each story's members
    pairs = sorted(db.execute("SELECT article_id, story FROM assignments").fetchall())
    stories = len({s for _a, s in pairs})
    store.close()

    blocks = []
    for start in range(0, args.n, BLOCK):
        pages = [p for d, p in commits if start <= d < start + BLOCK]
        trees: Counter[str] = Counter()
        sampled = [c for d, c in by_tree.items() if start <= d < start + BLOCK]
        for c in sampled:
            trees.update(c)
        per = {k: round(v / len(sampled), 1) for k, v in trees.most_common()} if sampled else {}
        blocks.append({"articles": start + BLOCK, "pages_per_commit_median": statistics.median(pages) if pages else None,
                       "pages_per_commit_mean": round(statistics.mean(pages), 1) if pages else None,
                       "sampled_commits": len(sampled), "pages_per_commit_by_btree": per})
        print(f"{start + BLOCK:6d}: {blocks[-1]['pages_per_commit_median']} pages/commit (median), "
              f"{blocks[-1]['pages_per_commit_mean']} mean; "
              + ", ".join(f"{k} {v}" for k, v in list(per.items())[:9]))
    digest = hashlib.sha1(repr(pairs).encode()).hexdigest()[:16]
    print(f"stories {stories}, assignments sha1 {digest}")
    out = {"articles": args.n, "page_size": page_size, "stories": stories, "assignments_sha1": digest, "blocks": blocks,
           "btree_pages_at_end": dict(sorted(sizes.items(), key=lambda kv: -kv[1]))}
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "commit_pages" + ("" if args.n == 12000 else f"_{args.n}")
    (RESULTS / f"{name}.json").write_text(json.dumps(out, indent=1) + "\n")
    print("b-tree pages at the end:", out["btree_pages_at_end"])


if __name__ == "__main__":
    main()
