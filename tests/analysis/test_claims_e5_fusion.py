"""e5 as a second ranking signal across languages (ClaimAligner.e5_fusion_weight / fusion_threshold): a unit
pair of two languages scores USE's rule plus a weight times its e5 CSLS term, so a near-translation USE ranks
second becomes each other's best when e5 ranks it first. Fixed vectors, so each case states its cosines."""

from dataclasses import replace

import numpy as np
import pytest

from storylens.analysis.claims import ClaimAligner
from storylens.settings import DEFAULT

from ._docs import doc_of
from .test_claims_manyone import _aligner, _embed_gram, _pairs

# The Sanders report of the ledger gold's tune half, shortened: the German "In welcher Form …" is a near
# translation of "It is not clear what form …", yet USE puts it closer to the report sentence.
DE_FORM = "In welcher Form dies geschehen solle, war zunächst nicht klar."
DE_REPORT = "Sanders verbat sich als Reaktion auf den Bericht jede russische Einflussnahme."
EN_REPORT = "The Sanders campaign was briefed by U.S. officials that Russia was interfering."
EN_FORM = "It is not clear what form that Russian assistance has taken."
EN_OTHER = "Sanders is leading the Democratic primary in the polls."
TEXTS = [DE_FORM, DE_REPORT, EN_REPORT, EN_FORM, EN_OTHER]


def _gram(base: float, form_form: float, form_report: float, report_report: float, report_form: float) -> np.ndarray:
    gram = np.full((5, 5), base)
    np.fill_diagonal(gram, 1.0)
    for (i, j), c in {(0, 3): form_form, (0, 2): form_report, (1, 2): report_report, (1, 3): report_form}.items():
        gram[i, j] = gram[j, i] = c
    return gram


# USE: the German form sentence's best is the report sentence (0.50 against 0.48). e5 (its cosines sit in a
# narrow band, 0.8 here): the form sentence (0.92 against 0.84).
USE = _embed_gram(TEXTS, _gram(0.1, 0.48, 0.50, 0.55, 0.2))
E5 = _embed_gram(TEXTS, _gram(0.8, 0.92, 0.84, 0.90, 0.82))


def _docs(english: str = "en"):
    return doc_of("dpa", [DE_FORM, DE_REPORT], "de"), doc_of("ap", [EN_REPORT, EN_FORM, EN_OTHER], english)


def test_the_e5_term_lifts_a_pair_use_ranks_second():
    docs = _docs()
    # USE alone: the report sentences are each other's best (0.55); the German form sentence's best is the
    # report sentence too (0.50), whose best is the German report sentence: the form pair (0.48) is nobody's.
    assert _pairs(_aligner(USE, embed_e5=E5), docs) == {("dpa:s1", "ap:s0")}
    # e5's CSLS term (k 1): the form pair's 0.92 is its row's and its column's best, so its term is 0 and its
    # fused score stays 0.48, while the report sentence against it loses 4 * (0.84 - (0.92 + 0.90) / 2) = 0.28:
    # the form pair is each other's best, and both pairs are kept.
    fused = _aligner(USE, embed_e5=E5, e5_fusion_weight=4.0, csls_k=1)
    assert _pairs(fused, docs) == {("dpa:s1", "ap:s0"), ("dpa:s0", "ap:s1")}


def test_the_fused_floor_replaces_the_cross_threshold():
    docs = _docs()
    kept = _aligner(USE, embed_e5=E5, e5_fusion_weight=4.0, csls_k=1, fusion_threshold=0.45)
    assert ("dpa:s0", "ap:s1") in _pairs(kept, docs)
    # the form pair's fused score is 0.48 + 4 * (0.92 - (0.92 + 0.92) / 2) = 0.48: a floor above it drops it
    dropped = _aligner(USE, embed_e5=E5, e5_fusion_weight=4.0, csls_k=1, fusion_threshold=0.5)
    assert ("dpa:s0", "ap:s1") not in _pairs(dropped, docs)
    # None: the cross threshold (0.45 in these fixtures) holds
    assert ("dpa:s0", "ap:s1") in _pairs(_aligner(USE, embed_e5=E5, e5_fusion_weight=4.0, csls_k=1,
                                                  fusion_threshold=None), docs)


def test_fusion_needs_two_languages_and_the_second_encoder():
    def refuse(texts):
        raise AssertionError("e5 read for a same-language pair")

    same = _docs("de")  # the same vectors, both documents marked German: e5 is never read
    assert _pairs(_aligner(USE, embed_e5=refuse, e5_fusion_weight=4.0, csls_k=1), same) == \
        _pairs(_aligner(USE), same)
    # without e5 the USE rule decides, at the cross threshold
    assert _pairs(_aligner(USE, e5_fusion_weight=4.0, csls_k=1), _docs()) == {("dpa:s1", "ap:s0")}


def test_the_pair_keeps_uses_cosine_for_its_checks():
    pairs = _aligner(USE, embed_e5=E5, e5_fusion_weight=4.0, csls_k=1).align(list(_docs()))[1]
    form = next(p for p in pairs if p.a.sentence == "dpa:s0")
    assert form.cosine == pytest.approx(0.48, abs=1e-4)  # the conflict floors read USE's cosine, not the fused score
    assert not form.on_e5


def test_fusion_defaults_come_from_the_settings_and_the_pipeline_hands_e5_for_it():
    from storylens.report.pipeline import Components, _with_second_encoder, aligner_settings

    aligner = ClaimAligner(USE)
    assert aligner.e5_fusion_weight == DEFAULT.claim_e5_fusion_weight
    assert aligner.fusion_threshold == DEFAULT.claim_fusion_threshold

    class _Doc:
        def embed(self, texts):
            return np.zeros((len(texts), 4), dtype=np.float32)

    def refuse():
        raise AssertionError("the fast similarity model must not load e5")

    only_fusion = replace(DEFAULT, claim_e5_fusion_weight=12.0, claim_number_fanout=None, claim_cross_encoder="use",
                          claim_agree_e5_floor=None, claim_e5_rank_veto=None, claim_pair_model=False)
    params = _with_second_encoder(aligner_settings(only_fusion), Components(None, doc_embedder=_Doc,
                                                                            similarity_model="full",
                                                                            settings=only_fusion))
    assert params["e5_fusion_weight"] == 12.0 and "embed_e5" in params
    fast = Components(None, doc_embedder=refuse, similarity_model="fast", settings=only_fusion)
    assert "embed_e5" not in _with_second_encoder(aligner_settings(only_fusion), fast)
    off = replace(only_fusion, claim_e5_fusion_weight=0.0)
    assert "embed_e5" not in _with_second_encoder(aligner_settings(off), Components(None, doc_embedder=refuse))


def test_number_fanout_on_e5_is_off_without_e5_not_ranked_by_the_score():
    from storylens.report.pipeline import Components, _with_second_encoder, aligner_settings

    class _Doc:
        def embed(self, texts):
            return np.zeros((len(texts), 4), dtype=np.float32)

    def refuse():
        raise AssertionError("the fast similarity model must not load e5")

    shipped = replace(DEFAULT, claim_e5_fusion_weight=12.0, claim_number_fanout="e5", claim_pair_model=False)
    full = Components(None, doc_embedder=_Doc, similarity_model="full", settings=shipped)
    assert _with_second_encoder(aligner_settings(shipped), full)["number_fanout"] == "e5"
    fast = Components(None, doc_embedder=refuse, similarity_model="fast", settings=shipped)
    assert _with_second_encoder(aligner_settings(shipped), fast)["number_fanout"] is None
    # a fan-out asked on the score needs no encoder and stays
    by_score = replace(shipped, claim_number_fanout="score")
    assert _with_second_encoder(aligner_settings(by_score), fast)["number_fanout"] == "score"
