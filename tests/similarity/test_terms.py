"""Rare-term overlap features (similarity.TermTable): transliterated terms weighted by their dev document frequency."""

from __future__ import annotations

import math

import pytest

from storylens import similarity as sim


def _terms(text: str) -> dict[str, int]:
    return sim._sides._terms(sim._common._fold(text))


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


def _heads(text: str) -> tuple[dict[str, int], dict[str, int]]:
    return sim._sides._title_lead_terms(text, sim._sides._kept_sentences(text))


def test_title_features_find_one_text_s_headline_in_the_other_s_lead_in_either_direction():
    table = sim.TermTable.count((_terms(t) for t in TEXTS), min_df=1)
    headline = "Tokayev meets Putin in Almaty.\nThe two presidents talked for three hours about troops."
    lead_names_it = "Markets fell on Friday. Later Tokayev and Putin met in Almaty, officials said."
    lead_does_not = "Markets fell on Friday. The weather was cold and officials said little."
    found = table.title_features(_heads(headline), _heads(lead_names_it))
    missed = table.title_features(_heads(headline), _heads(lead_does_not))
    assert found[0] > 0.3 and missed == [0.0, 0.0, 0.0]  # idf_title_lead_max: the headline's terms in the other lead
    assert found == table.title_features(_heads(lead_names_it), _heads(headline))  # symmetric
    assert found[1] <= found[0]
    # a transliterated headline meets its Latin-script lead (Алматы / Almaty)
    assert table.title_features(_heads("Токаев встретился с Путиным в Алматы."), _heads(lead_names_it))[0] > 0.0


def test_the_title_features_are_nan_only_for_a_model_that_does_not_read_them():
    a = _heads("Tokayev meets Putin in Almaty.")
    assert all(math.isnan(v) for v in sim._banks._UnreadTerms().title_features(a, a))
    full = sim.SimilarityModel.load("full")
    assert set(sim.TITLE_FEATURES) <= set(full.feature_names_)
    assert isinstance(full.terms_table(), sim.TermTable) and not isinstance(full.terms_table(), sim._banks._UnreadTerms)


def test_kept_idfs_give_the_features_of_a_fresh_table_and_leave_out_never_uses_them():
    texts = [_terms(t) for t in TEXTS]
    table = sim.TermTable.count(texts, min_df=1)
    a, b = texts[0], texts[3]
    first = table.features(a, b)
    assert table._idf  # kept after a pair without leave-out
    assert table.features(a, b) == first == sim.TermTable.count(texts, min_df=1).features(a, b)
    # leaving texts out changes the IDFs: the kept ones must not be read
    rest = sim.TermTable.count(texts[1:3] + texts[4:], min_df=1)
    assert table.features(a, b, [a, b]) == pytest.approx(rest.features(a, b))
