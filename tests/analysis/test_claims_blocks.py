"""Block alignment (ClaimAligner.block_*) and clause matching (ClaimAligner.clause_*) across languages: one
sentence stating what the other report says in two keeps both pairs. Fixed vectors, so each case states its
cosines; a block's text (two units joined by a space) is embedded as the normalised sum of its members."""

import numpy as np
import pytest

from storylens.analysis.claims import ClaimAligner, sub_clauses
from storylens.settings import DEFAULT

from ._docs import doc_of
from .test_claims_manyone import (
    EN_COLLAPSE,
    EN_DEPTH,
    EN_RESCUE,
    ES_COLLAPSE,
    ES_RESCUE,
    _aligner,
    _embed_gram,
    _mine_docs,
    _pairs,
)


def _summing(embed, calls: list[str] | None = None):
    """``embed``, plus any space-joined run of its texts as the normalised sum of their vectors."""
    def out(batch):
        rows = []
        for text in batch:
            try:
                rows.append(embed([text])[0])
                continue
            except KeyError:
                pass
            if calls is not None:
                calls.append(text)
            parts = [t for t in (ES_COLLAPSE, ES_RESCUE, EN_COLLAPSE, EN_DEPTH, EN_RESCUE) if t in text]
            v = np.sum(embed(parts), axis=0)
            rows.append(v / np.linalg.norm(v))
        return np.array(rows, dtype=np.float32)
    return out


def _mine(calls: list[str] | None = None):
    # EFE's collapse sentence: 0.60 with AP's collapse, 0.53 with AP's depth (a one-to-one rule keeps the first
    # only); AP's two sentences 0.1 apart, so their block scores (0.60 + 0.53) / sqrt(2 + 2 * 0.1) = 0.762.
    # EFE's collapse against AP's rescue is 0.2: at 0.52 EFE's two sentences as one block would beat the rescue
    # pair ((0.52 + 0.70) / 1.48 = 0.82 against 0.70), the neighbouring-fact block the tune half is full of.
    texts = [ES_COLLAPSE, ES_RESCUE, EN_COLLAPSE, EN_DEPTH, EN_RESCUE]
    gram = np.full((5, 5), 0.1)
    np.fill_diagonal(gram, 1.0)
    for (i, j), c in {(0, 2): 0.60, (0, 3): 0.53, (1, 4): 0.70, (0, 4): 0.2}.items():
        gram[i, j] = gram[j, i] = c
    return _summing(_embed_gram(texts, gram), calls)


BOTH = {("efe:s0", "ap:s0"), ("efe:s0", "ap:s1"), ("efe:s1", "ap:s2")}


def _flat_e5(texts):
    """An e5 that finds every text alike: its CSLS term is 0, so the fused score is USE's (blocks and clauses
    are scored on the fused scale only, with the second encoder loaded)."""
    return np.ones((len(texts), 4), dtype=np.float32) / 2.0


def _on(embed, **params) -> ClaimAligner:
    """With the second encoder; blocks off unless asked for (they are on by default)."""
    return _aligner(embed, **({"embed_e5": _flat_e5, "e5_fusion_weight": 1.0, "fusion_threshold": None,
                               "block_assign": None} | params))


def test_a_block_of_two_sentences_keeps_both_pairs_greedy_and_mutual():
    docs = _mine_docs()
    assert _pairs(_aligner(_mine()), docs) == {("efe:s0", "ap:s0"), ("efe:s1", "ap:s2")}
    # the block (0.762) beats each member's own pair (0.60, 0.53) by more than 0.1: taken first, then the rescue pair
    assert _pairs(_on(_mine(), block_assign="greedy", block_gain=0.1), docs) == BOTH
    assert _pairs(_on(_mine(), block_assign="mutual", block_gain=0.1), docs) == BOTH
    # competitive linking alone (no block wins): one counterpart each
    assert _pairs(_on(_mine(), block_assign="greedy", block_gain=99.0), docs) == \
        {("efe:s0", "ap:s0"), ("efe:s1", "ap:s2")}


def test_a_block_needs_its_gain_floor_and_member_floor():
    docs = _mine_docs()
    assert ("efe:s0", "ap:s1") not in _pairs(_on(_mine(), block_assign="mutual", block_gain=0.2), docs)
    assert ("efe:s0", "ap:s1") not in _pairs(_on(_mine(), block_assign="mutual", block_gain=0.1,
                                                       block_threshold=0.8), docs)
    # the depth pair itself scores 0.53: a member floor above it refuses the block
    assert ("efe:s0", "ap:s1") not in _pairs(_on(_mine(), block_assign="mutual", block_gain=0.1,
                                                       block_member_floor=0.55), docs)
    assert ("efe:s0", "ap:s1") in _pairs(_on(_mine(), block_assign="mutual", block_gain=0.1,
                                                   block_member_floor=0.5), docs)


def test_text_blocks_embed_the_joined_sentences_mean_blocks_do_not():
    docs = _mine_docs()
    calls: list[str] = []
    assert _pairs(_on(_mine(calls), block_assign="mutual", block_gain=0.1, block_vectors="text"), docs) == BOTH
    assert f"{EN_COLLAPSE} {EN_DEPTH}" in calls
    calls.clear()
    assert _pairs(_on(_mine(calls), block_assign="mutual", block_gain=0.1, block_vectors="mean"), docs) == BOTH
    assert calls == []


def test_blocks_and_clauses_need_the_fused_score():
    docs = _mine_docs()
    # without the second encoder (the fast similarity model) the one-to-one rule decides, as before
    assert _pairs(_aligner(_mine(), block_assign="greedy", block_gain=0.1), docs) == _pairs(_aligner(_mine()), docs)
    clause_docs = doc_of("ap", [EN_BOTH], "en"), doc_of("efe", [ES_1, ES_2], "es")
    assert _pairs(_aligner(_clauses_embed(), clause_pairs=True), clause_docs) == {("ap:s0", "efe:s0")}


def test_blocks_are_for_two_languages_only():
    calls: list[str] = []
    same = _mine_docs("en")  # both documents English: the one-language rules decide, no block is embedded
    assert _pairs(_on(_mine(calls), block_assign="greedy", block_gain=0.1, block_vectors="text"), same) == \
        _pairs(_aligner(_mine()), same)
    assert calls == []


# Clause matching: one English sentence carries the collapse and the depth in two clauses; the Spanish report
# says each in a sentence of its own.
EN_BOTH = "A collapse at the San Esteban mine trapped 33 miners on Thursday, with the men about 700 meters below."
EN_C1, EN_C2 = sub_clauses(EN_BOTH)
ES_1 = "Un derrumbe en la mina San Esteban dejó atrapados a 33 mineros el jueves."
ES_2 = "Los hombres están a unos 700 metros de profundidad."


def _clauses_embed():
    texts = [EN_BOTH, EN_C1, EN_C2, ES_1, ES_2]
    gram = np.full((5, 5), 0.1)
    np.fill_diagonal(gram, 1.0)
    for (i, j), c in {(0, 1): 0.75, (0, 2): 0.70, (0, 3): 0.55, (0, 4): 0.50, (1, 3): 0.8, (2, 4): 0.8}.items():
        gram[i, j] = gram[j, i] = c
    return _embed_gram(texts, gram)


def test_sub_clauses_cut_at_punctuation_of_any_script_never_in_a_number():
    assert (EN_C1, EN_C2) == ("A collapse at the San Esteban mine trapped 33 miners on Thursday",
                              "with the men about 700 meters below.")
    assert sub_clauses("Średnia w 2018 r. wyniosła 9,5 proc., co oznacza wzrost w porównaniu do 2008 r.") == \
        ["Średnia w 2018 r. wyniosła 9,5 proc.", "co oznacza wzrost w porównaniu do 2008 r."]
    assert sub_clauses("中国外交部发言人华春莹表示，土耳其溪管道项目是中俄合作的重要成果。") == \
        ["中国外交部发言人华春莹表示", "土耳其溪管道项目是中俄合作的重要成果。"]
    # a piece under five words stays with its neighbour; one clause: the text itself
    assert sub_clauses("Reuters, Tuesday: the mine collapsed near Copiapo overnight.") == \
        ["Reuters, Tuesday: the mine collapsed near Copiapo overnight."]
    assert sub_clauses("The mine collapsed.") == ["The mine collapsed."]


def test_a_clause_keeps_its_sentence_with_a_second_counterpart():
    docs = doc_of("ap", [EN_BOTH], "en"), doc_of("efe", [ES_1, ES_2], "es")
    # one to one: the English sentence's best is ES_1 (0.55); ES_2's best is the English sentence (0.50), not mutual
    assert _pairs(_aligner(_clauses_embed()), docs) == {("ap:s0", "efe:s0")}
    # the second clause and ES_2 are each other's best (0.8), above the whole sentence's 0.50 by more than 0.2
    both = {("ap:s0", "efe:s0"), ("ap:s0", "efe:s1")}
    assert _pairs(_on(_clauses_embed(), clause_pairs=True, clause_gain=0.2), docs) == both
    assert _pairs(_on(_clauses_embed(), clause_pairs=True, clause_gain=0.4), docs) == {("ap:s0", "efe:s0")}
    assert _pairs(_on(_clauses_embed(), clause_pairs=True, clause_threshold=0.85), docs) == {("ap:s0", "efe:s0")}


def test_block_and_clause_defaults_come_from_the_settings():
    from storylens.report.pipeline import aligner_settings

    aligner = ClaimAligner(_mine())
    assert (aligner.block_assign, aligner.block_gain, aligner.block_vectors, aligner.clause_pairs) == (
        DEFAULT.claim_block_assign, DEFAULT.claim_block_gain, DEFAULT.claim_block_vectors, DEFAULT.claim_clause_pairs)
    params = aligner_settings(DEFAULT)
    for name in ("block_assign", "block_reach", "block_gain", "block_threshold", "block_vectors",
                 "block_member_rank", "block_member_floor", "clause_pairs", "clause_gain", "clause_threshold"):
        assert params[name] == getattr(DEFAULT, f"claim_{name}")


@pytest.mark.parametrize("assign", ["mutual", "greedy"])
def test_no_block_without_a_second_sentence(assign):
    docs = doc_of("efe", [ES_COLLAPSE], "es"), doc_of("ap", [EN_COLLAPSE], "en")
    assert _pairs(_on(_mine(), block_assign=assign, block_gain=0.0), docs) == {("efe:s0", "ap:s0")}


def test_linking_and_blocks_pass_the_weak_rules_other_tests():
    docs = _mine_docs()
    # anchors shared are a weak pair's condition (cross_min_overlap): no linked pair and no block escapes it
    assert _pairs(_on(_mine(), block_assign="greedy", block_gain=0.1, cross_min_overlap=5.0), docs) == set()
    assert _pairs(_on(_mine(), block_assign="mutual", block_gain=0.1, cross_min_overlap=5.0), docs) == set()
    # a sure pair stays whatever the linking (sure from 0.65: the rescue pair, 0.70)
    assert ("efe:s1", "ap:s2") in _pairs(_on(_mine(), block_assign="greedy", block_gain=0.1,
                                             cross_min_overlap=5.0, cross_sure_threshold=0.65), docs)
