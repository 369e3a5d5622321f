"""The learned cross-lingual claim-pair score: features, the JSON model, its use in the aligner."""

import json

import numpy as np
import pytest

from storylens.analysis._pairmodel import FEATURES, MODEL_PATH, PairModel, default_model, pair_features
from storylens.analysis.claims import ClaimAligner
from storylens.embed import HashingEmbedder

from ._docs import doc_of as _doc


def _column(x, name):
    return x[..., FEATURES.index(name)]


def test_features_read_numbers_dates_entities_and_best_matches():
    cos = np.array([[0.6, 0.2], [0.3, 0.1]], dtype=np.float32)
    keys_a = [frozenset({"N:12", "D:2022-01-06", "E:e1"}), frozenset({"N:5"})]
    keys_b = [frozenset({"N:12", "E:e1", "P:p1"}), frozenset({"N:7"})]
    x = pair_features(["Zwölf Schulen", "Fünf Tote"], ["Twelve schools", "Seven dead"], cos,
                      np.zeros_like(cos), keys_a, keys_b)
    assert x.shape == (2, 2, len(FEATURES))
    assert _column(x, "numbers")[0, 0] == 1 and _column(x, "number_clash")[0, 0] == 0
    assert _column(x, "number_clash")[1, 1] == 1  # both state a number, none in common
    assert _column(x, "entities")[0, 0] == 1 and _column(x, "dates")[0, 0] == 0
    assert _column(x, "mutual").tolist() == [[1.0, 0.0], [0.0, 0.0]]
    assert _column(x, "gap_row")[0, 1] == pytest.approx(0.4)
    assert _column(x, "position").tolist() == [[0.0, 1.0], [1.0, 0.0]]
    assert not _column(x, "words").any()  # no word alignment given


def test_han_characters_count_wider_in_the_length_ratio():
    cos = np.ones((1, 2), dtype=np.float32)
    x = pair_features(["全市已有12所学校停课。"], ["Twelve schools in the city have closed.", "Closed."], cos,
                      np.zeros_like(cos), [frozenset()], [frozenset(), frozenset()])
    length = _column(x, "length")[0]
    assert length[0] < length[1]  # the translation is closer in length than a one-word sentence


def test_model_json_round_trip_and_logit():
    model = PairModel(("cos", "words"), np.array([0.4, 0.3]), np.array([0.1, 0.2]), np.array([2.0, 1.0]), -1.0, {})
    again = PairModel.from_json(json.loads(json.dumps(model.to_json())))
    x = np.zeros((1, len(FEATURES)))
    x[0, FEATURES.index("cos")] = 0.5
    x[0, FEATURES.index("words")] = 0.5
    expected = 2.0 * (0.5 - 0.4) / 0.1 + 1.0 * (0.5 - 0.3) / 0.2 - 1.0
    assert again.logit(x)[0] == pytest.approx(expected)
    assert 0.0 < again.probability(x)[0] < 1.0


def test_a_model_with_unknown_features_is_refused():
    with pytest.raises(ValueError, match="retrain"):
        PairModel.from_json({"features": ["cos", "telepathy"], "mean": [0, 0], "scale": [1, 1], "coef": [1, 1],
                             "intercept": 0.0})


def test_the_shipped_model_loads_and_was_trained_on_the_tune_half():
    if not MODEL_PATH.exists():
        pytest.skip("no shipped claim pair model")
    model = default_model()
    assert model is not None and set(model.features) <= set(FEATURES)
    assert len(model.coef) == len(model.features) == len(model.mean) == len(model.scale)
    assert "tune half" in model.meta["trained_on"]


def _aligner(**params):
    return ClaimAligner(embed=HashingEmbedder().embed, **params)


def test_the_model_scores_only_pairs_of_two_languages():
    en1 = _doc("d1", ["The central bank raised interest rates on Tuesday.", "Snow closed the airport in Oslo."])
    en2 = _doc("d2", ["The central bank raised rates on Tuesday.", "A new pool opened in Bergen."])
    de = _doc("d3", ["Die Zentralbank hat am Dienstag die Zinsen erhöht.", "Schnee schloss den Flughafen in Oslo."],
              language="de")
    # A model that says "no" to everything: cross-lingual pairs vanish, English pairs stay as they were.
    never = PairModel(("cos",), np.zeros(1), np.ones(1), np.zeros(1), -20.0, {})
    _, plain = _aligner().align([en1, en2, de])
    _, learned = _aligner(pair_model=never).align([en1, en2, de])
    same = lambda pairs: sorted((p.a.text, p.b.text, round(p.score, 6)) for p in pairs if p.a.doc != "d3" and p.b.doc != "d3")
    assert same(learned) == same(plain) and same(plain)
    assert not [p for p in learned if "d3" in (p.a.doc, p.b.doc)]


def test_one_sided_best_matches_join_at_the_either_threshold():
    # One German sentence states what the English document says in two.
    de = _doc("d1", ["Zentralbank erhöht Zinsen und Schnee schließt Flughafen Oslo"], language="de")
    en = _doc("d2", ["Zentralbank erhöht Zinsen", "Schnee schließt Flughafen Oslo"])
    always = PairModel(("cos",), np.zeros(1), np.ones(1), np.zeros(1), 0.0, {})  # p = 0.5 everywhere
    kw = {"pair_model": always, "pair_threshold": 0.6, "pair_sure_threshold": 0.9, "pair_either_threshold": None,
          "sibling_margin": None}
    _, without = _aligner(**kw).align([de, en])
    _, with_either = _aligner(**(kw | {"pair_either_threshold": 0.5})).align([de, en])
    assert not without
    assert sorted(p.b.sentence for p in with_either) == ["d2:s0", "d2:s1"]


def test_in_veto_mode_the_cosine_rule_decides_and_the_model_only_removes():
    en = _doc("d1", ["The central bank raised interest rates on Tuesday.", "Snow closed the airport in Oslo."])
    de = _doc("d2", ["Die Zentralbank hat am Dienstag die Zinsen erhöht.", "Schnee schloss den Flughafen in Oslo."],
              language="de")
    yes = PairModel(("cos",), np.zeros(1), np.ones(1), np.zeros(1), 20.0, {})
    no = PairModel(("cos",), np.zeros(1), np.ones(1), np.zeros(1), -20.0, {})
    loose = {"cross_threshold": 0.0, "cross_sure_threshold": 0.0}  # the cosine rule keeps every cross pair
    key = lambda pairs: sorted((p.a.text, p.b.text, round(p.score, 6)) for p in pairs)
    _, plain = _aligner(pair_model=None, **loose).align([en, de])
    _, kept = _aligner(pair_model=yes, pair_veto=0.5, **loose).align([en, de])
    _, vetoed = _aligner(pair_model=no, pair_veto=0.5, **loose).align([en, de])
    assert plain and key(kept) == key(plain)  # same pairs, same (cosine-rule) scores
    assert not vetoed


def test_second_encoder_features_read_its_own_best_matches():
    cos = np.array([[0.6, 0.2], [0.3, 0.1]], dtype=np.float32)
    e5 = np.array([[0.80, 0.90], [0.85, 0.70]], dtype=np.float32)  # e5 prefers the other partner of row 0
    none = [frozenset(), frozenset()]
    x = pair_features(["a", "b"], ["c", "d"], cos, np.zeros_like(cos), none, none, e5=e5)
    assert _column(x, "e5_mutual").tolist() == [[0.0, 1.0], [1.0, 0.0]]
    assert _column(x, "e5_gap_row")[0, 0] == pytest.approx(0.1)
    assert _column(x, "e5_gap_col")[1, 1] == pytest.approx(0.2)
    without = pair_features(["a", "b"], ["c", "d"], cos, np.zeros_like(cos), none, none)
    assert not _column(without, "e5_mutual").any()  # no second encoder: no best matches of it


def test_a_model_with_e5_features_reads_the_second_encoder_across_languages_only():
    en = _doc("d1", ["The central bank raised interest rates on Tuesday.", "Snow closed the airport in Oslo."])
    de = _doc("d2", ["Die Zentralbank hat am Dienstag die Zinsen erhöht.", "Schnee schloss den Flughafen in Oslo."],
              language="de")
    seen: list[str] = []

    def e5(texts):
        seen.extend(texts)
        return HashingEmbedder(dim=384).embed(texts)

    model = PairModel(("e5",), np.zeros(1), np.ones(1), np.ones(1), 0.0, {})
    assert model.needs_e5
    _aligner(pair_model=model, embed_e5=e5).align([en, de])
    assert set(seen) == {u for d in (en, de) for u in (s.text for s in d.sentences)}
    seen.clear()
    _aligner(pair_model=model, embed_e5=e5).align([en, _doc("d3", ["The bank raised rates on Tuesday."])])
    assert not seen  # one language: the cosine rule, no e5


def test_a_model_that_reads_e5_without_the_encoder_leaves_the_cosine_rule_to_decide():
    en = _doc("d1", ["The central bank raised interest rates on Tuesday.", "Snow closed the airport in Oslo."])
    de = _doc("d2", ["Die Zentralbank hat am Dienstag die Zinsen erhöht.", "Schnee schloss den Flughafen in Oslo."],
              language="de")
    never = PairModel(("e5",), np.zeros(1), np.ones(1), np.zeros(1), -20.0, {})
    loose = {"cross_threshold": 0.0, "cross_sure_threshold": 0.0}
    key = lambda pairs: sorted((p.a.text, p.b.text, round(p.score, 6)) for p in pairs)
    _, plain = _aligner(pair_model=None, **loose).align([en, de])
    _, no_encoder = _aligner(pair_model=never, **loose).align([en, de])
    _, with_encoder = _aligner(pair_model=never, embed_e5=HashingEmbedder(dim=384).embed, **loose).align([en, de])
    assert plain and key(no_encoder) == key(plain)
    assert not with_encoder  # the model (p ~ 0 everywhere) decides once it has its encoder
