"""The position prior of cross-lingual alignment: a weak pair far off the documents' order is dropped."""

from __future__ import annotations

import numpy as np

from storylens.analysis.claims import ClaimAligner, _position_gap, split_units

from ._docs import doc_of

EN = ["The headline of the English report here.", "First English body sentence stating one thing.",
      "Second English body sentence stating another.", "Third English body sentence stating more.",
      "Fourth English body sentence stating the last."]
DE = ["Die Schlagzeile des deutschen Berichts hier.", "Erster deutscher Satz sagt eine Sache dazu.",
      "Zweiter deutscher Satz sagt eine andere Sache.", "Dritter deutscher Satz sagt noch mehr dazu.",
      "Vierter deutscher Satz sagt das Letzte dazu."]


def _embed_with(links: dict[tuple[str, str], float]):
    """Orthogonal unit vectors per sentence; each (English, German) link gets that cosine."""
    texts = EN + DE
    basis = {t: np.eye(32, dtype=np.float32)[i] for i, t in enumerate(texts)}
    vectors = dict(basis)
    for (a, b), cos in links.items():
        vectors[b] = cos * basis[a] + np.sqrt(1 - cos * cos) * basis[b]

    def embed(batch):
        return np.stack([vectors[t] for t in batch])
    return embed


def test_a_weak_cross_lingual_pair_far_off_the_order_is_dropped_one_in_place_kept():
    docs = [doc_of("d1", EN), doc_of("d2", DE, language="de")]
    # body s1 ~ s1 (same place) and s4 ~ s2 (the end of one text, the middle of the other), equally weak
    embed = _embed_with({(EN[1], DE[1]): 0.3, (EN[4], DE[2]): 0.3})
    common = {"pair_model": None, "sibling_margin": None, "second_fact_share": None}
    off = ClaimAligner(embed, position_weight=0.0, **common).align(docs)[1]
    on = ClaimAligner(embed, position_weight=0.5, **common).align(docs)[1]
    as_ids = lambda pairs: sorted((p.a.sentence, p.b.sentence) for p in pairs)
    assert as_ids(off) == [("d1:s1", "d2:s1"), ("d1:s4", "d2:s2")]
    assert as_ids(on) == [("d1:s1", "d2:s1")]


def test_the_first_sentence_pairs_with_any_place():
    units = split_units(doc_of("d1", EN)) + split_units(doc_of("d2", DE, language="de"))
    gap = _position_gap(units, list(range(5)), list(range(5, 10)))
    assert gap[0].max() == 0 and gap[:, 0].max() == 0  # headlines/leads sum up the whole text
    assert np.isclose(gap[4, 2], 0.5) and gap[1, 1] == 0
