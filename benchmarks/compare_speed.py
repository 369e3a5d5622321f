"""Speed and memory of `storylens compare` on the seed articles.

Measures, on this machine:
- model load time (USE v3) on its own;
- the library call compare() with the model loaded (cold embedding cache and warm);
- `storylens compare seedA seedB` as a fresh process, wall time and peak RSS,
  with an empty cache directory (model load included).
Baseline in the same run: a fresh `python -c "import storylens"` process, so the
ratio shows what the comparison adds over interpreter + import start-up.
Writes benchmarks/results/compare_speed.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "shared" / "data" / "seeds"
SEED_FILES = [str(SEEDS / "000_f41a21d6102af561.txt"), str(SEEDS / "001_b69586f12682ff66.txt")]


# A fresh wrapper process runs the command as its only child, so its
# RUSAGE_CHILDREN peak is the command's own peak RSS.
_WRAPPER = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _time_process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *args], capture_output=True, text=True, env=env, check=True)
    elapsed = time.perf_counter() - start
    return elapsed, int(out.stdout.strip().splitlines()[-1]) / 1024  # MB


def main() -> dict:
    import storylens
    from storylens.embed import CachedEmbedder, UseEmbedder

    t0 = time.perf_counter()
    model = UseEmbedder()
    model.embed(["warm up"])
    load_s = time.perf_counter() - t0

    comparer = storylens.Comparer(embedder=CachedEmbedder(model, None))
    t0 = time.perf_counter()
    comparer.compare(SEED_FILES)
    cold_s = time.perf_counter() - t0
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        comparer.compare(SEED_FILES)
        runs.append(time.perf_counter() - t0)
    warm_s = sorted(runs)[len(runs) // 2]

    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, STORYLENS_CACHE_DIR=cache)
        exe = [sys.executable, "-m", "storylens.cli"]
        base_s, base_rss = _time_process([sys.executable, "-c", "import storylens"], env)
        cli_s, cli_rss = _time_process(exe + ["compare", *SEED_FILES], env)
        cli_cached_s, _ = _time_process(exe + ["compare", *SEED_FILES], env)

    result = {
        "model_load_s": round(load_s, 3),
        "library_compare_cold_cache_s": round(cold_s, 3),
        "library_compare_warm_s": round(warm_s, 3),
        "cli_fresh_process_s": round(cli_s, 3),
        "cli_fresh_process_cached_embeddings_s": round(cli_cached_s, 3),
        "cli_peak_rss_mb": round(cli_rss, 1),
        "baseline_import_process_s": round(base_s, 3),
        "baseline_import_peak_rss_mb": round(base_rss, 1),
        "cli_over_import_ratio": round(cli_s / base_s, 2),
        "targets": {"library_compare_warm_s": "< 1", "cli_fresh_process_s": "< 5", "cli_peak_rss_mb": "< 1024"},
        "cpus": os.cpu_count(),
    }
    print("compare speed (seed pair)")
    for key, value in result.items():
        if key != "targets":
            print(f"  {key:42s} {value}")
    out = HERE / "results" / "compare_speed.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
