"""Similarity model candidates side by side on dev.csv, grouped CV only (never heldout.csv).

    nice .venv/bin/python benchmarks/similarity_cv.py [--e5] [--lead-chars 300 600 900] [--lead-rows N]

Protocol (as ``scripts/train_similarity.py``): dev rows ``load_rows`` keeps, 5-fold
GroupKFold with groups = connected components of the pair graph, the rare-term
features of each row recomputed with its group's texts left out of the term table.
Every candidate is fitted with the shipped model's parameters on the same folds, and
its out-of-fold Overall Pearson is reported beside the shipped ``full`` and ``fast``
recipes in the same run. Noise: the per-fold spread and a paired bootstrap over
groups (1,000 draws) of the difference to the shipped ``full`` recipe.

Feature matrices are kept in ``benchmarks/results/similarity_cv_<inputs>.npz``; the
e5 lead vectors come from the shared embedding cache (``benchmarks/fill_e5_leads.py``
fills it) and are computed when missing. Candidates (``--e5``):

* ``full recipe on 8+2 inputs``: the shipped ``full`` features with 8 head and 2 tail
  sentences (the shipped model reads 3 + 1);
* ``e5 margin``: the e5 lead cosine against each side's 10 nearest dev leads (CSLS
  and ratio margin, bitext mining's hubness correction); the bank is every dev lead
  but those of the row's group (what an unseen pair sees against a shipped bank);
* ``e5 by language pair``: the e5 cosine less the mean (and over the spread) of the
  cosines of unrelated dev leads of the same two languages (the bank, group left out);
* ``--lead-chars``: the e5 lead cosine at other lead lengths, on the first
  ``--lead-rows`` rows (paired on the same rows), with the CPU per lead measured on
  20 uncached leads of each length; without the lead-bank features (the bank is of
  600-character leads only).

With ``--e5`` the lead-bank features the shipped ``full`` model reads (its leads'
calibration by language pair and margins to the nearest dev leads) are computed as
``scripts/train_similarity.py`` computes them (:func:`e5_columns`).
Writes benchmarks/results/similarity_cv.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import train_similarity as train

from storylens.similarity import (
    BANK_FEATURES,
    FEATURE_NAMES,
    MARGIN_FEATURES,
    FeatureInputs,
    Gazetteer,
    SimilarityModel,
    prepare_text,
)

RESULTS = ROOT / "benchmarks" / "results"
SHARED_CACHE = Path(os.environ.get("STORYLENS_CACHE_DIR", Path.home() / ".cache" / "storylens")) / "embeddings.sqlite"


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.1f} cpu {cpu():.0f}s] {msg}", file=sys.stderr, flush=True)


def feature_matrix(rows, inputs: FeatureInputs, use, gaz, terms, groups) -> np.ndarray:
    """Every feature but the e5 one (NaN here; filled from the lead vectors), rare terms left out by group."""
    tag = "_".join(map(str, inputs.as_dict().values()))
    path = RESULTS / f"similarity_cv_{tag}.npz"
    if path.exists():
        return np.load(path)["X"]
    X = train.features(rows, (use, None), gaz, inputs=inputs, terms=terms,
                       progress=lambda d, n: print(f"\rfeatures {d}/{n}", end="", file=sys.stderr))
    X = train.leave_group_out_terms(rows, X, groups, terms)
    RESULTS.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, X=X)
    return X


def unit(v: np.ndarray) -> np.ndarray:
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def lead_vectors(rows, e5, chars: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(unit e5 leads of text1, of text2, the distinct prepared texts) as the model cuts them."""
    prepared = {}
    for r in rows:
        for k in ("text1", "text2"):
            prepared.setdefault(r[k], prepare_text(r[k]).text)
    texts = list(dict.fromkeys(prepared.values()))
    vecs = dict(zip(texts, unit(e5.embed([t.strip()[:chars] for t in texts]))))
    return (np.vstack([vecs[prepared[r["text1"]]] for r in rows]), np.vstack([vecs[prepared[r["text2"]]] for r in rows]),
            texts)


def e5_columns(rows, groups, e5, matrices: list[np.ndarray], chars: int = 600):
    """Fill the document features of each matrix (``DOCUMENT_FEATURES``: the e5 lead cosine, and the
    lead-bank calibration and margins that the shipped ``full`` model reads) as
    ``scripts/train_similarity.py`` computes them: the bank of every dev lead (float16, as stored),
    each row's connected group left out (:func:`train.leave_group_out_bank`). Left NaN, the
    model's binning raised ValueError. Returns (unit leads of text1, of text2, the filled matrices)."""
    a, b, _ = lead_vectors(rows, e5, chars)
    cos = np.einsum("ij,ij->i", a, b)
    bank, index = train.lead_bank(rows, e5, FeatureInputs(lead_chars=chars))
    out = []
    for X in matrices:
        X = X.copy()
        X[:, FEATURE_NAMES.index("e5_cos_lead")] = cos
        out.append(train.leave_group_out_bank(rows, X, groups, bank, index))
    return a, b, out


def bank_features(rows, groups, a: np.ndarray, b: np.ndarray, k: int = 10) -> dict[str, np.ndarray]:
    """Margin (CSLS, ratio) and language-pair calibration of the e5 lead cosine against the dev
    leads, each row's group taken out of the bank."""
    ids1 = [prepare_text(r["text1"]).text for r in rows]
    ids2 = [prepare_text(r["text2"]).text for r in rows]
    index: dict[str, int] = {}
    vec, lang, grp = [], [], []
    for i, r in enumerate(rows):
        for t, v, lg in ((ids1[i], a[i], r["lang1"]), (ids2[i], b[i], r["lang2"])):
            if t not in index:
                index[t] = len(vec)
                vec.append(v)
                lang.append(lg)
                grp.append(groups[i])
    V = np.vstack(vec)
    lang_arr, grp_arr = np.array(lang), np.array(grp)
    S = V @ V.T
    cos = np.einsum("ij,ij->i", a, b)
    out = {n: np.zeros(len(rows)) for n in ("e5_csls", "e5_ratio", "e5_lp_shift", "e5_lp_z", "e5_rank_min")}
    for i, r in enumerate(rows):
        keep = grp_arr != groups[i]
        ia, ib = index[ids1[i]], index[ids2[i]]
        sa, sb = S[ia, keep], S[ib, keep]
        ra = np.sort(sa)[-k:].mean()
        rb = np.sort(sb)[-k:].mean()
        out["e5_csls"][i] = 2 * cos[i] - ra - rb
        out["e5_ratio"][i] = cos[i] / ((ra + rb) / 2)
        # calibration: unrelated dev leads of the same two languages (a's neighbours in lang2 and b's in lang1)
        pa = sa[lang_arr[keep] == r["lang2"]]
        pb = sb[lang_arr[keep] == r["lang1"]]
        pool = np.concatenate([pa, pb]) if len(pa) + len(pb) else np.concatenate([sa, sb])
        mu, sd = float(pool.mean()), float(pool.std() or 1.0)
        out["e5_lp_shift"][i] = cos[i] - mu
        out["e5_lp_z"][i] = (cos[i] - mu) / sd
        # how many bank leads (of b's language) a is closer to than to b, and the reverse
        out["e5_rank_min"][i] = min(float((pa > cos[i]).mean()) if len(pa) else 0.0,
                                    float((pb > cos[i]).mean()) if len(pb) else 0.0)
    return out


def group_bootstrap(y: np.ndarray, p: np.ndarray, q: np.ndarray, groups, draws: int = 1000) -> tuple[float, float]:
    """Mean and sd of Pearson(p) - Pearson(q) over group-resampled rows."""
    rng = np.random.default_rng(0)
    uniq = sorted(set(groups))
    members: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    diffs = []
    for _ in range(draws):
        idx = np.concatenate([members[uniq[j]] for j in rng.integers(0, len(uniq), len(uniq))])
        diffs.append(np.corrcoef(p[idx], y[idx])[0, 1] - np.corrcoef(q[idx], y[idx])[0, 1])
    return float(np.mean(diffs)), float(np.std(diffs))


def evaluate(name: str, X: np.ndarray, Y: np.ndarray, groups, results: dict, base: str | None = None) -> np.ndarray:
    from sklearn.model_selection import GroupKFold

    t = cpu()
    model = SimilarityModel()
    oof = model._cross_val_predict(X, Y, groups)
    folds = [float(np.corrcoef(oof[te, 0], Y[te, 0])[0, 1]) for _, te in GroupKFold(5).split(X, Y[:, 0], groups)]
    entry = {"cv_pearson_overall": round(float(np.corrcoef(oof[:, 0], Y[:, 0])[0, 1]), 4),
             "folds": [round(f, 3) for f in folds], "n_features": int(X.shape[1]), "rows": len(X),
             "fit_cpu_s": round(cpu() - t, 1)}
    if base is not None:
        d, sd = group_bootstrap(Y[:, 0], oof[:, 0], results[base]["_oof"], groups)
        entry[f"minus_{base}"] = {"mean": round(d, 4), "sd": round(sd, 4)}
    results[name] = {**entry, "_oof": oof[:, 0]}
    log(f"{name}: {json.dumps(entry)}")
    return oof


def columns(names) -> list[int]:
    return [FEATURE_NAMES.index(n) for n in names]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=SHARED_CACHE)
    ap.add_argument("--e5", action="store_true", help="the candidates that need the e5 leads of every dev text")
    ap.add_argument("--lead-chars", type=int, nargs="*", default=[])
    ap.add_argument("--lead-rows", type=int, default=0,
                    help="the lead-length comparison on the first N rows (0: the rows whose leads at every length "
                         "are cached already; nothing is computed for it)")
    ap.add_argument("--extra-cache", type=Path, nargs="*", default=[],
                    help="other embedding caches to read vectors from (read-only; same keys)")
    ap.add_argument("--time-chars", type=int, nargs="*", default=None,
                    help="lead lengths whose CPU per lead is measured (default: --lead-chars)")
    ap.add_argument("--no-compute", action="store_true", help="fail rather than compute an e5 lead not cached")
    args = ap.parse_args(argv)

    rows, _ = train.load_rows(train.DEFAULT_DEV)
    groups = train.pair_groups(rows)
    terms = train.term_table(rows)
    Y = train.targets(rows)
    use, e5 = train.make_embedders(args.cache)
    if args.no_compute:
        def refuse(texts):
            raise SystemExit(f"{len(texts)} e5 leads are not cached")
        e5.embedder.embed = refuse  # type: ignore[method-assign]
    gaz = Gazetteer.load()
    shipped = {v: SimilarityModel.load(v) for v in ("full", "fast")}
    results: dict = {"data": f"dev.csv {len(rows)} rows, {len(set(groups))} groups", "started": time.ctime()}

    log("features, shipped inputs (3+1)")
    X31 = feature_matrix(rows, FeatureInputs(3, 1, 1200, 600), use, gaz, terms, groups)
    if args.e5:  # only its candidates read the 8+2 inputs (a lead-length run alone skips ~25 min at load 20)
        log("features, 8+2 inputs")
        X82 = feature_matrix(rows, FeatureInputs(8, 2, 1200, 600), use, gaz, terms, groups)
    e5_col = FEATURE_NAMES.index("e5_cos_lead")
    evaluate("fast (shipped recipe: 3+1, rare terms, no e5)", X31[:, columns(shipped["fast"].feature_names_)], Y,
             groups, results)
    if args.e5:
        log("e5 leads (600) and their lead-bank features")
        a, b, (X31, X82) = e5_columns(rows, groups, e5, [X31, X82])
        # the shipped full recipe (since stop 26: 3+1 inputs, every feature: rare terms, e5 lead, its bank)
        assert shipped["full"].inputs_ == FeatureInputs(3, 1, 1200, 600), shipped["full"].inputs_
        base = "full (shipped recipe: 3+1, every feature)"
        evaluate(base, X31[:, columns(shipped["full"].feature_names_)], Y, groups, results)
        evaluate("full recipe on 8+2 inputs", X82[:, columns(shipped["full"].feature_names_)], Y, groups, results, base)
        extra = bank_features(rows, groups, a, b)
        for names in (("e5_csls", "e5_ratio"), ("e5_lp_shift", "e5_lp_z"), ("e5_rank_min",),
                      ("e5_csls", "e5_ratio", "e5_lp_shift", "e5_lp_z", "e5_rank_min")):
            Xe = np.column_stack([X31] + [extra[n] for n in names])
            evaluate(f"full (3+1) + this script's {'+'.join(names)}", Xe, Y, groups, results, base)
    extra_dbs = [sqlite3.connect(f"file:{p}?mode=ro", uri=True) for p in args.extra_cache]
    if extra_dbs:
        lookup = e5._lookup

        def chained(keys: set[str]) -> dict[str, np.ndarray]:
            found = lookup(keys)
            for db in extra_dbs:
                for k in keys - set(found):
                    row = db.execute("SELECT vec FROM embeddings WHERE key = ?", (k,)).fetchone()
                    if row:
                        found[k] = np.frombuffer(row[0], dtype=np.float32)
            return found

        e5._lookup = chained  # type: ignore[method-assign]
    if args.lead_chars and args.lead_rows:
        sub = list(range(min(args.lead_rows, len(rows))))
    elif args.lead_chars:
        have = set(e5._lookup({e5._key(prepare_text(r[k]).text.strip()[:n]) for r in rows
                               for k in ("text1", "text2") for n in args.lead_chars}))
        sub = [i for i, r in enumerate(rows)
               if all(e5._key(prepare_text(r[k]).text.strip()[:n]) in have for k in ("text1", "text2")
                      for n in args.lead_chars)]
    if args.lead_chars:
        rs, gs = [rows[i] for i in sub], [groups[i] for i in sub]
        evaluate(f"no e5 (fast features), {len(sub)} rows", X31[sub][:, columns(shipped["fast"].feature_names_)],
                 Y[sub], gs, results)
    base_lead = None
    no_bank = [i for i, n in enumerate(FEATURE_NAMES) if n not in BANK_FEATURES + MARGIN_FEATURES]
    for chars in sorted(args.lead_chars, key=lambda n: (n != 600, n)):
        t = cpu()
        a, b, texts = lead_vectors(rs, e5, chars)
        X = X31[sub].copy()
        X[:, e5_col] = np.einsum("ij,ij->i", a, b)
        X = X[:, no_bank]  # a lead bank is built at 600 characters only: compared without its features
        results.setdefault("leads", {})[chars] = {"embed_cpu_s_this_run": round(cpu() - t, 1), "texts": len(texts)}
        name = f"lead {chars} chars, {len(sub)} rows"
        evaluate(name, X, Y[sub], gs, results, base_lead)
        base_lead = base_lead or name
    time_chars = args.lead_chars if args.time_chars is None else args.time_chars
    if time_chars:
        from storylens.embed import E5Embedder

        enc = E5Embedder()
        enc.embed(["warm up"])
        sample = [prepare_text(r["text1"]).text for r in rows[1000:1020]]
        for chars in time_chars:
            t0, w0 = cpu(), time.time()
            enc.embed([s.strip()[:chars] for s in sample])  # in memory: nothing cached
            results.setdefault("leads", {}).setdefault(chars, {}).update(cpu_s_per_lead=round((cpu() - t0) / len(sample), 3),
                                           wall_s_per_lead=round((time.time() - w0) / len(sample), 3),
                                           load=round(os.getloadavg()[0], 1))
            log(f"lead {chars}: {results['leads'][chars]}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = {k: ({kk: vv for kk, vv in v.items() if kk != "_oof"} if isinstance(v, dict) else v) for k, v in results.items()}
    path = RESULTS / ("similarity_cv.json" if args.e5 else "similarity_cv_leads.json")
    path.write_text(json.dumps(out, indent=2) + "\n")
    log(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
