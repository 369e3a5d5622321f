"""Train the refine pass's same-story link models on SemEval-2022 Task 8 dev.csv (never heldout.csv).

    .venv/bin/python scripts/train_links.py [--use-cache PATH] [--e5-cache PATH] [--cv] [--no-full]

Writes ``src/storylens/data/cluster-links.json`` with two logistic models as plain
arrays (no scikit-learn at run time): ``lite`` (USE lead vectors, names,
numbers, words, language pair) and ``full`` (plus the e5 lead vectors; written
only when every dev text's e5 vector is in ``--e5-cache`` or ``--e5`` asks to
compute them, ~0.1-0.3 s per text). Each model is fitted on every dev row
(y = Overall <= 1.5), with its average-link cut chosen by grouped 5-fold CV
(pooled out-of-fold: the most same-story pairs together while >= 97 % of
unrelated pairs stay apart). ``--cv`` also runs the nested grouped CV of
benchmarks/_lib/links.py and stores its out-of-fold figures in the file.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _lib import links as L

LITE = ("use_cos", "use_csls", "ent_cos", "names_shared", "numbers_shared", "lex_cos", "cross", "cross_script",
        "cross_use", "cross_ent")
FULL = LITE + ("e5_cos", "e5_csls", "cross_e5")
OUT = ROOT / "src" / "storylens" / "data" / "cluster-links.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--use-cache", type=Path, default=L.RESULTS / ".embcache.sqlite")
    ap.add_argument("--e5-cache", type=Path, default=L.RESULTS / ".e5cache.sqlite")
    ap.add_argument("--e5", action="store_true", help="compute missing e5 vectors (slow)")
    ap.add_argument("--no-full", action="store_true", help="write the lite model only")
    ap.add_argument("--cv", action="store_true", help="also run the nested grouped CV (minutes)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    from storylens.embed import CachedEmbedder, UseEmbedder

    t0 = time.time()
    rows, items = L.dev_corpus()
    feats = L.stream_features(items, CachedEmbedder(UseEmbedder(), args.use_cache))
    texts = L.texts_of(items)
    variants = {"lite": (LITE, None)}
    if not args.no_full:
        e5 = L.e5_vectors(items, args.e5_cache, compute=args.e5)
        if e5 is None:
            print(f"e5 vectors of the dev texts are not all in {args.e5_cache}: full model not written (use --e5)")
        else:
            variants["full"] = (FULL, e5)
    models, meta = {}, {"protocol": L.__doc__.strip(), "trained_on": "semeval2022t8/dev.csv (every row)",
                        "cv": {}, "cut_curves": {}}
    for name, (names, e5) in variants.items():
        stream = L.Stream(feats, texts, e5)
        model, curve = L.final_model(stream, rows, names, name)
        models[name] = model
        meta["cut_curves"][name] = {str(c): v for c, v in curve.items()}
        print(f"{name}: cut {model.threshold} (pooled out-of-fold: " + ", ".join(
            f"{c}: {v['same_together']:.3f}/{v['crosslingual_together']:.3f}/{v['unrelated_apart']:.3f}"
            for c, v in curve.items()) + ")", flush=True)
        if args.cv:
            meta["cv"][name] = L.crossval(stream, rows, names)
            print(f"{name}: nested grouped CV {meta['cv'][name]}", flush=True)
    L.save_models(models, meta, args.out)
    print(f"wrote {args.out} ({', '.join(models)}) in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
