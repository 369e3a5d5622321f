"""SemEval-2022 Task 8: StoryLens same-story similarity vs two baselines.

    .venv/bin/python benchmarks/semeval.py

1. dev.csv: 5-fold cross-validated Pearson per dimension (GroupKFold, groups =
   connected components of the pair graph, the same recipe as
   scripts/train_similarity.py), for each model variant (``--variants``: ``fast``,
   the default model, USE only; ``full`` with the e5 lead vectors).
2. Speed: one pair of ~1000-word articles scored with each model loaded
   (embeddings computed, no cache), shipped model size and load time.
3. At the very end, with the shipped models frozen: heldout.csv, read once,
   Pearson / Spearman against -Overall, overall, per language pair and per
   variant, beside char n-gram TF-IDF cosine and the plain cosines of both
   encoders (USE whole text, e5 lead) computed in the same run.

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

import train_similarity as train

from storylens.similarity import (
    DIMENSIONS,
    FEATURE_NAMES,
    VARIANTS,
    Gazetteer,
    SimilarityModel,
    lead_bank,
    model_files,
    score_pair,
)

DATA = ROOT.parent / "shared" / "data" / "semeval2022t8"
RESULTS = ROOT / "benchmarks" / "results"
SEEDS = ROOT.parent / "shared" / "data" / "seeds"


def corr(pred, gold) -> dict:
    pred, gold = np.asarray(pred, float), np.asarray(gold, float)
    if len(pred) < 3 or np.std(pred) == 0:
        return {"n": len(pred), "pearson": None, "spearman": None}
    return {"n": len(pred), "pearson": round(float(pearsonr(pred, gold).statistic), 4),
            "spearman": round(float(spearmanr(pred, gold).statistic), 4)}


def tfidf_baseline(dev_rows, rows) -> np.ndarray:
    """README baseline: char_wb 3-5 grams, IDF fitted on dev texts only, cosine."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2)
    vec.fit([r["text1"] for r in dev_rows] + [r["text2"] for r in dev_rows])
    a, b = vec.transform([r["text1"] for r in rows]), vec.transform([r["text2"] for r in rows])
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


def copy_floors(rows) -> tuple[np.ndarray, int]:
    """Per pair, the score floor the shipped judgement puts under copies (0 for non-copies), as
    ``score_pairs`` does it (prepared texts); plus the number of near-identical pairs left
    unfloored because a text is a cookie/registration/bot wall."""
    from storylens.similarity import prepare_text
    from storylens.similarity.shingles import near_duplicate

    nds = [near_duplicate(prepare_text(r["text1"]).text, prepare_text(r["text2"]).text) for r in rows]
    walls = sum(nd.wall and nd.containment >= 0.8 for nd in nds)
    return np.array([nd.floor for nd in nds]), walls


def variant_X(rows, embedders, gazetteer, variant: str, progress=None) -> np.ndarray:
    """Feature matrix as the shipped ``variant`` scores it: prepared texts, the model's own inputs,
    e5 vectors only when it reads them."""
    model = SimilarityModel.load(variant)
    use, e5 = embedders
    return train.features(rows, (use, e5 if model.needs_documents else None), gazetteer, progress, inputs=model.inputs_)


def dev_cv(X, Y, rows, variant: str, floors: np.ndarray | None = None) -> dict:
    model = SimilarityModel(features=train.variant_features(variant))
    t0 = time.time()
    groups = train.pair_groups(rows)
    oof = model.cross_val_predict(X, Y, groups)
    if floors is not None:
        oof = np.maximum(oof, floors[:, None])  # the shipped judgement: copies floored
    out = {d: corr(oof[:, j], Y[:, j]) for j, d in enumerate(DIMENSIONS)}
    out["by_variant"] = {v: corr(oof[idx, 0], Y[idx, 0]) for v, idx in _indices(rows, "variant").items()}
    out["seconds"] = round(time.time() - t0, 1)
    return out


def dev_baselines(X, Y) -> dict:
    col = FEATURE_NAMES.index
    out = {"use_whole": corr(X[:, col("cos_whole")], Y[:, 0]), "use_mean": corr(X[:, col("cos_mean")], Y[:, 0])}
    if not np.isnan(X[:, col("e5_cos_lead")]).any():
        out["e5_lead"] = corr(X[:, col("e5_cos_lead")], Y[:, 0])
    return out


def _indices(rows, key: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        out[r[key]].append(i)
    return dict(out)


def speed(variants=VARIANTS) -> dict:
    """ms per pair of ~1000-word articles with each model loaded: nothing cached, and embeddings cached.

    The machine is shared, so the load average and the encoder's speed at the same moment
    (ms per sentence; ~1.6 ms on an idle 2-core machine) are recorded beside the numbers.
    """
    import os

    from storylens.embed import CachedEmbedder, E5Embedder, UseEmbedder

    texts = [(SEEDS / n).read_text(encoding="utf-8") for n in sorted(p.name for p in SEEDS.glob("*.txt"))]
    a = _words(texts[0] + "\n" + texts[1], 1000)
    b = _words(texts[1] + "\n" + texts[0], 1000)
    gaz = Gazetteer.load()
    embedder, e5 = UseEmbedder(), E5Embedder()  # no cache: every call embeds
    data = ROOT / "src" / "storylens" / "data"
    out: dict = {"words": [len(a.split()), len(b.split())], "load_average_1min_before": round(os.getloadavg()[0], 2)}
    for variant in variants:
        t0 = time.time()
        model = SimilarityModel.load(variant)
        load_s = time.time() - t0
        opts = {"embedder": embedder, "doc_embedder": e5, "model": model, "gazetteer": gaz}
        score_pair("warm up the model", "warm up", **opts)
        wall, cpu = [], []
        for k in range(5):
            t0, c0 = time.perf_counter(), time.process_time()
            score_pair(a + f" {k}", b + f" {k}", "en", "en", **opts)
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        cached = dict(opts, embedder=CachedEmbedder(embedder, None), doc_embedder=CachedEmbedder(e5, None))
        score_pair(a, b, "en", "en", **cached)
        warm = []
        for _ in range(5):
            t0 = time.perf_counter()
            score_pair(a, b, "en", "en", **cached)
            warm.append((time.perf_counter() - t0) * 1000)
        model_file, meta_file = model_files(variant)
        out[variant] = {
            "ms_per_pair_median": round(statistics.median(wall), 1),
            "ms_per_pair_runs": [round(r, 1) for r in wall],
            "cpu_ms_per_pair_median": round(statistics.median(cpu), 1),
            "ms_per_pair_embeddings_cached_median": round(statistics.median(warm), 1),
            "model_load_s": round(load_s, 3),
            "model_bytes": (data / model_file).stat().st_size + (data / meta_file).stat().st_size,
        }
    # The encoder's speed right now (sentences of the dev set, ~115 characters).
    sentences = _dev_sentences(100)
    t0 = time.perf_counter()
    embedder.embed(sentences)
    out["encoder_ms_per_sentence_now"] = round((time.perf_counter() - t0) * 1000 / len(sentences), 2)
    out["load_average_1min"] = round(os.getloadavg()[0], 2)
    out["gazetteer_bytes"] = (data / "similarity-model-gazetteer.json").stat().st_size
    return out


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


SYSTEMS = ("full", "fast", "tfidf_char", "use_whole", "e5_lead")


def heldout(dev_rows, embedders, gazetteer, variants=VARIANTS) -> dict:
    """Read heldout.csv once, score it with the frozen shipped models and the baselines."""
    rows, skipped = train.load_rows(DATA / "heldout.csv")
    models = {v: SimilarityModel.load(v) for v in variants}
    Xs = {v: variant_X(rows, embedders, gazetteer, v) for v in variants}
    floors, walls = copy_floors(rows)
    # scored as shipped: copies floored (score_pairs does the same)
    preds = {v: np.maximum(m.predict(Xs[v]), floors[:, None]) for v, m in models.items()}
    gold = -np.array([float(r["Overall"]) for r in rows])
    X = Xs[variants[0]]
    systems = {
        **{v: p[:, 0] for v, p in preds.items()},
        "tfidf_char": tfidf_baseline(dev_rows, rows),
        "use_whole": X[:, FEATURE_NAMES.index("cos_whole")],
    }
    if "full" in Xs:
        systems["e5_lead"] = Xs["full"][:, FEATURE_NAMES.index("e5_cos_lead")]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups["ALL"].append(i)
        groups[f"variant={r['variant']}"].append(i)
        groups[f"{r['lang1']}-{r['lang2']}"].append(i)
    table = {g: {name: corr(p[idx], gold[idx]) for name, p in systems.items()} for g, idx in groups.items()}
    positive = np.array([float(r["Overall"]) <= 2 for r in rows])
    per_model = {}
    for v, pred in preds.items():
        same = pred[:, 0] >= models[v].threshold_
        tp = int((same & positive).sum())
        per_model[v] = {
            "dimensions": {d: corr(pred[:, j], -np.array([float(r[c]) for r in rows]))
                           for j, (d, c) in enumerate(zip(DIMENSIONS, train.GOLD_COLUMNS))},
            "same_story": {"threshold": models[v].threshold_, "precision": round(tp / max(int(same.sum()), 1), 4),
                           "recall": round(tp / max(int(positive.sum()), 1), 4),
                           "f1": round(2 * tp / max(int(same.sum() + positive.sum()), 1), 4)},
        }
    return {
        "n": len(rows), "skipped": len(skipped), "skip_reasons": [r["skip_reason"] for r in skipped],
        "copies_floored": int((floors > 0).sum()), "walls_not_floored": walls,
        "flagged_texts": sum((r.get("repair1") == "flagged_unchanged") + (r.get("repair2") == "flagged_unchanged")
                             for r in rows),
        "table": table, "models": per_model,
    }


def fmt(c: dict) -> str:
    return "   n/a      " if c["pearson"] is None else f"{c['pearson']:.3f}/{c['spearman']:.3f}"


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", nargs="+", choices=VARIANTS, default=list(VARIANTS),
                    help="shipped model variants to evaluate (default: all; without full no e5 vector is computed)")
    ap.add_argument("--cache", type=Path, default=RESULTS / "semeval-embeddings.sqlite", help="embedding cache")
    ap.add_argument("--heldout-only", action="store_true",
                    help="the held-out block only (no dev CV, no speed): scoring a frozen model once whose dev "
                         "figures were reported by its training run")
    args = ap.parse_args(argv)
    variants = list(args.variants)
    RESULTS.mkdir(parents=True, exist_ok=True)
    t_start = time.time()
    dev_rows, dev_skipped = train.load_rows(DATA / "dev.csv")
    embedders = train.make_embedders(args.cache)
    gazetteer = Gazetteer.load()
    if args.heldout_only:
        return _heldout_block(dev_rows, embedders, gazetteer, variants, {}, t_start, "semeval_heldout.json")
    # each dev pair's rare-term features as an unseen pair gets them (its group left out of the
    # term table), as scripts/train_similarity.py trains on them
    groups, terms = train.pair_groups(dev_rows), train.term_table(dev_rows)
    Xs = {v: train.leave_group_out_terms(dev_rows, variant_X(
              dev_rows, embedders, gazetteer, v,
              progress=lambda d, n: print(f"\rdev features {d}/{n}", end="", file=sys.stderr)), groups, terms)
          for v in variants}
    if "full" in Xs:  # and out of the shipped lead bank (the dev leads), as training leaves it out
        index = {t: i for i, t in enumerate(train.bank_languages(dev_rows))}
        Xs["full"] = train.leave_group_out_bank(dev_rows, Xs["full"], groups, lead_bank(), index)
    print(file=sys.stderr)
    Y = train.targets(dev_rows)
    floors, walls = copy_floors(dev_rows)
    cv = {v: dev_cv(Xs[v], Y, dev_rows, v, floors) for v in variants}
    base = dev_baselines(Xs["full" if "full" in Xs else variants[0]], Y)
    print(f"dev.csv: {len(dev_rows)} rows, {len(dev_skipped)} skipped; 5-fold GroupKFold CV Pearson/Spearman "
          f"(groups: connected components of the pair graph)")
    print(f"  near-duplicates on dev: {int((floors > 0).sum())} pairs floored as copies, {walls} near-identical "
          "pairs left to the model because a text is a cookie/registration/bot wall")
    print(f"  {'dimension':<10} " + " ".join(f"{v:<12}" for v in variants))
    for d in DIMENSIONS:
        print(f"  {d:<10} " + " ".join(f"{fmt(cv[v][d]):<12}" for v in variants))
    for kind in sorted(cv[variants[0]]["by_variant"]):
        print(f"  {'variant=' + kind:<10} " + " ".join(f"{fmt(cv[v]['by_variant'][kind]):<12}" for v in variants))
    print("  baselines on Overall: " + ", ".join(f"{k} {fmt(c)}" for k, c in base.items()))
    sp = speed(variants)
    for v in variants:
        s = sp[v]
        print(f"speed ({v}): {s['ms_per_pair_median']} ms wall ({s['cpu_ms_per_pair_median']} ms CPU) per pair of "
              f"{sp['words']} words, median of 5, nothing cached; {s['ms_per_pair_embeddings_cached_median']} ms "
              f"with embeddings cached; model {s['model_bytes'] / 1e6:.2f} MB, loads in {s['model_load_s']} s")
    print(f"  USE encoder now {sp['encoder_ms_per_sentence_now']} ms/sentence, load average "
          f"{sp['load_average_1min_before']} before / {sp['load_average_1min']} after; "
          f"gazetteer {sp['gazetteer_bytes'] / 1e6:.2f} MB")
    metas = {v: json.loads((ROOT / "src" / "storylens" / "data" / model_files(v)[1]).read_text(encoding="utf-8"))
             for v in variants}
    dev = {"dev": {"n": len(dev_rows), "skipped": len(dev_skipped), "cv": cv, "baselines": base,
                   "shipped_model_cv": {v: m.get("cv_pearson") for v, m in metas.items()}}, "speed": sp}
    return _heldout_block(dev_rows, embedders, gazetteer, variants, dev, t_start, "semeval.json")


def _heldout_block(dev_rows, embedders, gazetteer, variants, dev: dict, t_start: float, name: str) -> int:
    # ---- everything is frozen from here on: heldout.csv is read once, for the final numbers only
    held = heldout(dev_rows, embedders, gazetteer, variants)
    print(f"\nheldout.csv (frozen shipped models): {held['n']} rows, {held['skipped']} skipped, "
          f"{held['flagged_texts']} texts flagged as possibly damaged (kept)")
    print("  Pearson/Spearman vs -Overall")
    names = {"full": "full", "fast": "fast", "tfidf_char": "tfidf char", "use_whole": "USE whole", "e5_lead": "e5 lead"}
    systems = [s for s in SYSTEMS if s in held["table"]["ALL"]]
    print(f"  {'subset':<22} {'n':>5}  " + " ".join(f"{names[s]:<12}" for s in systems))
    keys = ["ALL"] + sorted(k for k in held["table"] if k.startswith("variant=")) + sorted(
        k for k in held["table"] if k != "ALL" and not k.startswith("variant="))
    for k in keys:
        row = held["table"][k]
        print(f"  {k:<22} {row[variants[0]]['n']:>5}  " + " ".join(f"{fmt(row[s]):<12}" for s in systems))
    for v in variants:
        m = held["models"][v]
        print(f"  {v} per dimension: " + ", ".join(f"{d} {fmt(c)}" for d, c in m["dimensions"].items()))
        ss = m["same_story"]
        print(f"  {v} same_story (gold Overall <= 2): threshold {ss['threshold']:.3f} (from dev CV), "
              f"P {ss['precision']:.3f} R {ss['recall']:.3f} F1 {ss['f1']:.3f}")
    out = {**dev, "variants": variants, "heldout": held, "seconds": round(time.time() - t_start, 1)}
    (RESULTS / name).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS / name} ({out['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
