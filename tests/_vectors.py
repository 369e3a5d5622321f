"""Synthetic article vectors for the clusterer's tests: a unit vector and one at a chosen cosine from it."""

from __future__ import annotations

import numpy as np


def unit(v: np.ndarray) -> np.ndarray:
    """``v`` scaled to length 1, as float32 (the stream's vectors)."""
    return (v / np.linalg.norm(v)).astype(np.float32)


def at_cosine(u: np.ndarray, cos: float, rng: np.random.Generator) -> np.ndarray:
    """A vector at cosine ``cos`` from ``u`` (length 1 when ``u`` is normalised first, as here): ``u``'s
    direction plus a random direction orthogonal to it, drawn from ``rng``."""
    u = u / np.linalg.norm(u)
    w = rng.normal(size=u.shape)
    w -= (w @ u) * u
    return cos * u + np.sqrt(1 - cos**2) * w / np.linalg.norm(w)
