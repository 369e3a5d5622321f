"""Where the cores idle in ``storylens ingest --workers N`` (issue #16, ingest68): a timeline.

Runs ``storylens ingest`` of dev texts (empty cache, ``--no-cache``) and records, every ``--every`` seconds, the CPU
of each of its processes (``/proc/PID/stat``: the ingesting process, the fork server, each worker), beside the
ingesting process's events: the workers' start (``start_workers``), each worker's model loaded (its warm-up task
done), the commit path's warm-up, the first and last record read, each batch submitted to and back from the workers,
each wait for them, each commit (``finish``: near-duplicates and clustering) and store write. Prints one line per
``--step`` seconds: each process's cores busy, their sum and the events in that step, then each process's seconds on
a CPU, waiting for one and asleep (``/proc/PID/schedstat``: on a shared machine the share of the time it wanted a
CPU that it got, whatever the load), and those figures over the steady state (the workers' first batch back to the
last record read); ``--json`` keeps it all.

    python benchmarks/ingest_timeline.py [--tree TREE] [--articles 2500] [--workers 2] [--data DIR]
        [--every 0.2] [--step 1] [--db OUT.db] [--json OUT.json]

The events come from wrappers this script puts around the tree's functions in the ingesting process (the child
run of this file, ``--child``), so a tree whose functions are named otherwise records fewer of them; the commit
path's warm-up is an ingest of its own, whose record and commit events show between its begin and end. Dev texts only.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "semeval2022t8" / "dev.csv"
TICKS = os.sysconf("SC_CLK_TCK")


def _child() -> None:
    """The ingesting process: ``storylens ingest`` with its events written to $TIMELINE_EVENTS."""
    out = open(os.environ["TIMELINE_EVENTS"], "w", buffering=1)  # noqa: SIM115 - open for the whole run

    def event(name: str, what: str = "") -> None:
        out.write(f"{time.monotonic():.4f}\t{name}\t{what}\n")

    def wrap(module: Any, name: str, begin: str, end: str | None = None) -> None:
        inner = getattr(module, name, None)
        if inner is None:
            return

        def timed(*args: Any, **kwargs: Any) -> Any:
            event(begin)
            try:
                return inner(*args, **kwargs)
            finally:
                if end:
                    event(end)

        setattr(module, name, timed)

    event("main start")
    from storylens import embed
    from storylens.stream import prepare

    pool_of = prepare._worker_pool

    def worker_pool(embedder: Any, workers: int) -> Any:
        pool = pool_of(embedder, workers)
        submit = pool.submit

        def timed_submit(fn: Any, *args: Any, **kwargs: Any) -> Any:
            what = f"{getattr(fn, '__name__', fn)} {len(args[0]) if args else 0}"
            event("submit", what)
            future = submit(fn, *args, **kwargs)
            future.add_done_callback(lambda _f: event("back", what))
            return future

        pool.submit = timed_submit
        return pool

    prepare._worker_pool = worker_pool
    wrap(embed, "warm_use_arrays", "use arrays begin", "use arrays end")
    result_of = prepare._Outcomes.result

    def result(self: Any) -> Any:
        waits = self.done is None and self.here is None
        if waits:
            event("wait begin")
        try:
            return result_of(self)
        finally:
            if waits:
                event("wait end")

    prepare._Outcomes.result = result  # type: ignore[method-assign]
    start = prepare.start_workers

    def start_workers(embedder: Any, workers: int) -> Any:
        event("start_workers begin")
        pool = start(embedder, workers)
        event("start_workers end")
        # the ingest stack, imported as the command imports it: after the workers started
        __import__("storylens.stream.ingest")
        ingest = sys.modules["storylens.stream.ingest"]  # (storylens.stream.ingest is also its function's name)
        wrap(ingest, "warm_commit", "warm_commit begin", "warm_commit end")
        wrap(ingest, "_finish_chunk", "finish begin", "finish end")
        wrap(ingest, "_write", "write begin", "write end")
        timed_records = ingest._timed

        def records(*args: Any) -> Any:
            first = True
            for rec in timed_records(*args):
                if first:
                    event("first record")
                    first = False
                yield rec
            event("last record")

        ingest._timed = records
        return pool

    prepare.start_workers = start_workers
    from storylens.cli import main

    sys.argv = ["storylens", *sys.argv[2:]]
    try:
        main()
    finally:
        event("end")


def _sched(pids: Any) -> dict[int, tuple[float, float]]:
    """{pid: (seconds on a CPU, seconds runnable but waiting for one)} from /proc/PID/schedstat (the rest of a
    process's life it slept: waiting for the workers, the disk, a lock)."""
    out = {}
    for pid in pids:
        try:
            run, wait = open(f"/proc/{pid}/schedstat").read().split()[:2]  # noqa: SIM115 - a read of /proc
        except (OSError, ValueError):
            continue
        out[pid] = (int(run) / 1e9, int(wait) / 1e9)
    return out


def _tree_pids(root: int) -> dict[int, float]:
    """{pid: CPU seconds} of ``root`` and its descendants now."""
    stats: dict[int, tuple[int, float]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                text = open(f"/proc/{name}/stat").read()  # noqa: SIM115 - a read of /proc
            except OSError:
                continue
            fields = text[text.rindex(")") + 2 :].split()
            stats[int(name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS)
    ours, grew = {root}, True
    while grew:
        grew = False
        for pid, (parent, _) in stats.items():
            if parent in ours and pid not in ours:
                ours.add(pid)
                grew = True
    return {pid: stats[pid][1] for pid in ours if pid in stats}


def _steady(samples: list[tuple[float, dict[int, float]]], sched: list[tuple[float, dict[int, tuple[float, float]]]],
            events: list[tuple[float, str, str]], main_pid: int) -> None:
    """Print the steady state's shares: from the workers' first batch back to the last record read, each process's
    cores busy, and of that window the fractions on a CPU, waiting for one, asleep (the ingesting process asleep:
    waiting for the workers) and the share of the time wanting a CPU that it got; the ingesting process's waits."""
    backs = [at for at, name, what in events if name == "back" and what.startswith("_worker_run")]
    last = [at for at, name, _ in events if name == "last record"]
    if not backs or not last or last[-1] <= backs[0]:
        return
    t0, t1 = backs[0], last[-1]
    span = t1 - t0

    def at(series: list[Any], t: float) -> dict[int, Any]:
        return next((values for when, values in reversed(series) if when <= t), series[0][1])

    cpu0, cpu1, st0, st1 = at(samples, t0), at(samples, t1), at(sched, t0), at(sched, t1)
    waits, waited, began = 0, 0.0, None
    for when, name, _ in events:
        if t0 <= when <= t1 and name == "wait begin":
            began = when
        elif t0 <= when <= t1 and name == "wait end" and began is not None:
            waits, waited, began = waits + 1, waited + when - began, None
    parts = []
    for pid in sorted(set(cpu0) & set(cpu1)):
        busy = (cpu1[pid] - cpu0[pid]) / span
        if busy < 0.01:
            continue
        line = f"{'main ' if pid == main_pid else ''}{pid} {busy:.2f}"
        if pid in st0 and pid in st1:
            on, waiting = st1[pid][0] - st0[pid][0], st1[pid][1] - st0[pid][1]
            line += (f" (on {on / span:.2f}, waiting {waiting / span:.2f}, asleep {max(0.0, 1 - (on + waiting) / span):.2f},"
                     f" got {on / max(on + waiting, 1e-9):.2f})")
        parts.append(line)
    print(f"steady state {t0:.1f}-{t1:.1f} s, cores busy: " + "; ".join(parts)
          + f"; the ingesting process waited for the workers {waits} times, {waited:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", type=Path, default=ROOT)
    ap.add_argument("--articles", type=int, default=2500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--data", default=None, help="STORYLENS_DATA_DIR of the run (a `storylens setup --dir` folder)")
    ap.add_argument("--every", type=float, default=0.2, help="seconds between CPU samples")
    ap.add_argument("--step", type=float, default=1.0, help="seconds a printed line covers")
    ap.add_argument("--db", default=None, help="the store to write (default: a temporary one)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    csv.field_size_limit(10**8)
    with open(DEV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = list(dict.fromkeys(r[k] for r in rows for k in ("text1", "text2") if r[k].strip()))[: args.articles]
    tmp = Path(tempfile.mkdtemp(prefix="ingest_timeline"))
    # the same path every run: the stored sources (and so the stores' digests) compare across trees
    path = Path(tempfile.gettempdir()) / f"ingest_timeline_dev{len(texts)}.jsonl"
    path.write_text("".join(json.dumps({"id": f"dev{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "STORYLENS_DATA_DIR")}
    env.update(STORYLENS_CACHE_DIR=str(tmp / "cache"), PYTHONPATH=str(args.tree.resolve() / "src"),
               PYTHONHASHSEED="0", TIMELINE_EVENTS=str(tmp / "events.tsv"))
    if args.data:
        env["STORYLENS_DATA_DIR"] = args.data
    argv = [sys.executable, str(Path(__file__).resolve()), "--child", "ingest", str(path), "--db",
            args.db or str(tmp / "store.db"), "--workers", str(args.workers), "--no-cache", "-q", "--profile"]
    load = os.getloadavg()[0]
    t0 = time.monotonic()
    child = subprocess.Popen(argv, env=env, cwd=args.tree, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    samples: list[tuple[float, dict[int, float]]] = []
    sched: list[tuple[float, dict[int, tuple[float, float]]]] = []
    while child.poll() is None:
        now = time.monotonic()
        cpu = _tree_pids(child.pid)
        samples.append((now - t0, cpu))
        sched.append((now - t0, _sched(cpu)))
        time.sleep(max(0.0, args.every - (time.monotonic() - now)))
    _, err = child.communicate()
    wall = time.monotonic() - t0
    if child.returncode:
        raise SystemExit(f"ingest failed:\n{err[-2000:]}")
    events = []
    for line in (tmp / "events.tsv").read_text().splitlines():
        at, name, what = line.split("\t")
        events.append((float(at) - t0, name, what))
    pids = sorted({pid for _, cpu in samples for pid in cpu})
    last: dict[int, float] = {}
    steps: dict[int, dict[int, float]] = {}
    for at, cpu in samples:
        for pid, seconds in cpu.items():
            steps.setdefault(int(at // args.step), {})[pid] = steps.get(int(at // args.step), {}).get(pid, 0.0) + \
                seconds - last.get(pid, 0.0)
            last[pid] = seconds
    said: dict[int, list[str]] = {}
    batch_marks = {"finish begin": "F", "wait end": "w", "finish end": "", "write begin": "", "write end": "",
                   "wait begin": ""}
    for at, name, what in events:
        if name in ("submit", "back") and what.startswith("_worker_run"):
            mark = name[0]  # s: a batch part submitted, b: back
        else:
            mark = batch_marks.get(name, f" <{name}{' ' + what if what else ''}> ")
        said.setdefault(int(at // args.step), []).append(mark)
    print(f"wall {wall:.2f} s, load {load:.1f} -> {os.getloadavg()[0]:.1f}; CPU s per process: "
          + ", ".join(f"{pid} {last[pid]:.2f}" for pid in pids) + f"; all {sum(last.values()):.2f}")
    print("(s: a batch part submitted to the workers, b: back, F: a commit begins, w: a wait for the workers ended)")
    print(f"{'s':>6}  " + " ".join(f"{pid:>7}" for pid in pids) + "    all")
    for step in sorted(set(steps) | set(said)):
        busy = steps.get(step, {})
        print(f"{step * args.step:6.1f}  " + " ".join(f"{busy.get(pid, 0.0) / args.step:7.2f}" for pid in pids)
              + f"  {sum(busy.values()) / args.step:5.2f}  " + "".join(said.get(step, [])))
    print("\n".join(err.splitlines()[-15:]))
    # the share of the time each process wanted a CPU that it got (a worker of lower priority, another user's
    # process, the other processes of this run took the rest): its last schedstat, alive at least 1 s
    lives: dict[int, tuple[float, float, float]] = {}
    for at, stat in sched:
        for pid, (on, waiting) in stat.items():
            lives[pid] = (lives.get(pid, (at, 0.0, 0.0))[0], on, waiting)
    print("on a CPU / waiting for one / asleep, s (share of the time wanting a CPU that it got): " + ", ".join(
        f"{pid} {on:.1f}/{waiting:.1f}/{max(0.0, wall - born - on - waiting):.1f} ({on / (on + waiting):.2f})"
        for pid, (born, on, waiting) in sorted(lives.items()) if on + waiting >= 1.0))
    _steady(samples, sched, events, child.pid)
    if args.json:
        args.json.write_text(json.dumps({"wall": wall, "load": load, "samples": samples, "sched": sched,
                                         "events": events}))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child()
    else:
        main()
