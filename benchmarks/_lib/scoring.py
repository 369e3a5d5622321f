"""Clustering scores shared by the story-clustering benchmarks: B-cubed and pairwise P/R/F1."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def bcubed(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, float]:
    """B-cubed precision/recall/F1 averaged over items."""
    assert len(pred) == len(gold)
    n = len(pred)
    joint = Counter(zip(pred, gold))
    psize, gsize = Counter(pred), Counter(gold)
    p = sum(joint[(pr, go)] / psize[pr] for pr, go in zip(pred, gold)) / n
    r = sum(joint[(pr, go)] / gsize[go] for pr, go in zip(pred, gold)) / n
    return {"p": p, "r": r, "f1": _f1(p, r)}


def pairwise(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, float]:
    """Pairwise precision/recall/F1 over unordered item pairs (no predicted pairs: P = 1)."""
    def pairs(c: Counter) -> int:
        return sum(k * (k - 1) // 2 for k in c.values())

    tp = pairs(Counter(zip(pred, gold)))
    pp, gp = pairs(Counter(pred)), pairs(Counter(gold))
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    return {"p": p, "r": r, "f1": _f1(p, r)}


def score_all(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, float]:
    b, pw = bcubed(pred, gold), pairwise(pred, gold)
    return {"b3_p": b["p"], "b3_r": b["r"], "b3_f1": b["f1"], "pair_p": pw["p"], "pair_r": pw["r"],
            "pair_f1": pw["f1"], "clusters": len(set(pred)), "gold_clusters": len(set(gold)), "n": len(pred)}


def table(rows: list[dict], cols: Sequence[str]) -> str:
    """Plain-text table of result rows (floats to 3 decimals)."""
    def fmt(v):
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    cells = [[fmt(r.get(c, "")) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(lines)


# SemEval Overall (1 = same story .. 4 = unrelated): the dev-stream pair classes.
SAME_MAX, APART_MIN = 1.5, 3.5


def pair_rates(rows: Sequence[dict], label: dict) -> dict[str, float]:
    """Share of dev pairs the stream put together (same story: Overall <= 1.5, and its
    cross-lingual part) and apart (unrelated: Overall >= 3.5); ``label``: text id -> story."""

    def rate(keep, together: bool) -> float:
        sel = [r for r in rows if keep(r)]
        return sum((label[r["id1"]] == label[r["id2"]]) == together for r in sel) / max(len(sel), 1)

    return {
        "same_together": rate(lambda r: float(r["Overall"]) <= SAME_MAX, True),
        "crosslingual_together": rate(lambda r: float(r["Overall"]) <= SAME_MAX and r["lang1"] != r["lang2"], True),
        "unrelated_apart": rate(lambda r: float(r["Overall"]) >= APART_MIN, False),
    }
