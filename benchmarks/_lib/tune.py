"""Grid search of StoryClusterer parameters on a tuning set (B-cubed F1), robust to stream order.

An online clusterer depends on the order articles arrive in, so every
setting is scored on several deterministic orders of the same stream (content
hash with a salt; within a day when the stream is dated) and the mean is used.
"""

from __future__ import annotations

import hashlib
import itertools
import statistics
from collections.abc import Callable, Sequence

from storylens.cluster import ArticleFeatures, StoryClusterer

from .scoring import bcubed, score_all


def run(features: Sequence[ArticleFeatures], **params) -> list[str]:
    return StoryClusterer(**params).fit(features).labels_


def reorder(features: Sequence[ArticleFeatures], gold: Sequence, salt: int, dated: bool) -> tuple[list, list]:
    """Order 0 keeps the given order; others sort by a salted hash (within the day when dated)."""
    if salt == 0:
        return list(features), list(gold)
    def key(pair):
        h = hashlib.sha1(f"{salt}:{pair[0].id}".encode()).hexdigest()
        day = pair[0].published.toordinal() if dated and pair[0].published else 0
        return (day, h)
    pairs = sorted(zip(features, gold), key=key)
    return [p[0] for p in pairs], [p[1] for p in pairs]


def mean_score(features, gold, params: dict, orders: int, dated: bool,
               metric: Callable = lambda p, g: bcubed(p, g)["f1"]) -> float:
    vals = []
    for salt in range(orders):
        f, g = reorder(features, gold, salt, dated)
        vals.append(metric(run(f, **params), g))
    return statistics.mean(vals)


def grid_search(groups: Sequence[tuple[Sequence[ArticleFeatures], Sequence]], grid: dict[str, list],
                fixed: dict | None = None, orders: int = 3, dated: bool = False) -> tuple[dict, float]:
    """groups: (stream, gold) pairs, each clustered separately; score = mean B-cubed F1 over orders, size-weighted."""
    fixed = dict(fixed or {})
    names = sorted(grid)
    best, best_f = None, -1.0
    total = sum(len(f) for f, _ in groups)
    for values in itertools.product(*(grid[n] for n in names)):
        params = {**fixed, **dict(zip(names, values))}
        f1 = sum(mean_score(f, g, params, orders, dated) * len(f) for f, g in groups) / total
        if f1 > best_f + 1e-9:
            best, best_f = params, f1
    return best, best_f


def order_spread(features, gold, params: dict, orders: int = 5, dated: bool = False) -> dict:
    """Scores of one setting over several stream orders: order 0 in full, plus mean/min/max of B3 F1."""
    runs = []
    for salt in range(orders):
        f, g = reorder(features, gold, salt, dated)
        runs.append(score_all(run(f, **params), g))
    f1s = [r["b3_f1"] for r in runs]
    return {**runs[0], "b3_f1_mean_orders": statistics.mean(f1s), "b3_f1_min_orders": min(f1s),
            "b3_f1_max_orders": max(f1s), "orders": orders}
