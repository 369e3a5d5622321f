"""The analysis stages of a comparison, run in order on prepared documents.

Kept apart from :mod:`storylens.compare` (which reads inputs) so the stream
side can run the same analysis on documents loaded from the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import numpy as np

from .claims import ClaimAligner
from .models import Claim, Comparison, Document, Failure, Similarity

if TYPE_CHECKING:
    from .compare import Comparer

__all__ = ["analyse"]


def analyse(comparer: "Comparer", documents: list[Document], failures: Sequence[Failure] = ()) -> Comparison:
    embedder = comparer.embedder_
    aligner = ClaimAligner(embed=embedder.embed)
    claims, _pairs = aligner.claims(documents)
    similarity = _basic_similarity(documents, claims, embedder)
    return Comparison(
        documents=tuple(documents),
        similarity=similarity,
        claims=tuple(claims),
        failures=tuple(failures),
    )


def _basic_similarity(documents: Sequence[Document], claims: Sequence[Claim], embedder) -> Similarity:
    """Same-story score from document-vector cosine and claim coverage (no learned model)."""
    vectors = embedder.embed([" ".join(s.text for s in d.sentences[:12]) for d in documents])
    cos = vectors @ vectors.T
    n = len(documents)
    mean_cos = float((cos.sum() - n) / (n * (n - 1)))
    shared_docs = [d for c in claims if c.status != "unique" for d in c.docs]
    coverage = np.mean([min(1.0, 3 * shared_docs.count(d.id) / max(1, len(d.sentences))) for d in documents])
    overall = float(np.clip(0.6 * (mean_cos - 0.2) / 0.6 + 0.4 * coverage, 0.0, 1.0))
    return Similarity(
        same_story=overall >= 0.5,
        overall=round(overall, 3),
        dimensions={"geography": None, "entities": None, "time": None, "narrative": None, "style": None, "tone": None},
        reasons=(f"document cosine {mean_cos:.2f}", f"{len(set(c.id for c in claims if c.status != 'unique'))} shared claims"),
    )
