"""The bounds and measures of benchmarks/ledger_losses.py (its loss account of issue #12)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from ledger_losses import frontier, grams, one_to_one_bound, oracle_per_set, restate, unit_capacity_bound


def test_a_headline_with_three_gold_partners_counts_once_for_a_one_to_one_decoder():
    gold = {("d1:s0", "d2:s0"), ("d1:s0", "d2:s1"), ("d1:s0", "d2:s2"), ("d1:s1", "d2:s1")}
    a, b = ["d1:s0", "d1:s1"], ["d2:s0", "d2:s1", "d2:s2"]
    assert one_to_one_bound(gold, a, b) == 2
    # with three units the headline may take all three partners; d2:s1 has one unit, so d1:s1 loses it
    units = Counter({"d1:s0": 3, "d1:s1": 1, "d2:s0": 1, "d2:s1": 1, "d2:s2": 1})
    assert unit_capacity_bound(gold, a, b, units) == 3


def test_an_oracle_threshold_per_document_pair_beats_one_pooled_threshold():
    # set 1 scores its false pair above set 2's gold pairs: one threshold cannot keep them apart
    flats = [(np.array([0.9, 0.8]), np.array([True, False]), {}),
             (np.array([0.5, 0.45, 0.3]), np.array([True, True, False]), {})]
    assert frontier(flats)["r_at_p85"] == 0.333
    assert oracle_per_set(flats) == 1.0


def test_cognate_grams_are_the_same_across_scripts():
    assert grams("Москва") == grams("Moskva")
    assert grams("Landshut") & grams("in Landshut haben")


def test_a_restatement_joins_its_own_documents_claim_only_above_both_floors():
    table = {
        "pred": {("d1:s0", "d2:s0")}, "unique": {"d1:s1", "d2:s1"},
        "annotated": {"d1:s0", "d1:s1", "d2:s0", "d2:s1"},
        "gold": {("d1:s0", "d2:s0"), ("d1:s1", "d2:s0")}, "gold_unique": {"d2:s1"},
        "sentences": ["d1:s0", "d1:s1", "d2:s0", "d2:s1"],
        "doc_of": {"d1:s0": "d1", "d1:s1": "d1", "d2:s0": "d2", "d2:s1": "d2"},
        "groups": [{"d1:s0", "d2:s0"}],
        "mono": {"use": {("d1:s1", "d1:s0"): 0.7, ("d1:s0", "d1:s1"): 0.7,
                         ("d2:s1", "d2:s0"): 0.2, ("d2:s0", "d2:s1"): 0.2}},
        "cross": {(x, y): 0.05 for x in ("d1:s0", "d1:s1") for y in ("d2:s0", "d2:s1")}
        | {(y, x): 0.05 for x in ("d1:s0", "d1:s1") for y in ("d2:s0", "d2:s1")},
    }
    # (gold found, predicted, gold, gold-unique kept, gold-unique)
    assert restate(table, "use", 0.6, 0.0) == (2, 2, 2, 1, 1)
    assert restate(table, "use", 0.8, 0.0) == (1, 1, 2, 1, 1)
    assert restate(table, "use", 0.6, 0.1) == (1, 1, 2, 1, 1)
