"""More `full` similarity candidates on dev.csv, grouped CV only (never heldout.csv).

    nice .venv/bin/python benchmarks/similarity_ideas.py [--cache PATH] [--only NAME ...]

Protocol (as ``scripts/train_similarity.py`` and ``benchmarks/similarity_cv.py``): the dev
rows ``load_rows`` keeps, the shipped ``full`` features as ``semeval.py`` computes them
(texts prepared as ``score_pairs`` does, the rare-term features and the e5 lead-bank
features of each row recomputed with its connected group left out of the term table and
the bank), 5-fold GroupKFold with groups = connected components of the pair graph.
Every candidate's out-of-fold Overall Pearson is printed beside the shipped recipe in the
same run, with the per-fold figures and a paired bootstrap over groups (1,000 draws) of
the difference. The shipped recipe refitted with other forest seeds gives the noise floor.

Candidates (the e5 leads of every dev text must be cached: ``benchmarks/fill_e5_leads.py``):

* ``use_lp``: the language-pair calibration ``LeadBank`` applies to the e5 lead cosine,
  applied to the USE cosines (whole text, mean of the kept sentences): the cosine less
  the mean, and over the spread, of each side's cosines to the dev texts of the other
  side's language, the row's group left out of that bank;
* ``unrelated``: every similarity feature less (``shift``) or standardised by (``z``) its
  mean and spread over 250 random unrelated dev pairs of the row's language pair (texts
  of two different groups; the row's group left out);
* ``blend``: other weights of the forest / ridge / boosted-trees average, other boosting
  and forest settings, an overall-only forest;
* ``stack``: a linear meta-model over the components' outputs, fitted on inner grouped
  out-of-fold predictions of each training fold;
* ``metric``: a ridge on the elementwise product and distance of the two vectors (a
  learned diagonal metric; e5 lead, USE whole, USE mean), stacked with inner grouped CV;
* ``terms``: rare-term overlaps restricted to the lead (600 characters) and the first
  sentence (title) against the other lead, and names over the whole text instead of
  the kept sentences.

Writes benchmarks/results/similarity_ideas.json (the matrices go to
``similarity_ideas_*.npz`` beside it and are reused).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import train_similarity as train

from storylens.similarity import FEATURE_NAMES, Gazetteer, SimilarityModel, lead_bank, prepare_text

RESULTS = ROOT / "benchmarks" / "results"
SHARED_CACHE = Path(os.environ.get("STORYLENS_CACHE_DIR", Path.home() / ".cache" / "storylens")) / "embeddings.sqlite"
CANDIDATES = ("seeds", "use_lp", "unrelated", "blend", "stack", "metric", "terms")


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.1f} cpu {cpu():.0f}s] {msg}", file=sys.stderr, flush=True)


def unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


class Dev:
    """The dev rows, the shipped full features (group left out), and per-text vectors."""

    def __init__(self, cache: Path, no_compute: bool = True):
        self.rows, _ = train.load_rows(train.DEFAULT_DEV)
        self.groups = train.pair_groups(self.rows)
        self.Y = train.targets(self.rows)
        self.y = self.Y[:, 0]
        langs = train.bank_languages(self.rows)
        self.texts = list(langs)
        self.tlang = np.array([langs[t] for t in self.texts])
        index = {t: i for i, t in enumerate(self.texts)}
        self.pos = np.array([[index[prepare_text(r["text1"]).text], index[prepare_text(r["text2"]).text]]
                             for r in self.rows])
        self.lang1 = np.array([r["lang1"] for r in self.rows])
        self.lang2 = np.array([r["lang2"] for r in self.rows])
        self.tgroup = np.empty(len(self.texts), dtype=object)
        for i, g in enumerate(self.groups):
            self.tgroup[self.pos[i]] = g
        self.model = SimilarityModel.load("full")
        self._cache, self._no_compute = cache, no_compute
        path = RESULTS / "similarity_ideas_dev.npz"
        if path.exists():
            d = np.load(path)
            self.X, self.vectors = d["X"], {k: d[k] for k in ("whole", "mean", "lead")}
        else:
            self.X, self.vectors = self._compute(index)
            RESULTS.mkdir(parents=True, exist_ok=True)
            np.savez_compressed(path, X=self.X, **self.vectors)
        self.Xb = self.X[:, [FEATURE_NAMES.index(n) for n in self.model.feature_names_]]
        from sklearn.model_selection import GroupKFold

        self.folds = list(GroupKFold(5).split(self.Xb, self.y, self.groups))

    def embedders(self):
        use, e5 = train.make_embedders(self._cache)
        if self._no_compute:
            def refuse(texts):
                raise SystemExit(f"{len(texts)} e5 leads are not cached: run benchmarks/fill_e5_leads.py")
            e5.embedder.embed = refuse  # type: ignore[method-assign]
        return use, e5

    def _compute(self, index: dict[str, int]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        from storylens.similarity import _kept_sentences, _unit

        use, e5 = self.embedders()
        inputs = self.model.inputs_
        X = train.features(self.rows, (use, e5), Gazetteer.load(), inputs=inputs,
                           progress=lambda d, n: print(f"\rfeatures {d}/{n}", end="", file=sys.stderr))
        X = train.leave_group_out_terms(self.rows, X, self.groups, train.term_table(self.rows))
        X = train.leave_group_out_bank(self.rows, X, self.groups, lead_bank(), index)
        print(file=sys.stderr)
        whole = use.embed([t.strip()[: inputs.whole_chars] for t in self.texts])
        mean = np.vstack([use.embed(_kept_sentences(t, inputs)).mean(axis=0) for t in self.texts])
        lead = np.vstack([_unit(v) for v in e5.embed([t.strip()[: inputs.lead_chars] for t in self.texts])])
        return X, {"whole": whole, "mean": mean, "lead": lead}

    def col(self, name: str) -> np.ndarray:
        return self.X[:, FEATURE_NAMES.index(name)]


class Board:
    """Out-of-fold Overall Pearson of each candidate, against a named base."""

    def __init__(self, dev: Dev):
        self.dev = dev
        self.results: dict[str, dict] = {}

    def fit(self, name: str, X: np.ndarray, base: str | None = "shipped", model: SimilarityModel | None = None) -> None:
        t = cpu()
        oof = (model or SimilarityModel())._cross_val_predict(X, self.dev.Y, self.dev.groups)[:, 0]
        self.add(name, oof, base, n_features=X.shape[1], fit_cpu_s=round(cpu() - t, 1))

    def add(self, name: str, oof: np.ndarray, base: str | None = "shipped", **extra) -> None:
        y = self.dev.y
        folds = [float(np.corrcoef(oof[te], y[te])[0, 1]) for _, te in self.dev.folds]
        entry = {"cv_pearson_overall": round(float(np.corrcoef(oof, y)[0, 1]), 4),
                 "folds": [round(f, 3) for f in folds], **extra}
        if base is not None and base in self.results:
            mean, sd = self.bootstrap(oof, self.results[base]["_oof"])
            entry[f"minus_{base}"] = {"mean": round(mean, 4), "sd": round(sd, 4),
                                      "folds_better": sum(f > g for f, g in zip(folds, self.results[base]["folds"]))}
        self.results[name] = {**entry, "_oof": oof}
        log(f"{name}: {json.dumps(entry)}")

    def bootstrap(self, p: np.ndarray, q: np.ndarray, draws: int = 1000) -> tuple[float, float]:
        y, groups = self.dev.y, self.dev.groups
        members: dict[str, list[int]] = {}
        for i, g in enumerate(groups):
            members.setdefault(g, []).append(i)
        keys = sorted(members)
        rng = np.random.default_rng(0)
        diffs = []
        for _ in range(draws):
            idx = np.concatenate([members[keys[j]] for j in rng.integers(0, len(keys), len(keys))])
            diffs.append(np.corrcoef(p[idx], y[idx])[0, 1] - np.corrcoef(q[idx], y[idx])[0, 1])
        return float(np.mean(diffs)), float(np.std(diffs))


# --------------------------------------------------------------------------- candidates


def seeds(dev: Dev, board: Board) -> None:
    for s in (1, 2, 3):
        board.fit(f"shipped recipe, forest seed {s}", dev.Xb, model=SimilarityModel(random_state=s))


def lp_calibration(dev: Dev, V: np.ndarray, cos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """LeadBank's features for other vectors: cos less / over the other-language bank pool, group left out."""
    V = unit(V)
    S = V @ V.T
    shift, z = np.zeros(len(cos)), np.zeros(len(cos))
    for i, (a, b) in enumerate(dev.pos):
        keep = dev.tgroup != dev.groups[i]
        pool = np.concatenate([S[a, keep & (dev.tlang == dev.lang2[i])], S[b, keep & (dev.tlang == dev.lang1[i])]])
        shift[i] = cos[i] - pool.mean()
        z[i] = shift[i] / (pool.std() or 1.0)
    return shift, z


def use_lp(dev: Dev, board: Board) -> None:
    whole = lp_calibration(dev, dev.vectors["whole"], dev.col("cos_whole"))
    mean = lp_calibration(dev, dev.vectors["mean"], dev.col("cos_mean"))
    board.fit("+ USE whole cosine by language pair", np.column_stack([dev.Xb, *whole]))
    board.fit("+ USE mean cosine by language pair", np.column_stack([dev.Xb, *mean]))
    board.fit("+ both", np.column_stack([dev.Xb, *whole, *mean]))


def unrelated_pairs(dev: Dev, per_pair: int = 250) -> tuple[np.ndarray, np.ndarray]:
    """Features of random pairs of dev texts from two groups, per dev language pair; (X, text positions)."""
    path = RESULTS / "similarity_ideas_unrelated.npz"
    if path.exists():
        d = np.load(path)
        return d["X"], d["pos"]
    raw = {}
    for r, (a, b) in zip(dev.rows, dev.pos):
        raw.setdefault(a, r["text1"])
        raw.setdefault(b, r["text2"])
    rng = np.random.default_rng(1)
    rows, pos = [], []
    for l1, l2 in sorted(set(zip(dev.lang1, dev.lang2))):
        A, B = np.flatnonzero(dev.tlang == l1), np.flatnonzero(dev.tlang == l2)
        n = 0
        while n < per_pair:
            a, b = int(rng.choice(A)), int(rng.choice(B))
            if a != b and dev.tgroup[a] != dev.tgroup[b]:
                rows.append({"text1": raw[a], "text2": raw[b], "lang1": l1, "lang2": l2})
                pos.append((a, b))
                n += 1
    X = train.features(rows, dev.embedders(), Gazetteer.load(), inputs=dev.model.inputs_,
                       progress=lambda d, n: print(f"\runrelated pairs {d}/{n}", end="", file=sys.stderr))
    print(file=sys.stderr)
    np.savez_compressed(path, X=X, pos=np.array(pos))
    return X, np.array(pos)


def unrelated(dev: Dev, board: Board) -> None:
    XR, rpos = unrelated_pairs(dev)
    names = [n for n in dev.model.feature_names_
             if n not in ("same_lang", "cased_pair", "cjk_any") and not n.startswith("lang_")]
    cols = [FEATURE_NAMES.index(n) for n in names]
    rl1, rl2 = dev.tlang[rpos[:, 0]], dev.tlang[rpos[:, 1]]
    rg1, rg2 = dev.tgroup[rpos[:, 0]], dev.tgroup[rpos[:, 1]]
    mu, sd = np.zeros((len(dev.y), len(cols))), np.ones((len(dev.y), len(cols)))
    for i in range(len(dev.y)):
        m = (rl1 == dev.lang1[i]) & (rl2 == dev.lang2[i]) & (rg1 != dev.groups[i]) & (rg2 != dev.groups[i])
        P = XR[m][:, cols]
        mu[i], s = P.mean(0), P.std(0)
        sd[i] = np.where(s > 1e-9, s, 1.0)
    shift = dev.X[:, cols] - mu
    board.fit("+ every feature less its unrelated-pair mean (language pair)", np.column_stack([dev.Xb, shift]))
    board.fit("+ every feature standardised on unrelated pairs", np.column_stack([dev.Xb, shift / sd]))
    rest = [FEATURE_NAMES.index(n) for n in dev.model.feature_names_ if n not in names]
    board.fit("standardised features instead of raw", np.column_stack([shift / sd, dev.X[:, rest]]))


def components(dev: Dev, et: dict | None = None, hgb: dict | None = None) -> dict[str, np.ndarray]:
    """Out-of-fold Overall of each blend component (forest, ridge, boosted) with the shipped settings unless given."""
    from sklearn.ensemble import ExtraTreesRegressor, HistGradientBoostingRegressor
    from sklearn.linear_model import Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from threadpoolctl import threadpool_limits

    et = et or {"n_estimators": 100, "min_samples_leaf": 5, "max_features": 0.5}
    hgb = hgb or {"max_iter": 150, "learning_rate": 0.08, "max_leaf_nodes": 15}
    out = {k: np.zeros(len(dev.y)) for k in ("forest", "ridge", "boost")}
    for tr, te in dev.folds:
        Xtr, Ytr = dev.Xb[tr], dev.Y[tr]
        out["forest"][te] = ExtraTreesRegressor(random_state=0, n_jobs=1, **et).fit(Xtr, Ytr).predict(dev.Xb[te])[:, 0]
        out["ridge"][te] = make_pipeline(StandardScaler(), Ridge(alpha=3.0)).fit(Xtr, Ytr).predict(dev.Xb[te])[:, 0]
        with threadpool_limits(limits=1, user_api="openmp"):
            out["boost"][te] = HistGradientBoostingRegressor(
                min_samples_leaf=20, l2_regularization=1.0, random_state=0, **hgb).fit(Xtr, dev.y[tr]).predict(dev.Xb[te])
    return out


def blend(dev: Dev, board: Board) -> None:
    c = components(dev)
    log("components alone: " + json.dumps({k: round(float(np.corrcoef(v, dev.y)[0, 1]), 4) for k, v in c.items()}))
    for wf, wr, wb in ((1, 1, 2), (2, 1, 2), (1, 0, 1), (2, 1, 3), (0, 0, 1)):
        board.add(f"blend forest {wf} : ridge {wr} : boosted {wb}",
                  np.clip((wf * c["forest"] + wr * c["ridge"] + wb * c["boost"]) / (wf + wr + wb), 0, 1))
    for lr, it, leaves in ((0.04, 300, 15), (0.03, 500, 31), (0.05, 300, 7)):
        c2 = components(dev, hgb={"max_iter": it, "learning_rate": lr, "max_leaf_nodes": leaves})
        board.add(f"boosted lr {lr}, {it} iterations, {leaves} leaves",
                  np.clip((c2["forest"] + c2["ridge"] + c2["boost"]) / 3, 0, 1),
                  boosted_alone=round(float(np.corrcoef(c2["boost"], dev.y)[0, 1]), 4))
    for et in ({"n_estimators": 300, "min_samples_leaf": 3, "max_features": 0.5},
               {"n_estimators": 300, "min_samples_leaf": 5, "max_features": 0.33}):
        c2 = components(dev, et=et)
        board.add(f"forest {et}", np.clip((c2["forest"] + c2["ridge"] + c2["boost"]) / 3, 0, 1),
                  forest_alone=round(float(np.corrcoef(c2["forest"], dev.y)[0, 1]), 4))


def stack(dev: Dev, board: Board) -> None:
    from sklearn.linear_model import LinearRegression
    from sklearn.model_selection import GroupKFold

    from storylens.similarity import _forest_predict

    model = SimilarityModel()

    def outputs(models, X):
        return np.column_stack([_forest_predict(models["forest"], X), models["ridge"].predict(X),
                                models["boosted"]["overall"].predict(X)])

    oof = {"all 15 outputs": np.zeros(len(dev.y)), "overall of each (3)": np.zeros(len(dev.y))}
    for tr, te in dev.folds:
        inner = np.zeros((len(tr), 15))
        for itr, ite in GroupKFold(5).split(dev.Xb[tr], dev.y[tr], [dev.groups[i] for i in tr]):
            inner[ite] = outputs(model._fit_all(dev.Xb[tr][itr], dev.Y[tr][itr]), dev.Xb[tr][ite])
        outer = outputs(model._fit_all(dev.Xb[tr], dev.Y[tr]), dev.Xb[te])
        for name, cols in (("all 15 outputs", list(range(15))), ("overall of each (3)", [0, 7, 14])):
            meta = LinearRegression(positive=True).fit(inner[:, cols], dev.y[tr])
            oof[name][te] = np.clip(meta.predict(outer[:, cols]), 0, 1)
    for name, p in oof.items():
        board.add(f"stacked: non-negative linear meta-model over {name}", p)


def metric(dev: Dev, board: Board, alpha: float = 10.0) -> None:
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import GroupKFold

    phi = {}
    for k, V in dev.vectors.items():
        a, b = unit(V)[dev.pos[:, 0]], unit(V)[dev.pos[:, 1]]
        phi[k] = np.hstack([a * b, np.abs(a - b)])
    for keys in (("lead",), ("whole",), ("whole", "mean", "lead")):
        oof = np.zeros(len(dev.y))
        for tr, te in dev.folds:
            ftr, fte = [], []
            for k in keys:
                P, inner = phi[k][tr], np.zeros(len(tr))
                for itr, ite in GroupKFold(5).split(P, dev.y[tr], [dev.groups[i] for i in tr]):
                    inner[ite] = Ridge(alpha=alpha).fit(P[itr], dev.y[tr][itr]).predict(P[ite])
                ftr.append(inner)
                fte.append(Ridge(alpha=alpha).fit(P, dev.y[tr]).predict(phi[k][te]))
            m = SimilarityModel()
            models = m._fit_all(np.column_stack([dev.Xb[tr], *ftr]), dev.Y[tr])
            oof[te] = m._predict_with(models, np.column_stack([dev.Xb[te], *fte]))[:, 0]
        board.add(f"+ learned diagonal metric ({', '.join(keys)})", oof)


def term_parts(dev: Dev) -> np.ndarray:
    """Per row: names over the whole text (jaccard, cover min/max, shared), lead-term TERM_FEATURES,
    title-vs-lead IDF cosine (max, min), title-title IDF cosine, lead numbers jaccard; group left out."""
    from storylens.similarity import (
        _cased,
        _cover,
        _fold,
        _jaccard,
        _match_name_tokens,
        _name_tokens,
        _names,
        _numbers,
        _terms,
        split_sentences,
    )

    table = train.term_table(dev.rows)
    info = []
    for t in dev.texts:
        sents = split_sentences(t)
        cased = _cased(t)
        info.append({"names": _name_tokens(_names(sents)) if cased else {}, "cased": cased, "whole": _terms(_fold(t)),
                     "lead": _terms(_fold(t.strip()[:600])), "title": _terms(_fold(sents[0] if sents else t[:200])),
                     "numbers": frozenset(_numbers(t.strip()[:600]))})
    members: dict[str, set[int]] = {}
    for g, ab in zip(dev.groups, dev.pos):
        members.setdefault(g, set()).update(ab.tolist())
    F = []
    for g, (ia, ib) in zip(dev.groups, dev.pos):
        a, b = info[ia], info[ib]
        out = [info[k]["whole"] for k in sorted(members[g])]
        ns, na, nb = _match_name_tokens(a["names"], b["names"])[1:] if a["cased"] and b["cased"] else (0, 0, 0)
        t1 = table.features(a["title"], b["lead"], out)[0]
        t2 = table.features(b["title"], a["lead"], out)[0]
        F.append([ns / (na + nb - ns) if na + nb - ns > 0 else 0.0, *_cover(ns, set(range(na)), set(range(nb))),
                  float(ns), *table.features(a["lead"], b["lead"], out), max(t1, t2), min(t1, t2),
                  table.features(a["title"], b["title"], out)[0], _jaccard(a["numbers"], b["numbers"])])
    return np.array(F)


def terms(dev: Dev, board: Board) -> None:
    path = RESULTS / "similarity_ideas_terms.npy"
    F = np.load(path) if path.exists() else term_parts(dev)
    np.save(path, F)
    board.fit("+ names over the whole text", np.column_stack([dev.Xb, F[:, :4]]))
    board.fit("+ rare terms of the leads", np.column_stack([dev.Xb, F[:, 4:7]]))
    board.fit("+ title terms against the other lead / title", np.column_stack([dev.Xb, F[:, 7:10]]))
    board.fit("+ all of these and lead numbers", np.column_stack([dev.Xb, F]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=SHARED_CACHE)
    ap.add_argument("--only", nargs="*", choices=CANDIDATES, default=list(CANDIDATES))
    ap.add_argument("--compute", action="store_true", help="embed e5 leads that are not cached (slow)")
    args = ap.parse_args(argv)
    dev = Dev(args.cache, no_compute=not args.compute)
    board = Board(dev)
    board.fit("shipped", dev.Xb, base=None)
    for name in args.only:
        log(f"--- {name}")
        globals()[name](dev, board)
    out = {"data": f"dev.csv {len(dev.rows)} rows, {len(set(dev.groups))} groups, 5 grouped folds",
           "started": time.ctime(),
           "results": {k: {kk: vv for kk, vv in v.items() if kk != "_oof"} for k, v in board.results.items()}}
    path = RESULTS / "similarity_ideas.json"
    path.write_text(json.dumps(out, indent=2) + "\n")
    log(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
