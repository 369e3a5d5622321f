"""Bitext-mining forms of the aligner's e5 term (ClaimAligner.e5_margin / e5_mutual_floor / fusion_pair_thresholds;
stop 47, benchmarks/ledger_bitext.py): the ratio margin, the miner's each-other's-best rule on the e5 margin, and a
weak-pair threshold per language pair. The Sanders fixture of test_claims_e5_fusion: fixed cosines per case."""

import numpy as np
import pytest

from storylens.analysis.claims import ClaimAligner, _pair_thresholds
from storylens.settings import DEFAULT, ConfigError, Settings

from .test_claims_e5_fusion import E5, USE, _docs
from .test_claims_manyone import _aligner, _pairs

FORM = ("dpa:s0", "ap:s1")  # the near translation: fused score 0.48 with e5 weight 4, k 1 (its e5 term is 0)
REPORT = ("dpa:s1", "ap:s0")


def _fused(**params) -> ClaimAligner:
    return _aligner(USE, embed_e5=E5, e5_fusion_weight=4.0, csls_k=1, **params)


def test_the_ratio_margin_divides_by_the_neighbourhood_where_csls_subtracts():
    e5 = np.array([[0.92, 0.84], [0.82, 0.90]], dtype=np.float32)
    hood = np.array([[0.92, 0.91], [0.91, 0.90]])  # k 1: (row best + column best) / 2
    csls = ClaimAligner(USE, csls_k=1)._e5_margin(e5)
    ratio = ClaimAligner(USE, csls_k=1, e5_margin="ratio")._e5_margin(e5)
    assert csls == pytest.approx(e5 - hood, abs=1e-6)
    assert ratio == pytest.approx(e5 / hood - 1.0, abs=1e-6)
    # the same order within a row, a different scale: a pair below a low neighbourhood loses more
    assert ratio[0, 1] < csls[0, 1] < 0


def test_the_ratio_margin_changes_what_the_fused_floor_keeps():
    docs = _docs()
    # the report pair: USE 0.55, e5 0.90 against its neighbourhood (0.90 + 0.90) / 2, term 0 under both forms;
    # the form pair likewise 0.48: both kept at 0.45 under either form
    assert _pairs(_fused(fusion_threshold=0.45), docs) == _pairs(_fused(fusion_threshold=0.45, e5_margin="ratio"), docs)
    assert {FORM, REPORT} <= _pairs(_fused(fusion_threshold=0.45, e5_margin="ratio"), docs)


def test_a_pair_each_others_best_by_the_e5_margin_is_kept_from_the_mutual_floor():
    docs = _docs()
    # fused 0.48 under a floor of 0.5: dropped by the weak rule
    assert FORM not in _pairs(_fused(fusion_threshold=0.5), docs)
    # by e5 alone it is its row's and its column's best (margin 0): the miner's rule keeps it from floor 0 ...
    assert FORM in _pairs(_fused(fusion_threshold=0.5, e5_mutual_floor=0.0), docs)
    # ... not from a floor above its margin, and not without e5
    assert FORM not in _pairs(_fused(fusion_threshold=0.5, e5_mutual_floor=0.01), docs)
    assert FORM not in _pairs(_aligner(USE, e5_fusion_weight=4.0, csls_k=1, cross_threshold=0.5,
                                       e5_mutual_floor=0.0), docs)


def test_the_mutual_rule_keeps_the_weak_rules_vetoes():
    docs = _docs()
    # anchors a weak pair needs (cross_min_overlap) hold for the miner's pairs too
    assert FORM not in _pairs(_fused(fusion_threshold=0.5, e5_mutual_floor=0.0, cross_min_overlap=5.0), docs)


def test_a_language_pairs_threshold_replaces_the_fused_floor_for_that_pair_only():
    docs = _docs()
    assert FORM in _pairs(_fused(fusion_threshold=0.5, fusion_pair_thresholds=(("de-en", 0.45),)), docs)
    assert FORM not in _pairs(_fused(fusion_threshold=0.5, fusion_pair_thresholds=(("en-fr", 0.45),)), docs)
    # and the other way: a stricter floor for de-en drops what the shared floor keeps
    assert FORM in _pairs(_fused(fusion_threshold=0.45), docs)
    assert FORM not in _pairs(_fused(fusion_threshold=0.45, fusion_pair_thresholds=(("de-en", 0.5),)), docs)


def test_pair_thresholds_read_the_two_codes_sorted():
    got = _pair_thresholds(np.array(["en", "de"], dtype=object), np.array(["de", "fr"], dtype=object),
                           {"de-en": 0.3}, 0.4)
    assert got.tolist() == [[0.3, 0.4], [0.4, 0.4]]
    assert _pair_thresholds(np.array(["en"], dtype=object), np.array(["de"], dtype=object), {"de-en": 0.3}, None) is None


def test_the_settings_feed_the_aligner_and_a_wrong_margin_is_refused():
    from storylens.report.pipeline import aligner_settings

    params = aligner_settings(DEFAULT)
    for name in ("e5_margin", "e5_mutual_floor", "fusion_pair_thresholds", "ot_floor", "ot_temperature", "ot_dustbin"):
        assert params[name] == getattr(DEFAULT, f"claim_{name}")
        assert getattr(ClaimAligner(USE), name) == getattr(DEFAULT, f"claim_{name}")
    with pytest.raises(ConfigError):
        Settings(claim_e5_margin="cosine")


def test_transport_splits_a_units_mass_between_two_equal_counterparts_and_drops_the_rest():
    from storylens.analysis.claims import _transport

    score = np.array([[0.9, 0.9, 0.2], [0.3, 0.2, 0.8], [0.1, 0.1, 0.1]])
    plan = _transport(score, dustbin=0.4, temperature=0.1)
    assert plan[0, 0] == pytest.approx(plan[0, 1], abs=0.02) and plan[0, 0] > 0.4  # fan-out: both kept at 0.4
    assert plan[1, 2] > 0.8 and plan[1, 0] < 0.05  # a neighbouring counterparts' share is small
    assert plan[2].sum() < 0.1  # a unit with nothing over the dustbin sends its mass there
    assert _transport(np.zeros((0, 3)), 0.4, 0.1).shape == (0, 3)


def test_transport_decoding_adds_a_fan_out_pair_the_mutual_rule_drops():
    docs = _docs()
    # the German report sentence (dpa:s1): its best is ap:s0 (fused 0.55), the form sentence ap:s1 0.2 - far:
    # a transport floor keeps what the weak rule keeps and no neighbouring pair at this spread
    base = _pairs(_fused(fusion_threshold=0.45), docs)
    assert _pairs(_fused(fusion_threshold=0.45, ot_floor=0.3, ot_temperature=0.05), docs) == base
    # a low dustbin and a high temperature spread the mass: a pair under the weak floor comes in
    loose = _pairs(_fused(fusion_threshold=0.5, ot_floor=0.2, ot_temperature=0.5, ot_dustbin=-1.0), docs)
    assert FORM in loose and FORM not in _pairs(_fused(fusion_threshold=0.5), docs)
