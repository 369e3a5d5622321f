"""SemEval-2022 Task 8: StoryLens same-story similarity vs two baselines.

    .venv/bin/python benchmarks/semeval.py

1. dev.csv: 5-fold cross-validated Pearson per dimension (GroupKFold by
   base_pair_id, the same recipe as scripts/train_similarity.py).
2. Speed: one pair of ~1000-word articles scored with the model loaded
   (embeddings computed, no cache), shipped model size and load time.
3. At the very end, with the shipped model frozen: heldout.csv, read once,
   Pearson / Spearman against -Overall, overall, per language pair and per
   variant, beside char n-gram TF-IDF cosine and USE cosine baselines
   computed in the same run.

Embeddings are cached in benchmarks/results/semeval-embeddings.sqlite so a
warm re-run takes a few minutes. Results: benchmarks/results/semeval.json.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.stats import pearsonr, spearmanr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import train_similarity as train  # noqa: E402

from storylens.similarity import (  # noqa: E402
    DIMENSIONS, FEATURE_NAMES, META_FILE, MODEL_FILE, Gazetteer, SimilarityModel, score_pair,
)

DATA = ROOT.parent / "shared" / "data" / "semeval2022t8"
RESULTS = ROOT / "benchmarks" / "results"
SEEDS = ROOT.parent / "shared" / "data" / "seeds"


def corr(pred, gold) -> dict:
    pred, gold = np.asarray(pred, float), np.asarray(gold, float)
    if len(pred) < 3 or np.std(pred) == 0:
        return {"n": int(len(pred)), "pearson": None, "spearman": None}
    return {"n": int(len(pred)), "pearson": round(float(pearsonr(pred, gold).statistic), 4),
            "spearman": round(float(spearmanr(pred, gold).statistic), 4)}


def tfidf_baseline(dev_rows, rows) -> np.ndarray:
    """README baseline: char_wb 3-5 grams, IDF fitted on dev texts only, cosine."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2)
    vec.fit([r["text1"] for r in dev_rows] + [r["text2"] for r in dev_rows])
    a, b = vec.transform([r["text1"] for r in rows]), vec.transform([r["text2"] for r in rows])
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


def dev_cv(X, Y, rows) -> dict:
    model = SimilarityModel()
    t0 = time.time()
    oof = model.cross_val_predict(X, Y, [r["base_pair_id"] for r in rows])
    out = {d: corr(oof[:, j], Y[:, j]) for j, d in enumerate(DIMENSIONS)}
    out["seconds"] = round(time.time() - t0, 1)
    col = FEATURE_NAMES.index
    out["baseline_use_whole_overall"] = corr(X[:, col("cos_whole")], Y[:, 0])
    out["baseline_use_mean_overall"] = corr(X[:, col("cos_mean")], Y[:, 0])
    return out


def speed() -> dict:
    """ms per pair of ~1000-word articles with the model loaded: nothing cached, and embeddings cached.

    The machine is shared, so the load average and the encoder's speed at the same moment
    (ms per sentence; ~1.7 ms on an idle 2-core machine) are recorded beside the numbers.
    """
    import os

    from storylens.embed import CachedEmbedder, UseEmbedder

    texts = [(SEEDS / n).read_text(encoding="utf-8") for n in sorted(p.name for p in SEEDS.glob("*.txt"))]
    a = _words(texts[0] + "\n" + texts[1], 1000)
    b = _words(texts[1] + "\n" + texts[0], 1000)
    t0 = time.time()
    model = SimilarityModel.load()
    load_s = time.time() - t0
    gaz = Gazetteer.load()
    embedder = UseEmbedder()  # no cache: every call embeds
    score_pair("warm up the model", "warm up", embedder=embedder, model=model, gazetteer=gaz)
    wall, cpu = [], []
    for k in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        score_pair(a + f" {k}", b + f" {k}", "en", "en", embedder=embedder, model=model, gazetteer=gaz)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    cached = CachedEmbedder(embedder, None)
    score_pair(a, b, "en", "en", embedder=cached, model=model, gazetteer=gaz)
    warm = []
    for _ in range(5):
        t0 = time.perf_counter()
        score_pair(a, b, "en", "en", embedder=cached, model=model, gazetteer=gaz)
        warm.append((time.perf_counter() - t0) * 1000)
    # The encoder's speed right now, with the default BLAS threads and with the one
    # thread score_pairs uses (sentences of the dev set, ~115 characters).
    sentences = _dev_sentences(100)
    t0 = time.perf_counter()
    embedder.embed(sentences)
    per_sentence = (time.perf_counter() - t0) * 1000 / len(sentences)
    with model._threads().limit(limits=1, user_api="blas"):
        t0 = time.perf_counter()
        embedder.embed([s + " ." for s in sentences])
        per_sentence_1 = (time.perf_counter() - t0) * 1000 / len(sentences)
    data = ROOT / "src" / "storylens" / "data"
    return {
        "words": [len(a.split()), len(b.split())],
        "ms_per_pair_median": round(statistics.median(wall), 1),
        "ms_per_pair_runs": [round(r, 1) for r in wall],
        "cpu_ms_per_pair_median": round(statistics.median(cpu), 1),
        "ms_per_pair_embeddings_cached_median": round(statistics.median(warm), 1),
        "encoder_ms_per_sentence_now": round(per_sentence, 2),
        "encoder_ms_per_sentence_now_1_blas_thread": round(per_sentence_1, 2),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "model_load_s": round(load_s, 3),
        "model_bytes": (data / MODEL_FILE).stat().st_size + (data / META_FILE).stat().st_size,
        "gazetteer_bytes": (data / "similarity-model-gazetteer.json").stat().st_size,
    }


def _dev_sentences(n: int) -> list[str]:
    from storylens.similarity import split_sentences

    rows, _ = train.load_rows(DATA / "dev.csv")
    found = [s for r in rows for s in split_sentences(r["text1"]) if 60 < len(s) < 200]
    return found[:n]


def _words(text: str, n: int) -> str:
    words = text.split()
    while len(words) < n:
        words += words
    return " ".join(words[:n])


def heldout(dev_rows, embedder, gazetteer) -> dict:
    """Read heldout.csv once, score it with the frozen shipped model and the baselines."""
    rows, skipped = train.load_rows(DATA / "heldout.csv")
    model = SimilarityModel.load()
    X = train.features(rows, embedder, gazetteer)
    pred = model.predict(X)
    gold = -np.array([float(r["Overall"]) for r in rows])
    systems = {
        "storylens": pred[:, 0],
        "tfidf_char": tfidf_baseline(dev_rows, rows),
        "use_whole": X[:, FEATURE_NAMES.index("cos_whole")],
        "use_mean": X[:, FEATURE_NAMES.index("cos_mean")],
    }
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups["ALL"].append(i)
        groups[f"variant={r['variant']}"].append(i)
        groups[f"{r['lang1']}-{r['lang2']}"].append(i)
    table = {g: {name: corr(p[idx], gold[idx]) for name, p in systems.items()} for g, idx in groups.items()}
    dims = {d: corr(pred[:, j], -np.array([float(r[c]) for r in rows]))
            for j, (d, c) in enumerate(zip(DIMENSIONS, train.GOLD_COLUMNS))}
    same = pred[:, 0] >= model.threshold_
    positive = np.array([float(r["Overall"]) <= 2 for r in rows])
    tp = int((same & positive).sum())
    return {
        "n": len(rows), "skipped": len(skipped), "skip_reasons": [r["skip_reason"] for r in skipped],
        "flagged_texts": sum((r.get("repair1") == "flagged_unchanged") + (r.get("repair2") == "flagged_unchanged")
                             for r in rows),
        "table": table, "dimensions": dims,
        "same_story": {"threshold": model.threshold_, "precision": round(tp / max(int(same.sum()), 1), 4),
                       "recall": round(tp / max(int(positive.sum()), 1), 4),
                       "f1": round(2 * tp / max(int(same.sum() + positive.sum()), 1), 4)},
    }


def fmt(c: dict) -> str:
    return "   n/a      " if c["pearson"] is None else f"{c['pearson']:.3f}/{c['spearman']:.3f}"


def main() -> int:
    RESULTS.mkdir(parents=True, exist_ok=True)
    t_start = time.time()
    dev_rows, dev_skipped = train.load_rows(DATA / "dev.csv")
    embedder = train.make_embedder(RESULTS / "semeval-embeddings.sqlite")
    gazetteer = Gazetteer.load()
    X = train.features(dev_rows, embedder, gazetteer)
    Y = train.targets(dev_rows)
    cv = dev_cv(X, Y, dev_rows)
    print(f"dev.csv: {len(dev_rows)} rows, {len(dev_skipped)} skipped; 5-fold GroupKFold CV Pearson/Spearman")
    for d in DIMENSIONS:
        print(f"  {d:<10} {fmt(cv[d])}")
    print(f"  baselines on Overall: USE whole {fmt(cv['baseline_use_whole_overall'])}, "
          f"USE sentence-mean {fmt(cv['baseline_use_mean_overall'])}")
    sp = speed()
    print(f"speed: {sp['ms_per_pair_median']} ms wall ({sp['cpu_ms_per_pair_median']} ms CPU) per pair of "
          f"{sp['words']} words, median of 5, nothing cached; {sp['ms_per_pair_embeddings_cached_median']} ms with "
          f"embeddings cached; encoder now {sp['encoder_ms_per_sentence_now']} ms/sentence "
          f"({sp['encoder_ms_per_sentence_now_1_blas_thread']} with 1 BLAS thread), "
          f"load average {sp['load_average_1min']}")
    print(f"model: {sp['model_bytes'] / 1e6:.2f} MB (+ gazetteer {sp['gazetteer_bytes'] / 1e6:.2f} MB), "
          f"loads in {sp['model_load_s']} s")
    meta = json.loads((ROOT / "src" / "storylens" / "data" / META_FILE).read_text(encoding="utf-8"))

    # ---- everything is frozen from here on: heldout.csv is read once, for the final numbers only
    held = heldout(dev_rows, embedder, gazetteer)
    print(f"\nheldout.csv (frozen shipped model): {held['n']} rows, {held['skipped']} skipped, "
          f"{held['flagged_texts']} texts flagged as possibly damaged (kept)")
    print("  Pearson/Spearman vs -Overall")
    print(f"  {'subset':<22} {'n':>5}  {'storylens':<12} {'tfidf char':<12} {'USE whole':<12} {'USE mean':<12}")
    keys = ["ALL"] + sorted(k for k in held["table"] if k.startswith("variant=")) + sorted(
        k for k in held["table"] if k != "ALL" and not k.startswith("variant="))
    for k in keys:
        row = held["table"][k]
        print(f"  {k:<22} {row['storylens']['n']:>5}  " + " ".join(
            f"{fmt(row[s]):<12}" for s in ("storylens", "tfidf_char", "use_whole", "use_mean")))
    print("  per dimension: " + ", ".join(f"{d} {fmt(c)}" for d, c in held["dimensions"].items()))
    ss = held["same_story"]
    print(f"  same_story (gold Overall <= 2): threshold {ss['threshold']:.3f} (from dev CV), "
          f"P {ss['precision']:.3f} R {ss['recall']:.3f} F1 {ss['f1']:.3f}")
    out = {"dev": {"n": len(dev_rows), "skipped": len(dev_skipped), "cv": cv,
                   "shipped_model_cv": meta.get("cv_pearson")},
           "speed": sp, "heldout": held, "seconds": round(time.time() - t_start, 1)}
    (RESULTS / "semeval.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS / 'semeval.json'} ({out['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
