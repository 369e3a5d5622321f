"""The story stream: ingest articles into a store, browse and correct the stories.

Modules, in the order data flows: :mod:`.prepare` (the pure map step: clean,
language, lead, embed), :mod:`.dedup` (content ids, near-duplicates),
:mod:`.ingest` (ordered commit: cluster and store, one transaction per batch),
:mod:`.corrections` (merge, split, move, rebuild), :mod:`.queries` (typed
read views, thread-safe reader), :mod:`.render` (Markdown, terminal, JSON).
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported on first use (PEP 562): `storylens stories` needs no ingest stack (ftfy, encoders)
    from ._clusterer import load_clusterer
    from .corrections import MoveResult, merge_stories, move_article, rebuild_stories, resolve_article, split_story
    from .dedup import NEAR_DUP_COSINE, NEAR_DUP_JACCARD, backfill_copy_keys, content_id, normalise_text
    from .ingest import (
        DEFAULT_BATCH_SIZE,
        IngestReport,
        PreparedBatch,
        Progress,
        commit,
        ingest,
        ingest_paths,
        prepare_batch,
    )
    from .prepare import LEAD_CHARS, prepare_and_embed
    from .queries import (
        ArticleView,
        Blindspot,
        SearchResult,
        SearchResults,
        StoryListItem,
        StoryPage,
        StoryView,
        StreamReader,
        get_story,
        list_stories,
        resolve_story,
        search,
        story_blindspots,
        story_claims,
    )
    from .render import render_search, render_story, stories_markdown, stories_table

# name -> submodule that defines it
_LAZY = {
    "load_clusterer": "_clusterer",
    "MoveResult": "corrections",
    "merge_stories": "corrections",
    "move_article": "corrections",
    "rebuild_stories": "corrections",
    "resolve_article": "corrections",
    "split_story": "corrections",
    "NEAR_DUP_COSINE": "dedup",
    "NEAR_DUP_JACCARD": "dedup",
    "backfill_copy_keys": "dedup",
    "content_id": "dedup",
    "normalise_text": "dedup",
    "DEFAULT_BATCH_SIZE": "ingest",
    "IngestReport": "ingest",
    "PreparedBatch": "ingest",
    "Progress": "ingest",
    "commit": "ingest",
    "ingest": "ingest",
    "ingest_paths": "ingest",
    "prepare_batch": "ingest",
    "LEAD_CHARS": "prepare",
    "prepare_and_embed": "prepare",
    "ArticleView": "queries",
    "Blindspot": "queries",
    "SearchResult": "queries",
    "SearchResults": "queries",
    "StoryListItem": "queries",
    "StoryPage": "queries",
    "StoryView": "queries",
    "StreamReader": "queries",
    "get_story": "queries",
    "list_stories": "queries",
    "resolve_story": "queries",
    "search": "queries",
    "story_blindspots": "queries",
    "story_claims": "queries",
    "render_search": "render",
    "render_story": "render",
    "stories_markdown": "render",
    "stories_table": "render",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY and name in _LAZY.values():  # a submodule (README: "storylens.stream.queries")
        return importlib.import_module(f".{name}", __name__)
    try:
        module = importlib.import_module(f".{_LAZY[name]}", __name__)
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


class _Package(types.ModuleType):
    """Importing the submodule ``.ingest`` sets the package attribute ``ingest`` to that module;
    the package's ``ingest`` is the function, as when everything was imported eagerly."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "ingest" and isinstance(value, types.ModuleType) and hasattr(value, "ingest"):
            value = value.ingest
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "LEAD_CHARS",
    "NEAR_DUP_COSINE",
    "NEAR_DUP_JACCARD",
    "ArticleView",
    "Blindspot",
    "IngestReport",
    "MoveResult",
    "PreparedBatch",
    "Progress",
    "SearchResult",
    "SearchResults",
    "StoryListItem",
    "StoryPage",
    "StoryView",
    "StreamReader",
    "backfill_copy_keys",
    "commit",
    "content_id",
    "get_story",
    "ingest",
    "ingest_paths",
    "list_stories",
    "load_clusterer",
    "merge_stories",
    "move_article",
    "normalise_text",
    "prepare_and_embed",
    "prepare_batch",
    "rebuild_stories",
    "render_search",
    "render_story",
    "resolve_article",
    "resolve_story",
    "search",
    "split_story",
    "stories_markdown",
    "stories_table",
    "story_blindspots",
    "story_claims",
]
