"""CPU of ``storylens ingest`` per article and per stage, on dev texts, with an empty cache.

Under the shared load of the development machine wall figures say little, so this
benchmark reports CPU: every process the command starts is counted exactly (this
process becomes a child subreaper, so worker processes whose parent exits first, such
as a fork server's children, are still reaped here and land in ``RUSAGE_CHILDREN``).
For each run: CPU-ms per article of the whole command (start-up, model loads and
every process included), of the stages ``--profile`` prints, and of what lies outside
them; the rate an idle 2-core machine would reach if both cores were busy all along
(``2 x 1000 / CPU-ms``, a projection, not a measurement), and the rate the ingesting process's own
stages allow (``1000 / its stages' CPU-ms``: read, ids, near-duplicates, clustering and the store write run
there one after another, so moving work between it and the workers helps only while this is the lower of
the two); the
rates the pipeline's structure gives that split on an idle 2-core machine (``_lib.pipeline``: the cores shared
equally among the runnable processes, as the scheduler shares them, and the ingesting process first: ingest78);
the sha1 of every article's story assignment (article id, story id, canonical of a near-duplicate) so two trees
can be checked for identical stories; the load average before and after.

The encoder floor: USE alone on the same leads (title + first three sentences), in
this process, measured once per invocation.

    python benchmarks/ingest_cpu.py [--articles 600] [--workers 1 2] [--repeat 1]
        [--tree OTHER_WORKTREE ...]   # alternate runs of several source trees
        [--parts]   # also the per-article parts (clean, language, lead split, keys...) in this process
        [--warm-cache DIR]   # every run reads this embedding cache (pre-warmed: clustering's CPU shows)

``--tree`` defaults to this benchmark's own tree; each run puts that tree's ``src``
first on ``PYTHONPATH``. Dev texts only (never the held-out file).

``--data`` names the installation data each run reads (``STORYLENS_DATA_DIR``, what ``storylens setup``
writes): ``installed`` (the default: the environment's own, ``<sys.prefix>/share/storylens``), ``none`` (no
installation data: every table built in the empty cache, as perf.py's ingest row) or a folder; several are run
in turn. Each run records the simplemma lexicons that data holds: a language it lacks is written into the
empty cache by the first process that meets it, inside the measured run (perf52: Polish 5.2 CPU-s, Turkish 1.4,
Russian 0.9, French 0.3 on 2,000 dev texts, ~3.9 CPU-ms per article where the installation had English and
German only; a full ``storylens setup`` writes all fourteen).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import json
import os
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from _lib.pipeline import pipeline_rate
from _lib.reaping import become_subreaper, reap_all

DEV = ROOT.parent / "shared" / "data" / "semeval2022t8" / "dev.csv"
RESULTS = ROOT / "benchmarks" / "results" / "ingest_cpu.json"


def dev_texts(n: int) -> list[str]:
    csv.field_size_limit(10**8)
    with open(DEV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return list(dict.fromkeys(r[k] for r in rows for k in ("text1", "text2") if r[k].strip()))[:n]


def stages(lines: list[str]) -> dict[str, float]:
    """``--profile``'s table as {stage: CPU-ms per article}."""
    out = {}
    for line in lines:
        m = re.match(r"(.+?)\s+(main|workers|both)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)%$", line)
        if m:
            out[m[1].strip()] = float(m[3])
    return out


def process_split(lines: list[str]) -> tuple[float, float] | None:
    """``--profile``'s closing line as (CPU-s of the ingesting process's stages, CPU-s of the workers' stages)."""
    for line in lines:
        m = re.search(r"CPU this process ([\d.]+) s, workers ([\d.]+) s", line)
        if m:
            return float(m[1]), float(m[2])
    return None


def assignments_sha1(db: Path) -> tuple[str, int, int]:
    """sha1 of (article id, story id, score, nearest, reason, duplicate_of) over every stored article,
    the article and story counts."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT a.id, s.story, s.score, s.nearest, s.reason, coalesce(a.duplicate_of, '') "
                           "FROM articles a LEFT JOIN assignments s ON s.article_id = a.id ORDER BY a.id").fetchall()
        stories = len({r[1] for r in rows if r[1] is not None})
    finally:
        con.close()
    return hashlib.sha1(json.dumps(rows).encode()).hexdigest(), len(rows), stories


def installed_lexicons(data: str) -> tuple[str, list[str]]:
    """(the installation data folder a run reads, or "" for none; the simplemma lexicons it holds)."""
    folder = Path(sys.prefix) / "share" / "storylens" if data == "installed" else None if data == "none" else Path(data)
    if folder is None:
        return "", []
    return str(folder), sorted(p.parent.name for p in folder.glob("lexicons/*/*/offsets.npy"))


def run(tree: Path, path: Path, workers: int, tmp: Path, tag: str, data: str = "installed",
        warm_cache: Path | None = None) -> dict:
    cache, db = warm_cache or tmp / f"cache-{tag}", tmp / f"{tag}.db"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "STORYLENS_DATA_DIR")}
    env.update(STORYLENS_CACHE_DIR=str(cache), PYTHONPATH=str(tree / "src"), PYTHONHASHSEED="0")
    folder, lexicons = installed_lexicons(data)
    if data != "installed":
        env["STORYLENS_DATA_DIR"] = folder
    argv = [sys.executable, "-m", "storylens.cli", "ingest", str(path), "--db", str(db), "--workers", str(workers),
            *(() if warm_cache else ("--no-cache",)), "-q", "--profile"]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=tree, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t
    reap_all()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"ingest failed in {tree}:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    sha1, stored, n_stories = assignments_sha1(db)
    per_stage = stages(done.stderr.splitlines())
    split = process_split(done.stderr.splitlines())
    in_stages = sum(per_stage.values())
    total = 1000 * cpu / max(stored, 1)
    return {"tree": str(tree), "workers": workers, "data": folder, "data_lexicons": lexicons, "stored": stored, "stories": n_stories, "sha1": sha1,
            "cpu_s": round(cpu, 2), "cpu_ms_per_article": round(total, 2),
            "stages_cpu_ms": per_stage, "in_stages_cpu_ms": round(in_stages, 2),
            "outside_stages_cpu_ms": round(total - in_stages, 2),
            "projected_idle_2core_articles_per_s": round(2000 / total, 1) if total else None,
            # the ingesting process's own stages (read, ids, near-duplicates, cluster, store write) run one after
            # another on one core whatever the workers do: an idle 2-core machine cannot go faster than this either
            "main_stages_cpu_ms": round(1000 * split[0] / max(stored, 1), 2) if split else None,
            "worker_stages_cpu_ms": round(1000 * split[1] / max(stored, 1), 2) if split else None,
            "projected_main_bound_articles_per_s": round(1000 * max(stored, 1) / (1000 * split[0]), 1)
            if split and split[0] else None,
            # the pipeline's steady state on an idle machine from this split (_lib.pipeline): the cores shared equally
            # among the runnable processes (as they are), and the ingesting process first (ingest78)
            **_pipeline_projections(split, stored, workers),
            "wall_s": round(wall, 2), "cores_busy": round(cpu / wall, 2), "load_before": round(load, 1),
            "load_after": round(os.getloadavg()[0], 1)}


def _pipeline_projections(split: tuple[float, float] | None, stored: int, workers: int) -> dict[str, float | None]:
    """``projected_fair_share_articles_per_s`` and ``projected_main_first_articles_per_s`` (with the cores busy each
    gives) of :func:`_lib.pipeline.pipeline_rate` for a run's main / worker split (None for one worker or no split)."""
    out: dict[str, float | None] = {}
    for share, name in (("fair", "fair_share"), ("main", "main_first")):
        rate = cores = None
        if split and workers > 1 and stored:
            rate, cores = pipeline_rate(1000 * split[0] / stored, 1000 * split[1] / stored, workers=workers,
                                        articles=stored, share=share)
        out[f"projected_{name}_articles_per_s"] = round(rate, 1) if rate is not None else None
        out[f"projected_{name}_cores_busy"] = round(cores, 2) if cores is not None else None
    return out


def use_floor(texts: list[str]) -> float:
    """CPU-ms per article of USE alone on the leads the stream embeds."""
    from storylens.cluster import doc_vectors
    from storylens.embed import UseEmbedder
    from storylens.errors import InputError
    from storylens.models import RawDocument
    from storylens.report.compare import prepare_document
    from storylens.stream.prepare import LEAD_CHARS, stream_tools

    tools, use = stream_tools(), UseEmbedder()
    use.embed(["load the model first"])
    docs = []
    for i, t in enumerate(texts):
        with contextlib.suppress(InputError):
            docs.append(prepare_document(RawDocument(source=f"dev{i}", text=t), f"dev{i}", language=tools[0],
                                         segmenter=tools[1], segment_chars=LEAD_CHARS))
    c = time.process_time()
    doc_vectors([(d.title, [s.text for s in d.sentences]) for d in docs], use)
    return 1000 * (time.process_time() - c) / max(len(docs), 1)


def prepare_parts(texts: list[str]) -> dict[str, float]:
    """Steady-state CPU-ms per article of the per-article path's parts, in this process, after one warm-up
    pass over the same texts: reading (the JSONL record's repair), cleaning, language, lead split, the rest
    of ``prepare_document``, entity keys, USE (the encoder) and the commit side's copy keys."""
    from storylens.cluster import doc_vectors
    from storylens.embed import UseEmbedder
    from storylens.errors import InputError
    from storylens.ingest.files import repair_text
    from storylens.models import RawDocument
    from storylens.prepare.clean import clean_text
    from storylens.report.compare import prepare_document
    from storylens.stream.dedup import copy_keys
    from storylens.stream.prepare import ANALYSED_CHARS, LEAD_CHARS, document_keys, stream_tools

    tools, use = stream_tools(), UseEmbedder()
    use.embed(["load the model first"])
    spent: dict[str, float] = {}

    def timed(name: str, f, *a, **k):
        c = time.process_time()
        try:
            return f(*a, **k)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - c

    for rnd in (0, 1):  # the first pass pays the one-time costs; the second is measured
        spent.clear()
        docs = []
        for i, t in enumerate(texts):
            timed("read (repair_text)", repair_text, t)
            cut = t[: 2 * ANALYSED_CHARS]
            cleaned = timed("clean", clean_text, cut)
            body = cleaned.text
            lang = timed("language", tools[0].language, body)
            timed("lead split", tools[1].split, body[:LEAD_CHARS], lang)
            with contextlib.suppress(InputError):
                doc = timed("prepare_document (all)", prepare_document, RawDocument(source=f"dev{i}", text=t), f"dev{i}",
                            language=tools[0], segmenter=tools[1], segment_chars=LEAD_CHARS,
                            max_chars=ANALYSED_CHARS, headline=False)
                docs.append(doc)
                timed("entity keys", document_keys, doc)
                timed("copy keys (near-duplicates)", copy_keys, doc.text)
        timed("USE encode (floor)", doc_vectors, [(d.title, [s.text for s in d.sentences]) for d in docs], use)
    n = max(len(texts), 1)
    out = {k: round(1000 * v / n, 3) for k, v in spent.items()}
    out["prepare_document: rest"] = round(out["prepare_document (all)"] - out["clean"] - out["language"]
                                          - out["lead split"], 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="0: no ingest run")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--tree", type=Path, nargs="+", default=[ROOT], help="source trees, run in turn")
    ap.add_argument("--data", nargs="+", default=["installed"], metavar="DATA",
                    help="installation data of the runs, in turn: 'installed' (the environment's), 'none', or a folder "
                         "(`storylens setup --dir`)")
    ap.add_argument("--warm-cache", type=Path, default=None, metavar="DIR",
                    help="read (and fill) this embedding cache in every run instead of none: warm, the vectors are "
                         "read, not computed, and clustering's CPU shows (fill it with one run first)")
    ap.add_argument("--no-floor", action="store_true", help="skip the USE floor")
    ap.add_argument("--parts", action="store_true", help="also the per-article parts in this process (steady state)")
    args = ap.parse_args()
    reaper = become_subreaper()
    texts = dev_texts(args.articles)
    runs = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        path = tmp / "dev.jsonl"
        path.write_text("".join(json.dumps({"id": f"dev{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
        for r in range(args.repeat):
            for workers in (w for w in args.workers if w > 0):
                for d, data in enumerate(args.data):
                    for i, tree in enumerate(args.tree):
                        res = run(tree.resolve(), path, workers, tmp, f"r{r}-w{workers}-t{i}-d{d}", data,
                                  args.warm_cache)
                        runs.append(res)
                        print(json.dumps(res), flush=True)
    floor = None if args.no_floor else round(use_floor(texts), 2)
    parts = prepare_parts(texts) if args.parts else None
    out = {"articles": len(texts), "subreaper": reaper, "use_floor_cpu_ms": floor, "parts_cpu_ms": parts, "runs": runs,
           "load_end": round(os.getloadavg()[0], 1)}
    print(json.dumps({"use_floor_cpu_ms": floor, "parts_cpu_ms": parts, "subreaper": reaper, "load_end": out["load_end"]}))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
