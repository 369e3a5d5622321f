"""Same-story similarity: features, shipped model, seed pair, CLI. Uses dev.csv rows only."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from storylens import similarity as sim
from storylens.errors import InputError, ModelError
from storylens.models import Document, Sentence, Similarity

from ..conftest import CNN_SEED, FAZ_SEED
from ._dev_pairs import check_subset_features, dev_rows

DATA_PKG = Path(sim.__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def model():
    return sim.SimilarityModel.load()


@pytest.fixture
def encoders(embedder, doc_embedder, gazetteer):
    return {"embedder": embedder, "doc_embedder": doc_embedder, "gazetteer": gazetteer}


@pytest.fixture(scope="module")
def gazetteer():
    return sim.Gazetteer.load()


# ---------------------------------------------------------------- pieces


def test_to_unit_maps_semeval_scale():
    assert sim.to_unit(1) == 1.0 and sim.to_unit(4) == 0.0 and sim.to_unit(2.5) == pytest.approx(0.5)


def test_feature_inputs_pick_the_embedded_sentences_and_default_for_older_models():
    sentences = [f"Sentence {k}." for k in range(10)]
    assert sim._common._keep_head_tail(sentences, sim.FeatureInputs(3, 1)) == sentences[:3] + sentences[-1:]
    assert sim._common._keep_head_tail(sentences, sim.FeatureInputs(3, 0)) == sentences[:3]  # [-0:] would be all
    assert sim._common._keep_head_tail(sentences[:4], sim.FeatureInputs(3, 1)) == sentences[:4]
    # metadata written before the inputs were recorded: the inputs those models were trained on
    legacy = sim.FeatureInputs.from_meta({})
    assert (legacy.head_sentences, legacy.tail_sentences, legacy.lead_chars) == (8, 2, 600)
    assert sim.FeatureInputs.from_meta({"inputs": sim.FeatureInputs(3, 1).as_dict()}) == sim.FeatureInputs(3, 1)
    for variant in sim.VARIANTS:  # each shipped model records what its features were computed from
        assert "inputs" in sim.SimilarityModel.load(variant).meta_


def test_split_sentences_handles_quotes_and_cjk():
    parts = sim.split_sentences("He said “stop.” Then he left! 他来了。她走了。")
    assert parts == ["He said “stop.”", "Then he left!", "他来了。", "她走了。"]


def test_names_match_across_scripts_and_spellings():
    a = sim._common._names(["President Tokayev met Putin in Almaty on Friday."])
    b = sim._common._names(["Präsident Токаев traf Putin."])
    shared, n, _, _ = sim._banks._match_names(a, b)
    assert n >= 2 and "Tokayev" in shared and "Putin" in shared


def test_dates_and_numbers():
    years, days, months = sim._common._dates("On 7 January 2022, and on January 8, 164 people died; am 7. Januar.")
    assert years == {"2022"} and days == {"01-07", "01-08"} and months == {1}
    assert sim._common._numbers("164 people, 1,000 troops and 2 cars in 2022") == {"164", "1000"}


def test_gazetteer_finds_places_in_several_scripts(gazetteer):
    labels = lambda text: {gazetteer.labels[p] for p in gazetteer.find(text)}
    assert {"Almaty", "Kazakhstan"} <= labels("Protests in Almaty, Kazakhstan")
    assert "Kazakhstan" in labels("Proteste in Kasachstan")
    assert "Beijing" in labels("习近平在北京")


# ---------------------------------------------------------------- shipped model


@pytest.mark.parametrize("variant", sim.VARIANTS)
def test_shipped_model_is_small_and_records_its_dev_score(variant):
    size = sum((DATA_PKG / name).stat().st_size for name in sim.model_files(variant))
    assert size < 20_000_000
    loaded = sim.SimilarityModel.load(variant)  # load time is measured by benchmarks/semeval.py
    assert loaded.threshold_ > 0 and set(loaded.cv_) == set(sim.DIMENSIONS)
    assert loaded.meta_["cv_pearson"]["overall"] > 0.75
    assert loaded.needs_documents == (variant == "full")


def test_full_model_refuses_missing_document_features():
    X = np.zeros((1, len(sim.FEATURE_NAMES)))
    X[0, sim.FEATURE_NAMES.index("e5_cos_lead")] = np.nan
    with pytest.raises(ModelError, match="document embedder"):
        sim.SimilarityModel.load("full").predict(X)
    assert sim.SimilarityModel.load("fast").predict(X).shape == (1, len(sim.DIMENSIONS))
    with pytest.raises(ModelError, match="unknown similarity model"):
        sim.SimilarityModel.load("huge")


def test_unfitted_model_raises_clear_error():
    with pytest.raises(ModelError, match="fit"):
        sim.SimilarityModel().predict(np.zeros((1, len(sim.FEATURE_NAMES))))


# One worker for the real dev pairs here and in test_forest.py: USE and e5 loaded and the texts embedded
# once (the two variants on two workers took 33 + 18 CPU-s, 31 together; load 13).
@pytest.mark.xdist_group("dev_pairs")
@pytest.mark.parametrize("variant", sim.VARIANTS)
def test_shipped_model_reproduces_its_recorded_dev_check_subset(variant, data_dir, embedder, doc_embedder, gazetteer):
    model = sim.SimilarityModel.load(variant)
    check = model.meta_["check_subset"]
    rows, X = check_subset_features(variant, data_dir, embedder, doc_embedder, gazetteer)
    pred = model.predict_as_given(X)[:, 0]
    # Features are recomputed here with this machine's numpy/BLAS: a last-bit change can
    # flip one split of one tree (seen: one row of 24 moved by 0.0098 on numpy 2.4), so
    # nearly every row must match closely and none may move far. The e5 engine's kernels differ by CPU:
    # on an AMD EPYC with AVX-512 (stop 35) 4 of the 24 `full` rows moved by 2.0-2.2e-3 against the
    # recorded values, so "closely" is 5e-3. One `fast` row moved by 0.030 once in a full run at load
    # 8-14 (stop 35, pkg37; the test passed alone and on a re-run: one tree split flipped), so the largest
    # move allowed is 0.05; a change of the features moves most rows, which the 90 % bound catches. On an AMD EPYC
    # with AVX2 only (stop 71's machine, a fresh venv) 7 of the 24 `full` rows moved by 5.3e-3 to 9.1e-3 (main
    # failed here), so "closely" is 1e-2.
    diff = np.abs(pred - np.asarray(check["expected_overall"]))
    assert (diff <= 1e-2).mean() >= 0.9, diff
    assert diff.max() <= 0.05, diff
    gold = [sim.to_unit(float(r["Overall"])) for r in rows]
    assert float(np.corrcoef(pred, gold)[0, 1]) == pytest.approx(check["pearson_overall"], abs=0.01)


def test_model_fit_predict_roundtrip_on_synthetic_data(tmp_path):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(80, len(sim.FEATURE_NAMES)))
    Y = np.clip(np.column_stack([0.5 + 0.2 * X[:, 0]] * 7), 0, 1)
    m = sim.SimilarityModel(n_folds=2, max_iter=20).fit(X, Y)
    assert m.cv_["overall"] > 0.5
    m.save(tmp_path / "m.joblib", tmp_path / "m.json")
    again = sim.SimilarityModel.load(model_path=tmp_path / "m.joblib", meta_path=tmp_path / "m.json")
    np.testing.assert_allclose(again.predict(X[:5]), m.predict(X[:5]))
    # A model reading a subset of the columns still takes every column as input.
    subset = sim.SimilarityModel(n_folds=2, max_iter=20, features=sim.FEATURE_NAMES[:5]).fit(X, Y)
    assert subset.feature_names_ == sim.FEATURE_NAMES[:5] and not subset.needs_documents
    assert subset.predict(X[:3]).shape == (3, len(sim.DIMENSIONS))


def test_a_pair_scores_the_same_in_either_order():
    # "similarity it.txt de.txt" gave 0.989 and "de.txt it.txt" 0.969 (trial 6): the trees read
    # one-sided columns (each side's best-match mean), so predict averages both readings.
    rng = np.random.default_rng(1)
    X = rng.normal(size=(120, len(sim.FEATURE_NAMES)))
    b1, b2 = sim.FEATURE_NAMES.index("best_1"), sim.FEATURE_NAMES.index("best_2")
    Y = np.clip(np.column_stack([0.5 + 0.3 * X[:, b1] - 0.1 * X[:, b2]] * 7), 0, 1)
    m = sim.SimilarityModel(n_folds=2, max_iter=20, n_trees=10).fit(X, Y)
    swapped = X.copy()
    swapped[:, [b1, b2]] = X[:, [b2, b1]]
    assert not np.allclose(m.predict_as_given(X), m.predict_as_given(swapped))  # the trees are one-sided
    np.testing.assert_allclose(m.predict(X), m.predict(swapped))


# ---------------------------------------------------------------- end to end


def test_seed_pair_is_the_same_story_with_reasons(encoders, model):
    score = sim.score_pair(CNN_SEED.read_text(encoding="utf-8"), FAZ_SEED.read_text(encoding="utf-8"),
                           "en", "en", model=model, **encoders)
    assert score.same_story
    assert score.overall >= 0.6
    text = " | ".join(score.reasons)
    assert "Tokayev" in text and ("Almaty" in text or "Kazakhstan" in text)
    assert all(0.0 <= getattr(score, d) <= 1.0 for d in sim.DIMENSIONS)


@pytest.mark.parametrize("variant", sim.VARIANTS)
def test_unrelated_dev_pair_scores_low(data_dir, encoders, variant):
    rows = [r for r in dev_rows(data_dir) if float(r["Overall"]) == 4.0 and r["lang1"] == r["lang2"] == "en"]
    r = rows[0]
    score = sim.score_pair(r["text1"], r["text2"], "en", "en", variant=variant, **encoders)
    assert score.model == variant
    assert not score.same_story
    assert score.overall < 0.35


def test_score_pairs_reports_progress_and_rejects_empty_text(encoders, model):
    calls = []
    out = sim.score_pairs([("A short text about Berlin.", "Ein kurzer Text über Berlin.")], model=model,
                          progress=lambda d, n: calls.append((d, n)), **encoders)
    assert len(out) == 1 and calls[-1] == (1, 1)
    with pytest.raises(InputError, match="text2"):
        sim.score_pairs([("text", "  ")], model=model, **encoders)


def test_score_documents_returns_pipeline_similarity(encoders, model):
    def doc(i: str, text: str, published: str) -> Document:
        sents = tuple(Sentence(f"{i}:s{k}", s, 0, len(s)) for k, s in enumerate(sim.split_sentences(text)))
        return Document(id=i, source=i, text=text, sentences=sents, language="en", published=published)

    a = doc("d1", CNN_SEED.read_text(encoding="utf-8"), "2022-01-07")
    b = doc("d2", FAZ_SEED.read_text(encoding="utf-8"), "2022-01-07")
    result = sim.score_documents(a, b, model=model, **encoders)
    assert isinstance(result, Similarity) and result.same_story
    assert set(result.dimensions) == {"geography", "entities", "time", "narrative", "style", "tone"}
    assert "published the same day" in result.reasons


# ---------------------------------------------------------------- CLI


def test_cli_similarity_json_and_errors(tmp_path, monkeypatch, embedder, doc_embedder):
    from typer.testing import CliRunner

    from storylens import cli

    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: embedder)
    monkeypatch.setattr("storylens.embed.get_document_embedder", lambda cache=True: doc_embedder)
    runner = CliRunner()
    res = runner.invoke(cli.app, ["similarity", str(CNN_SEED), str(FAZ_SEED), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["same_story"] is True and set(sim.DIMENSIONS) <= set(data)
    assert data["model"] == f"{sim.DEFAULT_VARIANT} {sim.MODEL_VERSION}"
    res = runner.invoke(cli.app, ["similarity", str(CNN_SEED), str(FAZ_SEED), "--format", "json", "--model", "full"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["model"] == f"full {sim.MODEL_VERSION}"

    res = runner.invoke(cli.app, ["similarity", str(CNN_SEED), str(tmp_path / "missing.txt")])
    assert res.exit_code == 2 and "missing.txt" in res.output

    pairs = tmp_path / "pairs.csv"
    pairs.write_text("id,text1,text2\n7,Storm hits Berlin.,Sturm trifft Berlin.\n", encoding="utf-8")
    res = runner.invoke(cli.app, ["similarity", "--pairs", str(pairs), "--fast"])
    assert res.exit_code == 1, res.output  # a row without scores makes the exit code 1 (docs/cli.md, trial 8)
    out = list(csv.DictReader(res.stdout.splitlines()))
    assert out[0]["id"] == "7" and "overall" in out[0]
    # three words a side: too little text for a verdict (settings.similarity_min_words)
    assert out[0]["same_story"] == "" and out[0]["undecided"].startswith("not enough text to judge")


def test_an_article_in_several_pairs_is_embedded_once(embedder, gazetteer):
    class Counting:
        model_id, dim = embedder.model_id, embedder.dim

        def __init__(self):
            self.texts = []

        def embed(self, texts):
            self.texts += list(texts)
            return embedder.embed(texts)

    a, b, c = ("Storm hits Berlin. Trees fell.", "Sturm trifft Berlin. Bäume fielen.", "Rain in Rome. Streets flooded.")
    counting = Counting()
    feats = sim.pair_features([(a, b), (a, c), (b, c)], counting, gazetteer, batch_pairs=2)
    assert len(feats) == 3
    assert len(counting.texts) == len(set(counting.texts))  # each sentence once, across chunks too
    alone = sim.pair_features([(a, c)], embedder, gazetteer)[0]
    assert feats[1].values == pytest.approx(alone.values, nan_ok=True)
