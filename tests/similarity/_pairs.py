"""Pair helpers shared by the verdict-rule tests: an English pair's features as every entry point computes
them, and a model row of one overall score."""

from __future__ import annotations

import numpy as np

from storylens import similarity as sim


def features_en(a: str, b: str, embedder) -> sim.PairFeatures:
    """The pair's features as every entry point computes them: prepared texts, their datelines apart."""
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    return sim.pair_features([(pa.text, pb.text, "en", "en")], embedder, sim.Gazetteer.load(),
                             datelines=[(pa.dateline, pb.dateline)])[0]


def score_row(overall: float) -> np.ndarray:
    """A model's scores: ``overall`` and 0.5 on every other dimension."""
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))
