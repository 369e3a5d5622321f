"""The clusterer's entity cosine is the same float in every process (issue 16): an article's keys and a
story's key counts come from frozensets, whose order follows the process's string hashes
(PYTHONHASHSEED), so the norms summed in that order differed in the last bit between processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_PROBE = r"""
import json, math, sys
from collections import Counter
from types import SimpleNamespace
from storylens.cluster import StoryClusterer, StoryState
import numpy as np

members = json.loads(sys.stdin.read())
article = frozenset(members[0])
story = StoryState(id="S", members=["a", "b", "c"], vector_sum=np.zeros(2), first_date=None, last_date=None)
for keys in members[1:]:
    story.entity_counts.update(frozenset(keys))
weights = {k: 1.0 + (sum(map(ord, k)) % 97) / 7.0 for keys in members for k in keys}
idf = {e: weights[e] for e in article}
shared = sorted((e for e in article if e in story.entity_counts), key=lambda e: (-idf[e], e))
clusterer = SimpleNamespace(_idf=weights.__getitem__, _idf_now=lambda: weights.__getitem__, _ids=list(range(50)))
out = []
for plain in (1.0, 0.5):
    story.norm_cache = None
    out.append(StoryClusterer._entity_cosine(clusterer, idf, shared, story, plain).hex())
print(json.dumps(out))
"""

# Entity keys as the clusterer makes them (names, places, numbers '#', aliases '='), in several
# languages' spellings; many of them, so that a sum's order shows in its last bit.
_KEYS = ("warren sanders klobuchar newsom sacramento kalifornien californie калифорния 加利福尼亚 "
         "#12 #2020 =usa =ca senate senat сенат 参议院 biden байден 拜登 trump трамп 特朗普 "
         "pelosi пелоси schumer mcconnell iowa ohio texas техас floride florida georgia грузия").split()
MEMBERS = [_KEYS[:30], _KEYS[::2], _KEYS[1::3], _KEYS[5:], _KEYS[:20]]


def _cosines(seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _PROBE], input=json.dumps(MEMBERS), capture_output=True,
                          text=True, env=env, check=True)
    return json.loads(done.stdout)


def test_entity_cosine_is_bit_identical_across_hash_seeds():
    first = _cosines("1")
    assert 0.1 < float.fromhex(first[0]) < 1.0
    for seed in ("2", "3"):
        assert _cosines(seed) == first, f"PYTHONHASHSEED={seed} gave another cosine than PYTHONHASHSEED=1"
