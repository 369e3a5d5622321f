"""The learned model (:class:`SimilarityModel`), its loading and its scorer."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import DataFileError, ModelError, WrongTypeError, type_name
from . import _forest
from ._banks import TERM_FEATURES, TITLE_FEATURES, TermTable, _UnreadTerms, term_table
from ._columns import _SWAP, DOCUMENT_FEATURES, FEATURE_NAMES
from ._common import (
    DEFAULT_VARIANT,
    DIMENSIONS,
    MODEL_VERSION,
    VARIANTS,
    FeatureInputs,
    _data_bytes,
    _data_file,
    _data_json,
    array_model_file,
    model_files,
    to_unit,
)
from ._openings import _default_gazetteer
from ._places import Gazetteer


class SimilarityModel:
    """Features -> seven similarity scores in [0, 1], plus a same-story threshold.

    sklearn style: parameters are stored unchanged by ``__init__``; ``fit`` learns
    ``models_`` (an extra-trees forest and a ridge regression over all seven
    dimensions, plus a gradient-boosted regressor for each dimension in
    ``boosted``; their predictions are averaged), ``threshold_`` (the same-story cut on predicted
    overall, chosen on the out-of-fold predictions by ``threshold_rule`` with "same story" = gold
    Overall <= 2) and ``cv_`` (cross-validated Pearson per dimension).

    ``threshold_rule``: ``"balanced"`` (the default since stop 46) is the cut at which out-of-fold
    precision equals recall: as many dev pairs called same story as the annotators called so
    (:func:`_balanced_threshold`). ``"best_f1"`` (every model before) is the cut of the best
    out-of-fold F1, but that curve is flat (on dev every cut from 0.43 to 0.56 is within 1.5 % of
    the best F1, 80-93 % of them within 1 %), so its arg-max jumped from retrain to retrain: 0.496 -> 0.547 when stop 45 added six
    columns (CV F1 0.8318 -> 0.8301), and 0.400-0.547 over 16 refits of the stop 43 and stop 45
    recipes with other forest seeds and fold assignments; the balanced cut moved 0.518-0.531 over the
    same refits (0.522 the shipped recipe), at an F1 within 0.001-0.004 of the best (issue 11, ship46). ``features`` names the
    columns of :data:`FEATURE_NAMES` the model reads (``None``: all of them);
    ``X`` passed to ``fit`` and ``predict`` always has every column. ``load()``
    reads a shipped, pre-trained model.
    """

    meta_: dict[str, Any]  # set by load(): the shipped model's metadata
    variant_: str  # set by load() only; read with a "custom" default

    def __init__(self, n_folds: int = 5, random_state: int = 0, n_trees: int = 100, min_samples_leaf: int = 5,
                 max_iter: int = 150, learning_rate: float = 0.08, ridge_alpha: float = 3.0,
                 boosted: tuple[str, ...] = ("overall",), features: tuple[str, ...] | None = None,
                 inputs: FeatureInputs | None = None, threshold_rule: str = "balanced"):
        if threshold_rule not in THRESHOLD_RULES:
            raise ModelError(f"unknown threshold_rule {threshold_rule!r}: choose from {sorted(THRESHOLD_RULES)}")
        self.threshold_rule = threshold_rule
        self.features = features
        self.inputs = inputs
        self.n_folds = n_folds
        self.random_state = random_state
        self.n_trees = n_trees
        self.min_samples_leaf = min_samples_leaf
        self.max_iter = max_iter
        self.learning_rate = learning_rate
        self.ridge_alpha = ridge_alpha
        self.boosted = boosted

    # -- learning
    def _fit_all(self, X: np.ndarray, Y: np.ndarray) -> dict[str, Any]:
        from sklearn.ensemble import ExtraTreesRegressor, HistGradientBoostingRegressor
        from sklearn.linear_model import Ridge
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler
        from threadpoolctl import threadpool_limits

        forest = ExtraTreesRegressor(n_estimators=self.n_trees, min_samples_leaf=self.min_samples_leaf,
                                     max_features=0.5, random_state=self.random_state, n_jobs=1)
        ridge = make_pipeline(StandardScaler(), Ridge(alpha=self.ridge_alpha))
        # One OpenMP thread: on a shared 2-core machine the boosted trees' threads
        # oversubscribe and a 3 s fit took minutes.
        with threadpool_limits(limits=1, user_api="openmp"):
            boosted = {
                d: HistGradientBoostingRegressor(
                    max_iter=self.max_iter, learning_rate=self.learning_rate, max_leaf_nodes=15,
                    min_samples_leaf=20, l2_regularization=1.0, random_state=self.random_state,
                ).fit(X, Y[:, DIMENSIONS.index(d)])
                for d in self.boosted
            }
        return {"forest": forest.fit(X, Y), "ridge": ridge.fit(X, Y), "boosted": boosted}

    def _predict_with(self, models: Mapping[str, Any], X: np.ndarray) -> np.ndarray:
        # The ridge one row at a time, so a pair's prediction is a function of its own features (issue 11): a
        # matrix product of one row runs through other BLAS kernels (GEMV) than one of many rows, and a
        # pair scored alone differed in the last bit from the same pair scored beside others (242 of 300
        # rows, up to 3e-16). The trees walk each row on its own and sum in tree order already.
        ridge = models["ridge"]
        linear = np.vstack([ridge.predict(X[i : i + 1]) for i in range(len(X))]) if len(X) else ridge.predict(X)
        pred = (_forest_predict(models["forest"], X) + linear) / 2
        if models["boosted"]:
            # The boosted trees predict with OpenMP threads; on a busy 2-core machine their
            # spin-waits turned a 1 ms prediction into seconds, so use one thread.
            with (nullcontext() if _forest.is_array_models(models)
                  else self._threads().limit(limits=1, user_api="openmp")):
                for d, m in models["boosted"].items():
                    j = DIMENSIONS.index(d)
                    pred[:, j] = (2 * pred[:, j] + m.predict(X)) / 3
        return np.clip(pred, 0.0, 1.0)

    def _threads(self) -> Any:
        """A threadpool controller, made once per model (making one scans the loaded libraries)."""
        if getattr(self, "_controller", None) is None:
            from threadpoolctl import ThreadpoolController

            self._controller = ThreadpoolController()
        return self._controller

    def cross_val_predict(self, X: np.ndarray, Y: np.ndarray, groups: Sequence[str]) -> np.ndarray:
        """Out-of-fold predictions (folds grouped so one story never sits on both sides)."""
        return self._cross_val_predict(self._columns(X), np.asarray(Y, dtype=float), groups)

    def _cross_val_predict(self, X: np.ndarray, Y: np.ndarray, groups: Sequence[str]) -> np.ndarray:
        from sklearn.model_selection import GroupKFold

        oof = np.zeros_like(Y, dtype=float)
        for train, test in GroupKFold(n_splits=self.n_folds).split(X, Y[:, 0], groups):
            oof[test] = self._predict_with(self._fit_all(X[train], Y[train]), X[test])
        return oof

    @property
    def inputs_(self) -> FeatureInputs:
        """What the encoders saw of each text when the features ``X`` were computed (``inputs``)."""
        return self.inputs or FeatureInputs()

    @property
    def needs_documents(self) -> bool:
        """Whether the model reads :data:`DOCUMENT_FEATURES` (so features need the e5 embedder)."""
        return any(name in DOCUMENT_FEATURES for name in self._used())

    def terms_table(self) -> TermTable:
        """The shipped :class:`TermTable` when the model reads :data:`TERM_FEATURES` or
        :data:`TITLE_FEATURES`, else a stand-in
        giving NaN for them (the model never sees those columns)."""
        read = (*TERM_FEATURES, *TITLE_FEATURES)
        return term_table() if any(name in read for name in self._used()) else _UnreadTerms()

    def _used(self) -> tuple[str, ...]:
        unknown = [n for n in (self.features or ()) if n not in FEATURE_NAMES]
        if unknown:
            raise ModelError(f"unknown similarity features {unknown}: the model needs a newer storylens")
        return tuple(self.features) if self.features is not None else FEATURE_NAMES

    def _columns(self, X: np.ndarray) -> np.ndarray:
        X = np.atleast_2d(np.asarray(X, dtype=float))
        if X.shape[1] != len(FEATURE_NAMES):
            raise ModelError(f"expected {len(FEATURE_NAMES)} feature columns, got {X.shape[1]}")
        X = X[:, [FEATURE_NAMES.index(n) for n in self._used()]]
        if np.isnan(X).any():
            raise ModelError("features are missing (NaN): the full model needs the document embedder "
                             "(pass doc_embedder, or use the fast model)")
        return X

    def fit(self, X: np.ndarray, Y: np.ndarray, groups: Sequence[str] | None = None) -> SimilarityModel:
        """X: features (n, len(FEATURE_NAMES)); Y: similarities in [0, 1], columns in DIMENSIONS order."""
        X, Y = self._columns(X), np.asarray(Y, dtype=float)
        groups = list(groups) if groups is not None else [str(i) for i in range(len(X))]
        oof = self._cross_val_predict(X, Y, groups)
        self.cv_ = {d: _pearson(oof[:, j], Y[:, j]) for j, d in enumerate(DIMENSIONS)}
        self.cv_spearman_ = {d: _spearman(oof[:, j], Y[:, j]) for j, d in enumerate(DIMENSIONS)}
        self.threshold_, self.threshold_f1_ = THRESHOLD_RULES[self.threshold_rule](
            oof[:, 0], Y[:, 0] >= to_unit(2.0) - 1e-9)
        self.threshold_cv_ = _cut_report(oof[:, 0], Y[:, 0] >= to_unit(2.0) - 1e-9, self.threshold_)
        self.oof_ = oof
        self.models_ = self._fit_all(X, Y)
        self.feature_names_ = self._used()
        return self

    # -- use
    def predict(self, X: np.ndarray) -> np.ndarray:
        """(n, 7) similarities in [0, 1], columns in DIMENSIONS order.

        Each row is predicted as given and with its sides swapped (:data:`SWAPPED_COLUMNS`), and
        the two are averaged, so a pair scores the same in either order: the trees read a few
        one-sided columns (each side's best-match mean), and "it de" gave 0.989 and "de it" 0.969.
        """
        X = np.atleast_2d(np.asarray(X, dtype=float))
        return (self.predict_as_given(X) + self.predict_as_given(X[:, _SWAP])) / 2

    def predict_as_given(self, X: np.ndarray) -> np.ndarray:
        """:meth:`predict` of each row in its given order only (what the fitted trees give; the
        training check records it)."""
        if not hasattr(self, "models_"):
            raise ModelError("SimilarityModel is not fitted: call fit() or SimilarityModel.load()")
        return self._predict_with(self.models_, self._columns(X))

    def save(self, model_path: str | Path, meta_path: str | Path, extra: Mapping[str, Any] | None = None) -> None:
        import joblib
        import sklearn

        joblib.dump({"models": self.models_, "version": MODEL_VERSION}, model_path, compress=3)
        meta = {
            "version": MODEL_VERSION,
            "params": {k: v for k, v in self.get_params().items() if k not in ("features", "inputs")},
            "features": list(self.feature_names_),
            "inputs": self.inputs_.as_dict(),
            "dimensions": list(DIMENSIONS),
            "threshold": self.threshold_,
            "threshold_cv_f1": self.threshold_f1_,
            "threshold_cv": {"rule": self.threshold_rule, **getattr(self, "threshold_cv_", {})},
            "cv_pearson": self.cv_,
            "cv_spearman": self.cv_spearman_,
            "sklearn": sklearn.__version__,
            **(extra or {}),
        }
        Path(meta_path).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, variant: str = DEFAULT_VARIANT, *, model_path: str | Path | None = None,
             meta_path: str | Path | None = None) -> SimilarityModel:
        """A shipped model variant (``full``, the default, or ``fast``), or the given files."""
        model_file, meta_file = model_files(variant)
        meta: dict = _data_json(meta_file, meta_path)
        features = tuple(meta.get("features", ()))
        if meta.get("version") != MODEL_VERSION or not set(features) <= set(FEATURE_NAMES):
            raise ModelError(f"{meta_file} was trained with other features: run scripts/train_similarity.py")
        model = cls(**{**meta["params"], "boosted": tuple(meta["params"]["boosted"]), "features": features,
                       "inputs": FeatureInputs.from_meta(meta),
                       # models trained before stop 46 took the best-F1 cut
                       "threshold_rule": meta["params"].get("threshold_rule", "best_f1")})
        try:
            model.models_ = _load_models(model_file, model_path)
        except (ImportError, AttributeError, KeyError, TypeError, ValueError) as exc:
            # joblib files are tied to the scikit-learn version that wrote them
            raise ModelError(
                f"{model_file} cannot be loaded ({exc}); it was written by scikit-learn {meta.get('sklearn')}: "
                "install that version or retrain with scripts/train_similarity.py"
            ) from exc
        model.threshold_ = float(meta["threshold"])
        model.cv_ = meta["cv_pearson"]
        model.meta_ = meta
        model.variant_ = variant
        model.feature_names_ = features
        return model

    def get_params(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in
                ("n_folds", "random_state", "n_trees", "min_samples_leaf", "max_iter", "learning_rate",
                 "ridge_alpha", "boosted", "features", "inputs", "threshold_rule")}


def _load_models(model_file: str, model_path: str | Path | None) -> dict[str, Any]:
    """The regressors from the ``.npz`` arrays beside the joblib file when there is one
    (no scikit-learn import: 1.3-1.9 s of start-up), else from the joblib file."""
    source = _data_bytes(model_file, model_path)
    array_path = Path(model_path).with_suffix(".npz") if model_path is not None else None
    if array_path is None or array_path.exists():
        try:
            return _forest.load_models(_data_bytes(array_model_file(model_file), array_path), source)
        except Exception:  # noqa: BLE001, S110 - a damaged zip raises many kinds (BadZipFile, EOFError, zlib.error)
            pass  # no arrays file, arrays of an older model or damaged ones: the joblib file they copy serves
    import io

    import joblib

    try:
        return joblib.load(io.BytesIO(source))["models"]
    except Exception as exc:
        where, fix = _data_file(model_file, model_path)
        raise DataFileError(str(where), "is damaged (not a model StoryLens wrote: cut short or edited)",
                            fix) from exc


def _forest_predict(forest: Any, X: np.ndarray) -> np.ndarray:
    """Mean of the trees' outputs, without the per-call thread pool sklearn's forests start
    (that overhead was ~15 ms for one pair)."""
    if isinstance(forest, _forest.TreeEnsemble):
        return forest.predict(X)
    X32 = np.ascontiguousarray(X, dtype=np.float32)
    total = sum(tree.tree_.predict(X32)[:, :, 0] for tree in forest.estimators_)
    return total / len(forest.estimators_)


def _pearson(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 2 or np.std(a) == 0 or np.std(b) == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(a, b).statistic)


def _f1_at(pred: np.ndarray, positive: np.ndarray, cut: float) -> float:
    chosen = pred >= cut
    return 2 * float((chosen & positive).sum()) / max(float(chosen.sum() + positive.sum()), 1.0)


def _best_threshold(pred: np.ndarray, positive: np.ndarray) -> tuple[float, float]:
    """The cut (on 3-decimal predictions) of the best F1, and that F1 (``threshold_rule="best_f1"``)."""
    best = (0.5, -1.0)
    for t in np.unique(np.round(pred, 3)):
        f1 = _f1_at(pred, positive, float(t))
        if f1 > best[1]:
            best = (float(t), f1)
    return best


def _balanced_threshold(pred: np.ndarray, positive: np.ndarray) -> tuple[float, float]:
    """The cut (on 3-decimal predictions) at which precision equals recall, and the F1 there
    (``threshold_rule="balanced"``).

    Precision tp / called and recall tp / positives are equal where the pairs called same story
    (prediction >= cut) are as many as the positives, so the rule reads a count, not the shape of a
    flat F1 curve: of the cuts on the 3-decimal grid, the one whose called count is closest to the
    positives' (the lower cut on a tie). On dev it moved 0.518-0.531 over 16 refits with other seeds
    and folds where the best-F1 cut moved 0.400-0.547 (see :class:`SimilarityModel`)."""
    if not len(pred):
        return 0.5, 0.0
    cuts = np.unique(np.round(pred, 3))
    called = (pred[None, :] >= cuts[:, None]).sum(axis=1)
    cut = float(cuts[int(np.argmin(np.abs(called - int(np.sum(positive)))))])
    return cut, _f1_at(pred, positive, cut)


def _cut_report(pred: np.ndarray, positive: np.ndarray, cut: float) -> dict[str, float]:
    """Out-of-fold precision, recall and F1 at ``cut``, and the best-F1 cut beside it (the model's metadata)."""
    chosen = pred >= cut
    tp = float((chosen & positive).sum())
    best_cut, best_f1 = _best_threshold(pred, positive)
    return {"precision": tp / max(float(chosen.sum()), 1.0), "recall": tp / max(float(positive.sum()), 1.0),
            "f1": _f1_at(pred, positive, cut), "best_f1_cut": best_cut, "best_f1": best_f1}

THRESHOLD_RULES: dict[str, Callable[[np.ndarray, np.ndarray], tuple[float, float]]] = {
    "balanced": _balanced_threshold, "best_f1": _best_threshold}


@dataclass
class _Scorer:
    """Holds the loaded model, gazetteer and encoders for a batch (explicit, not global)."""

    model: SimilarityModel
    gazetteer: Gazetteer
    embedder: Any
    doc_embedder: Any  # None when the model does not read document features


def _scorer(embedder: Any = None, model: SimilarityModel | None = None, gazetteer: Gazetteer | None = None,
            doc_embedder: Any = None, fast: bool = False, variant: str | None = None) -> _Scorer:
    from .. import embed

    if model is not None and not hasattr(model, "needs_documents"):  # a SimilarityModel (or one like it)
        # model="huge" (or "fast") failed as "'str' object has no attribute 'needs_documents'" (newuser67): a shipped
        # model is named by variant, as the CLI's --model names it
        given = f" {model!r}" if isinstance(model, str) else ""
        choices = " or ".join(f"variant={v!r}" for v in VARIANTS)
        raise WrongTypeError(f"a SimilarityModel or None, not {type_name(model)}{given}; name a shipped model with "
                             f"{choices} (the CLI's --model {' / '.join(VARIANTS)})", source="model")
    model = model or SimilarityModel.load(variant or ("fast" if fast else DEFAULT_VARIANT))
    if model.needs_documents:
        doc_embedder = doc_embedder or embed.get_document_embedder()
    else:
        doc_embedder = None  # the fast model never pays for the e5 vectors
    # the process's shipped gazetteer (read-only; find() only memoises): a new one a call cost ~33 ms, paid by
    # every score_pairs/pair_features call without one (88 in tests/report + tests/similarity; suite50)
    return _Scorer(model, gazetteer or _default_gazetteer(), embedder or embed.get_default_embedder(), doc_embedder)
