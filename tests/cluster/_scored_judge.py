"""A similarity judge whose model scores are given by a table (what the full model said for a trial's
pair), so a test exercises the real cluster rules (places, cuts, join slack) without loading a model."""

from __future__ import annotations

import numpy as np

from storylens.cluster import ArticleFeatures, StoryClusterer
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


def refine_scored(texts: dict[str, tuple[str, str]], table: dict[frozenset, float], embedder, **params) -> dict[str, str]:
    """One article per text (id -> (language, text)), each its own story online (unrelated vectors and
    keys: only the judge joins two of them), refined with the scores of ``table`` ({ids: score})."""
    rng = np.random.default_rng(7)
    feats = []
    for k, (aid, (lang, _)) in enumerate(texts.items()):
        v = rng.normal(size=64)
        feats.append(ArticleFeatures(aid, (v / np.linalg.norm(v)).astype(np.float32), frozenset({f"#{k}"}), None, lang))
    c = StoryClusterer(threshold=0.9, use_dates=False).fit(feats)
    by_id = {aid: text for aid, (_, text) in texts.items()}
    scores = {frozenset(by_id[a] for a in pair): s for pair, s in table.items()}
    c.refine(texts=by_id, pair_judge=ScoredJudge(scores, embedder, same_language_cut=0.75, **params))
    return c.article_story_
