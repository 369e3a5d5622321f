"""storylens._threads' counted BLAS limit reaches a BLAS library loaded after its first use (review40): its
controller was made once, so scipy's own OpenBLAS, loaded when scipy or scikit-learn is imported after the first
comparison, kept two threads inside the limit. Run in a fresh process, where the order of the loads is known."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
import numpy  # numpy's BLAS, loaded before the limit's first use
from threadpoolctl import threadpool_info
from storylens._threads import one_blas_thread

def blas():
    return {i["filepath"]: i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}

with one_blas_thread():
    pass  # the first use
import scipy.linalg  # scipy's own OpenBLAS, loaded now
before = blas()
if len(before) < 2 or max(before.values()) < 2:
    print("skip", before)
    raise SystemExit(0)
with one_blas_thread():
    inside = blas()
print("inside", sorted(inside.values()), "after", blas() == before)
"""


@pytest.mark.slow
def test_a_blas_library_loaded_after_the_first_use_is_limited_too():
    pytest.importorskip("scipy")
    out = subprocess.run([sys.executable, "-c", SCRIPT], check=False, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    last = out.stdout.split("\n")[-2]
    if last.startswith("skip"):
        pytest.skip(f"no second BLAS library with two threads here: {last}")
    assert last.startswith("inside [1, 1") and last.endswith("after True"), last
