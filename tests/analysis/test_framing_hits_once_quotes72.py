"""The framing terms a sentence keeps are chosen by the tokens the kept ones cover (quotes72: each hit was tested
against every kept one, quadratic in a paragraph of one sentence naming a term 1,300 times). The choice is the old
pairwise test's, kept below as the reference, on generated hits (overlapping, nested, touching, empty). Inputs
written for these tests."""

from __future__ import annotations

import random

import pytest

from storylens.analysis.framing import _non_overlapping


def _old(hits):
    chosen = []
    for h in hits:
        if not any(h[3] < c[4] and c[3] < h[4] for c in chosen):
            chosen.append(h)
    return chosen


@pytest.mark.parametrize("seed", range(3))
def test_the_choice_is_the_pairwise_tests(seed):
    rng = random.Random(seed)
    for _ in range(300):
        n = rng.randint(1, 30)
        hits = []
        for k in range(rng.randint(0, 25)):
            i = rng.randint(0, n)
            j = min(n, i + rng.choice([0, 1, 1, 2, 3, 5]))
            hits.append((k, f"t{k}", "s", i, j))
        hits.sort(key=lambda h: (-(h[4] - h[3]), h[3]))
        assert _non_overlapping(hits, n) == _old(hits), hits


def test_longest_first_wins():
    hits = [(0, "a b", "a b", 2, 4), (1, "b", "b", 3, 4), (2, "c", "c", 4, 5)]
    assert _non_overlapping(hits, 6) == [hits[0], hits[2]]
