"""Grid search of StoryClusterer parameters on a tuning set (B-cubed F1)."""

from __future__ import annotations

import itertools
from typing import Sequence

from storylens.cluster import ArticleFeatures, StoryClusterer

from .scoring import bcubed


def run(features: Sequence[ArticleFeatures], **params) -> list[str]:
    return StoryClusterer(**params).fit(features).labels_


def grid_search(groups: Sequence[tuple[Sequence[ArticleFeatures], Sequence]], grid: dict[str, list],
                fixed: dict | None = None) -> tuple[dict, float]:
    """groups: (stream, gold) pairs, each clustered separately; score = mean B-cubed F1 weighted by size."""
    fixed = dict(fixed or {})
    names = sorted(grid)
    best, best_f = None, -1.0
    for values in itertools.product(*(grid[n] for n in names)):
        params = {**fixed, **dict(zip(names, values))}
        total = sum(len(f) for f, _ in groups)
        f1 = sum(bcubed(run(f, **params), g)["f1"] * len(f) for f, g in groups) / total
        if f1 > best_f + 1e-9:
            best, best_f = params, f1
    return best, best_f
