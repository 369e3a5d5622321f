"""Pair-level same-story links for the offline refine pass: features of two articles, and a learned scorer.

The online clusterer judges an article by its single best match (lead-vector
cosine plus shared names). Across languages that link is poorly calibrated
(names are spelt differently, cosines run lower), so the refine pass scores
every cross-lingual candidate *pair* with a small logistic model over evidence
the stream already holds (and, when given, an e5 vector of each article's
lead); same-language pairs keep the cosine + entity link that was tuned on
BASIL and ECB+ (a model trained on those with the dev pairs lost the dev gains;
one trained on dev alone split BASIL and ECB+ stories: see the closing notes):

* cosines of the USE lead vectors and of the e5 lead vectors, and each as a
  CSLS margin against both articles' 10 nearest neighbours (bitext mining's
  hubness correction: a cosine of 0.6 means more for two articles that are
  far from everything else);
* the idf-weighted cosine of their entity keys (transliterated names), how
  many names and how many non-year numbers they share;
* a same-language TF-IDF cosine of the texts, when the texts are given;
* whether the two languages differ, and whether the scripts do, with the
  cross-lingual cosines and name overlap as their own features (a cosine
  across languages is calibrated apart from one within a language).

The model ships as JSON arrays (``data/cluster-links.json``: feature names,
scaler, coefficients, the average-link cut), trained by
``scripts/train_links.py`` on SemEval-2022 dev.csv pairs with grouped folds
(connected components of pairs and translations of one article never split
across folds); no scikit-learn at run time.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .._datafile import read_json
from ..errors import ConfigError

__all__ = ["E5_LEAD_CHARS", "LinkModel", "PairContext", "component_links", "e5_lead", "knn", "knn_other_language"]

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "cluster-links.json"
# The e5 vector reads the first 300 characters (title first): ~0.1 s per article on one core;
# 600 characters cost twice that (the refine pass embeds every stored article once, then the cache holds it).
E5_LEAD_CHARS = 300
CSLS_K = 10  # neighbours averaged into each article's CSLS level
_LATIN = frozenset({"en", "de", "es", "it", "fr", "pl", "tr", "pt", "nl"})
_BLOCK = 512  # rows per block when scoring every pair of a component


def e5_lead(title: str | None, text: str) -> str:
    """The text the e5 lead vector reads: title (when the text does not start with it) and the first characters."""
    text = (text or "").strip()
    if title and title.strip() and not text.startswith(title.strip()):
        text = f"{title.strip()}\n{text}"
    return text[:E5_LEAD_CHARS]


def knn(vecs: np.ndarray, k: int, exact_up_to: int = 20000) -> tuple[np.ndarray, np.ndarray]:
    """(indices, cosines) of each row's ``k`` nearest *other* rows, best first.

    Exact (blocked matrix products) up to ``exact_up_to`` rows; beyond, a
    throw-away HNSW index (hnswlib, as the clusterer's own), so a refine over
    100k articles stays n log n.
    """
    vecs = np.asarray(vecs, dtype=np.float32)
    n = len(vecs)
    k = min(k, n - 1)
    if k < 1:
        return np.zeros((n, 0), dtype=np.int64), np.zeros((n, 0), dtype=np.float64)
    if n > exact_up_to:
        import hnswlib

        index = hnswlib.Index(space="ip", dim=int(vecs.shape[1]))
        index.init_index(max_elements=n, ef_construction=64, M=16, random_seed=7)
        index.add_items(vecs, np.arange(n), num_threads=1)
        index.set_ef(max(64, 2 * k + 2))
        labels, dists = index.knn_query(vecs, k=k + 1, num_threads=1)
        sims = 1.0 - dists.astype(np.float64)
        own = labels == np.arange(n)[:, None]
        sims[own] = -np.inf  # each row's own entry sorts last and is cut
        order = np.argsort(-sims, axis=1, kind="stable")[:, :k]
        return np.take_along_axis(labels.astype(np.int64), order, 1), np.take_along_axis(sims, order, 1)
    idx = np.zeros((n, k), dtype=np.int64)
    sim = np.zeros((n, k), dtype=np.float64)
    for a in range(0, n, 1024):
        s = vecs[a : a + 1024] @ vecs.T
        s[np.arange(s.shape[0]), np.arange(a, a + s.shape[0])] = -np.inf
        top = np.argpartition(s, -k, axis=1)[:, -k:]
        vals = np.take_along_axis(s, top, 1)
        order = np.argsort(-vals, axis=1, kind="stable")
        idx[a : a + 1024] = np.take_along_axis(top, order, 1)
        sim[a : a + 1024] = np.take_along_axis(vals, order, 1)
    return idx, sim


def knn_other_language(vecs: np.ndarray, lang: np.ndarray, k: int, exact_up_to: int = 20000) -> np.ndarray:
    """Indices of each row's ``k`` nearest rows of *another* language (n x k, best first; -1 fills a
    row with fewer). ``lang``: integer codes, 0 unknown (such a row has, and is, no neighbour).

    Why: a story told in several languages sits in one topic's neighbourhood crowded by that topic's
    same-language articles, so its translation can rank 60th-190th among all (dev.csv: a Spanish
    report's Italian translation was 60th / 70th by e5 lead, 1st / 12th among other languages).
    Exact (blocked matrix products) up to ``exact_up_to`` rows; beyond, one HNSW index per language
    queried by the rows of every other language, the lists merged.
    """
    vecs = np.asarray(vecs, dtype=np.float32)
    lang = np.asarray(lang, dtype=np.int64)
    n = len(vecs)
    out = np.full((n, max(k, 0)), -1, dtype=np.int64)
    if k < 1 or n < 2:
        return out
    if n > exact_up_to:
        return _knn_other_hnsw(vecs, lang, k)
    known = lang > 0
    for a in range(0, n, 1024):
        s = vecs[a : a + 1024] @ vecs.T
        block = lang[a : a + 1024]
        s[(block[:, None] == lang[None, :]) | ~known[None, :] | ~known[a : a + 1024, None]] = -np.inf
        kk = min(k, n)
        top = np.argpartition(s, -kk, axis=1)[:, -kk:]
        vals = np.take_along_axis(s, top, 1)
        order = np.argsort(-vals, axis=1, kind="stable")
        top, vals = np.take_along_axis(top, order, 1), np.take_along_axis(vals, order, 1)
        out[a : a + 1024, :kk] = np.where(np.isfinite(vals), top, -1)
    return out


def _knn_other_hnsw(vecs: np.ndarray, lang: np.ndarray, k: int) -> np.ndarray:
    """:func:`knn_other_language` beyond the exact scan: each language's rows in their own index."""
    import hnswlib

    n = len(vecs)
    cand_idx, cand_sim = [], []
    for code in np.unique(lang[lang > 0]):
        members = np.flatnonzero(lang == code)
        askers = np.flatnonzero((lang != code) & (lang > 0))
        if not len(askers):
            continue
        kk = min(k, len(members))
        index = hnswlib.Index(space="ip", dim=int(vecs.shape[1]))
        index.init_index(max_elements=len(members), ef_construction=64, M=16, random_seed=7)
        index.add_items(vecs[members], np.arange(len(members)), num_threads=1)
        index.set_ef(max(64, 2 * kk + 2))
        labels, dists = index.knn_query(vecs[askers], k=kk, num_threads=1)
        idx = np.full((n, k), -1, dtype=np.int64)
        sim = np.full((n, k), -np.inf)
        idx[askers, :kk] = members[labels.astype(np.int64)]
        sim[askers, :kk] = 1.0 - dists.astype(np.float64)
        cand_idx.append(idx)
        cand_sim.append(sim)
    if not cand_idx:
        return np.full((n, k), -1, dtype=np.int64)
    idx, sim = np.hstack(cand_idx), np.hstack(cand_sim)
    order = np.argsort(-sim, axis=1, kind="stable")[:, :k]
    best, vals = np.take_along_axis(idx, order, 1), np.take_along_axis(sim, order, 1)
    return np.where(np.isfinite(vals), best, -1)


def sparse_knn(rows: Any, k: int, cells: int = 1 << 23) -> np.ndarray:
    """Indices of each row's ``k`` nearest *other* rows by dot product (scipy sparse rows, e.g.
    L2-normalised TF-IDF or name keys), best first; rows sharing nothing with a row (dot 0) are
    left out of its list (-1 fills it, dropped by :meth:`PairContext.candidates`). Exact, in
    blocks of rows holding at most ``cells`` dense products."""
    from scipy.sparse import csr_matrix

    rows = csr_matrix(rows, dtype=np.float32)
    n = rows.shape[0]
    k = min(k, n - 1)
    out = np.full((n, max(k, 0)), -1, dtype=np.int64)
    if k < 1:
        return out
    cols = rows.T.tocsc()
    step = max(1, cells // max(n, 1))
    for a in range(0, n, step):
        s = (rows[a : a + step] @ cols).toarray()
        s[np.arange(s.shape[0]), np.arange(a, a + s.shape[0])] = 0.0
        top = np.argpartition(s, -k, axis=1)[:, -k:]
        vals = np.take_along_axis(s, top, 1)
        order = np.argsort(-vals, axis=1, kind="stable")
        top, vals = np.take_along_axis(top, order, 1), np.take_along_axis(vals, order, 1)
        out[a : a + s.shape[0]] = np.where(vals > 0, top, -1)
    return out


def _is_year(key: str) -> bool:
    return len(key) == 5 and key[1:3] in ("19", "20")


def _key_rows(keysets: Sequence[frozenset[str]], keep: Callable[[str], bool]) -> tuple[Any, Any]:
    """(idf-weighted L2-normalised rows, 0/1 rows) of the kept keys of each article (scipy sparse)."""
    from scipy.sparse import csr_matrix

    df = Counter(k for ks in keysets for k in ks if keep(k))
    n = len(keysets)
    col: dict[str, int] = {}
    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for ks in keysets:
        for k in sorted(ks):
            if keep(k):
                indices.append(col.setdefault(k, len(col)))
                data.append(math.log((n + 1) / (df[k] + 1)) + 1.0)
        indptr.append(len(indices))
    shape = (n, max(len(col), 1))
    weighted = csr_matrix((np.asarray(data, dtype=np.float64), indices, indptr), shape=shape)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    binary = csr_matrix((np.ones(len(indices)), indices, indptr), shape=shape)
    return csr_matrix(weighted.multiply(1.0 / norms[:, None])), binary


class PairContext:
    """What the pair features read, per article (rows in one order): vectors, neighbours, key rows, languages.

    ``use``: n x d USE lead vectors (unit rows); ``e5``: n x 384 e5 lead vectors or None;
    ``keysets``: entity keys (:func:`storylens.cluster.entity_keys`); ``languages``: codes or None;
    ``lex``: L2-normalised TF-IDF rows of the texts (scipy sparse) or None; ``k``: candidates per article
    (its nearest neighbours by each vector, see :meth:`candidates`).
    """

    def __init__(self, use: np.ndarray, e5: np.ndarray | None, keysets: Sequence[frozenset[str]],
                 languages: Sequence[str | None], lex: Any = None, k: int = 20):
        self.use = np.asarray(use, dtype=np.float32)
        self.e5 = None if e5 is None else np.asarray(e5, dtype=np.float32)
        # Each article's nearest neighbours: the refine pass's candidates and the CSLS levels.
        self.near_use, sims = knn(self.use, max(k, CSLS_K))
        self.r_use = sims[:, :CSLS_K].mean(axis=1) if sims.size else np.zeros(len(self.use))
        self.near_e5: np.ndarray | None = None
        self.r_e5: np.ndarray | None = None
        if self.e5 is not None:
            self.near_e5, sims = knn(self.e5, max(k, CSLS_K))
            self.r_e5 = sims[:, :CSLS_K].mean(axis=1) if sims.size else np.zeros(len(self.e5))
        self.k = k
        self.names, self.names_bin = _key_rows(keysets, lambda k: not k.startswith("#"))
        _, self.numbers = _key_rows(keysets, lambda k: k.startswith("#") and not _is_year(k))
        codes = {lang: i for i, lang in enumerate(sorted({x for x in languages if x}), start=1)}
        self.lang = np.asarray([codes.get(x, 0) if x else 0 for x in languages], dtype=np.int64)
        self.latin = np.asarray([(x or "en").split("-")[0] in _LATIN for x in languages])
        self.lex = lex
        self._near_other: np.ndarray | None = None  # knn_other_language of e5, on first use

    def candidates(self, k: int | None = None, wide: bool = False, cross_k: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """Candidate pairs (i, j), i < j, without repeats: each article's ``k`` (default: the
        context's) nearest by USE and by e5; ``wide``: also its ``k`` nearest by shared names
        (idf-weighted name-key cosine) and by TF-IDF cosine of the texts (when the context has them);
        ``cross_k``: also its ``cross_k`` nearest by e5 among articles of other languages
        (:func:`knn_other_language`; needs e5 vectors and languages)."""
        n = len(self.use)
        k = self.k if k is None else k
        if k > self.near_use.shape[1]:  # a wider net than the context was built with
            self.near_use = knn(self.use, k)[0]
            if self.e5 is not None:
                self.near_e5 = knn(self.e5, k)[0]
        parts = [self.near_use[:, :k]] + ([self.near_e5[:, :k]] if self.near_e5 is not None else [])
        if wide:
            parts += [sparse_knn(m, k) for m in (self.names, self.lex) if m is not None]
        if cross_k > 0 and self.e5 is not None:
            if self._near_other is None or self._near_other.shape[1] < cross_k:
                self._near_other = knn_other_language(self.e5, self.lang, cross_k)
            parts.append(self._near_other[:, :cross_k])
        i = np.concatenate([np.repeat(np.arange(n), p.shape[1]) for p in parts])
        j = np.concatenate([p.reshape(-1) for p in parts])
        i, j = i[j >= 0], j[j >= 0]
        lo, hi = np.minimum(i, j), np.maximum(i, j)
        keys = np.unique(lo * n + hi)
        return keys // n, keys % n

    def block(self, rows: np.ndarray, cols: np.ndarray) -> dict[str, np.ndarray]:
        """Features of every pair (rows[a], cols[b]) as len(rows) x len(cols) matrices."""
        u = (self.use[rows] @ self.use[cols].T).astype(np.float64)
        f = {"use_cos": u, "use_csls": 2 * u - self.r_use[rows][:, None] - self.r_use[cols][None, :]}
        la, lb = self.lang[rows][:, None], self.lang[cols][None, :]
        cross = ((la != lb) & (la > 0) & (lb > 0)).astype(np.float64)
        if self.e5 is not None and self.r_e5 is not None:
            e = (self.e5[rows] @ self.e5[cols].T).astype(np.float64)
            f["e5_cos"] = e
            f["e5_csls"] = 2 * e - self.r_e5[rows][:, None] - self.r_e5[cols][None, :]
            f["cross_e5"] = cross * e
        f["ent_cos"] = (self.names[rows] @ self.names[cols].T).toarray()
        f["names_shared"] = np.log1p((self.names_bin[rows] @ self.names_bin[cols].T).toarray())
        f["numbers_shared"] = np.log1p((self.numbers[rows] @ self.numbers[cols].T).toarray())
        lex = (self.lex[rows] @ self.lex[cols].T).toarray() if self.lex is not None else np.zeros_like(u)
        f["lex_cos"] = (1 - cross) * lex
        f["cross"] = cross
        f["cross_script"] = (self.latin[rows][:, None] != self.latin[cols][None, :]).astype(np.float64)
        f["cross_use"] = cross * u
        f["cross_ent"] = cross * f["ent_cos"]
        return f

    def pairs(self, i: np.ndarray, j: np.ndarray) -> dict[str, np.ndarray]:
        """Features of the pairs (i[k], j[k]) as vectors (the same values :meth:`block` gives)."""
        i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)

        def rowdot(m: Any) -> np.ndarray:
            return np.asarray(m[i].multiply(m[j]).sum(axis=1)).ravel().astype(np.float64)

        u = np.einsum("ij,ij->i", self.use[i], self.use[j]).astype(np.float64)
        f = {"use_cos": u, "use_csls": 2 * u - self.r_use[i] - self.r_use[j]}
        cross = ((self.lang[i] != self.lang[j]) & (self.lang[i] > 0) & (self.lang[j] > 0)).astype(np.float64)
        if self.e5 is not None and self.r_e5 is not None:
            e = np.einsum("ij,ij->i", self.e5[i], self.e5[j]).astype(np.float64)
            f["e5_cos"], f["e5_csls"], f["cross_e5"] = e, 2 * e - self.r_e5[i] - self.r_e5[j], cross * e
        f["ent_cos"] = rowdot(self.names)
        f["names_shared"] = np.log1p(rowdot(self.names_bin))
        f["numbers_shared"] = np.log1p(rowdot(self.numbers))
        f["lex_cos"] = (1 - cross) * (rowdot(self.lex) if self.lex is not None else np.zeros_like(u))
        f["cross"] = cross
        f["cross_script"] = (self.latin[i] != self.latin[j]).astype(np.float64)
        f["cross_use"] = cross * u
        f["cross_ent"] = cross * f["ent_cos"]
        return f


@dataclass(frozen=True)
class LinkModel:
    """A logistic same-story link scorer: P(same story) = sigmoid(coef . (x - mean) / scale + intercept).

    ``threshold`` is the average-link cut of the refine pass (a mean link
    probability), chosen with the model by grouped cross-validation on dev.csv.
    """

    name: str
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float

    @property
    def needs_e5(self) -> bool:
        return any(f.startswith(("e5_", "cross_e5")) for f in self.features)

    def proba(self, feats: dict[str, np.ndarray]) -> np.ndarray:
        """Link probabilities, shaped like the feature arrays."""
        missing = [f for f in self.features if f not in feats]
        if missing:
            raise ConfigError(f"link model {self.name!r} needs features {missing} (e5 vectors not given?)")
        z = np.full(np.shape(feats[self.features[0]]), self.intercept, dtype=np.float64)
        for k, name in enumerate(self.features):
            z += self.coef[k] * (feats[name] - self.mean[k]) / self.scale[k]
        return 1.0 / (1.0 + np.exp(-z))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "features": list(self.features), "mean": self.mean.tolist(),
                "scale": self.scale.tolist(), "coef": self.coef.tolist(), "intercept": self.intercept,
                "threshold": self.threshold}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LinkModel:
        return cls(d["name"], tuple(d["features"]), np.asarray(d["mean"], dtype=np.float64),
                   np.asarray(d["scale"], dtype=np.float64), np.asarray(d["coef"], dtype=np.float64),
                   float(d["intercept"]), float(d["threshold"]))

    @classmethod
    def has(cls, variant: str) -> bool:
        """Whether the shipped file holds this variant."""
        return variant in _shipped(str(MODEL_PATH))

    @classmethod
    def load(cls, variant: str = "full", path: str | Path | None = None) -> LinkModel:
        """The shipped model: ``full`` (reads e5 lead vectors) or ``lite`` (USE, names, numbers, words only)."""
        models = _shipped(str(path or MODEL_PATH))
        if variant not in models:
            raise ConfigError(f"no link model {variant!r} in {path or MODEL_PATH}; have {sorted(models)}")
        return models[variant]


@lru_cache(maxsize=4)
def _shipped(path: str) -> dict[str, LinkModel]:
    # a damaged file: one error naming it (robust75 R1)
    return read_json(path, lambda data: {name: LinkModel.from_dict(d) for name, d in data["models"].items()})


def component_links(ctx: PairContext, model: LinkModel, comp: Sequence[int]) -> np.ndarray:
    """Symmetric matrix of link probabilities between every two articles of ``comp`` (scored in row blocks)."""
    pos = np.asarray(comp, dtype=np.int64)
    out = np.zeros((len(pos), len(pos)), dtype=np.float64)
    for a in range(0, len(pos), _BLOCK):
        out[a : a + _BLOCK] = model.proba(ctx.block(pos[a : a + _BLOCK], pos))
    return (out + out.T) / 2.0
