"""A similarity judge whose model scores are given by a table (what the full model said for a trial's
pair), so a test exercises the real cluster rules (places, cuts, join slack) without loading a model."""

from __future__ import annotations

import numpy as np

from storylens.cluster._judge import SimilarityJudge


class ScoredJudge(SimilarityJudge):
    """:class:`SimilarityJudge` with ``scores`` read from ``table`` ({frozenset of two texts: score};
    0.1 for a pair it lacks); every other parameter as the judge's own."""

    def __init__(self, table: dict[frozenset, float], embedder, **params) -> None:
        super().__init__(variant="fast", embedder=embedder, **{"cut": 0.475, **params})
        self.table = table

    def bind(self, texts, languages, published=None):
        self.bound = list(texts)
        return super().bind(texts, languages)

    def lead_vectors(self):
        return None

    def scores(self, i, j):
        return np.array([self.table.get(frozenset((self.bound[a], self.bound[b])), 0.1) for a, b in zip(i, j)])
