"""The lead bank: the e5 lead cosine against unrelated leads of the same two languages (BANK_FEATURES)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from storylens import similarity as sim


def _bank():
    rng = np.random.default_rng(0)
    de = rng.normal(size=(30, 8)) + 2.0  # German leads sit close together
    en = rng.normal(size=(30, 8)) - 2.0
    rows = np.vstack([de, en])
    return sim.LeadBank(rows / np.linalg.norm(rows, axis=1, keepdims=True), ["de"] * 30 + ["en-GB"] * 30), de, en


def test_the_same_cosine_means_more_across_languages_than_within_one():
    bank, de, en = _bank()
    a, b = de[0], en[0]
    shift_cross, z_cross = bank.features(a, b, "de", "en", 0.5)
    shift_same, z_same = bank.features(a, de[1], "de", "de", 0.5)
    # a German lead is far from English leads on average: 0.5 to an English one stands out more
    assert shift_cross > shift_same and z_cross > z_same
    pool = np.concatenate([bank.vectors[30:] @ sim._banks._unit(a), bank.vectors[:30] @ sim._banks._unit(b)])
    assert shift_cross == pytest.approx(0.5 - pool.mean(), abs=1e-6)
    assert z_cross == pytest.approx((0.5 - pool.mean()) / pool.std(), rel=1e-5)


def test_kept_rows_and_unknown_languages():
    bank, de, en = _bank()
    keep = np.ones(60, dtype=bool)
    keep[:10] = False
    got = bank.features(de[0], en[0], "de", "en", 0.3, keep)
    pool = np.concatenate([bank.vectors[30:] @ sim._banks._unit(de[0]), bank.vectors[10:30] @ sim._banks._unit(en[0])])
    assert got[0] == pytest.approx(0.3 - pool.mean(), abs=1e-6)
    # no lead of either language in the bank: the whole bank is the pool
    whole = np.concatenate([bank.vectors @ sim._banks._unit(de[0]), bank.vectors @ sim._banks._unit(en[0])])
    assert bank.features(de[0], en[0], "ja", None, 0.3)[0] == pytest.approx(0.3 - whole.mean(), abs=1e-6)


def test_a_saved_bank_loads_as_float16_rounded_and_the_shipped_one_is_dev_sized(tmp_path):
    bank = _bank()[0]
    bank.save(tmp_path / "bank.npz")
    loaded = sim.LeadBank.load(tmp_path / "bank.npz")
    assert np.array_equal(loaded.vectors, bank.vectors.astype(np.float16).astype(np.float32))
    assert list(loaded.languages) == ["de"] * 30 + ["en"] * 30
    shipped = sim.lead_bank()
    assert len(shipped.vectors) > 2000 and shipped.vectors.shape[1] == 384
    assert {"en", "de", "zh"} <= set(shipped.languages.tolist())


def test_without_leads_the_bank_features_are_missing(hashing_embedder):
    [f] = sim.pair_features([("Storm hits Berlin. Trees fell.", "Sturm in Berlin. Bäume fielen.", "en", "de")],
                            hashing_embedder, sim.Gazetteer.load())
    values = dict(zip(sim.FEATURE_NAMES, f.values))
    assert all(math.isnan(values[n]) for n in sim.DOCUMENT_FEATURES)


def test_kept_cosines_give_the_features_computed_afresh():
    # a lead's cosines to a language's rows are kept between pairs; the features must not change
    bank, de, en = _bank()
    every = np.ones(len(bank.vectors), dtype=bool)  # the same rows, never kept
    for a, b, la, lb in ((de[2], en[3], "de", "en"), (de[2], de[4], "de", "de"), (en[3], de[2], "en", "de")):
        for _ in range(2):
            assert bank.features(a, b, la, lb, 0.4) == bank.features(a, b, la, lb, 0.4, keep=every)


def test_a_lead_close_to_many_bank_leads_gets_a_lower_margin():
    # CSLS / ratio margin: the same cosine counts for less when one lead is near everything (a hub)
    bank, _, en = _bank()
    hub = bank.vectors[:30].mean(axis=0)  # the centre of the German leads: close to each of them
    centres = np.vstack([hub, bank.vectors[30:].mean(axis=0)]).T
    q, _ = np.linalg.qr(centres)
    lone = np.ones(8) - q @ (q.T @ np.ones(8))  # orthogonal to both centres: near no lead
    csls_hub, ratio_hub = bank.margins(hub, en[0], 0.5)
    csls_lone, ratio_lone = bank.margins(lone, en[0], 0.5)
    assert csls_hub < csls_lone and ratio_hub < ratio_lone
    near = np.sort(bank.vectors @ sim._banks._unit(hub))[-sim.MARGIN_NEIGHBOURS:].mean()
    other = np.sort(bank.vectors @ sim._banks._unit(en[0]))[-sim.MARGIN_NEIGHBOURS:].mean()
    assert csls_hub == pytest.approx(1.0 - near - other, abs=1e-5)
    assert ratio_hub == pytest.approx(0.5 / ((near + other) / 2), rel=1e-5)
    # kept hubness and rows left out give the features computed afresh
    every = np.ones(len(bank.vectors), dtype=bool)
    assert bank.margins(hub, en[0], 0.5) == bank.margins(hub, en[0], 0.5, keep=every)


def test_a_pair_no_closer_than_a_lead_is_to_an_unrelated_bank_lead_gets_a_low_nearest_gap():
    # LeadBank.nearest (NEAREST_FEATURES, stop 52): the pair's cosine less each lead's highest cosine to one other bank lead (a block
    # page or a site notice that fills the lead is nearly another, unrelated text's), less the larger and less the smaller
    bank = _bank()[0]
    copy = bank.vectors[5] + 0.03 * np.resize([1.0, -1.0], 8)  # nearly the sixth bank lead (cosine 0.996)
    centres = np.vstack([bank.vectors[:30].mean(axis=0), bank.vectors[30:].mean(axis=0)]).T
    q, _ = np.linalg.qr(centres)
    lone = np.ones(8) - q @ (q.T @ np.ones(8))  # near no bank lead
    near_copy = float((bank.vectors @ sim._banks._unit(copy)).max())
    near_lone = float((bank.vectors @ sim._banks._unit(lone)).max())
    assert near_copy > 0.99 > near_lone
    low, high = bank.nearest(copy, lone, 0.6)
    assert low == pytest.approx(0.6 - near_copy, abs=1e-6) and high == pytest.approx(0.6 - near_lone, abs=1e-6)
    assert low < 0 < high
    assert bank.nearest(lone, copy, 0.6) == [low, high]  # either order
    # the row it copies left out (training leaves the pair's group out): the copy is no longer near a bank lead
    keep = np.ones(len(bank.vectors), dtype=bool)
    keep[5] = False
    assert bank.nearest(copy, lone, 0.6, keep)[0] > low
    # kept per lead: the same as computed afresh, and the margins kept beside it unchanged
    every = np.ones(len(bank.vectors), dtype=bool)
    margins = bank.margins(copy, lone, 0.5, keep=every)
    for _ in range(2):
        assert bank.nearest(copy, lone, 0.6) == bank.nearest(copy, lone, 0.6, keep=every)
        assert bank.margins(copy, lone, 0.5) == margins


def test_a_bank_lead_that_is_the_lead_itself_is_no_nearest_other_text():
    # A dev text scored again meets its own bank row (float16: cosine 0.99986-1.0001): from SAME_LEAD_COS on a bank lead
    # is the lead itself or a copy, so the gap reads the nearest other lead, as for a text the bank never held
    bank = _bank()[0]
    own = bank.vectors[7]
    keep = np.ones(len(bank.vectors), dtype=bool)
    keep[7] = False
    other = float((bank.vectors[keep] @ sim._banks._unit(own)).max())
    assert other < sim.SAME_LEAD_COS
    lone = bank.vectors[40]
    assert bank.nearest(own, lone, 0.5)[0] == pytest.approx(0.5 - max(other, float((bank.vectors[np.arange(60) != 40] @ lone).max())), abs=1e-6)
    assert bank.nearest(own, lone, 0.5) == bank.nearest(own, lone, 0.5, keep=np.ones(len(bank.vectors), dtype=bool))
    # the margins still read every row (their hubness is unchanged)
    assert bank._hub_pair(own, None)[0] == pytest.approx(np.sort(bank.vectors @ own)[-sim.MARGIN_NEIGHBOURS:].mean(), abs=1e-6)


def test_a_dev_pair_scored_again_reads_the_nearest_lead_of_neither_text_as_training_did():
    # both leads of a dev pair are bank rows: the partner's row is no unrelated text either, so the gaps are those of
    # training, which left the pair's group out of the bank
    bank = _bank()[0]
    a = bank.vectors[3]
    sims = bank.vectors @ a
    sims[3] = -1
    j = int(np.argmax(sims))  # a's nearest other lead: its partner here
    b = bank.vectors[j]
    keep = np.ones(len(bank.vectors), dtype=bool)
    keep[[3, j]] = False
    cos = float(a @ b)
    gaps = bank.nearest(a, b, cos)
    assert gaps == pytest.approx(bank.nearest(a, b, cos, keep), abs=1e-6)
    assert max(gaps) > 1e-3  # read against the partner's own row, a's gap would be 0
