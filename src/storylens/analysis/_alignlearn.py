"""A learned aligner's evidence for unit pairs of two languages that the aligner's rules dropped.

The aligner's rules (each other's best over a fused USE + e5 score, sure pairs, fan-out rules) keep about half of
the cross-lingual gold pairs of the ledger gold's tune half; of the rest, most are one report's sentence whose
fact the other states over two or three sentences (benchmarks/ledger_pairadd.py ``diagnose``: only the sentence's
other gold partners outrank it on one side), the rest a ranking loss. Every hand rule measured for them (margins,
attach, blocks, transport, mutual e5 margins) moved along one precision/recall frontier. This module lays out what
the aligner already holds for a pair (both encoders' cosines and CSLS, its fused score, the pair's ranks both ways
under each, gaps to each side's best, the shipped rule's decision and what it kept around the pair: whether each
side's best pair is kept, how far the pair's sentences lie from a kept partner, shared translation-proof keys,
length ratio, position, lead) so that a model trained on the gold (``benchmarks/ledger_pairadd.py train``; chosen by
leave-one-set-out over article pairs, ``cv``) decides which dropped pairs to add (ClaimAligner.learned_aligner /
learned_floor; ``learned_replace``: which pairs of two languages to keep at all). The model ships as JSON arrays
(``data/claim-aligner.json``); no scikit-learn at run time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np

from .._datafile import read_json
from ._pairmodel import LogisticModel, _csls, _shared_count, _size

__all__ = ["FEATURES", "MODEL_PATH", "LearnedAligner", "aligner_features"]

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "claim-aligner.json"

FEATURES = (
    "use", "e5", "use_csls", "e5_csls", "score",
    "score_rank_row", "score_rank_col", "e5_rank_row", "e5_rank_col", "use_rank_row", "use_rank_col",
    "score_gap_row", "score_gap_col", "kept", "row_best_kept", "col_best_kept", "row_kept", "col_kept",
    "row_kept_near", "col_kept_near", "row_kept_sim", "col_kept_sim", "numbers", "number_clash", "entities", "overlap", "length", "position", "lead",
)
_RANK_CAP = 5.0
_NEAR_CAP = 4.0


def _ranks(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """0-based rank of each pair in its row and in its column (ties share the better rank), capped."""
    def above(rows: np.ndarray) -> np.ndarray:
        # per row, how many entries are strictly greater: n - (entries <= each), by a sorted copy (n log n a row)
        n = rows.shape[1]
        ordered = np.sort(rows, axis=1)
        return np.array([n - np.searchsorted(o, r, side="right") for o, r in zip(ordered, rows)],
                        dtype=np.float64).reshape(rows.shape)

    return np.minimum(above(m), _RANK_CAP), np.minimum(above(m.T).T, _RANK_CAP)


def _near_kept(keep: np.ndarray, pos_b: np.ndarray) -> np.ndarray:
    """(na, nb): for a row unit a and a column unit b, the distance in sentences from b to the nearest unit
    kept with a (other than b itself), capped; the cap when a has no kept partner."""
    na, nb = keep.shape
    out = np.full((na, nb), _NEAR_CAP)
    for r in range(na):
        kept = np.nonzero(keep[r])[0]
        if not len(kept):
            continue
        dist = np.abs(pos_b[:, None] - pos_b[None, kept])  # (nb, kept)
        dist = np.where(np.arange(nb)[:, None] == kept[None, :], np.inf, dist)
        out[r] = np.minimum(_NEAR_CAP, dist.min(axis=1))
    return out


def _kept_similarity(keep: np.ndarray, mono_b: np.ndarray) -> np.ndarray:
    """(na, nb): for a row unit a and a column unit b, b's highest same-document cosine with a unit kept with a
    (other than b itself: does b restate what a was matched to?); -1 when a has no other kept partner."""
    na, nb = keep.shape
    out = np.full((na, nb), -1.0)
    for r in range(na):
        kept = np.nonzero(keep[r])[0]
        if not len(kept):
            continue
        sim = np.where(np.arange(nb)[:, None] == kept[None, :], -1.0, mono_b[:, kept])
        out[r] = sim.max(axis=1)
    return out


def aligner_features(
    use: np.ndarray,
    e5: np.ndarray,
    score: np.ndarray,
    keep: np.ndarray,
    overlap: np.ndarray,
    keys_a: Sequence[frozenset[str]],
    keys_b: Sequence[frozenset[str]],
    texts: tuple[Sequence[str], Sequence[str]],
    sentences: tuple[Sequence[int], Sequence[int]],
    leads: tuple[Sequence[bool], Sequence[bool]],
    mono: tuple[np.ndarray, np.ndarray],
    k: int = 3,
) -> np.ndarray:
    """(na, nb, len(FEATURES)) evidence of each unit pair of two documents (units in document order): ``use`` /
    ``e5`` their cosines, ``score`` the aligner's score, ``keep`` what its rules kept, ``overlap`` its anchor
    overlap, ``keys_*`` the translation-proof keys per unit, ``sentences`` each unit's sentence number in its
    document, ``leads`` whether each unit is in its document's first sentence, ``mono`` each document's unit
    cosines with its own units (USE: one language)."""
    na, nb = use.shape
    score = np.where(np.isfinite(score), score, -10.0)
    score_row, score_col = _ranks(score)
    e5_row, e5_col = _ranks(e5)
    use_row, use_col = _ranks(use)
    best_row = score.max(axis=1, keepdims=True)
    best_col = score.max(axis=0, keepdims=True)
    at_best_row = score >= best_row
    at_best_col = score >= best_col
    row_best_kept = (keep & at_best_row).any(axis=1, keepdims=True) & np.ones((1, nb), dtype=bool)
    col_best_kept = (keep & at_best_col).any(axis=0, keepdims=True) & np.ones((na, 1), dtype=bool)
    others_row = keep.sum(axis=1, keepdims=True) - keep
    others_col = keep.sum(axis=0, keepdims=True) - keep
    pos_a = np.asarray(sentences[0], dtype=np.float64)
    pos_b = np.asarray(sentences[1], dtype=np.float64)
    numbers, number_clash = _shared_count(keys_a, keys_b, ("N:", "#"))
    entities, _ = _shared_count(keys_a, keys_b, ("E:", "P:"))
    size_a = np.log([_size(t) for t in texts[0]])
    size_b = np.log([_size(t) for t in texts[1]])
    rel_a = pos_a / max(1.0, float(pos_a.max(initial=0.0)))
    rel_b = pos_b / max(1.0, float(pos_b.max(initial=0.0)))
    columns = {
        "use": use,
        "e5": e5,
        "use_csls": _csls(use, k),
        "e5_csls": _csls(e5, k),
        "score": score,
        "score_rank_row": score_row,
        "score_rank_col": score_col,
        "e5_rank_row": e5_row,
        "e5_rank_col": e5_col,
        "use_rank_row": use_row,
        "use_rank_col": use_col,
        "score_gap_row": best_row - score,
        "score_gap_col": best_col - score,
        "kept": keep,
        "row_best_kept": row_best_kept,
        "col_best_kept": col_best_kept,
        "row_kept": others_row > 0,
        "col_kept": others_col > 0,
        "row_kept_near": _near_kept(keep, pos_b),
        "col_kept_near": _near_kept(keep.T, pos_a).T,
        "row_kept_sim": _kept_similarity(keep, mono[1]),
        "col_kept_sim": _kept_similarity(keep.T, mono[0]).T,
        "numbers": np.minimum(numbers, 3.0),
        "number_clash": number_clash,
        "entities": np.minimum(entities, 3.0),
        "overlap": overlap,
        "length": np.abs(size_a[:, None] - size_b[None, :]),
        "position": np.abs(rel_a[:, None] - rel_b[None, :]),
        "lead": np.asarray(leads[0], dtype=np.float64)[:, None] + np.asarray(leads[1], dtype=np.float64)[None, :],
    }
    return np.stack([np.asarray(columns[f], dtype=np.float64) for f in FEATURES], axis=-1)


@dataclass(frozen=True)
class LearnedAligner(LogisticModel):
    """Logistic model over :data:`FEATURES` (a subset, in ``features`` order), as JSON arrays."""

    FEATURE_SET: ClassVar[tuple[str, ...]] = FEATURES
    NAME: ClassVar[str] = "learned aligner"
    RETRAIN: ClassVar[str] = "benchmarks/ledger_pairadd.py train"

    @classmethod
    def load(cls, path: Path) -> LearnedAligner:
        return read_json(path, cls.from_json)  # a damaged file: one error naming it (robust75 R1)
