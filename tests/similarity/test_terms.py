"""Rare-term overlap features (similarity.TermTable): transliterated terms weighted by their dev document frequency."""

from __future__ import annotations

import pytest

from storylens import similarity as sim


def _terms(text: str) -> dict[str, int]:
    return sim._terms(sim._fold(text))


TEXTS = [
    "Tokayev met Putin in Almaty on Friday; 2,300 troops arrived.",
    "The weather in Almaty was cold on Friday.",
    "Putin spoke on Friday about the weather.",
    "Токаев встретился с Путиным в Алматы.",
    "Markets fell on Friday.",
]


def test_terms_are_transliterated_words_and_numbers():
    assert _terms("Токаев в Алматы, 2,300 солдат") == {"tokaev": 1, "almaty": 1, "300": 1, "soldat": 1}
    assert _terms("in on at 7 Friday friday") == {"friday": 2}


def test_features_weight_rare_shared_terms_above_common_ones():
    table = sim.TermTable.count((_terms(t) for t in TEXTS), min_df=1)
    a = _terms(TEXTS[0])
    same = table.features(a, a)
    assert same[0] == pytest.approx(1.0)
    # a pair sharing a rare place (Almaty: 3 texts) against one sharing a common day (Friday: 4 texts)
    rare = table.features(_terms("Troops in Almaty"), _terms("Almaty residents"))
    common = table.features(_terms("Markets on Friday"), _terms("Friday weather"))
    assert rare[1] == 1.0 and common[1] == 0.0  # idf_rare_shared counts terms of <= RARE_DF texts
    assert rare[0] > common[0] and rare[2] > common[2]
    assert table.features(_terms("Almaty"), _terms("Berlin")) == [0.0, 0.0, 0.0]


def test_leaving_a_pairs_texts_out_gives_the_features_of_a_table_that_never_counted_them():
    a, b = _terms(TEXTS[0]), _terms(TEXTS[3])
    full = sim.TermTable.count((_terms(t) for t in TEXTS), min_df=1)
    rest = sim.TermTable.count((_terms(t) for t in TEXTS[1:3] + TEXTS[4:]), min_df=1)
    assert full.features(a, b, [a, b]) == pytest.approx(rest.features(a, b))
    assert full.features(a, b) != pytest.approx(rest.features(a, b))


def test_shipped_table_counts_dev_texts_and_the_fast_model_reads_it():
    table = sim.term_table()
    assert table.docs > 2000 and min(table.df.values()) >= 2
    assert set(sim.TERM_FEATURES) <= set(sim.SimilarityModel.load("fast").feature_names_)
