"""How far from the same-story cut does the fast (USE-only) model's score have to be before the full
model (USE + e5 lead vectors) can no longer turn its verdict? Dev only (never heldout.csv).

    nice .venv/bin/python benchmarks/similarity_cascade.py [--cache PATH] [--agree 0.995]

Both shipped recipes are cross-validated on dev.csv as ``scripts/train_similarity.py`` does it
(5-fold GroupKFold over connected components of the pair graph, rare terms and the lead bank left
out by group), giving each row an out-of-fold Overall score of each model. A *screen* with band
[lo, hi) keeps the fast model's verdict (score >= its cut) outside the band and takes the full
model's inside it. For each band the table gives the share of rows whose screened verdict equals
the full model's, the share of rows inside the band (whose leads need e5), and the Pearson of the
screened scores (the fast score outside the band, the full one inside) beside full's and fast's.
The narrowest band (lo as high, hi as low as possible) reaching ``--agree`` is printed last.
Writes benchmarks/results/similarity_cascade.json.

Measured 2026-12-01 (issue 16, branch perf17; 1,283 dev rows, e5 leads from the shared cache):
cut full 0.539, fast 0.434; CV Pearson full 0.8283, fast 0.7953; the fast verdict is the full
one on 0.895 of rows. Bands (verdicts agree / rows inside / screened Pearson): [0.38, 0.48)
0.932 / 0.084 / 0.805; [0.28, 0.58) 0.975 / 0.239 / 0.812; [0.18, 0.68) 0.998 / 0.415 / 0.819;
[0.13, 0.73) 1.000 / 0.532 / 0.823; the narrowest at 99.5 %: [0.35, 0.68), 0.9953 / 0.268 /
0.8152. So a screen as the rule everywhere costs 0.005-0.013 of Pearson (the bar was 0.002), and
as a screen of `compare`'s story grouping it saves nothing on 80 BASIL articles: with the fast and
full scores of all 3,160 pairs (the full model disagrees with the fast verdict on 160, fast 0.34-0.69
against full 0.22-0.55: US politics of the same weeks), 78 of the 80 documents have a pair inside
[0.35, 0.68) and need their e5 lead anyway (3,003 pairs by the full model; [0.40, 0.65) still 72
documents). Not shipped.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import train_similarity as train

RESULTS = ROOT / "benchmarks" / "results"
SHARED_CACHE = Path(os.environ.get("STORYLENS_CACHE_DIR", Path.home() / ".cache" / "storylens")) / "embeddings.sqlite"


def oof_scores(cache: Path) -> tuple[dict[str, np.ndarray], np.ndarray, list[str]]:
    """({variant: out-of-fold Overall}, gold Overall in [0, 1], groups), features as training computes them."""
    from storylens.similarity import FeatureInputs, Gazetteer, SimilarityModel
    from storylens.similarity._banks import _LEAD_BANK

    path = RESULTS / "similarity_cascade_oof.npz"
    rows, _ = train.load_rows(train.DEFAULT_DEV)
    groups = train.pair_groups(rows)
    Y = train.targets(rows)
    if path.exists():
        saved = np.load(path)
        return {"full": saved["full"], "fast": saved["fast"]}, Y[:, 0], groups
    use, e5 = train.make_embedders(cache)
    inputs = FeatureInputs()
    terms = train.term_table(rows)
    bank, index = train.lead_bank(rows, e5, inputs)
    _LEAD_BANK[:] = [bank]
    X = train.features(rows, (use, e5), Gazetteer.load(), inputs=inputs, terms=terms,
                       progress=lambda d, n: print(f"\rfeatures {d}/{n}", end="", file=sys.stderr))
    X = train.leave_group_out_terms(rows, X, groups, terms)
    X = train.leave_group_out_bank(rows, X, groups, bank, index)
    out = {}
    for variant in ("full", "fast"):
        model = SimilarityModel(features=train.variant_features(variant), inputs=inputs)
        out[variant] = model.cross_val_predict(X, Y, groups)[:, 0]
    RESULTS.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **out)
    return out, Y[:, 0], groups


def screen(full: np.ndarray, fast: np.ndarray, cut_full: float, cut_fast: float, lo: float, hi: float) -> dict:
    inside = (fast >= lo) & (fast < hi)
    verdict = np.where(inside, full >= cut_full, fast >= cut_fast)
    scores = np.where(inside, full, fast)
    return {"lo": round(lo, 3), "hi": round(hi, 3), "agree": float(np.mean(verdict == (full >= cut_full))),
            "inside": float(np.mean(inside)), "scores": scores}


def main(argv: list[str] | None = None) -> int:
    from storylens.similarity import SimilarityModel

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=SHARED_CACHE)
    ap.add_argument("--agree", type=float, default=0.995)
    args = ap.parse_args(argv)
    oof, y, _ = oof_scores(args.cache)
    full, fast = oof["full"], oof["fast"]
    cut_full = SimilarityModel.load("full").threshold_
    cut_fast = SimilarityModel.load("fast").threshold_
    pearson = {v: float(np.corrcoef(s, y)[0, 1]) for v, s in oof.items()}
    base = float(np.mean((fast >= cut_fast) == (full >= cut_full)))
    print(f"dev rows {len(y)}; cut full {cut_full:.3f}, fast {cut_fast:.3f}; CV Pearson full {pearson['full']:.4f}, "
          f"fast {pearson['fast']:.4f}; fast verdict = full verdict on {base:.4f} of rows")
    grid = np.round(np.arange(0.0, 1.0001, 0.01), 2)
    found = []
    for lo in grid[grid <= cut_fast]:
        for hi in grid[grid > cut_fast]:
            s = screen(full, fast, cut_full, cut_fast, float(lo), float(hi))
            if s["agree"] >= args.agree:
                found.append(s)
                break
    best = min(found, key=lambda s: (s["inside"], s["hi"] - s["lo"])) if found else None
    table = []
    for lo, hi in [(cut_fast - w, cut_fast + w) for w in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3)] + (
            [(best["lo"], best["hi"])] if best else []):
        s = screen(full, fast, cut_full, cut_fast, lo, hi)
        s["pearson"] = float(np.corrcoef(s.pop("scores"), y)[0, 1])
        table.append(s)
        print(f"band [{s['lo']:.2f}, {s['hi']:.2f}): verdicts agree {s['agree']:.4f}, rows inside {s['inside']:.3f}, "
              f"screened Pearson {s['pearson']:.4f}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "similarity_cascade.json").write_text(json.dumps(
        {"rows": len(y), "cut_full": cut_full, "cut_fast": cut_fast, "cv_pearson": pearson, "fast_agrees": base,
         "agree_target": args.agree, "narrowest": table[-1] if best else None, "bands": table}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
