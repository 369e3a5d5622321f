"""The similarity regressors as plain arrays (storylens.similarity._forest) predict exactly as the fitted sklearn models."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from storylens import similarity as sim
from storylens.similarity import _forest

from ._dev_pairs import check_subset_features

DATA_PKG = Path(sim.__file__).parents[1] / "data"


def _sklearn_model(variant: str) -> sim.SimilarityModel:
    joblib = pytest.importorskip("joblib")
    model = sim.SimilarityModel.load(variant)
    model.models_ = joblib.load(DATA_PKG / sim.model_files(variant)[0])["models"]
    return model


@pytest.fixture(scope="module")
def dev_features(data_dir, embedder, doc_embedder) -> np.ndarray:
    """Real dev rows' features (all columns, as the full model reads them): the recorded check subset's 24,
    which test_similarity's check computes on this worker too (8 other rows of their own cost 4.6 CPU-s)."""
    return check_subset_features("full", data_dir, embedder, doc_embedder, sim.Gazetteer.load())[1]


@pytest.mark.xdist_group("dev_pairs")  # with test_similarity's dev check subset: one worker loads USE and e5
@pytest.mark.parametrize("variant", sim.VARIANTS)
def test_shipped_arrays_predict_exactly_as_the_joblib_model_on_dev_rows(variant, dev_features):
    arrays = sim.SimilarityModel.load(variant)
    assert _forest.is_array_models(arrays.models_)
    fitted = _sklearn_model(variant)
    X = dev_features
    np.testing.assert_array_equal(arrays.predict(X), fitted.predict(X))
    # Each part on its own, and inputs lying exactly on split thresholds (the `<=` edge).
    cols = fitted._columns(X)
    forest = arrays.models_["forest"]
    inner = np.flatnonzero(forest.left >= 0)[:300]
    edge = np.repeat(cols[:1], len(inner), axis=0)
    edge[np.arange(len(inner)), forest.feature[inner]] = forest.threshold[inner].astype(np.float32)
    for rows in (cols, edge):
        np.testing.assert_array_equal(sim._model._forest_predict(forest, rows), sim._model._forest_predict(fitted.models_["forest"], rows))
        np.testing.assert_array_equal(arrays.models_["ridge"].predict(rows), fitted.models_["ridge"].predict(rows))
        for d, boosted in fitted.models_["boosted"].items():
            np.testing.assert_array_equal(arrays.models_["boosted"][d].predict(rows), boosted.predict(rows))


def test_export_of_a_fresh_fit_round_trips_exactly_including_missing_values():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(120, len(sim.FEATURE_NAMES)))
    X[rng.random(X.shape) < 0.05] = np.nan  # the boosted trees learn where missing values go
    Y = np.clip(np.column_stack([0.5 + 0.2 * np.nan_to_num(X[:, j]) for j in range(7)]), 0, 1)
    m = sim.SimilarityModel(n_folds=2, max_iter=20, n_trees=10)
    models = m._fit_all(np.nan_to_num(X), Y)
    buf = io.BytesIO()
    _forest.export_models(models, buf)
    loaded = _forest.load_models(buf.getvalue())
    np.testing.assert_array_equal(m._predict_with(loaded, np.nan_to_num(X)), m._predict_with(models, np.nan_to_num(X)))
    boosted = models["boosted"]["overall"].fit(X, Y[:, 0])  # refit on data with NaN
    buf = io.BytesIO()
    _forest.export_models({**models, "boosted": {"overall": boosted}}, buf)
    np.testing.assert_array_equal(_forest.load_models(buf.getvalue())["boosted"]["overall"].predict(X), boosted.predict(X))


def test_arrays_file_of_another_format_is_refused():
    buf = io.BytesIO()
    np.savez(buf, format=np.array(99))
    with pytest.raises(ValueError, match="format"):
        _forest.load_models(buf.getvalue())


def test_loading_and_predicting_imports_no_scikit_learn():
    code = ("import sys, numpy as np; from storylens import similarity as sim; "
            "m = sim.SimilarityModel.load(); m.predict(np.zeros((1, len(sim.FEATURE_NAMES)))); "
            "print(sorted(k for k in ('sklearn', 'scipy', 'joblib', 'threadpoolctl') if k in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_arrays_of_another_model_file_are_not_used(tmp_path):
    pytest.importorskip("joblib")
    for name in ("similarity-model-v2.joblib", "similarity-model-v2.json", "similarity-model-v2.npz"):
        (tmp_path / name).write_bytes((DATA_PKG / name).read_bytes())
    fast = (DATA_PKG / "similarity-model-v2-fast.joblib").read_bytes()
    model = sim.SimilarityModel.load(model_path=tmp_path / "similarity-model-v2.joblib",
                                     meta_path=tmp_path / "similarity-model-v2.json")
    assert _forest.is_array_models(model.models_)
    # A retrained joblib beside the old arrays: the arrays are stale and must not be read.
    (tmp_path / "similarity-model-v2.joblib").write_bytes(fast)
    with pytest.raises(ValueError, match="stale"):
        _forest.load_models((tmp_path / "similarity-model-v2.npz").read_bytes(), fast)
    model = sim.SimilarityModel.load(model_path=tmp_path / "similarity-model-v2.joblib",
                                     meta_path=tmp_path / "similarity-model-v2.json")
    assert not _forest.is_array_models(model.models_)
