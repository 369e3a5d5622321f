"""The dev stream benchmark's per-fold lead bank (benchmarks/refine_similarity.py) gives the shipped
LeadBank's features with the left-out rows taken out of the bank."""

from __future__ import annotations

import numpy as np
import pytest

from ._bench import load_benchmark


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("refine_similarity.py")


def test_fold_bank_features_are_the_lead_banks_without_the_left_out_rows(bench):
    from storylens.similarity import LeadBank

    rng = np.random.default_rng(0)
    lead = rng.normal(size=(40, 8)).astype(np.float32)
    lead /= np.linalg.norm(lead, axis=1, keepdims=True)
    langs = np.array(["en"] * 20 + ["de"] * 12 + ["pl"] * 8)
    group = np.arange(40) // 2  # pairs of texts
    fold = group % 3
    i, j = np.array([0, 2, 21, 33, 4]), np.array([1, 3, 20, 32, 25])
    cos = np.einsum("ij,ij->i", lead[i], lead[j])
    bank = LeadBank(lead, langs.tolist())
    keep = fold != 1
    got = bench.bank_columns(lead, langs, i, j, cos, keep)
    want = [bank.features(lead[a], lead[b], langs[a], langs[b], float(c), keep) for a, b, c in zip(i, j, cos)]
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)
    # training rows: their own group left out of the bank as well
    got = bench.bank_columns(lead, langs, i, j, cos, keep, group)
    want = [bank.features(lead[a], lead[b], langs[a], langs[b], float(c), keep & (group != group[a]))
            for a, b, c in zip(i, j, cos)]
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)
    # a bank holding the pair's own leads (the leak) gives other features
    leaky = bench.bank_columns(lead, langs, i, j, cos, np.ones(40, dtype=bool))
    assert np.abs(leaky - got).max() > 1e-3
