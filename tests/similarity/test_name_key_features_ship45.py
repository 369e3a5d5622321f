"""Stop 45 (ship45, issue 11): the pair features read who both whole texts name -- their two-word full names
(``FULL_NAME_FEATURES``) and the entity linker's name keys weighted by rarity among the dev texts
(``NAME_KEY_FEATURES``, :class:`NameKeyTable`, shipped beside the term table); training leaves each row's own
group out of the key counts; models that read other columns (the stop 44 ``fast``) load and predict as before."""

from __future__ import annotations

import math

import numpy as np
import pytest

from storylens import similarity as sim

MERKEL_EN = ("Angela Merkel met Emmanuel Macron in Berlin on Monday. The two leaders spoke about energy prices.", "en")
MERKEL_DE = ("Bundeskanzlerin Angela Merkel hat am Montag in Berlin Emmanuel Macron empfangen. Es ging um Energie.", "de")
LAGOS = ("Heavy rain flooded streets in Lagos on Tuesday. Residents waded through the water to reach markets.", "en")


@pytest.fixture(scope="module")
def gazetteer() -> sim.Gazetteer:
    return sim.Gazetteer.load()


def _columns(pairs, gazetteer):
    zero = np.zeros((1, 8), dtype=np.float32)

    def side(text, lang):
        return sim._sides._Side(sim._sides._analyse(text, lang, None, sim._sides._kept_sentences(text), gazetteer), zero[0], zero, None)

    names = (*sim.FULL_NAME_FEATURES, *sim.NAME_KEY_FEATURES)
    cols = [sim.FEATURE_NAMES.index(n) for n in names]
    return [dict(zip(names, np.asarray(sim._features._features(side(*a), side(*b), gazetteer).values)[cols])) for a, b in pairs]


def test_pair_features_read_shared_full_names_and_rare_name_keys_either_way_round(gazetteer):
    # appended: old columns kept (stop 52 appended the nearest-lead gaps after them)
    assert sim.FEATURE_NAMES[-8:] == (*sim.FULL_NAME_FEATURES, *sim.NAME_KEY_FEATURES, *sim.NEAREST_FEATURES)
    same, turned, other = _columns([(MERKEL_EN, MERKEL_DE), (MERKEL_DE, MERKEL_EN), (MERKEL_EN, LAGOS)], gazetteer)
    assert same == pytest.approx(turned)  # symmetric in the two texts (no SWAPPED_COLUMNS entry needed)
    assert same["fn_shared"] >= 2 and same["fn_cover_max"] > 0  # Angela Merkel, Emmanuel Macron
    assert other["fn_shared"] == 0 and other["fn_cover_max"] == 0
    assert same["nk_idf_cos"] > other["nk_idf_cos"] and same["nk_idf_shared"] > other["nk_idf_shared"]


def test_name_key_table_leaves_the_given_texts_out_as_if_never_counted():
    texts = [frozenset(k) for k in ({"merkel", "berlin"}, {"merkel", "berlin", "macron"}, {"merkel"}, {"lagos"},
                                    {"lagos", "rain"}, {"merkel", "lagos"})]
    table = sim.NameKeyTable.count(texts)
    rest = sim.NameKeyTable.count(texts[2:])
    left_out = table.features(texts[0], texts[1], texts[:2])
    assert left_out == pytest.approx(rest.features(texts[0], texts[1]))
    assert left_out != pytest.approx(table.features(texts[0], texts[1]))  # the counts did move
    # by hand: 4 other texts; merkel in 2 of them, berlin and macron in none (rare: all three <= RARE_DF)
    idf = {"merkel": math.log(5 / 3), "berlin": math.log(5), "macron": math.log(5)}
    dot = idf["merkel"] ** 2 + idf["berlin"] ** 2
    want = dot / (math.sqrt(dot) * math.sqrt(sum(v * v for v in idf.values())))
    assert left_out == pytest.approx([want, 2.0, (idf["merkel"] + idf["berlin"]) / 2])
    assert table.features(frozenset(), texts[1]) == [0.0, 0.0, 0.0]


def test_the_shipped_name_key_table_loads_and_counts_dev_texts():
    table = sim.NameKeyTable.load()
    assert table.docs > 1000 and len(table.df) > 1000
    assert max(table.df.values()) <= table.docs and min(table.df.values()) >= 1


def test_a_model_reading_other_columns_predicts_the_same_whatever_the_new_ones_hold():
    # a model trained without the stop 45 columns (as the shipped fast one was until stop 50) ignores them
    skipped = {*sim.FULL_NAME_FEATURES, *sim.NAME_KEY_FEATURES}
    rng = np.random.default_rng(0)
    X = rng.uniform(0.0, 1.0, (60, len(sim.FEATURE_NAMES)))
    Y = rng.uniform(0.0, 1.0, (60, len(sim.DIMENSIONS)))
    model = sim.SimilarityModel(n_folds=2, n_trees=5, max_iter=5,
                                features=tuple(n for n in sim.FEATURE_NAMES if n not in skipped)).fit(X, Y)
    assert not skipped & set(model.feature_names_)
    X = rng.uniform(0.0, 1.0, (5, len(sim.FEATURE_NAMES)))
    Z = X.copy()
    Z[:, [sim.FEATURE_NAMES.index(n) for n in sorted(skipped)]] = rng.uniform(0.0, 20.0, (5, len(skipped)))
    np.testing.assert_array_equal(model.predict(X), model.predict(Z))
