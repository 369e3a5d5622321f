"""The similarity regressors as plain numpy arrays: loading them needs no scikit-learn.

scikit-learn and scipy cost 1.3-1.9 s to import on a 2-core machine, against
0.05 s for unpickling the model once they are loaded, and a one-shot
``storylens compare`` paid that only to read the shipped model. So training
(``scripts/train_similarity.py``) exports each fitted regressor with
:func:`export_models` to an ``.npz`` file beside the joblib, and :func:`load_models`
reads it back as small objects that predict exactly like the fitted ones
(``tests/similarity/test_forest.py`` checks equality on dev rows):

- a tree ensemble (sklearn's extra-trees forest, or histogram gradient boosting)
  as one table of nodes, walked for every (row, tree) at once, level by level;
- a scaler + ridge pipeline as its mean, scale, coefficients and intercept.

The walk reproduces sklearn's arithmetic: forests compare float32 inputs with
float64 thresholds, boosted trees compare float64 inputs; NaN follows each
node's ``missing_go_to_left``; tree outputs are summed in tree order.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from typing import Any

import numpy as np

__all__ = ["ScaledLinear", "TreeEnsemble", "export_models", "is_array_models", "load_models"]

FORMAT = 1


class TreeEnsemble:
    """Trees flattened into one node table (children are global node numbers, -1 at a leaf).

    ``mean=True``: the mean of the trees' outputs (a forest); ``False``:
    ``baseline`` plus their sum (gradient boosting with the identity link).
    ``predict(X)`` returns (n, n_outputs) for a forest, (n,) for boosting, as sklearn does.
    """

    def __init__(self, roots: np.ndarray, feature: np.ndarray, threshold: np.ndarray, left: np.ndarray,
                 right: np.ndarray, missing_left: np.ndarray, value: np.ndarray, *, mean: bool,
                 float32_inputs: bool, baseline: float = 0.0):
        self.roots = np.asarray(roots, dtype=np.intp)
        self.feature = np.asarray(feature, dtype=np.intp)
        self.threshold = np.asarray(threshold, dtype=np.float64)
        self.left = np.asarray(left, dtype=np.intp)
        self.right = np.asarray(right, dtype=np.intp)
        self.missing_left = np.asarray(missing_left, dtype=bool)
        self.value = np.asarray(value, dtype=np.float64)  # (n_nodes, n_outputs)
        self.mean = bool(mean)
        self.float32_inputs = bool(float32_inputs)
        self.baseline = float(baseline)
        # Leaves point at themselves, so every walk can take the same number of steps;
        # children are interleaved (left, right) so one step is one gather.
        nodes = np.arange(len(self.left))
        leaf = self.left < 0
        self._children = np.column_stack([np.where(leaf, nodes, self.left),
                                          np.where(leaf, nodes, self.right)]).ravel()
        self._feature = np.where(leaf, 0, self.feature)
        self._depth = _max_depth(self.roots, self.left, self.right)

    def leaves(self, X: np.ndarray) -> np.ndarray:
        """(n_rows, n_trees) leaf node numbers."""
        X = np.asarray(X, dtype=np.float32 if self.float32_inputs else np.float64)
        X = np.ascontiguousarray(X, dtype=np.float64)  # float32 inputs compare as doubles, as in sklearn's C code
        n_rows, n_features = X.shape
        flat = X.ravel()
        row_start = (np.arange(n_rows) * n_features)[:, None]
        node = np.broadcast_to(self.roots, (n_rows, len(self.roots))).copy()
        missing = bool(np.isnan(flat).any())
        for _ in range(self._depth):
            x = flat[row_start + self._feature[node]]
            go_right = ~(x <= self.threshold[node])
            if missing:
                go_right = np.where(np.isnan(x), ~self.missing_left[node], go_right)
            node = self._children[2 * node + go_right]
        return node

    def predict(self, X: np.ndarray) -> np.ndarray:
        out = self.value[self.leaves(X)]  # (n_rows, n_trees, n_outputs)
        # add.accumulate sums strictly in tree order, as sklearn's loops do (np.sum pairs
        # terms up and can differ in the last bit)
        if self.mean:
            return np.add.accumulate(out, axis=1)[:, -1] / out.shape[1]
        terms = np.concatenate([np.full((len(out), 1), self.baseline), out[:, :, 0]], axis=1)
        return np.add.accumulate(terms, axis=1)[:, -1]

    def arrays(self) -> dict[str, np.ndarray]:
        return {"roots": self.roots, "feature": self.feature, "threshold": self.threshold, "left": self.left,
                "right": self.right, "missing_left": self.missing_left, "value": self.value,
                "flags": np.array([self.mean, self.float32_inputs]), "baseline": np.array(self.baseline)}

    @classmethod
    def from_arrays(cls, a: Mapping[str, np.ndarray]) -> TreeEnsemble:
        mean, float32_inputs = (bool(v) for v in a["flags"])
        return cls(a["roots"], a["feature"], a["threshold"], a["left"], a["right"], a["missing_left"], a["value"],
                   mean=mean, float32_inputs=float32_inputs, baseline=float(a["baseline"]))


class ScaledLinear:
    """``((X - mean) / scale) @ coef.T + intercept``: a StandardScaler + Ridge pipeline."""

    def __init__(self, mean: np.ndarray, scale: np.ndarray, coef: np.ndarray, intercept: np.ndarray):
        self.mean_ = np.asarray(mean, dtype=np.float64)
        self.scale_ = np.asarray(scale, dtype=np.float64)
        self.coef_ = np.asarray(coef, dtype=np.float64)
        self.intercept_ = np.asarray(intercept, dtype=np.float64)

    def predict(self, X: np.ndarray) -> np.ndarray:
        Z = np.array(X, dtype=np.float64)
        Z -= self.mean_
        Z /= self.scale_
        return Z @ self.coef_.T + self.intercept_

    def arrays(self) -> dict[str, np.ndarray]:
        return {"mean": self.mean_, "scale": self.scale_, "coef": self.coef_, "intercept": self.intercept_}

    @classmethod
    def from_arrays(cls, a: Mapping[str, np.ndarray]) -> ScaledLinear:
        return cls(a["mean"], a["scale"], a["coef"], a["intercept"])


def _max_depth(roots: np.ndarray, left: np.ndarray, right: np.ndarray) -> int:
    depth, frontier = 0, np.asarray(roots)
    while True:
        frontier = frontier[left[frontier] >= 0]
        if not len(frontier):
            return depth
        frontier = np.concatenate([left[frontier], right[frontier]])
        depth += 1


# --------------------------------------------------------------------------- from scikit-learn


def forest_from_sklearn(forest: Any) -> TreeEnsemble:
    """A fitted sklearn forest regressor (``estimators_`` of decision trees) -> mean of trees."""
    parts = [est.tree_ for est in forest.estimators_]
    return _stack(
        [(t.feature, t.threshold, t.children_left, t.children_right,
          getattr(t, "missing_go_to_left", np.zeros(t.node_count, dtype=bool)), t.value[:, :, 0]) for t in parts],
        mean=True, float32_inputs=True)


def boosted_from_sklearn(model: Any) -> TreeEnsemble:
    """A fitted ``HistGradientBoostingRegressor`` (squared error, numeric features only)."""
    if getattr(model, "is_categorical_", None) is not None and np.any(model.is_categorical_):
        raise ValueError("categorical features are not supported")
    if model._loss.link.__class__.__name__ != "IdentityLink":
        raise ValueError("only the identity link (squared error) is supported")
    trees = []
    for (predictor,) in model._predictors:  # one tree per iteration for a regressor
        n = predictor.nodes
        leaf = n["is_leaf"].astype(bool)
        left, right = n["left"].astype(np.int64), n["right"].astype(np.int64)  # uint32 in sklearn
        trees.append((n["feature_idx"], n["num_threshold"], np.where(leaf, -1, left), np.where(leaf, -1, right), n["missing_go_to_left"].astype(bool), n["value"][:, None]))
    baseline = np.asarray(model._baseline_prediction, dtype=np.float64).ravel()
    return _stack(trees, mean=False, float32_inputs=False, baseline=float(baseline[0]))


def linear_from_sklearn(pipeline: Any) -> ScaledLinear:
    """``make_pipeline(StandardScaler(), Ridge())`` fitted on several outputs."""
    scaler, ridge = (step for _, step in pipeline.steps)
    n = len(scaler.mean_)
    mean = scaler.mean_ if scaler.with_mean else np.zeros(n)
    scale = scaler.scale_ if scaler.with_std else np.ones(n)
    return ScaledLinear(mean, scale, np.atleast_2d(ridge.coef_), np.atleast_1d(ridge.intercept_))


def _stack(trees: list[tuple], *, mean: bool, float32_inputs: bool, baseline: float = 0.0) -> TreeEnsemble:
    offsets = np.cumsum([0] + [len(t[0]) for t in trees])
    def shift(children: np.ndarray, off: int) -> np.ndarray:
        children = np.asarray(children, dtype=np.int64)
        return np.where(children >= 0, children + off, -1)
    return TreeEnsemble(
        roots=offsets[:-1],
        feature=np.concatenate([t[0] for t in trees]).astype(np.int32),
        threshold=np.concatenate([t[1] for t in trees]).astype(np.float64),
        left=np.concatenate([shift(t[2], o) for t, o in zip(trees, offsets)]).astype(np.int32),
        right=np.concatenate([shift(t[3], o) for t, o in zip(trees, offsets)]).astype(np.int32),
        missing_left=np.concatenate([t[4] for t in trees]).astype(bool),
        value=np.concatenate([t[5] for t in trees]).astype(np.float64),
        mean=mean, float32_inputs=float32_inputs, baseline=baseline,
    )


# --------------------------------------------------------------------------- files


def export_models(models: Mapping[str, Any], path: Any, source: bytes | None = None) -> None:
    """Write ``SimilarityModel.models_`` (sklearn objects: ``forest``, ``ridge``,
    ``boosted`` {dimension: regressor}) as arrays to an ``.npz`` file (a path or binary file).

    ``source``: the bytes of the joblib file they come from; its SHA-256 is stored, so
    :func:`load_models` can refuse arrays left behind by an older model."""
    arrays: dict[str, np.ndarray] = {"format": np.array(FORMAT)}
    if source is not None:
        arrays["source_sha256"] = np.array(hashlib.sha256(source).hexdigest())
    parts: dict[str, TreeEnsemble | ScaledLinear] = {
        "forest": forest_from_sklearn(models["forest"]), "ridge": linear_from_sklearn(models["ridge"])}
    parts.update({f"boosted.{d}": boosted_from_sklearn(m) for d, m in models["boosted"].items()})
    for name, part in parts.items():
        arrays.update({f"{name}/{k}": v for k, v in part.arrays().items()})
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]


def load_models(data: bytes, source: bytes | None = None) -> dict[str, Any]:
    """The ``models_`` mapping from :func:`export_models` bytes: ``forest``
    (:class:`TreeEnsemble`), ``ridge`` (:class:`ScaledLinear`), ``boosted``. Raises ValueError
    on a file of another format, or when ``source`` (the joblib file's bytes) is not the
    file the arrays were exported from."""
    with np.load(io.BytesIO(data), allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    if int(arrays.get("format", -1)) != FORMAT:
        raise ValueError(f"array model format {arrays.get('format')} is not {FORMAT}")
    if source is not None and "source_sha256" in arrays and \
            str(arrays["source_sha256"]) != hashlib.sha256(source).hexdigest():
        raise ValueError("the arrays were exported from another model file (stale)")
    groups: dict[str, dict[str, np.ndarray]] = {}
    for key, value in arrays.items():
        if "/" in key:
            name, field = key.split("/", 1)
            groups.setdefault(name, {})[field] = value
    return {
        "forest": TreeEnsemble.from_arrays(groups["forest"]),
        "ridge": ScaledLinear.from_arrays(groups["ridge"]),
        "boosted": {name.split(".", 1)[1]: TreeEnsemble.from_arrays(g)
                    for name, g in groups.items() if name.startswith("boosted.")},
    }


def is_array_models(models: Mapping[str, Any]) -> bool:
    """Whether ``models`` came from :func:`load_models` (no sklearn, no OpenMP threads to limit)."""
    return isinstance(models.get("forest"), TreeEnsemble)
