"""Lead sentences for the stream's article vector: pysbd against storylens.prepare._lead.quick_lead_spans.

The article vector is the mean USE vector of the title and the first three
sentences. This script builds BASIL's features with each splitter (the same
features as benchmarks/cluster_basil.py) and scores the StoryClusterer with its
default parameters (no tuning, so no split is favoured), with and without
dates, on split=eval and on all 300 articles; mean B3 F1 over 5 stream orders.
Writes benchmarks/results/lead_splitters.json.

    python benchmarks/lead_splitters.py
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib.features import RESULTS, build_features, cached_embedder
from _lib.tune import order_spread
from cluster_basil import load, stream


def main() -> None:
    items = load()
    rows = []
    for splitter in ("pysbd", "quick"):
        os.environ["STORYLENS_BENCH_LEAD"] = splitter
        t = time.process_time()
        feats = dict(zip([it["id"] for it in items], build_features(items, cached_embedder())))
        seconds = time.process_time() - t
        for dated in (False, True):
            for name in ("eval", "all"):
                subset = [it for it in items if name == "all" or it["split"] == name]
                order, fs = stream(subset, feats, dated)
                r = order_spread(fs, [it["gold"] for it in order], {"use_dates": dated}, dated=dated)
                rows.append({"splitter": splitter, "dates": dated, "set": name, "b3_f1": round(r["b3_f1"], 3),
                             "b3_f1_mean_orders": round(r["b3_f1_mean_orders"], 3), "features_cpu_s": round(seconds, 1)})
    print(f"{'splitter':8} {'dates':6} {'set':5} {'B3 F1':>6} {'mean of 5 orders':>17}")
    for r in rows:
        print(f"{r['splitter']:8} {r['dates']!s:6} {r['set']:5} {r['b3_f1']:>6.3f} {r['b3_f1_mean_orders']:>17.3f}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "lead_splitters.json").write_text(json.dumps({"rows": rows, "load_average": os.getloadavg()}, indent=2))


if __name__ == "__main__":
    main()
