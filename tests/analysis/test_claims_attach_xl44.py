"""Many-to-one alignment across languages (ClaimAligner.attach_*, stop 44): a unit joins a unit of another
language already matched to a unit of its own document, on fixed vectors so each case states its cosines."""

import numpy as np

from storylens.analysis.claims import ClaimAligner

from ._docs import doc_of
from .test_claims_manyone import _embed_gram

# EFE states in one sentence what AP says in two (the collapse, then the depth); the rescue is its own fact.
ES_COLLAPSE = ("El derrumbe en la mina San Esteban, cerca de Copiapó, dejó atrapados a 33 mineros "
               "a unos 700 metros de profundidad, informó el Gobierno regional.")
ES_RESCUE = "Los equipos de rescate perforaron un sondaje durante la noche para llegar a ellos."
EN_COLLAPSE = "A collapse at the San Esteban mine near Copiapo trapped 33 miners on Thursday."
EN_DEPTH = "The men are about 700 meters below the surface, regional officials said."
EN_RESCUE = "Rescuers drilled a borehole overnight to reach them."
# A sentence of other figures: the toll of another mine, close in meaning.
EN_OTHER = "In 2008, 45 miners died at a coal mine in the same region."
# Polish and English poverty figures: "9,7 proc." and "8.6%" are two facts, however close in meaning.
PL_POLAND = "W Polsce zagrożonych ubóstwem było 9,7 proc. pracowników."
PL_EU = "Średnia dla całej Unii wyniosła 9,5 proc. pracowników."
EN_EU = "Across the EU, 9.5% of workers were at risk of poverty."
EN_2008 = "In 2008, 8.6% of workers were at risk of poverty."


def _aligner(embed, **params) -> ClaimAligner:
    base = {"threshold": 0.45, "sure_threshold": 0.95, "cross_threshold": 0.58, "cross_sure_threshold": 0.95,
            "overlap_weight": 0.0, "actor_penalty": 0.0, "csls_weight": 0.0, "margin": 0.0, "cross_margin": 0.0,
            "min_overlap": 0.0, "cross_min_overlap": 0.0, "sibling_margin": None, "second_fact_share": None,
            "runner_up_keys": None, "position_weight": 0.0, "pair_model": None, "number_fanout": None,
            "e5_fusion_weight": 0.0, "block_assign": None, "attach_threshold": None, "attach_reach": 1,
            "attach_rank": 1, "attach_free": True, "attach_figures": False, "attach_e5": False, "attach_gap": None,
            "rate_pairs": False, "time_pairs": None}
    return ClaimAligner(embed, **(base | params))


def _pairs(aligner: ClaimAligner, docs) -> set[tuple[str, str]]:
    return {(p.a.sentence, p.b.sentence) for p in aligner.align(docs)[1]}


def _mine(depth: float = 0.53, rescue_depth: float = 0.1):
    texts = [ES_COLLAPSE, ES_RESCUE, EN_COLLAPSE, EN_DEPTH, EN_RESCUE]
    gram = np.full((5, 5), 0.1)
    np.fill_diagonal(gram, 1.0)
    for (i, j), c in {(0, 2): 0.60, (0, 3): depth, (1, 4): 0.70, (1, 3): rescue_depth}.items():
        gram[i, j] = gram[j, i] = c
    docs = [doc_of("efe", [ES_COLLAPSE, ES_RESCUE], "es"), doc_of("ap", [EN_COLLAPSE, EN_DEPTH, EN_RESCUE], "en")]
    return _embed_gram(texts, gram), docs


def test_a_second_sentence_of_a_matched_fact_joins_its_match():
    embed, docs = _mine()
    one_to_one = {("efe:s0", "ap:s0"), ("efe:s1", "ap:s2")}
    assert _pairs(_aligner(embed), docs) == one_to_one  # the depth (0.53, under 0.58) is lost
    got = _pairs(_aligner(embed, attach_threshold=0.5), docs)
    assert got == one_to_one | {("efe:s0", "ap:s1")}


def test_the_group_is_one_shared_claim_with_both_sentences_as_evidence():
    embed, docs = _mine()
    claims, _ = _aligner(embed, attach_threshold=0.5).claims(docs)
    collapse = next(c for c in claims if any(e.sentence == "efe:s0" for e in c.evidence))
    assert collapse.status == "shared"
    assert {e.sentence for e in collapse.evidence} == {"efe:s0", "ap:s0", "ap:s1"}
    # no sentence of the fact is left as a unique claim beside it
    assert not [c for c in claims if c.status == "unique" and any(e.sentence == "ap:s1" for e in c.evidence)]


def test_attach_needs_its_threshold_its_neighbour_and_a_free_unit():
    embed, docs = _mine()
    assert ("efe:s0", "ap:s1") not in _pairs(_aligner(embed, attach_threshold=0.55), docs)
    # the depth sentence two sentences away from the collapse one: out of reach 0, in reach 2 (or anywhere)
    far = [docs[0], doc_of("ap", [EN_COLLAPSE, EN_RESCUE, EN_DEPTH], "en")]
    assert ("efe:s0", "ap:s2") in _pairs(_aligner(embed, attach_threshold=0.5, attach_reach=2), far)
    assert ("efe:s0", "ap:s2") in _pairs(_aligner(embed, attach_threshold=0.5, attach_reach=0), far)
    assert ("efe:s0", "ap:s2") not in _pairs(_aligner(embed, attach_threshold=0.5, attach_reach=1), far)


def test_attach_keeps_to_units_best_counterpart_and_its_gap():
    # the depth sentence is closer to the rescue sentence (0.56) than to the collapse one: rank 1 refuses it
    embed, docs = _mine(rescue_depth=0.56)
    assert ("efe:s0", "ap:s1") not in _pairs(_aligner(embed, attach_threshold=0.5), docs)
    embed, docs = _mine()
    assert ("efe:s0", "ap:s1") in _pairs(_aligner(embed, attach_threshold=0.5, attach_gap=0.1), docs)
    assert ("efe:s0", "ap:s1") not in _pairs(_aligner(embed, attach_threshold=0.5, attach_gap=0.05), docs)


def test_attach_leaves_same_language_pairs_alone():
    embed, docs = _mine()
    same = [doc_of("efe", [ES_COLLAPSE, ES_RESCUE], "en"), docs[1]]
    assert _pairs(_aligner(embed, attach_threshold=0.5), same) == _pairs(_aligner(embed), same)


def test_two_sentences_of_other_figures_are_not_attached():
    texts = [PL_POLAND, PL_EU, EN_EU, EN_2008]
    gram = np.full((4, 4), 0.2)
    np.fill_diagonal(gram, 1.0)
    for (i, j), c in {(1, 2): 0.70, (1, 3): 0.55, (0, 3): 0.40}.items():
        gram[i, j] = gram[j, i] = c
    embed = _embed_gram(texts, gram)
    docs = [doc_of("pap", [PL_POLAND, PL_EU], "pl"), doc_of("euractiv", [EN_EU, EN_2008], "en")]
    assert ("pap:s1", "euractiv:s1") in _pairs(_aligner(embed, attach_threshold=0.5), docs)
    assert ("pap:s1", "euractiv:s1") not in _pairs(_aligner(embed, attach_threshold=0.5, attach_figures=True), docs)
