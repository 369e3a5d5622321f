"""A comparison's quote matching and e5 tokenising never import numpy.ma: numpy 2's ``np.unique`` imports it
on first use, ~36 CPU-ms of every fresh ``storylens compare`` (issue 16). Each in a fresh interpreter, as
numpy.ma stays imported once anything has."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")

CHILD = """
import marshal, sys
import numpy as np
from storylens.analysis.quotes._match import _mutual_best
from storylens.embed._e5engine import _BUCKETS, _Buckets

q = np.array([[0.0, 0.9, 0.2], [0.9, 0.0, 0.7], [0.2, 0.7, 0.0]])
cross = np.array([[False, True, True], [True, False, False], [True, False, False]])
best = _mutual_best(q, cross, np.array([0, 1, 1]))
assert best.tolist() == [[False, True, False], [True, False, False], [False, False, False]], best
empty = marshal.dumps({})
buckets = _Buckets(empty * _BUCKETS, [i * len(empty) for i in range(_BUCKETS + 1)])
pieces = {}
buckets.fill(pieces, "Flooding in Jakarta")
assert pieces == {} and buckets.loaded.any()
print("numpy.ma" in sys.modules)
"""


def test_quote_matching_and_e5_buckets_leave_numpy_ma_unimported():
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "False"
