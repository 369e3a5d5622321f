"""The TF-IDF + average-linkage agglomerative baseline of the shared data READMEs, recomputed in each run."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .scoring import bcubed


def tfidf_agglo(texts: Sequence[str], threshold: float) -> list[int]:
    """Cluster texts: TF-IDF fitted on them, 1-cosine distance, average linkage cut at ``threshold``."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(texts) < 2:
        return [0] * len(texts)
    x = TfidfVectorizer(analyzer="word", sublinear_tf=True, stop_words="english").fit_transform(texts)
    dist = np.clip(1.0 - (x @ x.T).toarray(), 0.0, None)
    model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                    distance_threshold=threshold)
    return [int(v) for v in model.fit_predict(dist)]


def tune_tfidf_agglo(texts: Sequence[str], gold: Sequence, grid=None) -> float:
    """Best threshold by B-cubed F1 on a tuning set (sweep 0.05..1.00, as in the READMEs)."""
    grid = grid if grid is not None else [round(t, 2) for t in np.arange(0.05, 1.001, 0.01)]
    best_t, best_f = grid[0], -1.0
    for t in grid:
        f = bcubed(tfidf_agglo(texts, t), gold)["f1"]
        if f > best_f + 1e-12:
            best_t, best_f = t, f
    return best_t
