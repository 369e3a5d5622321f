"""The story clusterer as the store keeps it: rows, read once when a writer starts, written incrementally.

What the clusterer learns is mostly in the store already: each article's
vector, entity keys, language and date, and its story (the assignments). The
rest is small and written only when it changes: the settings (params, the
user's corrections, the id history) and, per batch, the cached entity norm of
the stories whose cache changed. The clusterer's ANN index is saved as a blob
at the end of each writer (tagged with the articles it holds), so the next
start loads it instead of re-inserting every vector; a missing or stale index
is rebuilt from the vectors.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any

import numpy as np

from ..errors import StoryLensError
from ..store.base import AssignmentRecord, ClusterDelta, Store

__all__ = [
    "INDEX_BLOB",
    "assignment_record",
    "cluster_delta",
    "load_clusterer",
    "norms_snapshot",
    "published_date",
    "save_cluster_index",
    "unit_rows",
]

INDEX_BLOB = "cluster.hnsw"

Norms = Mapping[str, "tuple[int, int, float] | None"]


def load_clusterer(store: Store, params: Mapping[str, Any] | None = None) -> Any:
    """The store's clusterer (state restored from rows), or a new one with ``params``.

    Raises :class:`~storylens.errors.StoryLensError` if a clustered article has no vector.
    """
    from ..cluster import StoryClusterer

    settings = store.cluster_settings()
    if settings is None:
        return StoryClusterer(**dict(params or {}))
    rows = store.cluster_rows()
    ids = [r[0] for r in rows]
    matrix = store.cluster_vectors()
    if matrix.shape[0] != len(ids):  # an article without a stored vector: say which
        found = store.vectors(ids)
        missing = next((aid for aid in ids if aid not in found), ids[0] if ids else "?")
        raise StoryLensError(f"{store.url}: article {missing} has no stored vector; run 'storylens ingest' again")
    matrix = unit_rows(matrix)
    with _saved_index(store, _index_tag(ids)) as path:
        clusterer = StoryClusterer.from_rows(
            settings["params"], ids, [r[1] for r in rows], [published_date(r[3]) for r in rows],
            [r[4] for r in rows], [r[2] for r in rows], matrix,
            corrections=settings.get("corrections", []), history=settings.get("history", []),
            entity_norms=store.story_norms(), index_path=path)
    if params:
        clusterer.set_params(**params)
    return clusterer


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Each row divided by its L2 norm, bit for bit as the live clusterer normalises one vector
    (``vec / float(np.linalg.norm(vec))``, StoryClusterer._checked_vector): the same float32 dot
    per row, not a batched reduction that may sum in another order."""
    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.size == 0:
        return matrix
    # np.linalg.norm of a 1-d float32 vector is sqrt(x.dot(x)); sqrt is correctly rounded either way.
    norms = np.sqrt(np.fromiter((row.dot(row) for row in matrix), dtype=np.float32, count=matrix.shape[0]))
    return matrix / norms[:, None]


def _index_tag(ids: list[str]) -> str:
    return f"{len(ids)}:{ids[-1] if ids else ''}"


@contextmanager
def _saved_index(store: Store, tag: str) -> Iterator[str | None]:
    saved = store.load_blob(INDEX_BLOB)
    if saved is None or saved[0] != tag:
        yield None  # missing or stale: from_state rebuilds it from the vectors
        return
    with tempfile.TemporaryDirectory(prefix="storylens-") as tmp:
        path = os.path.join(tmp, "cluster.hnsw")
        with open(path, "wb") as fh:
            fh.write(saved[1])
        yield path


def save_cluster_index(store: Store, clusterer: Any) -> None:
    """Keep the clusterer's ANN index for the next writer (end of an ingest or a rebuild)."""
    if not hasattr(clusterer, "stories_") or not clusterer.article_story_:
        return
    with tempfile.TemporaryDirectory(prefix="storylens-") as tmp:
        path = os.path.join(tmp, "cluster.hnsw")
        clusterer.save_index(path)
        with open(path, "rb") as fh:
            data = fh.read()
    last = next(reversed(clusterer.article_story_))  # insertion order: the last article clustered
    store.save_blob(INDEX_BLOB, f"{len(clusterer.labels_)}:{last}", data)


def norms_snapshot(clusterer: Any) -> dict[str, Any]:
    """Each story's cached entity norm now (compare with a later snapshot to find what to write)."""
    if not hasattr(clusterer, "stories_"):
        return {}
    return {sid: st.norm_cache for sid, st in clusterer.stories_.items()}


def cluster_delta(clusterer: Any, before: Norms, *, settings: bool = False, replace: bool = False) -> ClusterDelta | None:
    """What to write of the clusterer's state: the norms that changed since ``before`` (all of them
    with ``replace``), and the settings when asked."""
    if not hasattr(clusterer, "stories_"):
        return None
    after = norms_snapshot(clusterer)
    if replace:
        norms: dict[str, Any] = {sid: c for sid, c in after.items() if c is not None}
    else:
        norms = {sid: c for sid, c in after.items() if c != before.get(sid)}
        norms.update({sid: None for sid in before if sid not in after})
    conf = ({"params": clusterer.get_params(), "corrections": list(clusterer.corrections_),
             "history": list(clusterer.history_)} if settings or replace else None)
    return ClusterDelta(settings=conf, norms=norms, replace_norms=replace)


def assignment_record(a: Any, reason_prefix: str = "") -> AssignmentRecord:
    nearest = a.nearest[0][0] if a.nearest else None
    return AssignmentRecord(a.article, a.story, float(a.score), bool(a.new_story), nearest,
                            tuple(a.shared_entities), reason_prefix + a.reason)


def published_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
