"""The alternations built from sets of data words are the same string in every process (warm72): their ties were
in the set's order, which Python's string hashing changes per process, so ~13 patterns of a `compare` of the seeds
were never found in setup's table of compiled patterns (storylens._patterns) and were compiled again (~40 ms).
Any one order was already what some process used: longest first, ties in alphabetical order, matches the same."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_CHILD = """
from storylens.prepare import _notices
from storylens.text import segment
from storylens.analysis.quantities import _scan, _dates
from storylens.analysis.quotes import _scripts, _vocab, _phrases
from storylens.analysis import conflicts
out = [_notices._quoted().pattern, segment._CJK_SAY.pattern, _scan._PARTICLE_END.pattern,
       _scripts._CJK_CLAUSE_VERB.pattern, _scripts._CJK_NAME_END.pattern, _vocab._NAME_RUN.pattern,
       *(p.pattern for p in _dates._night_patterns()), *(p.pattern for p in _dates._date_name_patterns()),
       _phrases._interview_re().pattern, _phrases._opinion_re().pattern,
       *(p.pattern for lang in ("en", "de", "ar", "tr") if (p := conflicts._not_negation(lang)) is not None)]
print(repr(out))
"""


def _patterns(seed: str) -> str:
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": src}
    done = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, check=True)
    return done.stdout


def test_same_patterns_under_other_hash_seeds() -> None:
    first = _patterns("1")
    assert len(first) > 10_000  # the patterns were read
    assert _patterns("2") == first
