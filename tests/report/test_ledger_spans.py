"""The selection rule of benchmarks/ledger_spans.py (fixed before its search)."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from ledger_spans import best_f1, choose


def _row(name: str, p: float, r: float, f1: float, unique_r: float = 0.5) -> dict:
    return {"params": {"name": name}, "tune": {"p": p, "r": r, "f1": f1, "unique_r": unique_r}}


def test_the_highest_recall_at_the_precision_bar_wins_over_a_better_f1():
    rows = [_row("precise", 0.86, 0.30, 0.44), _row("balanced", 0.70, 0.55, 0.62), _row("tight", 0.95, 0.20, 0.33)]
    assert choose(rows)["params"]["name"] == "precise"
    assert best_f1(rows)["params"]["name"] == "balanced"


def test_without_a_setting_at_the_bar_the_best_f1_wins_ties_by_unique_recall():
    rows = [_row("a", 0.70, 0.55, 0.62, 0.6), _row("b", 0.80, 0.48, 0.62, 0.9), _row("c", 0.84, 0.30, 0.44)]
    assert choose(rows)["params"]["name"] == "b"
