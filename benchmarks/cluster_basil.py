"""BASIL story clustering (300 articles, 100 events) with the online StoryClusterer.

Reads only title, text, outlet and (in the "with dates" rows) the publication
date; never event_id, main_event or article_id. Parameters are tuned on
split=tune and reported on eval and on all 300 (the latter includes the tuning
half). Two settings:

* with dates: stream in publication-date order, date penalty on;
* without dates: ``use_dates=False`` and the stream in content-hash order, so
  neither the features nor the order carry the calendar.

The TF-IDF + average-linkage baseline (threshold tuned on split=tune) is
recomputed in the same run. Writes benchmarks/results/cluster_basil.json.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib.baseline import tfidf_agglo, tune_tfidf_agglo
from _lib.corpora import jsonl_rows
from _lib.features import DATA, RESULTS, build_features, cached_embedder, parse_date
from _lib.scoring import score_all, table
from _lib.tune import grid_search, order_spread

GRID = {
    "threshold": [0.6, 0.7, 0.8, 0.9, 1.0, 1.2],
    "entity_weight": [0.3, 0.6, 1.0, 1.5],
    "centroid_weight": [0.0, 0.5],
}
# With dates the grid is multiplied by DATE_GRID, so centroid_weight is fixed at
# 0 there (it never won on the tune half) to keep the run to a few minutes.
DATE_GRID = {"date_weight": [0.2, 0.4, 0.8], "time_decay_days": [3.0, 7.0], "centroid_weight": [0.0]}


def load() -> list[dict]:
    rows = jsonl_rows(DATA / "basil" / "articles.jsonl")
    return [{"id": r["id"], "title": r["title"], "text": r["text"], "published": parse_date(r["date"]),
             "language": "en", "outlet": r["source_name"], "gold": r["event_id"], "split": r["split"]} for r in rows]


def stream(items: list[dict], feats: dict, dated: bool) -> list:
    order = sorted(items, key=(lambda it: (it["published"], it["id"])) if dated else (lambda it: it["id"]))
    return order, [feats[it["id"]] for it in order]


def evaluate(items, feats, dated: bool):
    tune = [it for it in items if it["split"] == "tune"]
    t_order, t_feats = stream(tune, feats, dated)
    grid = {**GRID, **(DATE_GRID if dated else {})}
    params, tune_f1 = grid_search([(t_feats, [it["gold"] for it in t_order])], grid, fixed={"use_dates": dated},
                                  dated=dated)
    rows = []
    for name in ("tune", "eval", "all"):
        subset = [it for it in items if name == "all" or it["split"] == name]
        order, fs = stream(subset, feats, dated)
        label = "StoryClusterer tuned " + ("with dates" if dated else "without dates")
        rows.append({"method": label, "set": name, **order_spread(fs, [it["gold"] for it in order], params, dated=dated)})
    for name in ("eval", "all"):
        subset = [it for it in items if name == "all" or it["split"] == name]
        order, fs = stream(subset, feats, dated)
        label = "StoryClusterer defaults " + ("with dates" if dated else "without dates")
        rows.append({"method": label, "set": name,
                     **order_spread(fs, [it["gold"] for it in order], {"use_dates": dated}, dated=dated)})
    if not dated:
        for name in ("tune", "eval", "all"):
            subset = [it for it in items if name == "all" or it["split"] == name]
            order, fs = stream(subset, feats, dated)
            gold = [it["gold"] for it in order]
            rows.append({"method": "StoryClusterer defaults + refine (no dates)", "set": name,
                         **refined_spread(fs, gold)})
            rows.append({"method": "all in one story", "set": name, **score_all([0] * len(gold), gold)})
            rows.append({"method": "every article alone", "set": name, **score_all(list(range(len(gold))), gold)})
    return params, tune_f1, rows


def refined_spread(features, gold, orders: int = 5) -> dict:
    """Defaults (no dates) then the offline refine pass, over several stream orders (as order_spread)."""
    import statistics

    from _lib.tune import reorder

    from storylens.cluster import StoryClusterer

    runs = []
    for salt in range(orders):
        f, g = reorder(features, gold, salt, False)
        c = StoryClusterer(use_dates=False).fit(f)
        c.refine()
        runs.append(score_all(c.labels_, g))
    f1s = [r["b3_f1"] for r in runs]
    return {**runs[0], "b3_f1_mean_orders": statistics.mean(f1s), "b3_f1_min_orders": min(f1s),
            "b3_f1_max_orders": max(f1s), "orders": orders}


def main() -> None:
    t0 = time.time()
    items = load()
    feats = dict(zip([it["id"] for it in items], build_features(items, cached_embedder())))
    results, rows = {}, []
    for dated in (False, True):
        params, tune_f1, r = evaluate(items, feats, dated)
        results["with_dates" if dated else "without_dates"] = {"params": params, "tune_b3_f1": tune_f1}
        rows += r
    texts = {it["id"]: (it["title"] or "") + "\n" + it["text"] for it in items}
    tune = [it for it in items if it["split"] == "tune"]
    t = tune_tfidf_agglo([texts[it["id"]] for it in tune], [it["gold"] for it in tune])
    for name in ("tune", "eval", "all"):
        subset = [it for it in items if name == "all" or it["split"] == name]
        pred = tfidf_agglo([texts[it["id"]] for it in subset], t)
        rows.append({"method": f"TF-IDF+agglo t={t} (no dates)", "set": name, **score_all(pred, [it["gold"] for it in subset])})
    cols = ["method", "set", "clusters", "gold_clusters", "b3_p", "b3_r", "b3_f1", "pair_p", "pair_r", "pair_f1",
            "b3_f1_mean_orders", "b3_f1_min_orders", "b3_f1_max_orders"]
    for k, v in results.items():
        print(f"BASIL {k}: params tuned on split=tune: {v['params']} (tune B3 F1 {v['tune_b3_f1']:.3f})")
    print(table(rows, cols))
    out = {**results, "baseline_threshold": t, "rows": rows, "seconds": round(time.time() - t0, 1),
           "protocol": "features: title, text, outlet (+ published in the with-dates rows); tuned on split=tune"}
    (RESULTS / "cluster_basil.json").write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
