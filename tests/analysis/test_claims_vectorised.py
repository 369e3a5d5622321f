"""The sparse-matrix overlap and actor checks of ClaimAligner equal the pair loops they replaced."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from storylens.analysis.claims import ClaimAligner, _actor_mismatch, _idf, _KeyMatrix, _overlap, split_units
from storylens.embed import HashingEmbedder

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from _lib.ledger_score import BASIL, SEMEVAL_DEV, gold_files, gold_text_files, load_gold

# The scoring the loops implemented: no cross-lingual thresholds, no CSLS term, no position prior.
# The loops predate the sibling-clause, second-fact and number fan-out rules (tested on the seeds in
# tests/report/test_pipeline.py and tests/report/test_compare.py; number fan-out in
# tests/analysis/test_claims_number_fanout.py).
_LEGACY: dict = {"cross_threshold": None, "cross_sure_threshold": None, "cross_min_overlap": None,
                 "cross_margin": None, "csls_weight": 0.0, "sibling_margin": None, "second_fact_share": None,
                 "pair_model": None, "position_weight": 0.0, "number_fanout": None}


_hash_embed = HashingEmbedder().embed  # the fast tier's stand-in for USE: the same vectors in both paths


def _loop_pairs(aligner: ClaimAligner, documents):
    """The pre-vectorised ClaimAligner.align (pair loops), kept here as the reference."""
    units = [u for doc in documents for u in split_units(doc)]
    vectors = aligner.embed([u.embed_text for u in units])
    keys_all, keys_names = aligner.keys(units)
    weights = _idf(keys_all)
    by_doc: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        by_doc.setdefault(u.doc, []).append(i)
    out = []
    docs = list(by_doc)
    for x, da in enumerate(docs):
        for db in docs[x + 1 :]:
            ia, ib = by_doc[da], by_doc[db]
            cos = vectors[ia] @ vectors[ib].T
            overlap = np.zeros_like(cos)
            for r, i in enumerate(ia):
                for c, j in enumerate(ib):
                    same = units[i].language == units[j].language
                    overlap[r, c] = _overlap(keys_all[i] if same else keys_names[i],
                                             keys_all[j] if same else keys_names[j], weights)
            score = cos + aligner.overlap_weight * overlap - aligner.actor_penalty * _actor_mismatch(
                [keys_names[i] for i in ia], [keys_names[j] for j in ib])
            best_row = score.max(axis=1, keepdims=True)
            best_col = score.max(axis=0, keepdims=True)
            near = (score >= best_row - aligner.margin) & (score >= best_col - aligner.margin)
            keep = (score >= aligner.sure_threshold) | ((score >= aligner.threshold) & near & (overlap >= aligner.min_overlap))
            out += [(units[ia[r]].sentence, units[ib[c]].sentence, units[ia[r]].start, units[ib[c]].start)
                    for r, c in zip(*np.nonzero(keep))]
    return out


@pytest.mark.parametrize("dense_cells", [0, 10**6], ids=["sparse", "dense"])
def test_key_matrix_equals_pairwise_overlap(dense_cells):
    sets = [frozenset({"a", "b"}), frozenset(), frozenset({"b", "c", "d"}), frozenset({"e"})]
    weights = {"a": 0.5, "b": 2.0, "c": 1.0, "d": 0.25}
    m = _KeyMatrix(sets, weights, dense_cells)
    assert m.dense == bool(dense_cells)
    got = m.overlap([0, 1, 2, 3], [0, 1, 2, 3])
    want = np.array([[_overlap(x, y, weights) for y in sets] for x in sets])
    assert np.allclose(got, want)
    assert (m.any_shared([0, 2], [0, 1, 2, 3]) == np.array([[1, 0, 1, 0], [1, 0, 1, 0]], dtype=bool)).all()
    assert m.has_keys([0, 1, 3]).tolist() == [True, False, True]
    assert len(m.row(2)) == 3 and m.row(1) == set() and m.row(0) & m.row(2)


@pytest.mark.skipif(not (BASIL.exists() and SEMEVAL_DEV.exists()), reason="shared data not mounted")
def test_vectorised_alignment_equals_the_loops_on_the_gold_sets(tmp_path):
    from storylens.report.compare import Comparer

    comparer = Comparer(cache=False)
    for path in gold_files():
        gold = load_gold(path)
        docs, _, _ = comparer.load(gold_text_files(gold, tmp_path, path.stem))
        aligner = ClaimAligner(embed=_hash_embed, **_LEGACY)
        _, pairs = aligner.align(docs)
        new = [(p.a.sentence, p.b.sentence, p.a.start, p.b.start) for p in pairs]
        assert sorted(new) == sorted(_loop_pairs(aligner, docs)), path.name
