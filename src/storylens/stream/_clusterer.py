"""The story clusterer as the store keeps it: restored at the start of a writer, saved with every batch."""

from __future__ import annotations

import base64
from datetime import date
from typing import Any, Mapping

import numpy as np

from ..errors import StoryLensError
from ..store.base import AssignmentRecord, Store

__all__ = ["load_clusterer", "clusterer_state", "assignment_record", "published_date"]


def load_clusterer(store: Store, params: Mapping[str, Any] | None = None) -> Any:
    """The store's clusterer (state restored), or a new one with ``params``.

    The state is saved without vectors (they are in the store already); they
    are put back here before :meth:`StoryClusterer.from_state`.
    """
    from ..cluster import StoryClusterer

    state = store.load_state()
    if state is None:
        return StoryClusterer(**dict(params or {}))
    ids = [rec["id"] for rec in state["articles"]]
    vectors, entities, dates = store.vectors(ids), store.entities(ids), store.article_dates(ids)
    for rec in state["articles"]:
        vec = vectors.get(rec["id"])
        if vec is None:
            raise StoryLensError(f"{store.url}: article {rec['id']} has no stored vector; run 'storylens ingest' again")
        rec["vector"] = base64.b64encode(np.asarray(vec, dtype=np.float32).tobytes()).decode("ascii")
        rec["entities"] = sorted(entities.get(rec["id"], ()))
        rec["published"] = dates.get(rec["id"])
    state["assignments"] = {a.article: _assignment_state(a) for a in store.assignments().values()}
    clusterer = StoryClusterer.from_state(state)
    if params:
        clusterer.set_params(**params)
    return clusterer


def clusterer_state(clusterer: Any) -> dict[str, Any]:
    """The clusterer state minus what the store already holds (vectors, entity keys, dates, assignments).

    Stored whole, the state grew by ~1.2 KB per article and was rewritten every
    batch; slimmed, it is ~50 bytes per article. :func:`load_clusterer` puts
    the rest back from the store's tables.
    """
    state = clusterer.state(include_vectors=False)
    # Drop only what load_clusterer re-attaches; anything else the clusterer adds is kept as is.
    state["articles"] = [{k: v for k, v in rec.items() if k not in ("entities", "published", "vector")}
                         for rec in state["articles"]]
    state.pop("assignments", None)
    return state


def _assignment_state(a: AssignmentRecord) -> dict[str, Any]:
    return {"article": a.article, "story": a.story, "score": a.score, "new_story": a.new_story,
            "nearest": [[a.nearest, 0.0]] if a.nearest else [], "shared_entities": list(a.shared_entities),
            "reason": a.reason}


def assignment_record(a: Any, reason_prefix: str = "") -> AssignmentRecord:
    nearest = a.nearest[0][0] if a.nearest else None
    return AssignmentRecord(a.article, a.story, float(a.score), bool(a.new_story), nearest,
                            tuple(a.shared_entities), reason_prefix + a.reason)


def published_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None