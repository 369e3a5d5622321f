"""Number fan-out across languages (ClaimAligner.number_fanout): a unit pair of two languages that
states the same figure is kept when one unit's best counterpart is the other, so a headline's figure
reaches every sentence that restates it. Fixed vectors, so each case states its cosines."""

import numpy as np

from storylens.analysis.claims import ClaimAligner
from storylens.settings import DEFAULT

from ._docs import doc_of
from .test_claims_manyone import _aligner, _embed_gram, _pairs

# The hunter-girl reports of the ledger gold's tune half, shortened: the Polish headline's "8-latki"
# is stated again in two English sentences.
PL_HEAD = "Makabryczny wyczyn 8-latki."
PL_PROUD = "Ojciec pęka z dumy."
PL_WATCH = "Do niedawna dziewczynka tylko się przyglądała pasji ojca."
EN_FEAT = "Brutal feat of an 8-year-old girl."
EN_PROUD = "Parents are very proud of their 8-year-old daughter."
EN_WATCH = "Until now, the girl was rather watching her father."
EN_OTHER = "Some 8 neighbours commented on the photo."
TEXTS = [PL_HEAD, PL_PROUD, PL_WATCH, EN_FEAT, EN_PROUD, EN_WATCH, EN_OTHER]
GRAM = np.array([
    # PL_HEAD PL_PROUD PL_WATCH EN_FEAT EN_PROUD EN_WATCH EN_OTHER
    [1.0, 0.2, 0.1, 0.70, 0.50, 0.30, 0.20],
    [0.2, 1.0, 0.1, 0.20, 0.45, 0.10, 0.10],
    [0.1, 0.1, 1.0, 0.10, 0.10, 0.60, 0.50],
    [0.70, 0.20, 0.10, 1.0, 0.3, 0.1, 0.1],
    [0.50, 0.45, 0.10, 0.3, 1.0, 0.1, 0.1],
    [0.30, 0.10, 0.60, 0.1, 0.1, 1.0, 0.3],
    [0.20, 0.10, 0.50, 0.1, 0.1, 0.3, 1.0],
])


def _docs(english: str = "en"):
    return doc_of("pl", [PL_HEAD, PL_PROUD, PL_WATCH], "pl"), doc_of("en", [EN_FEAT, EN_PROUD, EN_WATCH, EN_OTHER], english)


def test_a_figure_restated_keeps_the_pair_where_one_unit_is_the_others_best():
    embed, docs = _embed_gram(TEXTS, GRAM), _docs()
    shipped = {("pl:s0", "en:s0"), ("pl:s2", "en:s2")}
    # Each other's best only: the headline takes "Brutal feat" and loses the parents' sentence, whose
    # best counterpart it is (0.50; the headline's best is 0.70; "Ojciec pęka z dumy" scores 0.45).
    assert _pairs(_aligner(embed, number_fanout=None), docs) == shipped
    assert _pairs(_aligner(embed, number_fanout="score"), docs) == shipped | {("pl:s0", "en:s1")}


def test_number_fanout_needs_a_shared_figure_and_a_best_counterpart():
    embed, docs = _embed_gram(TEXTS, GRAM), _docs()
    got = _pairs(_aligner(embed, number_fanout="score"), docs)
    # "Some 8 neighbours" shares the 8 with the headline, but neither is the other's best.
    assert ("pl:s0", "en:s3") not in got
    # The watching sentence's best counterpart is the Polish one, but they share no figure: no new pair
    # beyond the mutual one, and the headline (0.30, not its best) is not added.
    assert ("pl:s0", "en:s2") not in got
    # Only digits count when asked for "N" keys (normalised numbers from the pipeline): none here.
    assert _pairs(_aligner(embed, number_fanout="score", number_fanout_keys="N"), docs) == _pairs(_aligner(embed, number_fanout=None), docs)


def test_number_fanout_ranks_by_e5_when_asked_and_falls_back_to_the_score():
    embed, docs = _embed_gram(TEXTS, GRAM), _docs()
    # Without a second encoder "e5" ranks by the aligner's score.
    assert _pairs(_aligner(embed, number_fanout="e5"), docs) == _pairs(_aligner(embed, number_fanout="score"), docs)
    # A second encoder under which the parents' sentence prefers "Ojciec pęka z dumy": not kept.
    other = GRAM.copy()
    other[1, 4] = other[4, 1] = 0.6
    e5 = _embed_gram(TEXTS, other)
    assert ("pl:s0", "en:s1") not in _pairs(_aligner(embed, number_fanout="e5", embed_e5=e5), docs)


def test_number_fanout_leaves_same_language_pairs_alone():
    embed = _embed_gram(TEXTS, GRAM)
    docs = _docs("pl")  # the same vectors, both documents marked Polish
    assert _pairs(_aligner(embed, number_fanout="score"), docs) == _pairs(_aligner(embed, number_fanout=None), docs)


def test_number_fanout_default_comes_from_the_settings():
    # "e5" since stop 40 (chosen with the e5 fusion, settings.claim_e5_fusion_weight)
    assert ClaimAligner(_embed_gram(TEXTS, GRAM)).number_fanout == DEFAULT.claim_number_fanout == "e5"


def test_the_pipeline_hands_e5_to_number_fanout_unless_the_fast_similarity_model_runs():
    from dataclasses import replace

    from storylens.report.pipeline import Components, _with_second_encoder, aligner_settings

    class _Doc:
        def embed(self, texts):
            return np.zeros((len(texts), 4), dtype=np.float32)

    def refuse():
        raise AssertionError("the fast similarity model must not load e5")

    on = replace(DEFAULT, claim_number_fanout="e5", claim_cross_encoder="use", claim_agree_e5_floor=None,
                 claim_e5_rank_veto=None, claim_pair_model=False)
    params = _with_second_encoder(aligner_settings(on), Components(None, doc_embedder=_Doc, similarity_model="full",
                                                                   settings=on))
    assert params["number_fanout"] == "e5" and "embed_e5" in params
    fast = Components(None, doc_embedder=refuse, similarity_model="fast", settings=on)
    assert "embed_e5" not in _with_second_encoder(aligner_settings(on), fast)
    by_score = replace(on, claim_number_fanout="score", claim_e5_fusion_weight=0.0)
    assert "embed_e5" not in _with_second_encoder(aligner_settings(by_score), Components(None, doc_embedder=refuse))
