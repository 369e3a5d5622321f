"""Load on the web app over loopback: latency (p50/p95) and requests/s at 1 and 8 concurrent clients.

Starts ``storylens serve`` as its own process on 127.0.0.1 (a free port) over a
store with the seeds and BASIL (built in a temp directory, or ``--db`` to reuse
one), warms it (models loaded, the Kazakhstan story's ledger cached), then runs
four scenarios, each bounded by a request count and a time limit:

* ``story list``  GET /api/stories?limit=25 (and the HTML page /)
* ``story page``  GET /stories/<Kazakhstan story> (HTML, ledger cached in the store)
* ``search``      GET /api/search?q=... (20 queries in 5 languages, cycled)
* ``compare``     POST /api/compare with the two seed articles (warm models)

Targets (issue 14): story list p95 < 100 ms, cached story page p95 < 300 ms,
compare of the seeds < 1.5 s warm, no error under 8 clients. Also reported:
the cold first story view (ledger computed) and the first compare. Prints a
table and writes benchmarks/results/web_load.json (with the machine load).

    python benchmarks/web_load.py [--db storylens.db] [--requests 60] [--max-seconds 20]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DATA = ROOT.parent / "shared" / "data"
SEEDS = ROOT / "examples" / "seeds"
CNN = SEEDS / "000_f41a21d6102af561.txt"
FAZ = SEEDS / "001_b69586f12682ff66.txt"
RESULTS = ROOT / "benchmarks" / "results" / "web_load.json"

QUERIES = ["Tokayev", "Kazakhstan protests", "Schießbefehl Präsident", "Almaty airport", "Mueller report",
           "border wall emergency", "government shutdown deal", "Roger Stone arrest", "election reform bill",
           "Adam Schiff", "протесты в Казахстане", "manifestations Kazakhstan", "protestas en Almaty",
           "Trump wall funding", "Democrats Mueller", "Brexit vote", "health care bill", "immigration Dreamers",
           "Supreme Court nominee", "tax cuts"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(path: Path) -> None:
    from storylens.embed import get_default_embedder
    from storylens.store import open_store
    from storylens.stream import ingest_paths

    with open_store(path) as store:
        ingest_paths([str(SEEDS), str(DATA / "basil" / "articles.jsonl")], store, embedder=get_default_embedder())


def start_server(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "storylens.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    import httpx

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start in 120 s")


def run(base: str, clients: int, requests: int, max_seconds: float, make) -> dict:
    """``clients`` threads share ``requests`` requests (each from ``make(i)``), stopping at ``max_seconds``."""
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(requests))
    stop_at = time.monotonic() + max_seconds

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            while time.monotonic() < stop_at:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                method, url, body = make(i)
                t0 = time.perf_counter()
                try:
                    r = client.request(method, url, json=body)
                    ok = r.status_code == 200
                    why = f"{r.status_code} {url}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__} {url}"
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    if not ok:
                        errors.append(why)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat = sorted(latencies)
    pct = lambda q: lat[min(len(lat) - 1, round(q * (len(lat) - 1)))] * 1000 if lat else None
    return {"clients": clients, "requests": len(lat), "errors": len(errors), "error_samples": errors[:3],
            "p50_ms": pct(0.5), "p95_ms": pct(0.95), "mean_ms": statistics.fmean(lat) * 1000 if lat else None,
            "req_per_s": len(lat) / wall if wall else None, "seconds": wall}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="reuse this store (default: build seeds + BASIL in a temp dir)")
    ap.add_argument("--requests", type=int, default=60, help="requests per scenario and client count (compare: a fifth)")
    ap.add_argument("--max-seconds", type=float, default=20.0, help="time limit per scenario and client count")
    args = ap.parse_args()

    import httpx

    tmp = tempfile.TemporaryDirectory()
    db = args.db
    if db is None:
        db = Path(tmp.name) / "web.db"
        t0 = time.perf_counter()
        build_store(db)
        print(f"built store (seeds + BASIL) in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    server = start_server(db, port)
    startup = time.perf_counter() - t0
    try:
        kz = httpx.get(f"{base}/api/stories", params={"q": "Kazakhstan Tokayev"}).json()["stories"][0]["id"]
        seeds = {"documents": [{"text": CNN.read_text(encoding="utf-8"), "outlet": "CNN"},
                               {"text": FAZ.read_text(encoding="utf-8"), "outlet": "FAZ"}]}
        cold = {}
        for name, (method, url, body) in {"story page (ledger computed or read)": ("GET", f"/stories/{kz}", None),
                                          "first compare": ("POST", "/api/compare", seeds),
                                          "first search (query model load)": ("GET", "/api/search?q=Tokayev", None)}.items():
            t0 = time.perf_counter()
            r = httpx.request(method, base + url, json=body, timeout=300)
            cold[name] = {"ms": (time.perf_counter() - t0) * 1000, "status": r.status_code}
        scenarios = {
            "story list (API)": lambda i: ("GET", f"/api/stories?limit=25&offset={25 * (i % 4)}", None),
            "story list (page)": lambda i: ("GET", f"/?offset={25 * (i % 4)}", None),
            "story page (cached)": lambda i: ("GET", f"/stories/{kz}", None),
            "search": lambda i: ("GET", f"/api/search?q={QUERIES[i % len(QUERIES)]}", None),
            "compare (seeds)": lambda i: ("POST", "/api/compare", seeds),
        }
        results = []
        for name, make in scenarios.items():
            n = max(4, args.requests // 5) if name.startswith("compare") else args.requests
            for clients in (1, 8):
                row = {"scenario": name, **run(base, clients, n, args.max_seconds, make)}
                results.append(row)
                print(f"{name:22} {clients} clients: p50 {row['p50_ms']:8.1f} ms  p95 {row['p95_ms']:8.1f} ms  "
                      f"{row['req_per_s']:7.1f} req/s  {row['requests']} requests, {row['errors']} errors",
                      file=sys.stderr)
    finally:
        server.terminate()
        server.wait(timeout=30)
        tmp.cleanup()

    load = os.getloadavg()
    print(f"\nweb load on loopback (server start {startup:.1f} s; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f})")
    for name, c in cold.items():
        print(f"  cold: {name}: {c['ms']:.0f} ms (HTTP {c['status']})")
    print(f"{'scenario':24} {'clients':>7} {'p50 ms':>9} {'p95 ms':>9} {'req/s':>8} {'n':>5} {'errors':>6}")
    for r in results:
        print(f"{r['scenario']:24} {r['clients']:>7} {r['p50_ms']:9.1f} {r['p95_ms']:9.1f} {r['req_per_s']:8.1f} "
              f"{r['requests']:>5} {r['errors']:>6}")
    targets = {
        "story list p95 < 100 ms": all(r["p95_ms"] < 100 for r in results if r["scenario"] == "story list (API)"),
        "cached story page p95 < 300 ms": all(r["p95_ms"] < 300 for r in results if r["scenario"] == "story page (cached)"),
        "compare of the seeds < 1.5 s warm (p50, 1 client)": next(
            r["p50_ms"] < 1500 for r in results if r["scenario"] == "compare (seeds)" and r["clients"] == 1),
        "no error under 8 clients": all(r["errors"] == 0 for r in results),
    }
    for t, ok in targets.items():
        print(f"  {'MET ' if ok else 'MISSED'} {t}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"load_average": load, "server_start_s": startup, "cold": cold, "results": results,
                                   "targets": targets, "store": "given" if args.db else "seeds + BASIL (temp)"},
                                  indent=2), encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
