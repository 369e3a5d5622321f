"""benchmarks/similarity_cv.py --e5 fills the document features the shipped ``full`` model reads."""

from __future__ import annotations

import numpy as np
import pytest

from ._bench import load_benchmark


@pytest.fixture(scope="module")
def cv():
    return load_benchmark("similarity_cv.py")


def test_e5_columns_fill_the_lead_bank_features_the_full_model_reads(cv, data_dir):
    from storylens.embed import HashingEmbedder
    from storylens.similarity import DOCUMENT_FEATURES, FEATURE_NAMES, SimilarityModel

    rows = cv.train.load_rows(data_dir / "semeval2022t8" / "dev.csv")[0][:40]
    groups = cv.train.pair_groups(rows)
    # the text features as the cached matrices hold them: every document feature NaN (no e5 run yet)
    X = np.random.default_rng(0).uniform(0.0, 1.0, (len(rows), len(FEATURE_NAMES)))
    doc = [FEATURE_NAMES.index(n) for n in DOCUMENT_FEATURES]
    X[:, doc] = np.nan
    full = SimilarityModel.load("full")
    cols = cv.columns(full.feature_names_)
    assert set(doc) <= set(cols)  # the shipped full recipe reads every one of them
    a, b, (filled,) = cv.e5_columns(rows, groups, HashingEmbedder(384), [X])
    assert np.isnan(X[:, doc]).all()  # the caller's matrix untouched
    assert np.isfinite(filled[:, cols]).all()
    assert np.allclose(filled[:, FEATURE_NAMES.index("e5_cos_lead")], np.einsum("ij,ij->i", a, b))
    # the bank features leave each row's own group out: not the same for every row
    assert len(np.unique(filled[:, FEATURE_NAMES.index("e5_lp_shift")].round(6))) > 1
    assert full.predict(filled).shape == (len(rows), 7)  # predict picks the model's columns by name from all


class _Stop(Exception):
    pass


def test_train_similarity_defaults_to_the_shared_embedding_cache(cv, data_dir, tmp_path, monkeypatch):
    # without --cache it reads the vectors fill_e5_leads.py and similarity_cv.py keep (not a cache of its own
    # under benchmarks/results/, empty in a fresh tree: every e5 lead recomputed)
    from storylens._cache import default_cache_dir

    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "shared"))
    assert cv.train.default_cache() == default_cache_dir() / "embeddings.sqlite" == tmp_path / "shared" / "embeddings.sqlite"
    seen = []

    def embedders(cache, *engine):  # where main opens its cache (and the e5 engine); nothing is embedded or trained
        seen.append(cache)
        raise _Stop

    monkeypatch.setattr(cv.train, "make_embedders", embedders)
    dev = str(data_dir / "semeval2022t8" / "dev.csv")
    for argv, cache in (([], tmp_path / "shared" / "embeddings.sqlite"),
                        (["--cache", str(tmp_path / "other.sqlite")], tmp_path / "other.sqlite")):
        with pytest.raises(_Stop):
            cv.train.main(["--dev", dev, "--variants", "fast", "--cv-only", *argv])
    assert seen == [tmp_path / "shared" / "embeddings.sqlite", tmp_path / "other.sqlite"]
