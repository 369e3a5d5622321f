"""benchmarks/perf.py's per-pair rows: where a pair's CPU goes (e5, USE, the analysis), as the child reports it."""

from __future__ import annotations

import json
import subprocess
from types import SimpleNamespace

from tests._bench import load_benchmark

perf = load_benchmark("perf.py")


def test_pair_child_is_python_with_the_encoder_timer():
    code = perf._pair_child("full", "/nowhere/src", None)
    compile(code, "pair child", "exec")  # a SyntaxError fails here, not in a benchmark run minutes later
    assert "class Timed" in code and "thread_time" in code


def test_pair_rows_keep_the_median_of_each_part(monkeypatch):
    rows = [{"text1": "a" * 30, "text2": "b" * 30, "lang1": "en", "lang2": "en"}] * 2
    monkeypatch.setattr(perf, "dev_rows", lambda: rows)
    # (CPU s, wall s, e5 s, USE s, analysis s) of each pass, three children
    passes = iter([(0.36, 1.0, 0.24, 0.08, 0.04), (0.40, 1.2, 0.26, 0.08, 0.06), (0.30, 0.9, 0.20, 0.06, 0.04)])

    def child(*args, **kwargs):
        one = next(passes)
        return SimpleNamespace(returncode=0, stdout=json.dumps({"empty cache": one, "lexicons loaded": one}), stderr="")

    monkeypatch.setattr(subprocess, "run", child)
    out = perf.pair_rows(2, ["full"], rounds=3)
    row = out["similarity per pair, uncached, full model, lexicons loaded"]
    # medians over the three children, per pair (two pairs)
    assert row["cpu_ms"] == 180.0 and row["e5_cpu_ms"] == 120.0 and row["use_cpu_ms"] == 40.0
    assert row["analysis_cpu_ms"] == 20.0 and row["runs"] == 3
    assert "e5 120.0 + USE 40.0 + analysis 20.0 ms" in perf.table(out, {})
