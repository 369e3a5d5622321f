"""Record the pair scores of 20 dev pairs as ``score_pairs`` gives them now, for ``tests/similarity/test_pair_scores_recorded.py``.

The pairs: the last dev pair (both texts over 20 characters) of each language combination, then the last others
up to 20, in dev order. Scored with the default model and encoders (USE and e5, nothing cached), as one call of
:func:`storylens.similarity.score_pairs` (the ``similarity --pairs`` path). Written with the machine it was made on
(NumKong's SIMD capabilities, numpy's version): the e5 engine's kernels differ by CPU, so the test compares exactly
only where those match. Run it only to record a deliberate change of the scores, and say so in the commit.

    PYTHONPATH=src python benchmarks/record_pair_scores.py [--commit SHA]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("STORYLENS_SHARED_DATA", "/work/shared/data"))
OUT = ROOT / "tests" / "data" / "pair_scores" / "dev20.json"


def chosen_rows(rows: list[dict], n: int = 20) -> list[dict]:
    """The last row of each language combination, then the last others, up to ``n``, in dev order."""
    rows = [r for r in rows if len(r["text1"]) > 20 and len(r["text2"]) > 20]
    last: dict[tuple[str, str], int] = {}
    for k, r in enumerate(rows):
        last[(r["lang1"], r["lang2"])] = k
    picked = set(list(last.values())[:n])
    for k in range(len(rows) - 1, -1, -1):
        if len(picked) >= n:
            break
        picked.add(k)
    return [rows[k] for k in sorted(picked)]


def score_and_trace(sim, pairs: list, embedder, doc_embedder) -> tuple[list, list[list[float]], list[list[float]]]:
    """``score_pairs(pairs)`` with the default model, and the feature rows and raw model output it computed
    on the way (its own :func:`pair_features` and ``predict`` calls, watched, not repeated)."""
    model = sim.SimilarityModel.load()
    seen: dict[str, list] = {"features": [], "predictions": []}
    pair_features, predict = sim.pair_features, model.predict

    def traced_features(*args, **kwargs):
        out = pair_features(*args, **kwargs)
        seen["features"] += [[float(v) for v in f.values] for f in out]
        return out

    def traced_predict(X):
        out = predict(X)
        seen["predictions"] += [[float(v) for v in row] for row in out]
        return out

    sim._scoring.pair_features, model.predict = traced_features, traced_predict
    try:
        scores = sim.score_pairs(pairs, embedder=embedder, doc_embedder=doc_embedder, model=model)
    finally:
        sim._scoring.pair_features = pair_features
        del model.predict
    return scores, seen["features"], seen["predictions"]


def machine() -> dict:
    import numkong
    import numpy as np

    caps = numkong.get_capabilities()
    return {"numkong": getattr(numkong, "__version__", "?"), "numpy": np.__version__,
            "numkong_capabilities": sorted(name for name, on in caps.items() if on)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--commit", default="", help="the commit whose code made the scores (recorded as given)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from storylens import similarity as sim
    from storylens.embed import CachedEmbedder, E5Embedder, UseEmbedder

    csv.field_size_limit(10**8)
    with open(DATA / "semeval2022t8" / "dev.csv", encoding="utf-8", newline="") as fh:
        rows = chosen_rows(list(csv.DictReader(fh)))
    scores, features, predictions = score_and_trace(sim, [(r["text1"], r["text2"], r["lang1"], r["lang2"]) for r in rows],
                                                    CachedEmbedder(UseEmbedder(), None),
                                                    CachedEmbedder(E5Embedder(), None))
    record = {
        "how": "benchmarks/record_pair_scores.py: score_pairs on these dev rows (src_row) with the default model "
               "and encoders, nothing cached, in one call",
        "commit": args.commit, "model": scores[0].model if scores else "", "machine": machine(),
        "feature_names": list(sim.FEATURE_NAMES),
        "pairs": [{"src_row": r["src_row"], "langs": [r["lang1"], r["lang2"]],
                   "scores": {d: getattr(s, d) for d in sim.DIMENSIONS}, "same_story": s.same_story,
                   "reasons": list(s.reasons), "undecided": s.undecided} for r, s in zip(rows, scores, strict=True)],
        # every row score_pairs gave the model (the pairs, then any side read whole: PreparedText.whole), as
        # floats JSON keeps exactly (NaN as null), and the model's raw output for each (before rounding)
        "features": [[None if math.isnan(v) else v for v in row] for row in features],
        "predictions": predictions,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(rows)} pairs -> {args.out}")


if __name__ == "__main__":
    main()
