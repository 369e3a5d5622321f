"""Repeated grouped CV of `full` similarity learner-side candidates on dev.csv (never heldout.csv).

    nice .venv/bin/python benchmarks/similarity_repeated.py [--repeats 4] [--only NAME ...]

The features are ``benchmarks/similarity_ideas.py``'s (the shipped ``full`` columns, each row's
connected group left out of the term table and the lead bank; run that script once with
``--compute`` to write ``results/similarity_ideas_dev.npz``). Folds: ``--repeats`` random 5-fold
splits of the connected components of the pair graph (an article never sits on both sides of
a fold), the same splits for every candidate. Each candidate's out-of-fold Overall Pearson and
Spearman are printed per repeat, with their mean and sd over the repeats, and the paired
difference to the shipped recipe (mean and sd over the repeats, and repeats better).
Predictions are the shipped ``predict``'s: each row as given and with its sides swapped, averaged.

Candidates that post-process the shipped blend (``calibrate``, ``stack``, ``pair_cal``) are fitted
on inner grouped out-of-fold predictions of each outer training part (3 inner folds), so no
test row's gold is ever read before it is scored.

Candidates: ``calibrate`` (isotonic / half isotonic / cubic map of the blend's overall), ``stack``
(a ridge over the blend's seven predicted dimensions and the parts' overall), ``pair_cal`` (an affine
map per language pair shrunk toward the pooled one), ``swap_train`` (each row also with its sides
swapped), ``aux_target`` (Overall mixed with its linear fit from the other six gold dimensions),
``profile`` (second-order e5 features against the dev lead bank), ``seed`` (forest seed 1: the noise
floor). Stop 43 (3 x 5 folds, load 17-28): none beyond the noise; README "Similarity" has the table.

Stop 44 (sim44): ``dims_gold`` (a target transform: Overall read from the predicted sub-dimensions
through the training rows' gold linear map, mixed with the predicted Overall), ``agree_weights``
(rows whose gold Overall is a whole number weigh more), ``mlp`` (a small neural net as a fourth
part, or alone; ``mlp_more``: the best of them with alpha 3 or weighted twice), ``residual`` (trees fitted on a ridge's residuals), ``chunks`` (e5 of the second 600
characters and the mean of the two chunk vectors; ``results/similarity_chunk_600_1200.npz``, made by
``--embed-chunks``), ``query`` (the leads embedded as e5 ``query:`` instead of ``passage:``;
``results/similarity_query_leads.npz``, made by ``--embed-query``).

Stop 45 (sim45): ``entities`` -- pair features from what the pair path already reads of each text for the
verdict's rules (no model feature read them): the entity linker's name keys of the whole texts (Latin,
Cyrillic, Greek spellings as one key), plain and weighted by rarity (each row's group left out of the key
frequencies), two-word full names (folded / by phonetic keys / their surnames among the other text's keys),
countries of the places and of the openings' places, the verdict's rules as flags and shingle overlap, the
openings' names the other text does not write, typed quantities (scaled, unit-aware) and the openings'
dates (``ENTITY_GROUPS``; ``ENTITY_GROUPS=full,full+keys_idf,all`` picks groups, ``SIM_SEED=1`` refits every
candidate with forest and boosted seed 1). The per-text analyses are kept in ``results/similarity_pairinfo.pkl``
under a hash of dev.csv and the package's sources (:func:`pair_info_key`).

Stop 46 (e5num46, issue 16): ``e5var`` -- the five e5 columns and their bank recomputed from other lead vectors
(``--embed-leads CHARS``: every dev text's first CHARS characters, the default engine, the shared cache), in place of
the shipped ones. 400 characters (3 x 5 folds, load 22-33): 0.8226 against 0.8301 (sd 0.0011), paired -0.0075 ±
0.0005, 2/15 folds better; ``e5var_control`` (the shipped leads recomputed the same way) 0.8301 exactly.

Stop 47 (model47, issue 11): ``nearest`` -- each lead's highest cosine to one dev lead of another connected group
(:meth:`LeadBank.nearest`; a block page or a site banner that fills the lead is nearly an unrelated text's), beside the
shipped columns as the e5 lead cosine less the larger / the smaller of the two (the gaps), as the two highest cosines,
and the larger alone. Not shipped (under the +0.003 bar); figures: README "Nearest unrelated lead".

Stop 48 (model48, issue 11): ``learners48`` -- the shipped blend's parts swapped or averaged (forest seeds, leaf size,
features per split; ridge alpha; boosted trees slower or on half the features; other weights), each learner fitted once
per fold (:func:`_learner_parts`); ``shrink48`` -- a row whose lead is nearly an unrelated dev lead's moved toward the
mean gold of such training rows; ``arabic_terms`` -- the term and title columns from Arabic words read whole
(:func:`arabic_term_columns`: ``_fold`` turns ain and the hamza seats into spaces); ``junk`` -- how much of each
text is page furniture as ``prepare._junk`` judges it (:func:`junk_columns`). None passed the +0.003 bar; figures:
README "Learner, target and text-layer candidates".
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

import train_similarity as train

if not train.DEFAULT_DEV.exists():  # a worktree one level deeper than the main checkout
    for parent in ROOT.parents:
        candidate = parent / "shared" / "data" / "semeval2022t8" / "dev.csv"
        if candidate.exists():
            train.DEFAULT_DEV = candidate
            break

import similarity_ideas as ideas

from storylens.similarity import DIMENSIONS, FEATURE_NAMES, SimilarityModel
from storylens.similarity._columns import _SWAP

RESULTS = ROOT / "benchmarks" / "results"
OVERALL = 0


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.1f} cpu {cpu():.0f}s] {msg}", file=sys.stderr, flush=True)


def group_folds(groups: list[str], k: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """k folds of whole groups: groups shuffled, then each (largest first, ties in shuffled order)
    put in the fold with the fewest rows."""
    g = np.array(groups, dtype=object)
    keys = sorted(set(groups))
    rng = np.random.default_rng(seed)
    rng.shuffle(keys)
    sizes = {key: int((g == key).sum()) for key in keys}
    order = sorted(keys, key=lambda key: -sizes[key])  # stable: ties keep the shuffled order
    fold_of: dict[str, int] = {}
    load = np.zeros(k)
    for key in order:
        j = int(np.argmin(load))
        fold_of[key] = j
        load[j] += sizes[key]
    f = np.array([fold_of[x] for x in groups])
    return [(np.flatnonzero(f != j), np.flatnonzero(f == j)) for j in range(k)]


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(a, b).statistic)


class Parts:
    """The shipped blend's parts (forest 7 dims, ridge 7 dims, boosted overall), each row predicted
    as given and swapped, averaged, for a model fitted on ``tr`` and scoring ``te``."""

    def __init__(self, X: np.ndarray, Y: np.ndarray, swap: list[int], model: SimilarityModel | None = None):
        self.X, self.Y, self.swap = X, Y, swap
        # SIM_SEED: every candidate's forest and boosted trees with another seed (is a gain one seed's luck?)
        self.model = model or SimilarityModel(random_state=int(os.environ.get("SIM_SEED", "0")))

    def fit_predict(self, tr: np.ndarray, te: np.ndarray, fit=None) -> list[dict[str, np.ndarray]]:
        from storylens.similarity._model import _forest_predict

        models = (fit or self.model._fit_all)(self.X[tr], self.Y[tr])
        out = []
        for Xt in (self.X[te], self.X[te][:, self.swap]):
            parts = {"forest": _forest_predict(models["forest"], Xt), "ridge": models["ridge"].predict(Xt)}
            for d, m in models["boosted"].items():
                parts[f"boosted_{d}"] = m.predict(Xt)
            out.append(parts)
        return out


def _blend_one(parts: dict[str, np.ndarray]) -> np.ndarray:
    pred = (parts["forest"] + parts["ridge"]) / 2
    for key, v in parts.items():
        if key.startswith("boosted_"):
            j = DIMENSIONS.index(key[len("boosted_"):])
            pred[:, j] = (2 * pred[:, j] + v) / 3
    return np.clip(pred, 0.0, 1.0)


def blend(parts: list[dict[str, np.ndarray]]) -> np.ndarray:
    """The shipped ``predict``: ``_predict_with`` of each orientation, averaged."""
    return sum(_blend_one(p) for p in parts) / len(parts)


class Runner:
    def __init__(self, dev, repeats: int, inner: int = 3):
        self.dev = dev
        self.X = dev.Xb
        self.Y = dev.Y
        self.y = dev.y
        names = list(dev.model.feature_names_)
        self.names = names
        self.swap = [names.index(FEATURE_NAMES[_SWAP[FEATURE_NAMES.index(n)]]) for n in names]
        self.splits = [group_folds(dev.groups, 5, seed) for seed in range(repeats)]
        self.inner = inner
        self.results: dict[str, dict] = {}
        self._shipped_parts: list[list[tuple[dict, list]]] | None = None

    # -- the shipped parts, outer and inner, computed once and reused by every post-processing candidate
    def shipped_parts(self) -> list[list[tuple[dict, list]]]:
        """Per repeat, per outer fold: (test parts, [(inner test rows (global), inner parts), ...])."""
        if self._shipped_parts is None:
            P = Parts(self.X, self.Y, self.swap)
            groups = list(self.dev.groups)
            out = []
            for r, folds in enumerate(self.splits):
                rep = []
                for k, (tr, te) in enumerate(folds):
                    outer = P.fit_predict(tr, te)
                    inner = []
                    for itr, ite in group_folds([groups[i] for i in tr], self.inner, 1000 + r * 10 + k):
                        inner.append((tr[ite], P.fit_predict(tr[itr], tr[ite])))
                    rep.append((outer, inner))
                    log(f"shipped parts: repeat {r} fold {k}")
                out.append(rep)
            self._shipped_parts = out
        return self._shipped_parts

    def add(self, name: str, oofs: list[np.ndarray], **extra) -> None:
        y = self.y
        pear = [float(np.corrcoef(o, y)[0, 1]) for o in oofs]
        spear = [spearman(o, y) for o in oofs]
        entry = {"pearson": [round(p, 4) for p in pear], "pearson_mean": round(float(np.mean(pear)), 4),
                 "pearson_sd": round(float(np.std(pear, ddof=1)) if len(pear) > 1 else 0.0, 4),
                 "spearman_mean": round(float(np.mean(spear)), 4), **extra}
        folds = [float(np.corrcoef(o[te], y[te])[0, 1]) for o, split in zip(oofs, self.splits) for _, te in split]
        entry["fold_sd"] = round(float(np.std(folds, ddof=1)), 4)
        if "shipped" in self.results and name != "shipped":
            ref = self.results["shipped"]
            d = np.array(pear) - np.array(ref["pearson"])
            ds = np.array(spear) - np.array(ref["_spear"])
            entry["minus_shipped"] = {"mean": round(float(d.mean()), 4),
                                      "sd": round(float(d.std(ddof=1)) if len(d) > 1 else 0.0, 4),
                                      "repeats_better": int((d > 0).sum()),
                                      "spearman_mean": round(float(ds.mean()), 4)}
            fd = np.array(folds) - np.array(ref["_folds"])
            entry["minus_shipped"]["folds_better"] = f"{int((fd > 0).sum())}/{len(fd)}"
            entry["minus_shipped"]["fold_diff_sd"] = round(float(fd.std(ddof=1)), 4)
        self.results[name] = {**entry, "_spear": spear, "_folds": folds, "_oofs": oofs}
        log(f"{name}: {json.dumps(entry)}")

    def post(self, name: str, fn, **extra) -> None:
        """A post-processing candidate: ``fn(inner_rows, inner_parts_list, test_parts, tr, te) -> overall``."""
        oofs = []
        for folds, rep in zip(self.splits, self.shipped_parts()):
            oof = np.zeros(len(self.y))
            for (tr, te), (outer, inner) in zip(folds, rep):
                oof[te] = fn(inner, outer, tr, te)
            oofs.append(oof)
        self.add(name, oofs, **extra)

    def refit(self, name: str, X: np.ndarray | None = None, model: SimilarityModel | None = None, fit=None,
              swap: list[int] | None = None, **extra) -> None:
        """A candidate with its own fitted parts (other columns / learner)."""
        P = Parts(self.X if X is None else X, self.Y, self.swap if swap is None else swap, model)
        t = cpu()
        oofs = []
        for folds in self.splits:
            oof = np.zeros(len(self.y))
            for tr, te in folds:
                oof[te] = blend(P.fit_predict(tr, te, fit))[:, OVERALL]
            oofs.append(oof)
        self.add(name, oofs, fit_cpu_s=round(cpu() - t, 1), **extra)


# --------------------------------------------------------------------------- candidates


def _inner_xy(inner, key=None):
    rows = np.concatenate([ix for ix, _ in inner])
    if key is None:
        pred = np.concatenate([blend(p)[:, OVERALL] for _, p in inner])
    else:
        pred = np.vstack([key(p) for _, p in inner])
    return rows, pred


def c_shipped(run: Runner) -> None:
    run.post("shipped", lambda inner, outer, tr, te: blend(outer)[:, OVERALL])


def c_calibrate(run: Runner) -> None:
    """A monotone map of the blend's output onto Overall (isotonic; or a cubic in the output), fitted
    on inner out-of-fold predictions: the trees shrink both ends toward the mean."""
    from sklearn.isotonic import IsotonicRegression

    def iso(inner, outer, tr, te, mix=1.0):
        rows, p = _inner_xy(inner)
        f = IsotonicRegression(out_of_bounds="clip").fit(p, run.y[rows])
        q = blend(outer)[:, OVERALL]
        return mix * f.predict(q) + (1 - mix) * q

    run.post("calibrate_isotonic", iso)
    run.post("calibrate_isotonic_half", lambda *a: iso(*a, mix=0.5))

    def cubic(inner, outer, tr, te):
        rows, p = _inner_xy(inner)
        c = np.polyfit(p, run.y[rows], 3)
        return np.polyval(c, blend(outer)[:, OVERALL])

    run.post("calibrate_cubic", cubic)


def _dims(parts: list[dict[str, np.ndarray]]) -> np.ndarray:
    """Stacking inputs: the blend's seven dimensions and each part's overall (both orientations averaged)."""
    def one(p):
        cols = [_blend_one(p), p["forest"][:, :1], p["ridge"][:, :1]]
        return np.hstack(cols + [v[:, None] for k, v in p.items() if k.startswith("boosted_")])
    return sum(one(p) for p in parts) / len(parts)


def c_stack(run: Runner) -> None:
    """Overall from the blend's predicted dimensions (Geography, Entities, Time, Narrative, Style,
    Tone beside Overall) and the parts' overall: a ridge fitted on inner out-of-fold predictions."""
    from sklearn.linear_model import Ridge

    def fit(cols, alpha):
        def fn(inner, outer, tr, te):
            rows, Z = _inner_xy(inner, _dims)
            m = Ridge(alpha=alpha).fit(Z[:, cols], run.y[rows])
            return m.predict(_dims(outer)[:, cols])
        return fn

    run.post("stack_dims", fit(list(range(7)), 1.0))
    run.post("stack_dims_parts", fit(list(range(10)), 1.0))
    run.post("stack_overall_narrative_entities", fit([0, 2, 4], 1.0))
    run.post("stack_parts", fit([7, 8, 9], 1.0))


def c_pair_cal(run: Runner) -> None:
    """Per language pair, an affine map of the blend's overall, shrunk toward the pooled map (inner
    out-of-fold predictions; a pair with few inner rows keeps nearly the pooled map)."""
    pairs = run.dev.pair

    def fn_factory(shrink):
        def fn(inner, outer, tr, te):
            rows, p = _inner_xy(inner)
            y = run.y[rows]
            a0, b0 = np.polyfit(p, y, 1)[::-1]
            q = blend(outer)[:, OVERALL]
            out = a0 + b0 * q
            for pair in set(pairs[te].tolist()):
                m = pairs[rows] == pair
                n = int(m.sum())
                if n < 5:
                    continue
                # ridge toward (a0, b0): minimise |y - a - b p|^2 + shrink (|a - a0|^2 + |b - b0|^2)
                A = np.column_stack([np.ones(n), p[m]])
                lhs = A.T @ A + shrink * np.eye(2)
                rhs = A.T @ y[m] + shrink * np.array([a0, b0])
                a, b = np.linalg.solve(lhs, rhs)
                sel = pairs[te] == pair
                out[sel] = a + b * q[sel]
            return out
        return fn

    for s in (3.0, 30.0):
        run.post(f"pair_cal_{s:g}", fn_factory(s))


def c_swap_train(run: Runner) -> None:
    """Train on each row as given and with its sides swapped (twice the rows; prediction as shipped)."""
    base = SimilarityModel()

    def fit(X, Y):
        return base._fit_all(np.vstack([X, X[:, run.swap]]), np.vstack([Y, Y]))

    run.refit("swap_train", fit=fit)


def c_seed(run: Runner) -> None:
    run.refit("seed1", model=SimilarityModel(random_state=1))


def c_aux_target(run: Runner) -> None:
    """Train on a smoothed Overall: a mix of the gold Overall and its linear fit from the gold
    Geography / Entities / Time / Narrative / Style / Tone of the training rows (the other
    annotations of the same pair as a less noisy view of it); scored against the gold Overall."""
    from sklearn.linear_model import LinearRegression

    base = SimilarityModel()

    def factory(mix):
        def fit(X, Y):
            lin = LinearRegression().fit(Y[:, 1:], Y[:, 0])
            Y2 = Y.copy()
            Y2[:, 0] = mix * Y[:, 0] + (1 - mix) * lin.predict(Y[:, 1:])
            return base._fit_all(X, Y2)
        return fit

    for mix in (0.5, 0.75):
        run.refit(f"aux_target_{mix:g}", fit=factory(mix))


def profile_columns(dev, k: int = 10) -> np.ndarray:
    """Second-order e5 lead similarity against the dev lead bank (each row's connected group left
    out, as the bank features are): the Pearson correlation of the two leads' cosines to every bank
    lead, and the Jaccard overlap of their k nearest bank leads. Scoring already computes both
    leads' cosines to the bank (``LeadBank.margins``), so each costs one pass over 2 x 2,502 floats."""
    bank = dev.vectors["lead"].astype(np.float16).astype(np.float32)
    S = dev.vectors["lead"] @ bank.T  # every text against every bank lead
    out = np.zeros((len(dev.y), 3))
    for i, (a, b) in enumerate(dev.pos):
        keep = dev.tgroup != dev.groups[i]
        sa, sb = S[a, keep], S[b, keep]
        out[i, 0] = np.corrcoef(sa, sb)[0, 1]
        ta, tb = set(np.argpartition(-sa, k)[:k].tolist()), set(np.argpartition(-sb, k)[:k].tolist())
        out[i, 1] = len(ta & tb) / len(ta | tb)
        # the same correlation over the top half of each side's neighbours (the topic, not the language)
        m = (sa > np.median(sa)) | (sb > np.median(sb))
        out[i, 2] = np.corrcoef(sa[m], sb[m])[0, 1]
    return out


def c_profile(run: Runner) -> None:
    cols = profile_columns(run.dev)
    n = run.X.shape[1]
    for name, idx in (("profile_corr", [0]), ("profile_knn", [1]), ("profile_all", [0, 1, 2])):
        X = np.hstack([run.X, cols[:, idx]])
        run.refit(name, X=X, swap=run.swap + list(range(n, n + len(idx))))


# --------------------------------------------------------------------------- stop 44 candidates (sim44)


def _generic(run: Runner, name: str, fit_predict, **extra) -> None:
    """A candidate given as ``fit_predict(Xtr, Ytr, Xte) -> overall`` (any learner); each test row
    predicted as given and with its sides swapped, averaged, as ``predict`` does."""
    t = cpu()
    oofs = []
    for folds in run.splits:
        oof = np.zeros(len(run.y))
        for tr, te in folds:
            oof[te] = fit_predict(run.X[tr], run.Y[tr], [run.X[te], run.X[te][:, run.swap]])
        oofs.append(oof)
    run.add(name, oofs, fit_cpu_s=round(cpu() - t, 1), **extra)


def _outer_parts(run: Runner) -> list[list[list[dict[str, np.ndarray]]]]:
    """The shipped parts of every outer fold (no inner folds), computed once."""
    if getattr(run, "_outer", None) is None:
        P = Parts(run.X, run.Y, run.swap)
        run._outer = [[P.fit_predict(tr, te) for tr, te in folds] for folds in run.splits]  # type: ignore[attr-defined]
    return run._outer  # type: ignore[attr-defined]


def _post_outer(run: Runner, name: str, fn, **extra) -> None:
    """``fn(outer parts, tr, te) -> overall`` on the outer parts only (fitted on training gold, not on
    inner predictions)."""
    oofs = []
    for folds, rep in zip(run.splits, _outer_parts(run)):
        oof = np.zeros(len(run.y))
        for (tr, te), outer in zip(folds, rep):
            oof[te] = fn(outer, tr, te)
        oofs.append(oof)
    run.add(name, oofs, **extra)


def c_dims_gold(run: Runner) -> None:
    """A target transform: Overall read from the predicted Geography / Entities / Time / Narrative /
    Style / Tone through the linear map the training rows' GOLD dimensions give (the annotators'
    own Overall as a function of the parts), mixed with the predicted Overall."""
    from sklearn.linear_model import LinearRegression

    def factory(mix, cols):
        def fn(outer, tr, te):
            lin = LinearRegression().fit(run.Y[tr][:, cols], run.Y[tr][:, 0])
            p = blend(outer)
            return mix * p[:, 0] + (1 - mix) * lin.predict(p[:, cols])
        return fn

    every = [1, 2, 3, 4, 5, 6]
    for mix in (0.0, 0.5, 0.75):
        _post_outer(run, f"dims_gold_{mix:g}", factory(mix, every))
    _post_outer(run, "dims_gold_gent_narr_0.5", factory(0.5, [1, 2, 3, 4]))


def c_agree_weights(run: Runner) -> None:
    """Rows whose gold Overall is a whole number (the annotators agreed, or one annotator) weigh more
    than averaged disagreements (1.33, 2.5, ...)."""
    base = SimilarityModel()
    whole = np.isclose(run.dev.Y[:, 0] * 3 + 1, np.round(run.dev.Y[:, 0] * 3 + 1))  # gold 1-4 from [0, 1]
    for w_split in (0.5, 0.75):
        w = np.where(whole, 1.0, w_split)

        def fit(X, Y, w=w):
            return ideas.fit_weighted(base, X, Y, w[_rows_of(run, X)])

        run.refit(f"agree_weights_{w_split:g}", fit=fit)


def _rows_of(run: Runner, X: np.ndarray) -> np.ndarray:
    """Row numbers of the training rows ``X`` (rows of ``run.X`` in order)."""
    key = {run.X[i].tobytes(): i for i in range(len(run.X))}
    return np.array([key[x.tobytes()] for x in X])


def _mlp_fit(X, Y, seeds=(0, 1, 2), hidden=(32,), alpha=1e-1):
    from sklearn.neural_network import MLPRegressor
    from sklearn.preprocessing import StandardScaler

    sc = StandardScaler().fit(X)
    Z = sc.transform(X)
    ms = [MLPRegressor(hidden_layer_sizes=hidden, alpha=alpha, max_iter=600, learning_rate_init=1e-3,
                       random_state=s).fit(Z, Y) for s in seeds]
    return lambda A: np.mean([m.predict(sc.transform(A)) for m in ms], axis=0)


def c_mlp(run: Runner) -> None:
    """A small neural net (standardised features, 7 outputs, seeds averaged) as a fourth blend part
    (forest + ridge + MLP averaged, then the boosted overall as shipped), or alone."""
    base = SimilarityModel()

    def factory(hidden, alpha, weight, alone=False):
        def fp(Xtr, Ytr, Xtes):
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                mlp = _mlp_fit(Xtr, Ytr, hidden=hidden, alpha=alpha)
            if alone:
                return np.mean([np.clip(mlp(Xt), 0, 1)[:, 0] for Xt in Xtes], axis=0)
            return _mlp_blend(base._fit_all(Xtr, Ytr), mlp, Xtes, weight)
        return fp

    _generic(run, "mlp_alone_32_0.1", factory((32,), 1e-1, 1.0, alone=True))
    _generic(run, "mlp_32_0.1", factory((32,), 1e-1, 1.0))
    _generic(run, "mlp_64_1", factory((64,), 1.0, 1.0))


def _mlp_blend(models: dict, mlp: Callable[[np.ndarray], np.ndarray], Xtes: Sequence[np.ndarray],
               weight: float) -> np.ndarray:
    """The shipped blend (forest + ridge, Overall with the boosted trees) with the net as a part of ``weight``,
    the Overall prediction averaged over the test matrices ``Xtes``."""
    out = []
    for Xt in Xtes:
        p = (_forest_predict_(models["forest"], Xt) + models["ridge"].predict(Xt) + weight * mlp(Xt)) / (2 + weight)
        p[:, 0] = (2 * p[:, 0] + models["boosted"]["overall"].predict(Xt)) / 3
        out.append(np.clip(p, 0, 1)[:, 0])
    return np.mean(out, axis=0)


def c_mlp_more(run: Runner) -> None:
    """The best ``mlp`` row (64 units, alpha 1) with more regularisation, and weighted twice."""
    base = SimilarityModel()

    def fp_factory(alpha, weight):
        def fp(Xtr, Ytr, Xtes):
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                mlp = _mlp_fit(Xtr, Ytr, hidden=(64,), alpha=alpha)
            return _mlp_blend(base._fit_all(Xtr, Ytr), mlp, Xtes, weight)
        return fp

    _generic(run, "mlp_64_3", fp_factory(3.0, 1.0))
    _generic(run, "mlp_64_1_w2", fp_factory(1.0, 2.0))


def _forest_predict_(forest, X):
    from storylens.similarity._model import _forest_predict

    return _forest_predict(forest, X)


def c_residual(run: Runner) -> None:
    """A linear model first and trees on what it leaves (ridge + extra-trees / boosted on the ridge's
    residuals): trees cannot extrapolate past their training targets, a linear part can."""
    from sklearn.ensemble import ExtraTreesRegressor, HistGradientBoostingRegressor
    from sklearn.linear_model import Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    def factory(with_shipped):
        def fp(Xtr, Ytr, Xtes):
            ridge = make_pipeline(StandardScaler(), Ridge(alpha=3.0)).fit(Xtr, Ytr)
            R = Ytr - ridge.predict(Xtr)
            forest = ExtraTreesRegressor(n_estimators=100, min_samples_leaf=5, max_features=0.5, random_state=0,
                                         n_jobs=1).fit(Xtr, R)
            boost = HistGradientBoostingRegressor(max_iter=150, learning_rate=0.08, max_leaf_nodes=15,
                                                  min_samples_leaf=20, l2_regularization=1.0, random_state=0).fit(Xtr, R[:, 0])
            shipped = SimilarityModel()._fit_all(Xtr, Ytr) if with_shipped else None
            out = []
            for Xt in Xtes:
                lin = ridge.predict(Xt)[:, 0]
                p = lin + (forest.predict(Xt)[:, 0] + boost.predict(Xt)) / 2
                if shipped is not None:
                    q = (_forest_predict_(shipped["forest"], Xt) + shipped["ridge"].predict(Xt)) / 2
                    q0 = (2 * q[:, 0] + shipped["boosted"]["overall"].predict(Xt)) / 3
                    p = (p + np.clip(q0, 0, 1)) / 2
                out.append(np.clip(p, 0, 1))
            return np.mean(out, axis=0)
        return fp

    _generic(run, "residual", factory(False))
    _generic(run, "residual_plus_shipped", factory(True))


def chunk_columns(dev, path: Path) -> dict[str, np.ndarray]:
    """e5 features of more than the lead: each text's second 600 characters (``path``: unit vectors
    and whether the text has them, from the same engine as the leads), and the mean of the two
    chunk vectors; the mean vectors calibrated against a bank of dev mean vectors as the lead is
    (each row's group left out)."""
    from storylens.similarity import LeadBank

    d = np.load(path)
    lead = dev.vectors["lead"].astype(np.float32)
    V, has = d["V"].astype(np.float32), d["has"]
    c2 = np.where(has[:, None], V, lead)
    mean = ideas.unit(lead + np.where(has[:, None], V, lead))
    bank = LeadBank(mean.astype(np.float16).astype(np.float32), list(dev.tlang))
    n = len(dev.y)
    out = {k: np.zeros(n) for k in ("c2cos", "mcos", "cross", "m_shift", "m_z", "m_csls", "m_ratio")}
    by_group: dict[str, list[int]] = {}
    for i, g in enumerate(dev.groups):
        by_group.setdefault(g, []).extend(dev.pos[i].tolist())
    for i, (a, b) in enumerate(dev.pos):
        keep = np.ones(len(mean), dtype=bool)
        keep[by_group[dev.groups[i]]] = False
        out["c2cos"][i] = float(c2[a] @ c2[b])
        mc = float(bank.vectors[a] @ bank.vectors[b])
        out["mcos"][i] = mc
        out["cross"][i] = max(float(lead[a] @ c2[b]), float(c2[a] @ lead[b]))
        out["m_shift"][i], out["m_z"][i] = bank.features(bank.vectors[a], bank.vectors[b], dev.lang1[i], dev.lang2[i], mc, keep)
        out["m_csls"][i], out["m_ratio"][i] = bank.margins(bank.vectors[a], bank.vectors[b], mc, keep)
    return out


def _refit_with(run: Runner, name: str, keys: list[str], cols: dict, record: bool = False) -> None:
    """Refit candidate ``name``: the baseline's columns and ``cols[k]`` for each of ``keys`` not shipped already (full
    names and name keys ship since stop 45: in the baseline, not added again); ``record`` names them in the result."""
    from storylens.similarity import FEATURE_NAMES

    n = run.X.shape[1]
    shipped = [k for k in keys if k in FEATURE_NAMES]
    if shipped:
        log(f"{name}: {shipped} are shipped columns already (in the baseline), not added again")
        keys = [k for k in keys if k not in FEATURE_NAMES]
        if not keys:
            return
    X = np.hstack([run.X, np.column_stack([cols[k] for k in keys])])
    extra = {"added": list(keys)} if record else {}
    run.refit(name, X=X, swap=run.swap + list(range(n, n + len(keys))), **extra)


def c_chunks(run: Runner) -> None:
    path = RESULTS / "similarity_chunk_600_1200.npz"
    cols = chunk_columns(run.dev, path)

    def add(name, keys):
        _refit_with(run, name, keys, cols)

    add("chunks_c2cos", ["c2cos"])
    add("chunks_mean", ["mcos", "m_shift", "m_z"])
    add("chunks_all", ["c2cos", "mcos", "cross", "m_shift", "m_z", "m_csls", "m_ratio"])
    # the e5 columns of the mean vector in place of the lead's
    names = run.names
    X = run.X.copy()
    for col, key in (("e5_cos_lead", "mcos"), ("e5_lp_shift", "m_shift"), ("e5_lp_z", "m_z"),
                     ("e5_csls", "m_csls"), ("e5_ratio", "m_ratio")):
        X[:, names.index(col)] = cols[key]
    run.refit("chunks_replace", X=X)


def e5_columns(dev, V: np.ndarray) -> dict[str, np.ndarray]:
    """The shipped e5 columns (cosine, language-pair shift / z, CSLS / ratio margins) of other per-text
    unit vectors ``V`` (rows of ``dev.texts``), against a bank of the same vectors, each row's group left out."""
    from storylens.similarity import LeadBank

    bank = LeadBank(V.astype(np.float16).astype(np.float32), list(dev.tlang))
    by_group: dict[str, list[int]] = {}
    for i, g in enumerate(dev.groups):
        by_group.setdefault(g, []).extend(dev.pos[i].tolist())
    out = np.zeros((len(dev.y), 5))
    for i, (a, b) in enumerate(dev.pos):
        keep = np.ones(len(V), dtype=bool)
        keep[by_group[dev.groups[i]]] = False
        c = float(V[a] @ V[b])
        out[i, 0] = c
        out[i, 1:3] = bank.features(bank.vectors[a], bank.vectors[b], dev.lang1[i], dev.lang2[i], c, keep)
        out[i, 3:5] = bank.margins(bank.vectors[a], bank.vectors[b], c, keep)
    return {k: out[:, j] for j, k in enumerate(("cos", "shift", "z", "csls", "ratio"))}


E5_COLUMNS = (("e5_cos_lead", "cos"), ("e5_lp_shift", "shift"), ("e5_lp_z", "z"), ("e5_csls", "csls"), ("e5_ratio", "ratio"))


def c_query(run: Runner) -> None:
    """The e5 leads embedded as ``query:`` (e5's prefix for symmetric tasks: similarity, bitext mining)
    instead of ``passage:``; the same cost per lead."""
    V = ideas.unit(np.load(RESULTS / "similarity_query_leads.npz")["V"])
    q = e5_columns(run.dev, V)
    X = run.X.copy()
    for col, key in E5_COLUMNS:
        X[:, run.names.index(col)] = q[key]
    run.refit("query_replace", X=X)
    n = run.X.shape[1]
    keys = ["cos", "shift", "z"]
    X2 = np.hstack([run.X, np.column_stack([q[k] for k in keys])])
    run.refit("query_beside", X=X2, swap=run.swap + list(range(n, n + len(keys))))


def embed_chunks(cache: Path, lo: int = 600, hi: int = 1200) -> Path:
    """e5 vectors (the default engine, through the shared cache) of each dev text's characters
    ``lo:hi`` (texts as ``prepare_text`` gives them; a chunk under 40 characters has none)."""
    rows, _ = train.load_rows(train.DEFAULT_DEV)
    texts = list(train.bank_languages(rows))
    _, e5 = train.make_embedders(cache)
    chunks = [t.strip()[lo:hi] for t in texts]
    idx = [i for i, c in enumerate(chunks) if len(c.strip()) >= 40]
    V = np.zeros((len(texts), 384), dtype=np.float32)
    for s in range(0, len(idx), 50):
        part = idx[s:s + 50]
        V[part] = ideas.unit(e5.embed([chunks[i] for i in part]))
        log(f"chunks {s + len(part)}/{len(idx)}")
    has = np.zeros(len(texts), dtype=bool)
    has[idx] = True
    path = RESULTS / f"similarity_chunk_{lo}_{hi}.npz"
    np.savez_compressed(path, V=V, has=has)
    return path


def embed_query() -> Path:
    """The dev leads (600 characters) embedded as e5 ``query:`` by the default engine (not cached: the
    shared cache keys vectors by engine, not by prefix)."""
    from storylens.embed import E5Embedder

    rows, _ = train.load_rows(train.DEFAULT_DEV)
    texts = list(train.bank_languages(rows))
    model = E5Embedder().model
    V = np.zeros((len(texts), 384), dtype=np.float32)
    for i, t in enumerate(texts):
        V[i] = model.query(t.strip()[:600])
        if i % 250 == 0:
            log(f"query leads {i}/{len(texts)}")
    path = RESULTS / "similarity_query_leads.npz"
    np.savez_compressed(path, V=V)
    return path


def embed_lead_variant(cache: Path, lead_chars: int) -> Path:
    """Stop 46 (e5num46, issue 16): each dev text's lead cut at ``lead_chars`` characters instead of the shipped
    600, embedded by the default e5 engine through the shared cache (the vectors are keyed by engine and text, so
    another length is other texts, never mixed), into ``results/similarity_e5var_lead{lead_chars}.npz`` with the
    CPU-ms per lead of those not cached (a shorter lead is fewer tokens: the e5 cost of a pair is near linear in them)."""
    rows, _ = train.load_rows(train.DEFAULT_DEV)
    texts = list(train.bank_languages(rows))
    _, e5 = train.make_embedders(cache)
    leads = [t.strip()[:lead_chars] for t in texts]
    V = np.zeros((len(texts), 384), dtype=np.float32)
    spent, done = 0.0, 0
    for s in range(0, len(leads), 50):
        part = leads[s:s + 50]
        fresh = len(set(part)) - len(e5._lookup({e5._key(t) for t in part}))
        t0 = cpu()
        V[s:s + len(part)] = ideas.unit(e5.embed(part))
        spent, done = spent + cpu() - t0, done + fresh
        log(f"leads of {lead_chars} characters {s + len(part)}/{len(leads)}")
    path = RESULTS / f"similarity_e5var_lead{lead_chars}.npz"
    np.savez_compressed(path, V=V, cpu_ms_per_lead=1000 * spent / max(done, 1))
    return path


def c_e5var(run: Runner) -> None:
    """Stop 46 (e5num46): the shipped e5 columns from other lead vectors (``results/similarity_e5var_*.npz``: a
    shorter lead, another engine's numerics), against a bank of the same vectors, in place of the shipped ones;
    ``e5var_control``: the same recomputation from the shipped leads' own vectors (what the replacement alone
    moves)."""
    variants = {"control": run.dev.vectors["lead"].astype(np.float32)}
    for path in sorted(RESULTS.glob("similarity_e5var_*.npz")):
        variants[path.stem.removeprefix("similarity_e5var_")] = ideas.unit(np.load(path)["V"])
    lead = ideas.unit(run.dev.vectors["lead"])
    for name, V in variants.items():
        cos = np.einsum("ij,ij->i", lead, ideas.unit(V))
        log(f"e5var_{name}: cosine to the shipped leads min {cos.min():.5f} mean {cos.mean():.5f}")
        cols = e5_columns(run.dev, V)
        X = run.X.copy()
        for col, key in E5_COLUMNS:
            X[:, run.names.index(col)] = cols[key]
        run.refit(f"e5var_{name}", X=X)


# --------------------------------------------------------------------------- stop 45: entity / number / rule features

def pair_info_key() -> str:
    """What the kept pair analyses depend on: dev.csv and every source and JSON data file of the package but
    the trained models' (the text analysis reads the gazetteer, the language data and the lexicons' code);
    conservative: any change of the package recomputes them (~300 CPU-s at load 20)."""
    import hashlib

    h = hashlib.sha256()
    h.update(train.DEFAULT_DEV.read_bytes())
    src = ROOT / "src" / "storylens"
    for path in sorted([*src.rglob("*.py"), *src.rglob("*.json")]):
        if path.name.startswith("similarity-model"):
            continue
        h.update(str(path.relative_to(src)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:20]


def pair_info(dev) -> list[tuple]:
    """Per dev row: (a's ``_Text``, b's ``_Text``, ``PairFeatures``) as ``pair_features`` makes them for the
    texts ``train.features`` gives it (no embedding is read by what the candidates take from them: sides get
    zero vectors). Kept in ``results/similarity_pairinfo.pkl`` under :func:`pair_info_key`."""
    import dataclasses
    import pickle

    from storylens.similarity import Gazetteer, prepare_text
    from storylens.similarity._features import _features
    from storylens.similarity._sides import _analyse, _kept_sentences, _Side

    path = RESULTS / "similarity_pairinfo.pkl"
    key = pair_info_key()
    if path.exists():
        with open(path, "rb") as fh:
            got = pickle.load(fh)
        if isinstance(got, dict) and got.get("key") == key and len(got["rows"]) == len(dev.rows):
            return got["rows"]
        log(f"{path.name}: stale (key {got.get('key') if isinstance(got, dict) else '?'} != {key}), recomputing")
    gaz = Gazetteer.load()
    inputs = dev.model.inputs_
    sides: dict[tuple, object] = {}
    zero = np.zeros((1, 512), dtype=np.float32)

    def side(raw: str, lang: str):
        p = prepare_text(raw)
        k = (p.text, lang, p.published)
        if k not in sides:
            info = _analyse(p.text, lang, p.published, _kept_sentences(p.text, inputs), gaz)
            sides[k] = _Side(info, zero[0], zero, None)
        return sides[k]

    def slim(t):
        return dataclasses.replace(t, char3=frozenset(), shingles=frozenset(), terms={}, words=frozenset())

    rows = []
    t = cpu()
    for i, r in enumerate(dev.rows):
        sa, sb = side(r["text1"], r["lang1"]), side(r["text2"], r["lang2"])
        pf = _features(sa, sb, gaz)
        rows.append((slim(sa.info), slim(sb.info), dataclasses.replace(pf, values=())))
        if i % 100 == 0:
            log(f"pair info {i}/{len(dev.rows)}")
    log(f"pair info: {cpu() - t:.0f} CPU-s")
    with open(path, "wb") as fh:
        pickle.dump({"key": key, "rows": rows}, fh)
    return rows


def _cover2(shared: int, na: int, nb: int) -> tuple[float, float]:
    ca = shared / na if na else 0.0
    cb = shared / nb if nb else 0.0
    return min(ca, cb), max(ca, cb)


ENTITY_GROUPS: dict[str, tuple[str, ...]] = {
    # the entity linker's name keys of the capitalised words of each whole text (one key across Latin,
    # Cyrillic, Greek and case endings; a Chinese text's dotted-name parts)
    "keys": ("nk_shared", "nk_cover_min", "nk_cover_max", "nk_jaccard"),
    # two-word names of the whole texts (folded)
    "full": ("fn_shared", "fn_cover_min", "fn_cover_max"),
    # countries of the places (a city: its country), and of the openings' places
    "countries": ("ct_jaccard", "ct_shared", "ct_disjoint", "lead_pl_jaccard", "lead_ct_disjoint", "pl_only_min", "pl_only_max"),
    # the verdict's rules (two stories told apart) and shingle overlap
    "rules": ("r_people", "r_events", "r_datelines", "r_actors", "r_names", "r_occasions", "r_weeks", "r_roads", "r_any",
              "dup_containment", "dup_jaccard"),
    # each opening's names the other text does not write
    "lead_names": ("ln_only_min", "ln_only_max", "ln_share_min", "ln_share_max"),
    # typed quantities (scaled, unit-aware) and the openings' dates
    # full names by phonetic keys; surnames of one's full names among the other's name keys
    "full_phon": ("fp_shared", "fp_cover_min", "fp_cover_max"),
    "full_in": ("fs_in_min", "fs_in_max"),
    # name keys weighted by rarity (:func:`key_idf_columns`)
    "keys_idf": ("nk_idf_cos", "nk_rare_shared", "nk_idf_shared"),
    "numbers": ("q_shared", "q_cover_min", "q_cover_max", "q_n_min", "od_shared", "od_clash", "om_clash", "ev_clash"),
}


def entity_columns(info: list[tuple]) -> dict[str, np.ndarray]:
    """The :data:`ENTITY_GROUPS` columns of each row but ``keys_idf``, ``full_phon`` and ``full_in`` (all
    symmetric in the two sides)."""
    from storylens.similarity import FULL_NAME_FEATURES, full_name_features
    from storylens.similarity._places import _place_countries_of

    out: dict[str, list[float]] = {}  # the groups :func:`key_idf_columns` and :func:`full_name_columns` make are not here

    def put(**kw):
        for k, v in kw.items():
            out.setdefault(k, []).append(float(v))

    for a, b, pf in info:
        ka, kb = a.name_keys, b.name_keys
        s = len(ka & kb)
        put(nk_shared=s, nk_jaccard=s / len(ka | kb) if ka | kb else 0.0)
        put(**dict(zip(("nk_cover_min", "nk_cover_max"), _cover2(s, len(ka), len(kb)))))
        put(**dict(zip(FULL_NAME_FEATURES, full_name_features(a, b))))  # shipped since stop 45 (ship45)
        ca = _place_countries_of(a.places | a.dateline_places) | a.region_countries
        cb = _place_countries_of(b.places | b.dateline_places) | b.region_countries
        la, lb = pf.lead_place_ids
        lca, lcb = _place_countries_of(la), _place_countries_of(lb)
        oa, ob = pf.place_ids_only
        put(ct_jaccard=len(ca & cb) / len(ca | cb) if ca | cb else 0.0, ct_shared=len(ca & cb),
            ct_disjoint=bool(ca and cb and not ca & cb), lead_pl_jaccard=len(la & lb) / len(la | lb) if la | lb else 0.0,
            lead_ct_disjoint=bool(lca and lcb and not lca & lcb), pl_only_min=min(len(oa), len(ob)), pl_only_max=max(len(oa), len(ob)))
        flags = [pf.people_apart, pf.events_apart, pf.datelines_apart, pf.actors_apart, pf.names_apart, pf.occasions,
                 pf.weeks_apart, pf.roads_apart]
        nd = pf.near_duplicate
        put(**{k: f is not None for k, f in zip(("r_people", "r_events", "r_datelines", "r_actors", "r_names", "r_occasions",
                                                 "r_weeks", "r_roads"), flags)},
            r_any=sum(f is not None for f in flags), dup_containment=nd.containment if nd else 0.0,
            dup_jaccard=nd.jaccard if nd else 0.0)
        na, nb = len(pf.lead_names_only[0]), len(pf.lead_names_only[1])
        sa = na / len(a.opening.names) if a.opening.names else 0.0
        sb = nb / len(b.opening.names) if b.opening.names else 0.0
        put(ln_only_min=min(na, nb), ln_only_max=max(na, nb), ln_share_min=min(sa, sb), ln_share_max=max(sa, sb))
        qs = len(pf.shared_numbers)
        qa, qb = len({round(q.value, 6) for q in a.quantities}), len({round(q.value, 6) for q in b.quantities})
        da, db = a.opening.days, b.opening.days
        ma, mb = a.opening.months, b.opening.months
        ea, eb = a.opening.event.event_days, b.opening.event.event_days
        put(q_shared=qs, **dict(zip(("q_cover_min", "q_cover_max"), _cover2(qs, qa, qb))), q_n_min=min(qa, qb),
            od_shared=len(da & db), od_clash=bool(da and db and not da & db), om_clash=bool(ma and mb and not ma & mb),
            ev_clash=bool(ea and eb and not ea & eb))
    return {k: np.array(v) for k, v in out.items()}


def key_idf_columns(dev, info: list[tuple]) -> dict[str, np.ndarray]:
    """Name keys weighted by how rare they are among the dev texts, each row's connected group left out of the
    document frequencies (as the term table is): IDF cosine of the two key sets, and the keys both share that
    at most 3 other dev texts write. Shipped since stop 45 (ship45): the columns are
    :class:`storylens.similarity.NameKeyTable`'s, whose table ``scripts/train_similarity.py`` writes."""
    from storylens.similarity import NAME_KEY_FEATURES, NameKeyTable

    keys: dict[int, frozenset[str]] = {}
    for (a, b, _), (i, j) in zip(info, dev.pos):
        keys[int(i)], keys[int(j)] = a.name_keys, b.name_keys
    table = NameKeyTable.count(keys.values())
    by_group: dict[str, set[int]] = {}
    for g, (i, j) in zip(dev.groups, dev.pos):
        by_group.setdefault(g, set()).update((int(i), int(j)))
    rows = [table.features(keys[int(i)], keys[int(j)], [keys[t] for t in sorted(by_group[g])])
            for g, (i, j) in zip(dev.groups, dev.pos)]
    return {k: np.array([r[n] for r in rows], dtype=float) for n, k in enumerate(NAME_KEY_FEATURES)}


def full_name_columns(info: list[tuple]) -> dict[str, np.ndarray]:
    """Two-word names across spellings: each full name (:func:`_full_names`) keyed by the entity linker's
    phonetic tokens of its two words (Wladimir / Vladimir / Владимир Путин one key), shared count and cover;
    and the share of each text's full names whose surname (last word's key) the other text writes anywhere
    among its capitalised words (its ``name_keys``: "Merkel" alone, "Меркель")."""
    from storylens.analysis.entities import phonetic_tokens

    def phon(fold_label):
        return tuple(k for w in fold_label[1].split() for k in phonetic_tokens(w))

    out: dict[str, list[float]] = {k: [] for k in ("fp_shared", "fp_cover_min", "fp_cover_max", "fs_in_min", "fs_in_max")}
    for a, b, _ in info:
        pa = {phon(x) for x in a.full_names} - {()}
        pb = {phon(x) for x in b.full_names} - {()}
        s = len(pa & pb)
        lo, hi = _cover2(s, len(pa), len(pb))
        out["fp_shared"].append(s)
        out["fp_cover_min"].append(lo)
        out["fp_cover_max"].append(hi)

        def inside(names, keys):
            if not names:
                return 0.0
            return sum(1 for n in names if n[-1] in keys) / len(names)

        ia, ib = inside(pa, b.name_keys), inside(pb, a.name_keys)
        out["fs_in_min"].append(min(ia, ib))
        out["fs_in_max"].append(max(ia, ib))
    return {k: np.array(v, dtype=float) for k, v in out.items()}


def c_entities(run: Runner) -> None:
    """Stop 45: each :data:`ENTITY_GROUPS` group beside the shipped columns, then all of them."""
    info = pair_info(run.dev)
    cols = entity_columns(info)
    cols.update(key_idf_columns(run.dev, info))
    cols.update(full_name_columns(info))
    for name, keys in ENTITY_GROUPS.items():
        nz = {k: round(float((cols[k] != 0).mean()), 3) for k in keys}
        log(f"{name}: share of rows non-zero {nz}")

    def add(name, keys):
        _refit_with(run, name, keys, cols, record=True)

    only = os.environ.get("ENTITY_GROUPS")
    groups = only.split(",") if only else list(ENTITY_GROUPS)
    for g in groups:
        if g == "all":
            add("ent_all", [k for ks in ENTITY_GROUPS.values() for k in ks])
        elif "+" in g:
            add("ent_" + g, [k for part in g.split("+") for k in ENTITY_GROUPS[part]])
        else:
            add(f"ent_{g}", ENTITY_GROUPS[g])


# --------------------------------------------------------------------------- stop 47: the nearest unrelated lead


def nearest_columns(dev) -> dict[str, np.ndarray]:
    """Stop 47 (model47, issue 11): :meth:`LeadBank.nearest` of each row's two leads against a bank of the dev leads
    (float16, as a retrain ships it), each row's connected group left out as the bank features are: the e5 lead
    cosine less the larger (``gap_min``) and less the smaller (``gap_max``) of the two leads' highest cosines to
    one unrelated dev lead (what a retrain would read); and those highest cosines themselves (``near_max``, ``near_min``). A lead nearly another
    group's is page furniture or a block page ("We are sorry, but we recorded a huge amount of connections from the
    IP", "الحوار المتمدن / التبرع للموقع"), not the article the annotators read."""
    from storylens.similarity import LeadBank

    bank = LeadBank(dev.vectors["lead"].astype(np.float16).astype(np.float32), list(dev.tlang))
    cos = dev.col("e5_cos_lead")
    by_group: dict[str, list[int]] = {}
    for i, g in enumerate(dev.groups):
        by_group.setdefault(g, []).extend(dev.pos[i].tolist())
    out = np.zeros((len(dev.y), 2))
    for i, (a, b) in enumerate(dev.pos):
        keep = np.ones(len(bank.vectors), dtype=bool)
        keep[by_group[dev.groups[i]]] = False
        out[i] = bank.nearest(bank.vectors[a], bank.vectors[b], float(cos[i]), keep)
    return {"gap_min": out[:, 0], "gap_max": out[:, 1], "near_max": cos - out[:, 0], "near_min": cos - out[:, 1]}


def c_nearest(run: Runner) -> None:
    """Stop 47: the nearest-unrelated-lead columns beside the shipped ones (the gaps; the highest
    cosines; the larger one alone), and the shipped recipe's out-of-fold error on the rows whose larger highest
    cosine is above 0.95 / 0.97."""
    cols = nearest_columns(run.dev)
    y, oof = run.y, run.results["shipped"]["_oofs"][0]
    for t in (0.95, 0.97):
        s = cols["near_max"] > t
        log(f"near_max > {t}: {int(s.sum())} rows, gold {y[s].mean():.3f} predicted {oof[s].mean():.3f}, "
            f"mean abs error {np.abs(oof[s] - y[s]).mean():.3f} (others {np.abs(oof[~s] - y[~s]).mean():.3f})")
    _refit_with(run, "nearest_gaps", ["gap_min", "gap_max"], cols, record=True)
    _refit_with(run, "nearest_max_min", ["near_max", "near_min"], cols, record=True)
    _refit_with(run, "nearest_max", ["near_max"], cols, record=True)


# --------------------------------------------------------------------------- stop 48 (model48, issue 11)


def _learner_parts(run: Runner, names: Sequence[str]) -> dict[str, list[list[list[np.ndarray]]]]:
    """Overall predictions of single learners, per repeat, per fold, as given and with the sides swapped
    (a forest's or ridge's seven outputs: the first), each fitted once and kept on ``run`` for every blend."""
    from sklearn.ensemble import ExtraTreesRegressor, HistGradientBoostingRegressor
    from sklearn.linear_model import Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from threadpoolctl import threadpool_limits

    from storylens.similarity._model import _forest_predict

    def et(seed=0, msl=5, mf=0.5):
        return lambda X, Y: ExtraTreesRegressor(n_estimators=100, min_samples_leaf=msl, max_features=mf,
                                                random_state=seed, n_jobs=1).fit(X, Y)

    def ridge(alpha):
        return lambda X, Y: make_pipeline(StandardScaler(), Ridge(alpha=alpha)).fit(X, Y)

    def hgb(it=150, lr=0.08, mf=1.0, seed=0, dim="overall"):
        def fit(X, Y):
            with threadpool_limits(limits=1, user_api="openmp"):
                return HistGradientBoostingRegressor(max_iter=it, learning_rate=lr, max_leaf_nodes=15, min_samples_leaf=20,
                                                     l2_regularization=1.0, random_state=seed,
                                                     max_features=mf).fit(X, Y[:, DIMENSIONS.index(dim)])
        return fit

    learners = {"et0": et(0), "et1": et(1), "et2": et(2), "et3": et(3), "et_msl3": et(msl=3), "et_msl8": et(msl=8),
                "et_mf33": et(mf=0.33), "et_mf70": et(mf=0.7), "ridge1": ridge(1.0), "ridge3": ridge(3.0),
                "ridge10": ridge(10.0), "hgb": hgb(), "hgb_slow": hgb(it=300, lr=0.04), "hgb_mf5_s0": hgb(mf=0.5),
                "hgb_mf5_s1": hgb(mf=0.5, seed=1), "hgb_narrative": hgb(dim="narrative")}
    kept = run.__dict__.setdefault("_learner_parts", {})
    for name in names:
        if name in kept:
            continue
        t = cpu()
        fit = learners[name]
        out = []
        for folds in run.splits:
            rep = []
            for tr, te in folds:
                m = fit(run.X[tr], run.Y[tr])
                sides = []
                for Xt in (run.X[te], run.X[te][:, run.swap]):
                    p = _forest_predict(m, Xt) if name.startswith("et") else m.predict(Xt)
                    sides.append(p[:, OVERALL] if p.ndim == 2 else p)
                rep.append(sides)
            out.append(rep)
        kept[name] = out
        log(f"learner {name}: {cpu() - t:.0f} CPU-s")
    return kept


def _learner_blend(run: Runner, name: str, spec: Sequence[tuple[str, float]]) -> None:
    """The weighted mean of single learners' overall (``spec``: (learner, weight)), clipped to [0, 1] in each
    orientation and the two averaged as ``predict`` does; the shipped blend is et0 + ridge3 + hgb, equal weights."""
    parts = _learner_parts(run, [n for n, _ in spec])
    total = sum(w for _, w in spec)
    oofs = []
    for r, folds in enumerate(run.splits):
        oof = np.zeros(len(run.y))
        for k, (_, te) in enumerate(folds):
            oof[te] = np.mean([np.clip(sum(w * parts[n][r][k][side] for n, w in spec) / total, 0.0, 1.0)
                               for side in (0, 1)], axis=0)
        oofs.append(oof)
    run.add(name, oofs, blend=[list(s) for s in spec])


def c_learners48(run: Runner) -> None:
    """Stop 48: the shipped blend's parts replaced or averaged (forest seeds, leaf size, features per split; ridge
    alpha; boosted trees slower, on half the features per split, seeds) and other weights. Each learner is fitted
    once per fold and every blend reads its predictions; ``learners48_shipped`` (et0 + ridge3 + hgb) is the
    shipped recipe recomputed this way (equal to ``shipped``)."""
    ship = [("et0", 1.0), ("ridge3", 1.0), ("hgb", 1.0)]
    _learner_blend(run, "learners48_shipped", ship)
    for et in ("et1", "et_msl3", "et_msl8", "et_mf33", "et_mf70"):
        _learner_blend(run, f"forest_{et}", [(et, 1.0), *ship[1:]])
    _learner_blend(run, "forest_4_seeds", [("et0", 0.25), ("et1", 0.25), ("et2", 0.25), ("et3", 0.25), *ship[1:]])
    for ridge in ("ridge1", "ridge10"):
        _learner_blend(run, f"ridge_{ridge}", [ship[0], (ridge, 1.0), ship[2]])
    for hgb in ("hgb_slow", "hgb_mf5_s0"):
        _learner_blend(run, f"boosted_{hgb}", [*ship[:2], (hgb, 1.0)])
    _learner_blend(run, "boosted_mf5_2_seeds", [*ship[:2], ("hgb_mf5_s0", 0.5), ("hgb_mf5_s1", 0.5)])
    _learner_blend(run, "plus_boosted_narrative", [*ship, ("hgb_narrative", 0.5)])
    for w in ((1.0, 1.0, 2.0), (1.0, 0.5, 1.0), (1.5, 1.0, 1.0), (1.0, 1.5, 1.0), (1.0, 1.0, 1.5)):
        _learner_blend(run, "weights_{:g}_{:g}_{:g}".format(*w), [(n, wi) for (n, _), wi in zip(ship, w)])


_ARABIC_RUN = re.compile(r"[\u0600-\u06ff]+")
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")  # short vowels, tatweel
_ARABIC_ARTICLE = re.compile(r"^(?:[وف]?(?:[بكل]?ال|لل))(?=..)")
# ain and the hamza seats fold to a space (a word cut in two: "العالم" -> "l lm", "مسؤول" -> "msu wl"), so an Arabic
# text's terms lose most words of 3+ letters; here they are letters and the forms of alif / ta marbuta / alif maqsura one
_ARABIC_LETTERS = str.maketrans({"ع": "c", "ئ": "y", "ؤ": "w", "ء": "", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


def _arabic_term_word(word: str, stem: bool) -> str:
    word = _ARABIC_MARKS.sub("", word)
    if stem:
        word = _ARABIC_ARTICLE.sub("", word)
    return word.translate(_ARABIC_LETTERS)


def arabic_term_columns(dev, stem: bool = True) -> np.ndarray:
    """The dev features with the TERM_FEATURES and TITLE_FEATURES recomputed (each row's group left out of the term
    table, as a retrain does) from Arabic words read whole: ain and hamza kept as letters, alif forms one, and
    (``stem``) the article and its proclitics ("وال", "بال", "لل") taken off. Other scripts fold as shipped."""
    import storylens.similarity as sim

    names = train.name_key_table(dev.rows)  # the name keys as shipped (not re-folded)
    shipped = sim._common._fold

    def fold(s: str) -> str:
        if len(s) > 64 and _ARABIC_RUN.search(s):  # a text or a lead, not a word or a name
            s = _ARABIC_RUN.sub(lambda m: _arabic_term_word(m.group(0), stem), s)
        return shipped(s)

    sim._common._fold = fold  # type: ignore[assignment]
    try:
        X = train.leave_group_out_terms(dev.rows, dev.X, dev.groups, train.term_table(dev.rows), names)
    finally:
        sim._common._fold = shipped  # type: ignore[assignment]
    return X[:, [FEATURE_NAMES.index(n) for n in dev.model.feature_names_]]


def c_arabic_terms(run: Runner) -> None:
    """Stop 48: Arabic terms read whole (:func:`arabic_term_columns`), against the same columns recomputed as
    shipped (``arabic_terms_control``: the cached feature matrix may predate this tree's text preparation)."""
    names = train.name_key_table(run.dev.rows)
    control = train.leave_group_out_terms(run.dev.rows, run.dev.X, run.dev.groups, train.term_table(run.dev.rows), names)
    run.refit("arabic_terms_control", X=control[:, [FEATURE_NAMES.index(n) for n in run.dev.model.feature_names_]])
    for stem in (True, False):
        run.refit(f"arabic_terms{'_stem' if stem else ''}", X=arabic_term_columns(run.dev, stem))


def junk_columns(dev) -> dict[str, np.ndarray]:
    """Page furniture in each text as :mod:`storylens.prepare._junk` judges a body's pieces, over the first 600
    characters (what the encoders read) and over the whole text: the junk pieces' share of the characters (the
    larger and the smaller of the two texts), the fewer real words (log), and whether either text is a story part."""
    from storylens.prepare._junk import _iter_pieces, _judged
    from storylens.settings import DEFAULT
    from storylens.similarity import prepare_text

    def junk(text: str, chars: int) -> tuple[float, int]:
        junk_chars = total = real = 0
        for piece in _iter_pieces(text.strip()[:chars]):
            total += len(piece)
            is_junk, words = _judged(piece, DEFAULT.junk_furniture_words)
            junk_chars += len(piece) if is_junk else 0
            real += 0 if is_junk else words
        return (junk_chars / total if total else 1.0), real

    info: dict[str, tuple[float, ...]] = {}
    for r in dev.rows:
        for k in ("text1", "text2"):
            if r[k] not in info:
                p = prepare_text(r[k])
                info[r[k]] = (*junk(p.text, 600), *junk(p.text, 10**6), float(p.story_part))
    A = np.array([info[r["text1"]] for r in dev.rows])
    B = np.array([info[r["text2"]] for r in dev.rows])
    return {"junk_lead_max": np.maximum(A[:, 0], B[:, 0]), "junk_lead_min": np.minimum(A[:, 0], B[:, 0]),
            "junk_whole_max": np.maximum(A[:, 2], B[:, 2]), "real_words_min_log": np.log1p(np.minimum(A[:, 3], B[:, 3])),
            "story_part_any": np.maximum(A[:, 4], B[:, 4])}


def c_junk(run: Runner) -> None:
    """Stop 48: how much of each text is page furniture (:func:`junk_columns`) beside the shipped columns; and the
    same with the nearest-unrelated-lead cosine (stop 47)."""
    cols = junk_columns(run.dev)
    resid = run.results["shipped"]["_oofs"][0] - run.y
    for k, v in cols.items():
        log(f"{k}: non-zero {(v > 0).mean():.3f}, correlation with the shipped out-of-fold residual {np.corrcoef(v, resid)[0, 1]:+.3f}")
    _refit_with(run, "junk_lead", ["junk_lead_max", "junk_lead_min"], cols, record=True)
    _refit_with(run, "junk_all", list(cols), cols, record=True)
    cols.update(nearest_columns(run.dev))
    _refit_with(run, "junk_lead_near_max", ["junk_lead_max", "junk_lead_min", "near_max"], cols, record=True)


def c_shrink48(run: Runner) -> None:
    """Stop 48: a row whose lead is nearly an unrelated dev lead's (stop 47's ``near_max`` above 0.95 / 0.97 / 0.98:
    a block page, a banner, a lottery table) is an uninformative pair: its predicted Overall is moved halfway or all
    the way to the mean gold of such rows in the training part (the shipped blend's outer parts; no test gold read)."""
    near = nearest_columns(run.dev)["near_max"]

    def factory(flag, mix):
        def fn(outer, tr, te):
            q = blend(outer)[:, OVERALL]
            mu = run.y[tr][flag[tr]].mean() if flag[tr].sum() >= 3 else run.y[tr].mean()
            f = flag[te]
            q[f] = (1 - mix) * q[f] + mix * mu
            return q
        return fn

    for t in (0.95, 0.97, 0.98):
        for mix in (0.5, 1.0):
            _post_outer(run, f"shrink_near_{t:g}_{mix:g}", factory(near > t, mix), rows=int((near > t).sum()))


CANDIDATES = {"shipped": c_shipped, "calibrate": c_calibrate, "stack": c_stack, "pair_cal": c_pair_cal,
              "swap_train": c_swap_train, "seed": c_seed,
              "aux_target": c_aux_target, "profile": c_profile,
              "dims_gold": c_dims_gold, "agree_weights": c_agree_weights, "mlp": c_mlp, "mlp_more": c_mlp_more, "residual": c_residual,
              "chunks": c_chunks, "query": c_query, "entities": c_entities, "e5var": c_e5var,
              "nearest": c_nearest, "learners48": c_learners48, "arabic_terms": c_arabic_terms, "junk": c_junk,
              "shrink48": c_shrink48}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=ideas.SHARED_CACHE)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--only", nargs="*", choices=list(CANDIDATES), default=list(CANDIDATES))
    ap.add_argument("--tag", default="")
    ap.add_argument("--embed-chunks", action="store_true", help="first embed every dev text's second 600 characters")
    ap.add_argument("--embed-query", action="store_true", help="first embed every dev lead as e5 query:")
    ap.add_argument("--embed-leads", type=int, nargs="*", default=[], metavar="CHARS",
                    help="first embed every dev text's first CHARS characters (the e5var candidate reads them)")
    args = ap.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    if args.embed_chunks:
        log(f"wrote {embed_chunks(args.cache)}")
    if args.embed_query:
        log(f"wrote {embed_query()}")
    for chars in args.embed_leads:
        log(f"wrote {embed_lead_variant(args.cache, chars)}")
    # the bank a retrain ships: these texts' leads as they are prepared now
    dev = ideas.Dev(args.cache, no_compute=True, bank_from_leads=True)
    log(f"dev: {len(dev.y)} rows, {len(set(dev.groups))} groups, {len(dev.model.feature_names_)} features")
    run = Runner(dev, args.repeats)
    if {"calibrate", "stack", "pair_cal"} & set(args.only):
        c_shipped(run)  # from the parts the post-processing candidates reuse (with inner folds)
    else:
        run.refit("shipped")
    for name in args.only:
        if name != "shipped":
            log(f"--- {name}")
            CANDIDATES[name](run)
    out = {"data": f"dev.csv {len(dev.y)} rows, {len(set(dev.groups))} groups, {args.repeats} x 5 grouped folds",
           "started": time.ctime(),
           "results": {k: {kk: vv for kk, vv in v.items() if not kk.startswith("_")} for k, v in run.results.items()}}
    path = RESULTS / f"similarity_repeated{args.tag}.json"
    path.write_text(json.dumps(out, indent=2) + "\n")
    log(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
