"""A learned score for unit pairs of two languages: evidence no single cosine has.

Across languages one USE cosine separates same-claim sentence pairs from the
rest with an AUC of only 0.79-0.86 (closing notes, stop 9), and adding terms by
hand (CSLS, anchor overlap, word alignment) moved precision and recall against
each other. This module puts the evidence side by side and lets a logistic
model trained on the ledger gold weigh it:

* ``cos``: the USE cosine; ``csls``: the cosine minus the mean of both units'
  k nearest cosines in the other document (hubness correction); ``gap_row`` /
  ``gap_col``: how far below each unit's best partner the pair is, and
  ``mutual``: both are each other's best;
* ``overlap``: idf-weighted overlap of the keys that survive translation
  (names, linked entities, normalised numbers and dates); ``numbers``: shared
  normalised numbers (``N:``/``#`` keys), ``number_clash``: both units carry
  numbers and share none; ``dates``: shared resolved dates; ``entities``:
  shared linked entities (``E:``/``P:`` keys); ``actor_clash``: both name
  people, none in common;
* ``lead``: how many of the two units sit in their document's first sentence;
* ``words``: the word-level soft alignment F1 (:mod:`._wordmatch`);
* ``e5`` / ``e5_csls``: the multilingual-e5 (passage) cosine and its CSLS, and
  ``e5_gap_row`` / ``e5_gap_col`` / ``e5_mutual``: the best-match gaps of that
  second encoder (it ranks partners differently from USE: on the tune half its
  CSLS gives average precision 0.641 vs USE's 0.597 over annotated sentence pairs,
  benchmarks/ledger_encoders.py);
* ``length``: |log| of the units' length ratio (Han characters count as
  ~1.5 Latin letters... measured on nothing: a rough script correction), and
  ``position``: the gap between the units' relative positions in their
  documents (reports of one story tell it in a similar order).

The model ships as JSON arrays (``data/claim-pairs.json``: feature names,
scaler, coefficients, intercept, where it was trained), written by
``scripts/train_claim_pairs.py`` on the TUNE half of the ledger gold; no
scikit-learn at run time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar, Self

import numpy as np

from .._datafile import read_json
from .._imports import lazy_pattern

__all__ = ["FEATURES", "MODEL_PATH", "PairModel", "default_model", "pair_features"]

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "claim-pairs.json"
FEATURES = (
    "cos", "csls", "gap_row", "gap_col", "mutual", "overlap", "numbers", "number_clash", "dates", "entities",
    "actor_clash", "words", "length", "position", "lead", "e5", "e5_csls", "e5_gap_row", "e5_gap_col", "e5_mutual",
)
_HAN = lazy_pattern(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _size(text: str) -> float:
    han = len(_HAN.findall(text))
    return max(1.0, len(text) - han + 3.0 * han)


def _shared_count(keys_a: Sequence[frozenset[str]], keys_b: Sequence[frozenset[str]], prefixes: tuple[str, ...]):
    pa = [{k for k in ks if k.startswith(prefixes)} for ks in keys_a]
    pb = [{k for k in ks if k.startswith(prefixes)} for ks in keys_b]
    shared = np.zeros((len(pa), len(pb)), dtype=np.float32)
    clash = np.zeros_like(shared)
    for r, a in enumerate(pa):
        if not a:
            continue
        for c, b in enumerate(pb):
            if b:
                n = len(a & b)
                shared[r, c] = n
                clash[r, c] = float(n == 0)
    return shared, clash


def pair_features(
    texts_a: Sequence[str],
    texts_b: Sequence[str],
    cos: np.ndarray,
    overlap: np.ndarray,
    keys_a: Sequence[frozenset[str]],
    keys_b: Sequence[frozenset[str]],
    words: np.ndarray | None = None,
    k: int = 3,
    e5: np.ndarray | None = None,
    leads: tuple[Sequence[bool], Sequence[bool]] | None = None,
) -> np.ndarray:
    """(len(texts_a), len(texts_b), len(FEATURES)) evidence of each unit pair of two
    documents, units in document order. ``cos``: their embedding cosines;
    ``overlap``: the aligner's anchor overlap over keys that survive translation;
    ``keys_*``: those keys per unit; ``words``: word-alignment F1 (zeros when None);
    ``e5``: cosines of a second encoder (zeros when None); ``leads``: per unit of
    each side, whether it is in its document's first sentence (title and lead, often
    glued together: they sum up what the other document states over several sentences)."""
    na, nb = cos.shape
    best_row = cos.max(axis=1, keepdims=True)
    best_col = cos.max(axis=0, keepdims=True)
    csls = _csls(cos, k)
    e5 = np.zeros_like(cos) if e5 is None else e5
    numbers, number_clash = _shared_count(keys_a, keys_b, ("N:", "#"))
    dates, _ = _shared_count(keys_a, keys_b, ("D:",))
    entities, _ = _shared_count(keys_a, keys_b, ("E:", "P:"))
    _, actor_clash = _shared_count(keys_a, keys_b, ("P:",))
    size_a = np.log([_size(t) for t in texts_a])
    size_b = np.log([_size(t) for t in texts_b])
    pos_a = np.arange(na) / max(1, na - 1)
    pos_b = np.arange(nb) / max(1, nb - 1)
    columns = {
        "cos": cos,
        "csls": csls,
        "gap_row": best_row - cos,
        "gap_col": best_col - cos,
        "mutual": ((cos >= best_row) & (cos >= best_col)).astype(np.float32),
        "overlap": overlap,
        "numbers": np.minimum(numbers, 3.0),
        "number_clash": number_clash,
        "dates": np.minimum(dates, 2.0),
        "entities": np.minimum(entities, 3.0),
        "actor_clash": actor_clash,
        "words": words if words is not None else np.zeros_like(cos),
        "length": np.abs(size_a[:, None] - size_b[None, :]),
        "position": np.abs(pos_a[:, None] - pos_b[None, :]),
        "lead": (np.asarray(leads[0], dtype=np.float32)[:, None] + np.asarray(leads[1], dtype=np.float32)[None, :])
        if leads is not None else np.zeros_like(cos),
        "e5": e5,
        "e5_csls": _csls(e5, k),
        "e5_gap_row": e5.max(axis=1, keepdims=True) - e5,
        "e5_gap_col": e5.max(axis=0, keepdims=True) - e5,
        "e5_mutual": ((e5 >= e5.max(axis=1, keepdims=True)) & (e5 >= e5.max(axis=0, keepdims=True))).astype(np.float32)
        if e5.any() else np.zeros_like(cos),
    }
    return np.stack([np.asarray(columns[f], dtype=np.float64) for f in FEATURES], axis=-1)


def _csls(cos: np.ndarray, k: int) -> np.ndarray:
    """cos minus the mean of both units' k best cosines in the other document."""
    na, nb = cos.shape
    row = -np.sort(-cos, axis=1)[:, : min(k, nb)].mean(axis=1)
    col = -np.sort(-cos, axis=0)[: min(k, na), :].mean(axis=0)
    return cos - (row[:, None] + col[None, :]) / 2


@dataclass(frozen=True)
class LogisticModel:
    """Logistic model over a subset of :attr:`FEATURE_SET` (in ``features`` order), stored as JSON arrays; a
    subclass names its feature list and how to retrain it (the claim pair model, the learned aligner)."""

    FEATURE_SET: ClassVar[tuple[str, ...]] = ()
    NAME: ClassVar[str] = "logistic model"
    RETRAIN: ClassVar[str] = ""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    meta: dict[str, Any]

    def logit(self, x: np.ndarray) -> np.ndarray:
        """``x``: (..., len(FEATURE_SET)) feature rows -> (...) log-odds."""
        cols = [self.FEATURE_SET.index(f) for f in self.features]
        z = (x[..., cols] - self.mean) / self.scale
        return z @ self.coef + self.intercept

    def probability(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logit(x)))

    def to_json(self) -> dict[str, Any]:
        return {"features": list(self.features), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "coef": self.coef.tolist(), "intercept": self.intercept, "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        """The model of ``data`` (:meth:`to_json`'s shape). Raises ValueError when it names a feature the code lacks."""
        unknown = [f for f in data["features"] if f not in cls.FEATURE_SET]
        if unknown:
            raise ValueError(f"{cls.NAME}: unknown features {unknown}; retrain: {cls.RETRAIN}")
        return cls(tuple(data["features"]), np.asarray(data["mean"], dtype=np.float64),
                   np.asarray(data["scale"], dtype=np.float64), np.asarray(data["coef"], dtype=np.float64),
                   float(data["intercept"]), dict(data.get("meta", {})))


@dataclass(frozen=True)
class PairModel(LogisticModel):
    """Logistic model over :data:`FEATURES` (a subset, in ``features`` order)."""

    FEATURE_SET: ClassVar[tuple[str, ...]] = FEATURES
    NAME: ClassVar[str] = "claim pair model"
    RETRAIN: ClassVar[str] = "scripts/train_claim_pairs.py"

    @property
    def needs_words(self) -> bool:
        return "words" in self.features

    @property
    def needs_e5(self) -> bool:
        return any(f.startswith("e5") for f in self.features)


@lru_cache(maxsize=1)
def default_model() -> PairModel | None:
    """The shipped model, or None when ``data/claim-pairs.json`` is absent."""
    if not MODEL_PATH.exists():
        return None
    return read_json(MODEL_PATH, PairModel.from_json)  # a damaged file: one error naming it (robust75 R1)
