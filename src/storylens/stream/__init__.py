"""The story stream: ingest articles into a store, browse and correct the stories.

Modules, in the order data flows: :mod:`.prepare` (the pure map step: clean,
language, lead, embed), :mod:`.dedup` (content ids, near-duplicates),
:mod:`.ingest` (ordered commit: cluster and store, one transaction per batch),
:mod:`.corrections` (merge, split, move, rebuild), :mod:`.queries` (typed
read views, thread-safe reader), :mod:`.render` (Markdown, terminal, JSON).
"""

from __future__ import annotations

from ._clusterer import load_clusterer
from .corrections import merge_stories, move_article, rebuild_stories, resolve_article, split_story
from .dedup import NEAR_DUP_COSINE, NEAR_DUP_JACCARD, content_id, normalise_text
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

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "LEAD_CHARS",
    "NEAR_DUP_COSINE",
    "NEAR_DUP_JACCARD",
    "ArticleView",
    "Blindspot",
    "IngestReport",
    "PreparedBatch",
    "Progress",
    "SearchResult",
    "SearchResults",
    "StoryListItem",
    "StoryPage",
    "StoryView",
    "StreamReader",
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
