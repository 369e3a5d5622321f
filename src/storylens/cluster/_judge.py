"""The trained similarity model as the offline refine pass's judge of candidate pairs.

The refine pass (:meth:`storylens.cluster.StoryClusterer.refine`) judged
cross-lingual candidate pairs with a small logistic link model
(:mod:`storylens.cluster._links`). The similarity model
(:mod:`storylens.similarity`, trained on the SemEval dev pairs with every pair
feature and the e5 lead vectors) separates same-story from unrelated dev pairs
far better: 5 grouped folds, out of fold, AUC 0.976 against 0.930, and 85.8 %
against 67.8 % of same-story pairs above the cut that links 3 % of unrelated
pairs (``benchmarks/links_vs_similarity.py``). Scoring a pair from scratch costs
about a CPU-second (the e5 lead), so the judge computes each article's half of
the features once (:class:`storylens.similarity.ArticleSides`, vectors kept in
the on-disk embedding cache) and a candidate pair costs ~1.6 CPU-ms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

__all__ = ["SimilarityJudge"]


class SimilarityJudge:
    """Judge candidate pairs by the similarity model's predicted overall similarity.

    ``cut``: pairs scoring at least this join (and an average of links sits at the
    refine cut when its pairs score ``cut`` on average); None reads
    ``settings.refine_similarity_cut`` (chosen by grouped folds of dev.csv,
    ``benchmarks/refine_similarity.py``). ``variant`` / ``model`` / ``embedder`` /
    ``doc_embedder``: as :func:`storylens.similarity.score_pairs` (default the
    shipped ``full`` model with the cached USE and e5 encoders). ``k``: candidates
    per article, its ``k`` nearest by the USE lead vector and by the e5 lead vector.
    ``progress(done, total)`` is called while articles are analysed. ``scope``:
    ``crosslingual`` judges only pairs of two languages (same-language pairs keep
    the cosine + entity link tuned on BASIL and ECB+), ``all`` every candidate pair.
    """

    def __init__(self, cut: float | None = None, *, k: int | None = None, variant: str | None = None,
                 model: Any = None, embedder: Any = None, doc_embedder: Any = None,
                 progress: Callable[[int, int], None] | None = None, scope: str | None = None):
        from ..errors import ConfigError
        from ..settings import DEFAULT

        self.scope = DEFAULT.refine_similarity_scope if scope is None else scope
        if self.scope not in ("all", "crosslingual"):
            raise ConfigError(f"unknown judge scope {self.scope!r}: choose all or crosslingual")
        self.cut = float(DEFAULT.refine_similarity_cut if cut is None else cut)
        self.k = int(DEFAULT.refine_similarity_neighbours if k is None else k)
        self.variant = variant
        self.model = model
        self.embedder = embedder
        self.doc_embedder = doc_embedder
        self.progress = progress
        self.sides_: Any = None

    def bind(self, texts: Sequence[str], languages: Sequence[str | None]) -> SimilarityJudge:
        """Read the stream's articles (texts and languages in stream order); nothing is computed yet,
        and what an earlier ``bind`` computed for the same text and language is kept."""
        from ..similarity import ArticleSides

        self.sides_ = ArticleSides(texts, languages, model=self.model, variant=self.variant, embedder=self.embedder,
                                   doc_embedder=self.doc_embedder, progress=self.progress, known=self.sides_)
        return self

    def lead_vectors(self) -> np.ndarray | None:
        """The e5 lead vectors of every bound article (unit rows), or None (a model without them)."""
        return self.sides_.lead_vectors()

    def scores(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Predicted overall similarity of the pairs (i[k], j[k]) in [0, 1]; NaN where there is no verdict."""
        return self.sides_.overall(np.asarray(i).tolist(), np.asarray(j).tolist())
