"""Cross-lingual claim alignment: e5 unit vectors centred per language or per document (TUNE half only).

    .venv/bin/python benchmarks/ledger_center.py [--runs-cache PATH]

Issue #12. Multilingual sentence vectors carry a language component and, inside one story, a story
component shared by every sentence: both inflate the cosine of two neighbouring claims of one story in
two languages as much as that of two renderings of one fact (every e5 cosine of the gold's document
pairs lies in 0.75-0.92). CSLS subtracts a scalar (each unit's mean best cosine), not a direction. Here
the direction is removed before the cosine (Libovicky et al. 2020, "On the language neutrality of
pre-trained multilingual representations": subtracting the language's mean vector helps cross-lingual
retrieval), each variant then renormalised, with and without CSLS (k 3):

* ``lang``: minus the mean e5 lead vector of the unit's language over the SemEval dev texts (the
  cached leads of the similarity model; every dev row of an article that any ledger gold set uses,
  either half, left out; no labels read), times ``a`` in {0.5, 1};
* ``doc``: minus the mean of the unit's own document's units (removes language and story at once);
* ``pair``: minus the mean of both documents' units (the story only);
* ``doc+abtt r``: ``doc``, then the top r principal directions of the pair's centred units removed
  ("all-but-the-top", Mu & Viswanath 2018), r in {1, 2, 4}.

Same measures and protocol as benchmarks/ledger_sparse.py (pooled AP, R@P0.85, best F1, gold-pair
ranks; grouped CV choosing candidate and threshold on the other nine sets; bootstrap over sets). Rule
written before the first run: centring goes to the ledger only if its out-of-fold recall or mean set
AP beats e5 CSLS with the bootstrap's 5th percentile of the difference above 0 and precision not lower.

Measured 2026-12-01 (stop 31, xl12; 10 tune sets, 63 gold; e5 vectors cached: 8.8 CPU-s at load 11;
language means from 88 (ru) to 582 (en) cached dev leads). ``raw+csls`` reproduces the baseline (AP
0.639, R@P0.85 0.365, best F1 0.618). In sample: lang a0.5+csls 0.648 / 0.381 / 0.623, lang a1+csls
0.643 / 0.302, doc 0.662 / 0.397 / 0.628 (no CSLS needed: the document mean does its work), doc+csls
0.647 / 0.413, pair+csls 0.662 / 0.349; all-but-the-top destroys the signal (r 1: AP 0.33-0.35, r 4:
0.13): the pair's main directions are what tells its facts apart, not a nuisance. Grouped CV: e5 CSLS P
0.846 R 0.349 mean set AP 0.691; centred 0.759 / 0.349 / 0.654 (minus e5, 5th / 50th / 95th: R -0.081 /
0.0 / +0.087, P -0.240 / -0.084 / +0.005, AP -0.084 / -0.036 / +0.009). Fails the rule: not wired, the
eval half not scored.

Writes benchmarks/results/ledger_center.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import ledger_eval as le
from _lib.ledger_score import language_pair, split_of
from ledger_learned import NAMES, set_table
from ledger_spans import load_runs
from ledger_sparse import bootstrap, flatten, grouped_cv, measure

from storylens.analysis._pairmodel import _csls
from storylens.embed import CachedEmbedder, UseEmbedder
from storylens.settings import DEFAULT

RESULTS = HERE / "results" / "ledger_center.json"
DEV = HERE.parent.parent / "shared" / "data" / "semeval2022t8" / "dev.csv"  # never heldout.csv


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-9)


def language_means(excluded_articles: set[str]) -> tuple[dict[str, np.ndarray], dict[str, int]]:
    """Mean e5 lead vector per language over dev.csv texts (articles of any ledger gold set left out)."""
    from storylens.similarity import ArticleSides, prepare_text

    csv.field_size_limit(10**8)
    with open(DEV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    sides = ArticleSides([], [], variant="full")
    enc = sides._scorer.doc_embedder
    chars = sides.model.inputs_.lead_chars
    texts: dict[str, dict[str, None]] = {}
    for r in rows:
        if set(re.findall(r"\d+", r["pair_id"])) & excluded_articles:
            continue
        for text, lang in ((r["text1"], r["lang1"]), (r["text2"], r["lang2"])):
            lead = prepare_text(text or "").text.strip()[:chars]
            if lead:
                texts.setdefault(lang, {})[lead] = None
    means, counts = {}, {}
    for lang, leads in texts.items():  # only leads already in the cache (~0.5 CPU-s each otherwise)
        found = enc._lookup({enc._key(t) for t in leads})
        if found:
            means[lang] = _unit(np.vstack(list(found.values())).astype(np.float32)).mean(axis=0)
        counts[lang] = len(found)
    return means, counts


def _abtt(a: np.ndarray, b: np.ndarray, r: int) -> tuple[np.ndarray, np.ndarray]:
    both = np.vstack([a, b])
    _, _, vt = np.linalg.svd(both - both.mean(axis=0), full_matrices=False)
    top = vt[:r]
    return a - (a @ top.T) @ top, b - (b @ top.T) @ top


def variants(a: np.ndarray, b: np.ndarray, lang_a: str, lang_b: str, means: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Unit-pair cosines of every centring (rows: side a's units, columns: side b's)."""
    out = {"raw": _unit(a) @ _unit(b).T}
    for alpha in (0.5, 1.0):
        if lang_a in means and lang_b in means:
            out[f"lang a{alpha}"] = _unit(a - alpha * means[lang_a]) @ _unit(b - alpha * means[lang_b]).T
    da, db = a - a.mean(axis=0), b - b.mean(axis=0)
    out["doc"] = _unit(da) @ _unit(db).T
    mu = np.vstack([a, b]).mean(axis=0)
    out["pair"] = _unit(a - mu) @ _unit(b - mu).T
    for r in (1, 2, 4):
        if len(a) + len(b) > r + 1:
            xa, xb = _abtt(da, db, r)
            out[f"doc+abtt {r}"] = _unit(xa) @ _unit(xb).T
    for name in list(out):
        out[name + "+csls"] = _csls(out[name], DEFAULT.claim_csls_k)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs-cache", type=Path, default=None, help="pickle of the compared gold sets")
    args = parser.parse_args(argv)
    t0 = time.process_time()
    runs = load_runs(args.runs_cache)
    excluded = {n for r in runs for n in re.findall(r"\d+", str(r["gold"].get("pair_id", "")))}
    means, counts = language_means(excluded)
    tune = [r for r in runs if "-" in language_pair(r["gold"]) and split_of(r["gold"]) == "tune"]
    embed = CachedEmbedder(UseEmbedder(), None).embed
    tables = [set_table(r, embed) for r in tune]
    e5 = [t["x"][..., NAMES.index("e5_csls")] for t in tables]
    scored: dict[str, list[np.ndarray]] = {"e5 CSLS (baseline)": e5}
    for r, t in zip(tune, tables):
        langs = {d.id: d.language for d in r["comparison"].documents}
        docs = list(r["comparison"].documents)[:2]
        va = np.asarray(le.embed_e5(t["texts"][0]), dtype=np.float32)
        vb = np.asarray(le.embed_e5(t["texts"][1]), dtype=np.float32)
        for name, m in variants(va, vb, langs[docs[0].id], langs[docs[1].id], means).items():
            scored.setdefault(name, []).append(m)
    scored = {k: v for k, v in scored.items() if len(v) == len(tables)}
    flats = {name: [flatten(t, m) for t, m in zip(tables, s)] for name, s in scored.items()}
    table = {name: measure(f) for name, f in flats.items()}
    cv: dict[str, Any] = {"e5 CSLS (baseline)": grouped_cv({"e5 CSLS (baseline)": flats["e5 CSLS (baseline)"]})}
    family = [n for n in flats if n.endswith("+csls") and n != "raw+csls"]
    cv["centred e5 CSLS"] = grouped_cv({n: flats[n] for n in family})
    cv["centred e5 CSLS"]["bootstrap_vs_e5"] = bootstrap(cv["centred e5 CSLS"]["rows"], cv["e5 CSLS (baseline)"]["rows"])
    report = {"sets": [t["set"] for t in tables], "language_means_from_leads": counts, "table": table,
              "grouped_cv": cv, "cpu_s": round(time.process_time() - t0, 1)}
    print(f"{len(tables)} cross-lingual tune sets; language means from dev leads: {counts}")
    print(f"{'score':<22} {'AP':>6} {'R@P85':>6} {'bestF1':>6} | mutual best1 top3both top3one")
    for name, r in table.items():
        print(f"{name:<22} {r['ap']:6.3f} {r['r_at_p85']:6.3f} {r['best_f1']:6.3f} | {r['mutual']:>6} {r['best1']:>5} "
              f"{r['top3both']:>8} {r['top3one']:>7}")
    for label, r in cv.items():
        b = r.get("bootstrap_vs_e5")
        diff = f"; minus e5 (5/50/95 %): R {b['r']} P {b['p']} AP {b['mean_set_ap']}" if b else ""
        print(f"grouped CV {label}: P {r['p']:.3f} R {r['r']:.3f} mean set AP {r['mean_set_ap']:.3f}{diff}; "
              f"picked {sorted({x['picked'] for x in r['rows']})}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=1) + "\n")
    print(f"wrote {RESULTS} ({report['cpu_s']} CPU-s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
