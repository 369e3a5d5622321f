"""A learned aligner (ClaimAligner.learned_aligner / learned_floor, analysis._alignlearn; stop 48,
benchmarks/ledger_pairadd.py): a model over what the aligner holds for a unit pair of two languages adds a pair its
rules dropped, or decides every such pair (learned_replace). The Sanders fixture of test_claims_e5_fusion."""

import json

import numpy as np
import pytest

from storylens.analysis._alignlearn import FEATURES, MODEL_PATH, LearnedAligner, _ranks, aligner_features
from storylens.analysis.claims import ClaimAligner, learned_aligner_for
from storylens.settings import DEFAULT, Settings

from .test_claims_e5_fusion import E5, USE, _docs
from .test_claims_manyone import _aligner, _pairs

FORM = ("dpa:s0", "ap:s1")  # the near translation: fused score 0.48 with e5 weight 4, k 1, dropped under a floor 0.5
REPORT = ("dpa:s1", "ap:s0")


def _fused(**params) -> ClaimAligner:
    return _aligner(USE, embed_e5=E5, e5_fusion_weight=4.0, csls_k=1, fusion_threshold=0.5, **params)


class _Fixed:
    """A model that reads one feature: its probability is 1 where ``feature`` equals ``value``."""

    def __init__(self, feature: str, value: float) -> None:
        self.column, self.value = FEATURES.index(feature), value
        self.seen: list[np.ndarray] = []

    def probability(self, x: np.ndarray) -> np.ndarray:
        self.seen.append(x)
        return (np.isclose(x[..., self.column], self.value)).astype(float)


def _features(keep=None, mono=None):
    use = np.array([[0.9, 0.5, 0.1], [0.2, 0.6, 0.7]])
    e5 = np.array([[0.85, 0.80, 0.81], [0.80, 0.84, 0.86]])
    keep = np.array([[True, False, False], [False, False, True]]) if keep is None else keep
    mono_b = np.eye(3) if mono is None else mono
    keys_a = [frozenset({"N:9.5", "P:e1"}), frozenset({"N:3"})]
    keys_b = [frozenset({"N:9.5"}), frozenset(), frozenset({"N:4"})]
    return aligner_features(use, e5, use, keep, np.zeros((2, 3)), keys_a, keys_b,
                            (["eins zwei", "drei"], ["one two", "three", "four five six"]), ([0, 1], [0, 1, 2]),
                            ([True, False], [True, False, False]), (np.eye(2), mono_b), k=1)


def _col(x: np.ndarray, name: str) -> np.ndarray:
    return x[..., FEATURES.index(name)]


def test_ranks_count_the_pairs_above_in_the_row_and_in_the_column():
    row, col = _ranks(np.array([[0.9, 0.5, 0.1], [0.2, 0.6, 0.7]]))
    assert row.tolist() == [[0, 1, 2], [2, 1, 0]]
    assert col.tolist() == [[0, 1, 1], [1, 0, 0]]


def test_the_features_read_ranks_keys_and_what_the_rules_kept_around_a_pair():
    x = _features()
    assert x.shape == (2, 3, len(FEATURES))
    assert _col(x, "score_rank_row")[1].tolist() == [2, 1, 0]
    assert _col(x, "kept").tolist() == [[1, 0, 0], [0, 0, 1]]
    # the first row's kept partner is b0: b1 is one sentence from it, b2 two
    assert _col(x, "row_kept_near")[0].tolist() == [4, 1, 2]
    assert _col(x, "row_best_kept").tolist() == [[1, 1, 1], [1, 1, 1]]
    # a figure both give, and two figures that differ
    assert _col(x, "numbers")[0, 0] == 1 and _col(x, "number_clash")[1, 2] == 1 and _col(x, "number_clash")[0, 0] == 0
    assert _col(x, "lead").tolist() == [[2, 1, 1], [1, 0, 0]]


def test_kept_similarity_reads_whether_a_sentence_restates_what_its_partner_was_matched_to():
    mono = np.array([[1.0, 0.8, 0.1], [0.8, 1.0, 0.2], [0.1, 0.2, 1.0]])
    x = _features(mono=mono)
    # row a0 kept with b0: b1 restates b0 (0.8), b2 does not (0.1); b0 itself has no other kept partner
    assert _col(x, "row_kept_sim")[0].tolist() == pytest.approx([-1.0, 0.8, 0.1])
    no_keep = _features(keep=np.zeros((2, 3), dtype=bool), mono=mono)
    assert (_col(no_keep, "row_kept_sim") == -1).all() and (_col(no_keep, "row_kept_near") == 4).all()


def test_the_learned_aligner_adds_a_pair_the_rules_dropped_from_its_floor():
    docs = _docs()
    base = _pairs(_fused(), docs)
    assert REPORT in base and FORM not in base
    # a model certain of every pair the rules did not keep
    model = _Fixed("kept", 0.0)
    added = _pairs(_fused(learned_aligner=model, learned_floor=0.5), docs)
    assert FORM in added and base <= added
    assert model.seen and model.seen[0].shape[-1] == len(FEATURES)
    # a floor above the model's probability adds nothing
    assert _pairs(_fused(learned_aligner=model, learned_floor=1.5), docs) == base


def test_the_learned_aligner_keeps_the_weak_rules_vetoes_and_reads_only_the_fused_scale():
    docs = _docs()
    model = _Fixed("kept", 0.0)
    # anchors a weak pair needs (cross_min_overlap) hold for the learned pairs too
    assert FORM not in _pairs(_fused(learned_aligner=model, learned_floor=0.5, cross_min_overlap=5.0), docs)
    # without the e5 encoder (the fast similarity model) or its term the rules decide alone: the model was
    # trained on the fused score
    model = _Fixed("kept", 0.0)
    assert _pairs(_aligner(USE, e5_fusion_weight=4.0, csls_k=1, learned_aligner=model, learned_floor=0.5),
                  docs) == _pairs(_aligner(USE, e5_fusion_weight=4.0, csls_k=1), docs)
    assert _pairs(_aligner(USE, embed_e5=E5, learned_aligner=model, learned_floor=0.5), docs) == \
        _pairs(_aligner(USE, embed_e5=E5), docs)
    assert not model.seen


def test_in_replace_mode_the_model_decides_every_pair_of_two_languages():
    docs = _docs()
    # a model that keeps nothing the rules kept drops the rules' own pair
    model = _Fixed("kept", 0.0)
    replaced = _pairs(_fused(learned_aligner=model, learned_floor=0.5, learned_replace=True), docs)
    assert REPORT not in replaced and FORM in replaced


def test_the_model_is_logistic_over_standardised_columns_and_round_trips_through_json():
    model = LearnedAligner(("use", "numbers"), np.array([0.5, 1.0]), np.array([0.1, 2.0]), np.array([2.0, -1.0]),
                           -0.5, {"note": "test"})
    x = _features()
    z = 2.0 * (_col(x, "use") - 0.5) / 0.1 - 1.0 * (_col(x, "numbers") - 1.0) / 2.0 - 0.5
    assert model.probability(x) == pytest.approx(1 / (1 + np.exp(-z)))
    again = LearnedAligner.from_json(json.loads(json.dumps(model.to_json())))
    assert again.probability(x) == pytest.approx(model.probability(x))
    with pytest.raises(ValueError, match="unknown features"):
        LearnedAligner.from_json(model.to_json() | {"features": ["use", "nonsense"]})


def test_the_shipped_model_reads_known_features_and_the_settings_switch_it():
    shipped = LearnedAligner.load(MODEL_PATH)
    assert set(shipped.features) <= set(FEATURES) and shipped.meta.get("positive", 0) > 0
    assert learned_aligner_for(Settings(claim_learned_aligner=False)) is None
    assert learned_aligner_for(Settings(claim_learned_aligner=True)) is not None
    assert learned_aligner_for(Settings(claim_learned_aligner=True, claim_learned_floor=None)) is None
    from storylens.report.pipeline import aligner_settings

    params = aligner_settings(DEFAULT)
    assert params["learned_floor"] == DEFAULT.claim_learned_floor
    assert (params["learned_aligner"] is None) == (not DEFAULT.claim_learned_aligner)
    assert ClaimAligner(USE).learned_floor == DEFAULT.claim_learned_floor
