"""More `full` similarity candidates on dev.csv, grouped CV only (never heldout.csv).

    nice .venv/bin/python benchmarks/similarity_ideas.py [--cache PATH] [--only NAME ...] [--leave-pair-out]

Protocol (as ``scripts/train_similarity.py`` and ``benchmarks/similarity_cv.py``): the dev
rows ``load_rows`` keeps, the shipped ``full`` features as ``semeval.py`` computes them
(texts prepared as ``score_pairs`` does, the rare-term features and the e5 lead-bank
features of each row recomputed with its connected group left out of the term table and
the bank), 5-fold GroupKFold with groups = connected components of the pair graph.
Every candidate's out-of-fold Overall Pearson is printed beside the shipped recipe in the
same run, with the per-fold figures and a paired bootstrap over groups (1,000 draws) of
the difference. The shipped recipe refitted with other forest seeds gives the noise floor.

``--leave-pair-out`` also scores each candidate on unseen language pairs: for each of the 16
dev language pairs (``lang1-lang2`` as the texts stand) a model trained without any row of that
pair, nor any row of a connected group one of its rows is in, predicts that pair's rows; reported
are the Pearson within each pair, their mean (``pair_out_mean``, the figure a change must raise),
the Pearson of all those predictions pooled, the grouped-CV Pearson within each pair beside them,
and against the shipped recipe a paired bootstrap over groups of the mean's difference.

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
* ``identity`` / ``lexical``: the shipped recipe without the features that name the
  languages (one-hots, same language, cased, CJK) / without the word overlaps (words, char
  trigrams, rare terms, title terms), whose scale depends on the language pair;
* ``weights``: sample weights balancing the language pairs (rows of the pair ** -0.5, -1);
* ``monotone``: the boosted trees monotone in every closeness feature; a blend leaning on the ridge;
* ``margins``: CSLS / ratio margin of the e5 lead and USE whole cosines (10 nearest dev texts);
* ``pair_standardised``: the closeness features standardised within each language pair (by the
  feature values of the pair's own rows: an upper bound, as no gold is read but the test rows are);
* ``noise``: no candidate; the shipped recipe's grouped-CV Pearson per language pair and variant with
  the 5-95 % range of a group bootstrap (how far a held-out subset of that size may fall by chance).
* ``compounds`` / ``compounds_extra``: German compounds split for the rare-term and title-term
  features (``split_compound``: the longest final part and the rest less a linking element, both
  terms of >= 3 dev texts: "bundesregierung" -> "bund" + "regierung"), parts added / head only /
  parts instead of the compound, table recounted; or those columns beside the shipped ones;
* ``e5_titles`` / ``title_seeds``: e5 vectors of each text's title (its first kept sentence, <= 160
  characters: one more short e5 call per article): the two titles' cosine, each title against the
  other's lead, the title cosine calibrated by language (a bank of dev titles); other forest seeds;
* ``aliases``: overlap of the linker's alias groups (``cluster._aliases.alias_keys``: ECB = EZB,
  Deutschland = Germany) over the whole text and the lead.
* ``learners``: the learner side, each part fitted once per fold (``LEARNER_PARTS``, kept in
  ``similarity_ideas_parts*.npz``) and blended with equal weights (``LEARNER_BLENDS``): the forest's
  min leaf / max_features / seeds, a random forest, ridge alphas, boosted settings, rank targets,
  SVR / kernel ridge / monotone stumps / MLP beside or instead of the ridge. Several processes can
  fill the parts at once: ``SKIP_SHIPPED=1 PARTS_FILE=_b PARTS_FIRST=name,... [PARTS_REVERSE=1]``.

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
CANDIDATES = ("seeds", "use_lp", "unrelated", "blend", "stack", "metric", "terms", "identity", "lexical",
              "weights", "monotone", "margins", "pair_standardised", "noise", "compounds", "e5_titles", "aliases", "compounds_extra", "title_seeds",
              "learners")


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

    def __init__(self, cache: Path, no_compute: bool = True, use_only: bool = False, tag: str = "",
                 bank_from_leads: bool = False):
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
        self._cache, self._no_compute, self._use_only = cache, no_compute, use_only
        self._tag, self._bank_from_leads = tag, bank_from_leads
        path = RESULTS / f"similarity_ideas{tag}_dev.npz"
        if path.exists() and np.load(path)["X"].shape[1] != len(FEATURE_NAMES):
            path.unlink()  # kept before the feature list changed
        if path.exists():
            d = np.load(path)
            self.X, self.vectors = d["X"], {k: d[k] for k in ("whole", "mean", "lead")}
        else:
            self.X, self.vectors = self._compute(index)
            RESULTS.mkdir(parents=True, exist_ok=True)
            np.savez_compressed(path, X=self.X, **self.vectors)
        self.pair = np.array([f"{a}-{b}" for a, b in zip(self.lang1, self.lang2)])
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
        """The USE features first (kept in ``similarity_ideas_use.npz``: they need no e5 lead, so
        they can be computed while the leads are still being cached), then the e5 columns from
        the cached leads, the bank features with each row's group left out of the shipped bank."""
        from storylens.similarity._banks import _unit
        from storylens.similarity._sides import _kept_sentences

        use, e5 = self.embedders()
        inputs = self.model.inputs_
        use_path = RESULTS / f"similarity_ideas{self._tag}_use.npz"
        if use_path.exists() and np.load(use_path)["X"].shape[1] != len(FEATURE_NAMES):
            use_path.unlink()
        if use_path.exists():
            d = np.load(use_path)
            X, whole, mean = d["X"], d["whole"], d["mean"]
        else:
            X = train.features(self.rows, (use, None), Gazetteer.load(), inputs=inputs,
                               progress=lambda d, n: print(f"\rfeatures {d}/{n}", end="", file=sys.stderr))
            X = train.leave_group_out_terms(self.rows, X, self.groups, train.term_table(self.rows))
            print(file=sys.stderr)
            whole = use.embed([t.strip()[: inputs.whole_chars] for t in self.texts])
            mean = np.vstack([use.embed(_kept_sentences(t, inputs)).mean(axis=0) for t in self.texts])
            RESULTS.mkdir(parents=True, exist_ok=True)
            np.savez_compressed(use_path, X=X, whole=whole, mean=mean)
        if self._use_only:
            raise SystemExit(f"USE features written to {use_path}")
        lead = np.vstack([_unit(v) for v in e5.embed([t.strip()[: inputs.lead_chars] for t in self.texts])])
        bank = lead_bank()
        if self._bank_from_leads:
            # the bank a retrain ships: these texts' leads as they are prepared now (float16, as saved)
            from storylens.similarity import LeadBank

            bank = LeadBank(lead.astype(np.float16).astype(np.float32), list(self.tlang))
        # the shipped bank holds the same texts in the same order (train.bank_languages): checked, as a
        # change of prepare_text would silently pair each text with another's bank row (13 leads whose
        # preparation changed after the bank was built are at 0.986-0.999 of their bank row, the rest >= 0.9999)
        agree = np.einsum("ij,ij->i", bank.vectors, lead)
        if len(bank.vectors) != len(lead) or agree.min() < 0.95:
            raise SystemExit(f"the shipped lead bank is not these texts' leads (lowest cosine {agree.min():.3f})")
        X = X.copy()
        X[:, FEATURE_NAMES.index("e5_cos_lead")] = np.einsum("ij,ij->i", lead[self.pos[:, 0]], lead[self.pos[:, 1]])
        X = train.leave_group_out_bank(self.rows, X, self.groups, bank, index)
        return X, {"whole": whole, "mean": mean, "lead": lead}

    def col(self, name: str) -> np.ndarray:
        return self.X[:, FEATURE_NAMES.index(name)]


def pair_out_folds(pairs: np.ndarray, groups: list[str]) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """Leave-one-language-pair-out folds: (pair, train rows, test rows). The test rows are every
    row of one language pair (``lang1-lang2`` as the texts stand); the training rows are the
    others less any row of a connected group the test rows touch (a zh-en row is a translation
    of an en-en row of its group: training on that en-en row would let the article leak)."""
    out = []
    g = np.array(groups, dtype=object)
    for pair in sorted(set(pairs.tolist())):
        test = np.flatnonzero(pairs == pair)
        touched = set(g[test].tolist())
        train_rows = np.flatnonzero([x not in touched for x in g])
        out.append((pair, train_rows, test))
    return out


class Board:
    """Out-of-fold Overall Pearson of each candidate, against a named base: 5 grouped folds, and
    with ``pair_out`` also leave-one-language-pair-out (:func:`pair_out_folds`; the mean over
    the 16 dev language pairs of the Pearson within each pair, each predicted by a model that
    never saw its pair, and the Pearson of those predictions pooled)."""

    def __init__(self, dev: Dev, pair_out: bool = False):
        self.dev = dev
        self.results: dict[str, dict] = {}
        self.pair_folds = pair_out_folds(dev.pair, dev.groups) if pair_out else []

    def fit(self, name: str, X: np.ndarray, base: str | None = "shipped", model: SimilarityModel | None = None,
            weights: np.ndarray | None = None) -> None:
        """The shipped blend (``model``'s parameters) on the columns ``X``; ``weights``: per-row sample weights."""
        m = model or SimilarityModel()

        def predict(tr: np.ndarray, te: np.ndarray) -> np.ndarray:
            models = m._fit_all(X[tr], self.dev.Y[tr]) if weights is None else fit_weighted(m, X[tr], self.dev.Y[tr],
                                                                                              weights[tr])
            return m._predict_with(models, X[te])[:, 0]

        self.run(name, predict, base, n_features=X.shape[1])

    def run(self, name: str, predict, base: str | None = "shipped", **extra) -> None:
        """``predict(train rows, test rows) -> predicted Overall of the test rows`` on every fold."""
        t = cpu()
        oof = np.zeros(len(self.dev.y))
        for tr, te in self.dev.folds:
            oof[te] = predict(tr, te)
        extra["fit_cpu_s"] = round(cpu() - t, 1)
        lopo = None
        if self.pair_folds:
            lopo = np.zeros(len(self.dev.y))
            for _, tr, te in self.pair_folds:
                lopo[te] = predict(tr, te)
        self.add(name, oof, base, lopo=lopo, **extra)

    def per_pair(self, p: np.ndarray, idx: np.ndarray | None = None) -> dict[str, float]:
        y, pairs = self.dev.y, self.dev.pair
        if idx is not None:
            p, y, pairs = p[idx], y[idx], pairs[idx]
        return {pair: float(np.corrcoef(p[pairs == pair], y[pairs == pair])[0, 1]) for pair in sorted(set(pairs.tolist()))}

    def add(self, name: str, oof: np.ndarray, base: str | None = "shipped", lopo: np.ndarray | None = None,
            **extra) -> None:
        y = self.dev.y
        folds = [float(np.corrcoef(oof[te], y[te])[0, 1]) for _, te in self.dev.folds]
        entry = {"cv_pearson_overall": round(float(np.corrcoef(oof, y)[0, 1]), 4),
                 "folds": [round(f, 3) for f in folds], **extra}
        if self.pair_folds:
            entry["cv_per_pair"] = {k: round(v, 3) for k, v in self.per_pair(oof).items()}
        if lopo is not None:
            pp = self.per_pair(lopo)
            entry["pair_out_mean"] = round(float(np.mean(list(pp.values()))), 4)
            entry["pair_out_pooled"] = round(float(np.corrcoef(lopo, y)[0, 1]), 4)
            entry["pair_out_per_pair"] = {k: round(v, 3) for k, v in pp.items()}
        if base is not None and base in self.results:
            ref = self.results[base]
            mean, sd = self.bootstrap(oof, ref["_oof"])
            entry[f"minus_{base}"] = {"mean": round(mean, 4), "sd": round(sd, 4),
                                      "folds_better": sum(f > g for f, g in zip(folds, ref["folds"]))}
            if lopo is not None and ref.get("_lopo") is not None:
                mean, sd = self.bootstrap(lopo, ref["_lopo"], per_pair=True)
                entry[f"pair_out_minus_{base}"] = {
                    "mean": round(mean, 4), "sd": round(sd, 4),
                    "pairs_better": sum(entry["pair_out_per_pair"][k] > v for k, v in ref["pair_out_per_pair"].items())}
        self.results[name] = {**entry, "_oof": oof, "_lopo": lopo}
        log(f"{name}: {json.dumps(entry)}")

    def bootstrap(self, p: np.ndarray, q: np.ndarray, draws: int = 1000, per_pair: bool = False) -> tuple[float, float]:
        """Mean and sd over group-resampled rows of Pearson(p) - Pearson(q) (``per_pair``: of the
        means over language pairs of the Pearson within each pair)."""
        y, groups = self.dev.y, self.dev.groups
        members: dict[str, list[int]] = {}
        for i, g in enumerate(groups):
            members.setdefault(g, []).append(i)
        keys = sorted(members)
        rng = np.random.default_rng(0)
        diffs = []
        for _ in range(draws if not per_pair else draws // 4):
            idx = np.concatenate([members[keys[j]] for j in rng.integers(0, len(keys), len(keys))])
            if per_pair:
                diffs.append(np.mean(list(self.per_pair(p, idx).values())) - np.mean(list(self.per_pair(q, idx).values())))
            else:
                diffs.append(np.corrcoef(p[idx], y[idx])[0, 1] - np.corrcoef(q[idx], y[idx])[0, 1])
        return float(np.mean(diffs)), float(np.std(diffs))


def fit_weighted(m: SimilarityModel, X: np.ndarray, Y: np.ndarray, w: np.ndarray) -> dict:
    """``SimilarityModel._fit_all`` with per-row sample weights (every component takes them)."""
    from sklearn.ensemble import ExtraTreesRegressor, HistGradientBoostingRegressor
    from sklearn.linear_model import Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from threadpoolctl import threadpool_limits

    from storylens.similarity import DIMENSIONS

    forest = ExtraTreesRegressor(n_estimators=m.n_trees, min_samples_leaf=m.min_samples_leaf, max_features=0.5,
                                 random_state=m.random_state, n_jobs=1).fit(X, Y, sample_weight=w)
    ridge = make_pipeline(StandardScaler(), Ridge(alpha=m.ridge_alpha)).fit(X, Y, ridge__sample_weight=w)
    with threadpool_limits(limits=1, user_api="openmp"):
        boosted = {d: HistGradientBoostingRegressor(
            max_iter=m.max_iter, learning_rate=m.learning_rate, max_leaf_nodes=15, min_samples_leaf=20,
            l2_regularization=1.0, random_state=m.random_state).fit(X, Y[:, DIMENSIONS.index(d)], sample_weight=w)
            for d in m.boosted}
    return {"forest": forest, "ridge": ridge, "boosted": boosted}


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

    from storylens.similarity._model import _forest_predict

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
    from storylens.similarity import split_sentences
    from storylens.similarity._banks import _cover, _jaccard, _match_name_tokens
    from storylens.similarity._common import _fold, _names, _numbers
    from storylens.similarity._openings import _cased
    from storylens.similarity._sides import _name_tokens, _terms

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


# --------------------------------------------------------------------- unseen language pairs (issue 11)

LANGUAGE_IDENTITY = ("same_lang", "cased_pair", "cjk_any", *(n for n in FEATURE_NAMES if n.startswith("lang_")))
# overlaps of the words themselves: 0 for most pairs of two languages, whatever the pair is
LEXICAL = ("words_jaccard", "char3_jaccard", "idf_cosine", "idf_rare_shared", "idf_overlap",
           "idf_title_lead_max", "idf_title_lead_min", "idf_title_title")
# the larger, the closer the two texts (monotone +1 for the boosted trees)
INCREASING = ("cos_", "sim_mean", "best_", "cover", "top1", "top3", "chunk_best", "names_jaccard", "names_cover",
              "names_shared", "words_jaccard", "char3_jaccard", "places_jaccard", "places_cover", "places_shared",
              "years_jaccard", "years_shared", "days_", "months_jaccard", "numbers_jaccard", "numbers_shared",
              "e5_", "idf_")


def without(dev: Dev, drop) -> np.ndarray:
    names = [n for n in dev.model.feature_names_ if n not in drop]
    return dev.X[:, [FEATURE_NAMES.index(n) for n in names]]


def shipped_names(dev: Dev, drop=()) -> list[str]:
    return [n for n in dev.model.feature_names_ if n not in drop]


def identity(dev: Dev, board: Board) -> None:
    """Without the features that name the languages (the one-hots, same language, cased, CJK)."""
    board.fit("- language one-hots", without(dev, [n for n in LANGUAGE_IDENTITY if n.startswith("lang_")]))
    board.fit("- every language-identity feature", without(dev, LANGUAGE_IDENTITY))


def lexical(dev: Dev, board: Board) -> None:
    """Without the word overlaps, whose scale depends on the language pair."""
    board.fit("- words / char3 jaccard", without(dev, LEXICAL[:2]))
    board.fit("- every lexical overlap (words, char3, rare terms, title terms)", without(dev, LEXICAL))
    board.fit("- lexical and language identity", without(dev, (*LEXICAL, *LANGUAGE_IDENTITY)))


def pair_weights(dev: Dev, power: float) -> np.ndarray:
    counts = {p: int((dev.pair == p).sum()) for p in set(dev.pair.tolist())}
    w = np.array([counts[p] ** -power for p in dev.pair])
    return w / w.mean()


def weights(dev: Dev, board: Board) -> None:
    """Sample weights balancing the language pairs (n_pair ** -power)."""
    for power in (0.5, 1.0):
        board.fit(f"rows weighted by (rows of the pair) ** -{power}", dev.Xb, weights=pair_weights(dev, power))


def monotone(dev: Dev, board: Board) -> None:
    """Monotone constraints (+1 on every closeness feature) on the boosted trees; and a blend that
    leans on the ridge (linear: extrapolates the same way in every language pair)."""
    from storylens.similarity._model import _forest_predict

    names = shipped_names(dev)
    cst = [1 if any(n.startswith(k) for k in INCREASING) else 0 for n in names]

    def fit_parts(X, Y, monotonic):
        from sklearn.ensemble import HistGradientBoostingRegressor
        from threadpoolctl import threadpool_limits

        m = SimilarityModel()
        models = m._fit_all(X, Y)
        if monotonic:
            with threadpool_limits(limits=1, user_api="openmp"):
                models["boosted"]["overall"] = HistGradientBoostingRegressor(
                    max_iter=m.max_iter, learning_rate=m.learning_rate, max_leaf_nodes=15, min_samples_leaf=20,
                    l2_regularization=1.0, random_state=0, monotonic_cst=cst).fit(X, Y[:, 0])
        return models

    def blend(wf, wr, wb, monotonic=False):
        def predict(tr, te):
            models = fit_parts(dev.Xb[tr], dev.Y[tr], monotonic)
            X = dev.Xb[te]
            parts = (_forest_predict(models["forest"], X)[:, 0], models["ridge"].predict(X)[:, 0],
                     models["boosted"]["overall"].predict(X))
            return np.clip((wf * parts[0] + wr * parts[1] + wb * parts[2]) / (wf + wr + wb), 0, 1)
        return predict

    board.run("boosted trees monotone in every closeness feature", blend(1, 1, 1, True))
    board.run("blend forest 1 : ridge 2 : boosted 1", blend(1, 2, 1))
    board.run("blend forest 1 : ridge 2 : boosted 1, boosted monotone", blend(1, 2, 1, True))


def margins(dev: Dev, board: Board, k: int = 10) -> None:
    """CSLS / ratio margin of the e5 lead and USE whole cosines against each side's k nearest dev
    texts (bitext mining's hubness correction), each row's group left out of the bank."""
    out = {}
    for key, col in (("lead", "e5_cos_lead"), ("whole", "cos_whole")):
        V = unit(dev.vectors[key])
        S = V @ V.T
        cos = dev.col(col)
        csls, ratio = np.zeros(len(cos)), np.zeros(len(cos))
        for i, (a, b) in enumerate(dev.pos):
            keep = dev.tgroup != dev.groups[i]
            ra, rb = np.sort(S[a, keep])[-k:].mean(), np.sort(S[b, keep])[-k:].mean()
            csls[i] = 2 * cos[i] - ra - rb
            ratio[i] = cos[i] / ((ra + rb) / 2)
        out[key] = (csls, ratio)
    board.fit("+ e5 lead CSLS / ratio margin", np.column_stack([dev.Xb, *out["lead"]]))
    board.fit("+ e5 lead and USE whole CSLS / ratio margin", np.column_stack([dev.Xb, *out["lead"], *out["whole"]]))


def pair_standardised(dev: Dev, board: Board) -> None:
    """Every closeness feature standardised within its language pair, from the feature values of
    the pair's dev rows alone (no gold read: an unseen pair's statistics are those of its own rows,
    an upper bound for statistics shipped or computed from unrelated pairs), beside or instead of
    the raw features."""
    names = shipped_names(dev)
    cols = [i for i, n in enumerate(names) if any(n.startswith(k) for k in INCREASING)]
    Z = dev.Xb[:, cols].copy()
    for pair in set(dev.pair.tolist()):
        m = dev.pair == pair
        sd = Z[m].std(0)
        Z[m] = (Z[m] - Z[m].mean(0)) / np.where(sd > 1e-9, sd, 1.0)
    board.fit("+ closeness features standardised within the language pair", np.column_stack([dev.Xb, Z]))
    rest = [i for i in range(len(names)) if i not in cols]
    board.fit("closeness features standardised within the pair instead of raw", np.column_stack([dev.Xb[:, rest], Z]))


def noise(dev: Dev, board: Board, draws: int = 1000) -> None:
    """How far a subset's Pearson moves by chance: the shipped recipe's grouped-CV Pearson within
    each language pair and each variant (original / paraphrased / translated), with the 5-95 %
    range over 1,000 draws of the subset's groups with replacement. A held-out figure outside
    that range is more than a small sample's luck."""
    oof = board.results["shipped"]["_oof"]
    variant = np.array([r["variant"] for r in dev.rows])
    rng = np.random.default_rng(0)
    g_all = np.array(dev.groups, dtype=object)
    subsets = [("all", np.ones(len(dev.y), dtype=bool))] + [(v, variant == v) for v in sorted(set(variant.tolist()))]
    subsets += [(p, dev.pair == p) for p in sorted(set(dev.pair.tolist()))]
    out = {}
    for name, mask in subsets:
        rows = np.flatnonzero(mask)
        keys = sorted(set(g_all[rows].tolist()))
        members = {k: rows[g_all[rows] == k] for k in keys}
        vals = [np.corrcoef(oof[idx], dev.y[idx])[0, 1] for idx in
                (np.concatenate([members[keys[j]] for j in rng.integers(0, len(keys), len(keys))]) for _ in range(draws))]
        out[name] = {"rows": int(mask.sum()), "cv_pearson": round(float(np.corrcoef(oof[mask], dev.y[mask])[0, 1]), 3),
                     "p5": round(float(np.percentile(vals, 5)), 3), "p95": round(float(np.percentile(vals, 95)), 3)}
        log(f"noise {name}: {json.dumps(out[name])}")
    board.results["shipped"]["noise"] = out


# --------------------------------------------------------------------- German compounds, e5 titles (stop 28)

LINKS = ("s", "es", "n", "en", "e", "er", "")


def split_compound(w: str, vocab: dict[str, int], min_df: int = 3) -> tuple[str, str] | None:
    """(modifier, head) of a folded German compound whose head (the longest final part of >= 4
    letters) and modifier (less a linking element) are terms of >= ``min_df`` dev texts
    ("bundesregierung" -> ("bund", "regierung")), or None."""
    if len(w) < 8 or not w.isalpha():
        return None
    for i in range(3, len(w) - 3):
        head = w[i:]
        if vocab.get(head, 0) < min_df:
            continue
        mod = w[:i]
        for link in LINKS:
            stem = mod[: len(mod) - len(link)] if link and mod.endswith(link) else (mod if not link else None)
            if stem and len(stem) >= 3 and vocab.get(stem, 0) >= min_df:
                return stem, head
    return None


def with_parts(terms: dict[str, int], vocab: dict[str, int], mode: str) -> dict[str, int]:
    """``terms`` with each compound's parts added (``add``: both parts; ``head``: the head only;
    ``replace``: the parts instead of the compound)."""
    out = dict(terms)
    for w, k in terms.items():
        parts = split_compound(w, vocab)
        if parts is None:
            continue
        if mode == "replace":
            out[w] -= k
            if not out[w]:
                del out[w]
        for part in (parts[1],) if mode == "head" else parts:
            out[part] = out.get(part, 0) + k
    return out


def compound_columns(dev: Dev, mode: str, langs=("de",)) -> np.ndarray:
    """dev.X with TERM_FEATURES and TITLE_FEATURES recomputed from terms whose German compounds are
    split (:func:`split_compound`, the vocabulary: the dev term table), table recounted, group left out."""
    from storylens.similarity import TERM_FEATURES, TITLE_FEATURES, TermTable
    from storylens.similarity._common import _fold
    from storylens.similarity._sides import _kept_sentences, _terms, _title_lead_terms

    base = [_terms(_fold(t)) for t in dev.texts]
    vocab = dict(TermTable.count(base).df)
    terms, heads = [], []
    for t, lang, tm in zip(dev.texts, dev.tlang, base):
        h = _title_lead_terms(t, _kept_sentences(t))
        if lang in langs:
            tm, h = with_parts(tm, vocab, mode), (with_parts(h[0], vocab, mode), with_parts(h[1], vocab, mode))
        terms.append(tm)
        heads.append(h)
    table = TermTable.count(terms)
    members: dict[str, set[int]] = {}
    for g, ab in zip(dev.groups, dev.pos):
        members.setdefault(g, set()).update(ab.tolist())
    cols = [FEATURE_NAMES.index(n) for n in TERM_FEATURES]
    title_cols = [FEATURE_NAMES.index(n) for n in TITLE_FEATURES]
    X = dev.X.copy()
    for i, (g, (ia, ib)) in enumerate(zip(dev.groups, dev.pos)):
        out = [terms[k] for k in sorted(members[g])]
        X[i, cols] = table.features(terms[ia], terms[ib], out)
        X[i, title_cols] = table.title_features(heads[ia], heads[ib], out)
    return X


def compounds(dev: Dev, board: Board) -> None:
    """German compounds split for the rare-term and title-term features (no new column)."""
    from storylens.similarity._common import _fold
    from storylens.similarity._sides import _terms

    names = shipped_names(dev)
    idx = [FEATURE_NAMES.index(n) for n in names]
    vocab: dict[str, int] = {}
    for t in dev.texts:
        for w in _terms(_fold(t)):
            vocab[w] = vocab.get(w, 0) + 1
    de = [w for t, lang in zip(dev.texts, dev.tlang) if lang == "de" for w in _terms(_fold(t))]
    split = [(w, split_compound(w, vocab)) for w in dict.fromkeys(de)]
    split = [x for x in split if x[1]]
    log(f"compounds: {len(split)} of {len(set(de))} German terms split, e.g. {split[:: max(1, len(split) // 25)][:25]}")
    for mode in ("add", "head", "replace"):
        path = RESULTS / f"similarity_ideas{dev._tag}_compounds_{mode}.npy"
        X = np.load(path) if path.exists() else compound_columns(dev, mode)
        np.save(path, X)
        board.fit(f"German compounds split ({mode}) in the term and title features", X[:, idx])


def title_vectors(dev: Dev) -> np.ndarray:
    """e5 vectors (unit rows) of each dev text's title: its first kept sentence, at most 160
    characters (108 on average; 0.069 CPU-s a title single-threaded at load 16, against ~0.49
    for a 600-character lead), embedded through the encoder's cache and kept in
    ``similarity_ideas_titles.npz``."""
    from storylens.embed import CachedEmbedder, E5Embedder
    from storylens.similarity._sides import _kept_sentences

    path = RESULTS / f"similarity_ideas{dev._tag}_titles.npz"
    if path.exists():
        return unit(np.load(path)["V"])
    titles = []
    for t in dev.texts:
        s = _kept_sentences(t)
        titles.append((s[0] if s else t.strip()).strip()[:160])
    e5 = CachedEmbedder(E5Embedder(threads=1), dev._cache)
    t0 = cpu()
    V = np.vstack([e5.embed(titles[i:i + 32]) for i in range(0, len(titles), 32)])
    log(f"e5 titles: {cpu() - t0:.1f} CPU-s for {len(titles)}")
    np.savez_compressed(path, V=V)
    return unit(V)


def title_bank_features(dev: Dev, T: np.ndarray) -> np.ndarray:
    """Per row: e5 title-title cosine, title-vs-other-lead cosine (max, min), and the title cosine
    less the mean / over the sd of each title's cosines to the dev titles of the other side's
    language (group left out, as the lead bank)."""
    L = unit(dev.vectors["lead"])
    S = T @ T.T
    F = []
    for i, (a, b) in enumerate(dev.pos):
        keep = dev.tgroup != dev.groups[i]
        c = float(S[a, b])
        ab, ba = float(T[a] @ L[b]), float(T[b] @ L[a])
        pool = np.concatenate([S[a, keep & (dev.tlang == dev.tlang[b])], S[b, keep & (dev.tlang == dev.tlang[a])]])
        if not len(pool):
            pool = np.concatenate([S[a, keep], S[b, keep]])
        F.append([c, max(ab, ba), min(ab, ba), c - pool.mean(), (c - pool.mean()) / max(pool.std(), 1e-6)])
    return np.array(F)


def e5_titles(dev: Dev, board: Board) -> None:
    """e5 cosine of the two titles (:func:`title_vectors`), each title against the other's lead,
    and the title cosine calibrated by language as the lead bank calibrates the lead's."""
    T = title_vectors(dev)
    F = title_bank_features(dev, T)
    board.fit("+ e5 title cosine", np.column_stack([dev.Xb, F[:, :1]]))
    board.fit("+ e5 title cosine, title vs lead", np.column_stack([dev.Xb, F[:, :3]]))
    board.fit("+ e5 title cosine calibrated (shift, z)", np.column_stack([dev.Xb, F[:, [0, 3, 4]]]))
    board.fit("+ e5 title: all five", np.column_stack([dev.Xb, F]))


def aliases(dev: Dev, board: Board) -> None:
    """Entity overlap after the linker's alias groups (curated aliases + babel territories:
    ECB = EZB = ЕЦБ, Deutschland = Germany), whole text and lead: jaccard, shared count."""
    from storylens.cluster._aliases import alias_keys

    t = cpu()
    whole = [alias_keys(x)[0] for x in dev.texts]
    lead = [alias_keys(x.strip()[:600])[0] for x in dev.texts]
    log(f"aliases: {cpu() - t:.1f} CPU-s for {len(dev.texts)} texts; texts with a key {sum(bool(k) for k in whole)}")
    F = []
    for a, b in dev.pos:
        F.append([len(whole[a] & whole[b]) / max(1, len(whole[a] | whole[b])), len(whole[a] & whole[b]),
                  len(lead[a] & lead[b]) / max(1, len(lead[a] | lead[b])), len(lead[a] & lead[b]),
                  len(whole[a] ^ whole[b])])
    F = np.array(F, dtype=float)
    board.fit("+ alias-group overlap, whole text (jaccard, shared)", np.column_stack([dev.Xb, F[:, :2]]))
    board.fit("+ alias-group overlap, whole and lead, apart", np.column_stack([dev.Xb, F]))


def compounds_extra(dev: Dev, board: Board) -> None:
    """The compound-split term and title features (``compounds``, mode add) beside the shipped ones."""
    from storylens.similarity import TERM_FEATURES, TITLE_FEATURES

    X = np.load(RESULTS / f"similarity_ideas{dev._tag}_compounds_add.npy")
    cols = [FEATURE_NAMES.index(n) for n in (*TERM_FEATURES, *TITLE_FEATURES)]
    board.fit("+ compound-split term and title features beside the shipped", np.column_stack([dev.Xb, X[:, cols]]))
    board.fit("+ compound-split idf cosine beside the shipped", np.column_stack([dev.Xb, X[:, cols[:1]]]))


def title_seeds(dev: Dev, board: Board) -> None:
    """The e5 title cosine against the shipped recipe with forest seeds 1 and 2 (each against its
    own seed's shipped fit), and with the compound-split term features (replace) beside it."""
    T = title_vectors(dev)
    tcos = np.einsum("ij,ij->i", T[dev.pos[:, 0]], T[dev.pos[:, 1]])
    Xt = np.column_stack([dev.Xb, tcos])
    for s in (1, 2):
        m = SimilarityModel(random_state=s)
        board.fit(f"shipped, seed {s}", dev.Xb, model=m)
        board.fit(f"+ e5 title cosine, seed {s}", Xt, base=f"shipped, seed {s}", model=m)
    X = np.load(RESULTS / f"similarity_ideas{dev._tag}_compounds_replace.npy")
    board.fit("+ e5 title cosine and compounds split (replace)",
              np.column_stack([X[:, [FEATURE_NAMES.index(n) for n in shipped_names(dev)]], tcos]))


# --------------------------------------------------------------------------- learners (stop 29)


def _forest_part(X, Y, *, seed=0, kind="et", **kw):
    from sklearn.ensemble import ExtraTreesRegressor, RandomForestRegressor

    cls = ExtraTreesRegressor if kind == "et" else RandomForestRegressor
    params = {"n_estimators": 100, "min_samples_leaf": 5, "max_features": 0.5, **kw}
    m = cls(random_state=seed, n_jobs=1, **params).fit(X, Y)
    return lambda Z: m.predict(Z)[:, 0]


def _ridge_part(X, Y, alpha=3.0):
    from sklearn.linear_model import Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    m = make_pipeline(StandardScaler(), Ridge(alpha=alpha)).fit(X, Y)
    return lambda Z: m.predict(Z)[:, 0]


def _boost_part(X, Y, *, seed=0, target=None, **kw):
    from sklearn.ensemble import HistGradientBoostingRegressor
    from threadpoolctl import threadpool_limits

    params = {"max_iter": 150, "learning_rate": 0.08, "max_leaf_nodes": 15, "min_samples_leaf": 20,
              "l2_regularization": 1.0, **kw}
    y = Y[:, 0] if target is None else target(Y[:, 0])
    with threadpool_limits(limits=1, user_api="openmp"):
        m = HistGradientBoostingRegressor(random_state=seed, **params).fit(X, y)
    return lambda Z: m.predict(Z)


def _rank_part(X, Y, base):
    """``base`` fitted on the targets' ranks (uniform scores in [0, 1]), its prediction mapped back
    through the training targets' quantiles: a target transformation that spreads the crowded
    middle of the 1-4 scale."""
    y = Y[:, 0]
    u = (np.argsort(np.argsort(y, kind="stable"), kind="stable") + 0.5) / len(y)
    Yu = Y.copy()
    Yu[:, 0] = u
    f = base(X, Yu)
    return lambda Z: np.quantile(y, np.clip(f(Z), 0, 1))


def _svr_part(X, Y, C=1.0, epsilon=0.05, gamma="scale"):
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVR

    m = make_pipeline(StandardScaler(), SVR(C=C, epsilon=epsilon, gamma=gamma)).fit(X, Y[:, 0])
    return lambda Z: m.predict(Z)


def _krr_part(X, Y, alpha=1.0, gamma=None):
    from sklearn.kernel_ridge import KernelRidge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    g = gamma if gamma is not None else 1.0 / X.shape[1]
    m = make_pipeline(StandardScaler(), KernelRidge(alpha=alpha, kernel="rbf", gamma=g)).fit(X, Y[:, 0] - 0.5)
    return lambda Z: m.predict(Z) + 0.5


def _mlp_part(X, Y, seeds=(0, 1, 2, 3, 4), hidden=(32,), alpha=1e-2):
    from sklearn.neural_network import MLPRegressor
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    ms = [make_pipeline(StandardScaler(), MLPRegressor(hidden_layer_sizes=hidden, alpha=alpha, max_iter=2000, early_stopping=False,
                                                        learning_rate_init=1e-3, random_state=s)).fit(X, Y[:, 0])
          for s in seeds]
    return lambda Z: np.mean([m.predict(Z) for m in ms], axis=0)


def _mono_cst(n_features):
    from storylens.similarity import SimilarityModel

    names = SimilarityModel.load("full").feature_names_
    assert len(names) == n_features
    return [1 if any(n.startswith(k) for k in INCREASING) else 0 for n in names]


def _top_ridge_part(X, Y, k=8, alpha=3.0):
    """A ridge on the k features most correlated with Overall in the training rows only."""
    r = np.nan_to_num([abs(np.corrcoef(X[:, j], Y[:, 0])[0, 1]) if X[:, j].std() > 0 else 0 for j in range(X.shape[1])])
    cols = np.argsort(-r)[:k]
    f = _ridge_part(X[:, cols], Y, alpha=alpha)
    return lambda Z: f(Z[:, cols])


LEARNER_PARTS = {
    "forest": lambda X, Y: _forest_part(X, Y),
    "forest_s1": lambda X, Y: _forest_part(X, Y, seed=1),
    "forest_s2": lambda X, Y: _forest_part(X, Y, seed=2),
    "forest_400": lambda X, Y: _forest_part(X, Y, n_estimators=400),
    "forest_leaf2": lambda X, Y: _forest_part(X, Y, min_samples_leaf=2),
    "forest_leaf10": lambda X, Y: _forest_part(X, Y, min_samples_leaf=10),
    "forest_leaf20": lambda X, Y: _forest_part(X, Y, min_samples_leaf=20),
    "forest_mf033": lambda X, Y: _forest_part(X, Y, max_features=0.33),
    "forest_mf08": lambda X, Y: _forest_part(X, Y, max_features=0.8),
    "forest_mf1": lambda X, Y: _forest_part(X, Y, max_features=1.0),
    "forest_leaf2_mf1": lambda X, Y: _forest_part(X, Y, min_samples_leaf=2, max_features=1.0),
    "forest_leaf3_mf1": lambda X, Y: _forest_part(X, Y, min_samples_leaf=3, max_features=1.0),
    "forest_leaf2_mf1_s1": lambda X, Y: _forest_part(X, Y, min_samples_leaf=2, max_features=1.0, seed=1),
    "forest_depth8": lambda X, Y: _forest_part(X, Y, max_depth=8),
    "rf": lambda X, Y: _forest_part(X, Y, kind="rf", n_estimators=200, max_features=0.33),
    "ridge": lambda X, Y: _ridge_part(X, Y),
    "ridge_a30": lambda X, Y: _ridge_part(X, Y, alpha=30.0),
    "ridge_a300": lambda X, Y: _ridge_part(X, Y, alpha=300.0),
    "boost": lambda X, Y: _boost_part(X, Y),
    "boost_slow": lambda X, Y: _boost_part(X, Y, learning_rate=0.04, max_iter=300),
    "boost_7leaves": lambda X, Y: _boost_part(X, Y, max_leaf_nodes=7, learning_rate=0.04, max_iter=300),
    "boost_leaf40": lambda X, Y: _boost_part(X, Y, min_samples_leaf=40),
    "boost_l2_10": lambda X, Y: _boost_part(X, Y, l2_regularization=10.0),
    "boost_absolute": lambda X, Y: _boost_part(X, Y, loss="absolute_error"),
    "forest_rank": lambda X, Y: _rank_part(X, Y, _forest_part),
    "boost_rank": lambda X, Y: _rank_part(X, Y, _boost_part),
    "ridge_rank": lambda X, Y: _rank_part(X, Y, _ridge_part),
    "svr": lambda X, Y: _svr_part(X, Y),
    "svr_c01": lambda X, Y: _svr_part(X, Y, C=0.1),
    "svr_c03_eps01": lambda X, Y: _svr_part(X, Y, C=0.3, epsilon=0.1),
    "boost_stumps": lambda X, Y: _boost_part(X, Y, max_leaf_nodes=2, learning_rate=0.1, max_iter=500),
    "boost_stumps_mono": lambda X, Y: _boost_part(X, Y, max_leaf_nodes=2, learning_rate=0.1, max_iter=500,
                                                  monotonic_cst=_mono_cst(X.shape[1])),
    "ridge_top8": lambda X, Y: _top_ridge_part(X, Y),
    "svr_c03": lambda X, Y: _svr_part(X, Y, C=0.3),
    "krr": lambda X, Y: _krr_part(X, Y, alpha=1.0),
    "krr_a3": lambda X, Y: _krr_part(X, Y, alpha=3.0),
    "mlp": lambda X, Y: _mlp_part(X, Y),
    "mlp_a1": lambda X, Y: _mlp_part(X, Y, alpha=1.0),
}


def learner_parts(dev: Dev, board: Board, names) -> dict[str, tuple[np.ndarray, np.ndarray | None]]:
    """Out-of-fold Overall of each named part on the grouped folds and the leave-pair-out folds
    (kept in ``similarity_ideas_parts.npz``: a part is fitted once per fold whatever it blends with)."""
    # PARTS_FILE / PARTS_REVERSE: a second process fills its own file from the other end of the list
    path = RESULTS / f"similarity_ideas{dev._tag}_parts{os.environ.get('PARTS_FILE', '')}.npz"
    kept = {}
    for other in sorted(RESULTS.glob(f"similarity_ideas{dev._tag}_parts*.npz")):
        kept.update(dict(np.load(other)))
    out = {}
    first = [n for n in os.environ.get("PARTS_FIRST", "").split(",") if n in names]
    names = first + [n for n in names if n not in first]
    for name in (reversed(names) if os.environ.get("PARTS_REVERSE") else names):
        if f"{name}/cv" not in kept:
            t = cpu()
            oof = np.zeros(len(dev.y))
            for tr, te in dev.folds:
                oof[te] = LEARNER_PARTS[name](dev.Xb[tr], dev.Y[tr])(dev.Xb[te])
            lopo = np.zeros(len(dev.y))
            for _, tr, te in board.pair_folds:
                lopo[te] = LEARNER_PARTS[name](dev.Xb[tr], dev.Y[tr])(dev.Xb[te])
            kept[f"{name}/cv"], kept[f"{name}/lpo"] = oof, lopo
            np.savez_compressed(path, **kept)
            log(f"part {name}: alone CV {np.corrcoef(oof, dev.y)[0, 1]:.4f}, {cpu() - t:.0f} CPU-s")
        out[name] = (kept[f"{name}/cv"], kept[f"{name}/lpo"])
    return out


LEARNER_BLENDS = [
    # (name, {part: weight}) -- the shipped blend is forest + ridge + boost, equal weights
    ("parts: shipped forest + ridge + boost", {"forest": 1, "ridge": 1, "boost": 1}),
    ("parts: forest seed 1", {"forest_s1": 1, "ridge": 1, "boost": 1}),
    ("parts: forest seed 2", {"forest_s2": 1, "ridge": 1, "boost": 1}),
    ("parts: forest 400 trees", {"forest_400": 1, "ridge": 1, "boost": 1}),
    ("parts: forest min leaf 2", {"forest_leaf2": 1, "ridge": 1, "boost": 1}),
    ("parts: forest min leaf 10", {"forest_leaf10": 1, "ridge": 1, "boost": 1}),
    ("parts: forest min leaf 20", {"forest_leaf20": 1, "ridge": 1, "boost": 1}),
    ("parts: forest max_features 0.33", {"forest_mf033": 1, "ridge": 1, "boost": 1}),
    ("parts: forest max_features 0.8", {"forest_mf08": 1, "ridge": 1, "boost": 1}),
    ("parts: forest max_features 1.0", {"forest_mf1": 1, "ridge": 1, "boost": 1}),
    ("parts: forest min leaf 2, max_features 1.0", {"forest_leaf2_mf1": 1, "ridge": 1, "boost": 1}),
    ("parts: forest min leaf 3, max_features 1.0", {"forest_leaf3_mf1": 1, "ridge": 1, "boost": 1}),
    ("parts: forest min leaf 2, max_features 1.0, seed 1", {"forest_leaf2_mf1_s1": 1, "ridge": 1, "boost": 1}),
    ("parts: forest depth 8", {"forest_depth8": 1, "ridge": 1, "boost": 1}),
    ("parts: random forest (bootstrap) instead", {"rf": 1, "ridge": 1, "boost": 1}),
    ("parts: ridge alpha 30", {"forest": 1, "ridge_a30": 1, "boost": 1}),
    ("parts: ridge alpha 300", {"forest": 1, "ridge_a300": 1, "boost": 1}),
    ("parts: boosted 0.04 x 300", {"forest": 1, "ridge": 1, "boost_slow": 1}),
    ("parts: boosted 7 leaves 0.04 x 300", {"forest": 1, "ridge": 1, "boost_7leaves": 1}),
    ("parts: boosted min leaf 40", {"forest": 1, "ridge": 1, "boost_leaf40": 1}),
    ("parts: boosted l2 10", {"forest": 1, "ridge": 1, "boost_l2_10": 1}),
    ("parts: boosted absolute error", {"forest": 1, "ridge": 1, "boost_absolute": 1}),
    ("parts: every part on the targets' ranks", {"forest_rank": 1, "ridge_rank": 1, "boost_rank": 1}),
    ("parts: boosted on the targets' ranks", {"forest": 1, "ridge": 1, "boost_rank": 1}),
    ("parts: + SVR C 0.1", {"forest": 1, "ridge": 1, "boost": 1, "svr_c01": 1}),
    ("parts: + SVR C 0.3 epsilon 0.1", {"forest": 1, "ridge": 1, "boost": 1, "svr_c03_eps01": 1}),
    ("parts: + additive boosted stumps", {"forest": 1, "ridge": 1, "boost": 1, "boost_stumps": 1}),
    ("parts: + additive monotone stumps", {"forest": 1, "ridge": 1, "boost": 1, "boost_stumps_mono": 1}),
    ("parts: additive monotone stumps instead of ridge", {"forest": 1, "boost_stumps_mono": 1, "boost": 1}),
    ("parts: + ridge on the 8 strongest features", {"forest": 1, "ridge": 1, "boost": 1, "ridge_top8": 1}),
    ("parts: + SVR (RBF)", {"forest": 1, "ridge": 1, "boost": 1, "svr": 1}),
    ("parts: + SVR C 0.3", {"forest": 1, "ridge": 1, "boost": 1, "svr_c03": 1}),
    ("parts: SVR instead of ridge", {"forest": 1, "svr": 1, "boost": 1}),
    ("parts: + kernel ridge (RBF)", {"forest": 1, "ridge": 1, "boost": 1, "krr": 1}),
    ("parts: + kernel ridge alpha 3", {"forest": 1, "ridge": 1, "boost": 1, "krr_a3": 1}),
    ("parts: kernel ridge instead of ridge", {"forest": 1, "krr": 1, "boost": 1}),
    ("parts: + MLP (32, 5 seeds)", {"forest": 1, "ridge": 1, "boost": 1, "mlp": 1}),
    ("parts: + MLP alpha 1", {"forest": 1, "ridge": 1, "boost": 1, "mlp_a1": 1}),
    ("parts: MLP instead of ridge", {"forest": 1, "mlp": 1, "boost": 1}),
    ("parts: forest seeds 0-2 averaged", {"forest": 1 / 3, "forest_s1": 1 / 3, "forest_s2": 1 / 3, "ridge": 1,
                                          "boost": 1}),
]


def learners(dev: Dev, board: Board) -> None:
    """The learner side: the forest's and the boosted trees' settings, other learners beside or
    instead of the three parts (SVR, kernel ridge, a small MLP), each part's out-of-fold Overall
    fitted once per fold and blended with equal weights as the shipped model is."""
    wanted = sorted({p for _, w in LEARNER_BLENDS for p in w})
    parts = learner_parts(dev, board, wanted)
    for name, (oof, lopo) in parts.items():
        log(f"alone {name}: CV {np.corrcoef(oof, dev.y)[0, 1]:.4f}, "
            f"pair-out mean {np.mean(list(board.per_pair(lopo).values())):.4f}")
    for name, w in LEARNER_BLENDS:
        total = sum(w.values())
        oof = np.clip(sum(v * parts[p][0] for p, v in w.items()) / total, 0, 1)
        lopo = np.clip(sum(v * parts[p][1] for p, v in w.items()) / total, 0, 1)
        board.add(name, oof, lopo=lopo)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=SHARED_CACHE)
    ap.add_argument("--only", nargs="*", choices=CANDIDATES, default=list(CANDIDATES))
    ap.add_argument("--compute", action="store_true", help="embed e5 leads that are not cached (slow)")
    ap.add_argument("--leave-pair-out", action="store_true",
                    help="also leave-one-language-pair-out CV (pair_out_folds), per pair and their mean")
    ap.add_argument("--tag", default="", help="suffix of the cached matrices (another text preparation)")
    ap.add_argument("--bank-from-leads", action="store_true",
                    help="build the lead bank from these texts' leads (a preparation change: as a retrain would)")
    ap.add_argument("--use-only", action="store_true",
                    help="compute and keep the USE features only (while the e5 leads are being cached)")
    args = ap.parse_args(argv)
    dev = Dev(args.cache, no_compute=not args.compute, use_only=args.use_only, tag=args.tag,
              bank_from_leads=args.bank_from_leads)
    board = Board(dev, pair_out=args.leave_pair_out)
    if not os.environ.get("SKIP_SHIPPED"):  # a process that only fills learner parts
        board.fit("shipped", dev.Xb, base=None)
    for name in args.only:
        log(f"--- {name}")
        globals()[name](dev, board)
    out = {"data": f"dev.csv {len(dev.rows)} rows, {len(set(dev.groups))} groups, 5 grouped folds",
           "started": time.ctime(),
           "results": {k: {kk: vv for kk, vv in v.items() if not kk.startswith("_")} for k, v in board.results.items()}}
    path = RESULTS / f"similarity_ideas{args.tag}.json"
    path.write_text(json.dumps(out, indent=2) + "\n")
    log(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
