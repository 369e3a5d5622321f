"""What a comparison of many documents computes once instead of per document pair gives exactly
what the per-pair computation gave (storylens.analysis.claims, issue 16)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from storylens.analysis.claims import ClaimAligner, _KeyMatrix, _OverlapBlocks, _pairs_inside, split_units
from storylens.embed import HashingEmbedder

from ._docs import doc_of


def _key_sets(n: int, seed: int) -> list[frozenset[str]]:
    rng = random.Random(seed)
    vocab = [f"k{i}" for i in range(40)] + [f"P:e{i}" for i in range(6)]
    return [frozenset(rng.sample(vocab, rng.randint(0, 7))) for _ in range(n)]


@pytest.mark.parametrize("dense_cells", [0, 10**6], ids=["sparse", "dense"])
def test_overlap_blocks_equal_the_per_pair_products_bit_for_bit(dense_cells):
    sets = _key_sets(60, 1)
    weights = {k: random.Random(k).uniform(0.1, 3.0) for s in sets for k in s}
    matrices = (_KeyMatrix(sets, weights, dense_cells), _KeyMatrix(sets[::-1], weights, dense_cells),
                _KeyMatrix([frozenset(k for k in s if k.startswith("P:")) for s in sets], {}, dense_cells))
    assert all(m.dense == bool(dense_cells) for m in matrices)
    ia, groups = list(range(9)), [list(range(9, 20)), [20], list(range(21, 60, 2))]
    blocks = _OverlapBlocks(matrices, ia, groups)
    for k, ib in enumerate(groups):
        got = blocks.pair(k)
        want = (matrices[0].overlap(ia, ib), matrices[1].overlap(ia, ib), matrices[2].any_shared(ia, ib))
        for g, w in zip(got, want):
            assert g.shape == w.shape and g.dtype == w.dtype
            assert np.array_equal(g, w)  # equal values, not merely close


def _docs():
    return [
        doc_of("d1", ["Protesters stormed the airport in Almaty on Wednesday.", "Tokayev asked the CSTO for help.",
                      "Fuel prices doubled on January 1."]),
        doc_of("d2", ["Rioters seized Almaty airport on Wednesday.", "President Tokayev requested CSTO troops.",
                      "The price of gas doubled at the start of the year."]),
        doc_of("d3", ["The airport in Almaty was stormed by protesters.", "Tokayev turned to the CSTO.",
                      "Nobody said when the troops would leave."]),
    ]


def test_pairs_inside_each_claim_are_those_the_scan_finds():
    aligner = ClaimAligner(embed=HashingEmbedder().embed, threshold=0.2, sure_threshold=0.5, min_overlap=0.0)
    units, pairs = aligner.align(_docs())
    assert pairs  # the test means nothing without matches
    from storylens.analysis.claims import _components

    groups = _components(units, pairs, aligner.link_share)
    inside = _pairs_inside(units, pairs, groups)
    for group, found in zip(groups, inside):
        members = [units[i] for i in group]
        assert found == [p for p in pairs if p.a in members and p.b in members]


def test_equal_units_fall_back_to_the_scan():
    doc = doc_of("d1", ["Same words here today.", "Same words here today."])
    units = split_units(doc) * 2  # equal units at two positions
    assert _pairs_inside(units, [], [[0], [1]]) == [None, None]


def test_claims_of_three_documents_do_not_depend_on_the_blocks():
    """The block path (align) and the per-pair path (_align_pair without blocks) keep the same pairs."""
    aligner = ClaimAligner(embed=HashingEmbedder().embed, threshold=0.2, sure_threshold=0.5, min_overlap=0.0)
    docs = _docs()
    units, pairs = aligner.align(docs)
    vectors = aligner.embed([u.embed_text for u in units])
    keys_all, keys_names = aligner.keys(units)
    from storylens.analysis.claims import _idf

    weights = _idf(keys_all)
    matrices = (_KeyMatrix(keys_all, weights), _KeyMatrix(keys_names, weights),
                _KeyMatrix([frozenset(k for k in keys if k.startswith("P:")) for keys in keys_names], {}))
    by_doc: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        by_doc.setdefault(u.doc, []).append(i)
    ids = list(by_doc)
    old = [p for x, a in enumerate(ids) for b in ids[x + 1:]
           for p in aligner._align_pair(units, vectors, matrices, by_doc[a], by_doc[b], keys_names)]
    assert old == pairs
