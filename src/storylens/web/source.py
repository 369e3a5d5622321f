"""Everything the web app reads from and writes to the store, behind one class.

:class:`StorySource` is the only module of :mod:`storylens.web` that knows how
stories are stored and queried. It wraps the stream's typed queries
(:mod:`storylens.stream.queries`) and corrections over any store
:func:`~storylens.store.open_store` accepts (SQLite path or ``postgresql://``
URL); the routes and templates see plain ``storylens.story/1``,
``storylens.stories/1`` and ``storylens.search/1`` dicts.

Concurrency follows datasette: every request thread reads through its own
connection (:class:`~storylens.stream.StreamReader`), writes go through one
lock in this process and the store's single-writer lock, and the one
:class:`~storylens.Comparer` of the process is used by one request at a time
(its shared spaCy pipeline switches pipes on one object).

Derived views are cached, never stale:

* the story list (for filtering and paging), keyed by the store's counts
  (articles, stories, corrections...): an ingest or a correction changes them
  and the next request rebuilds it;
* each story's claim ledger, kept in the store's ``meta`` table under
  ``web.ledger:<story id>`` with a key over the compared article ids and the
  StoryLens version: a story whose articles change gets a new key and is
  recomputed on its next view. The last ledgers read are also kept parsed in
  memory (bounded); with ``read_only`` memory is the only cache, because a
  read-only server writes nothing.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .. import __version__
from .._lost import marked_payload
from ..errors import InputError, NotFoundError, ReadOnlyError, StoreBusyError, StoreError, StoryLensError
from ..stream.queries import (
    LEDGER_DOCS,  # the ledger's first articles, one figure for CLI, API and pages
    StoryResolution,
)

__all__ = ["LEDGER_DOCS", "StorySource"]

MEMORY_VECTORS = 50_000  # per encoder: ~100 MB of 512-d float32 sentence vectors
_MEMORY_LEDGERS = 128  # parsed ledgers kept in memory (the store keeps all of them, unless read-only)


class _Snapshot:
    """Every story of the store at one fingerprint, for filtering and paging the story list."""

    def __init__(self, stories: Sequence[Any], fingerprint: tuple[int, ...]):
        self.fingerprint = fingerprint
        self.stories = list(stories)
        self.by_id = {s.id: s for s in self.stories}


class StorySource:
    """The store as the web app sees it: story list, story view, search, corrections.

    ``db``: a SQLite path or ``postgresql://`` URL of an existing store
    (``storylens ingest`` makes one).
    ``read_only``: refuse every write (corrections) with :class:`ReadOnlyError`.
    ``comparer``: the process's one :class:`~storylens.Comparer` (created lazily).
    ``query_embedder``: embeds search queries (default: multilingual USE, the
    model the stream stores vectors with); ``semantic=False`` gives
    keyword-only search.
    """

    def __init__(self, db: str | Path, *, read_only: bool = False, comparer: Any = None,
                 query_embedder: Any = None, semantic: bool = True, ledger_docs: int = LEDGER_DOCS):
        from ..store import store_exists
        from ..stream import StreamReader

        self.db = str(db)
        if not store_exists(self.db):
            raise StoreError(f"{self.db}: no article store here; run 'storylens ingest PATH --db {self.db}' first, "
                             "or pass another --db")
        self.read_only = read_only
        self.ledger_docs = ledger_docs
        self.semantic = semantic
        self._comparer = comparer
        self._query_embedder = query_embedder
        self._stream = StreamReader(self.db)
        self._snapshot: _Snapshot | None = None
        self._snapshot_lock = threading.Lock()
        self._compare_lock = threading.Lock()  # one comparison at a time on the shared Comparer
        self._embed_lock = threading.Lock()
        self._query_vectors: OrderedDict[str, Any] = OrderedDict()
        self._memory_ledgers: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self.reader()  # fail now, with the store's own message, if it cannot be opened

    # ------------------------------------------------------------ connections

    def reader(self) -> Any:
        """This thread's store connection (opened on first use)."""
        return self._stream.store()

    def close(self) -> None:
        self._stream.close()

    def compare(self, run: Callable[[Any], Any]) -> Any:
        """Run ``run(comparer)`` holding the process's one Comparer."""
        with self._compare_lock:
            return run(self._the_comparer())

    def _the_comparer(self) -> Any:
        """The shared Comparer (the caller holds the compare lock).

        Its embedding caches keep at most :data:`MEMORY_VECTORS` vectors each in
        memory (the disk cache keeps all): pasted articles would otherwise grow
        a long-running server without bound.
        """
        if self._comparer is None:
            from ..embed import CachedEmbedder, E5Embedder, UseEmbedder, default_cache_dir
            from ..report.compare import Comparer

            disk = default_cache_dir() / "embeddings.sqlite"
            self._comparer = Comparer(embedder=CachedEmbedder(UseEmbedder(), disk, max_memory=MEMORY_VECTORS),
                                      doc_embedder=CachedEmbedder(E5Embedder(), disk, max_memory=MEMORY_VECTORS))
        return self._comparer

    # ------------------------------------------------------------ snapshot

    def fingerprint(self) -> tuple[int, ...]:
        """The store's counts (articles, duplicates, vectors, stories, failures, corrections, metadata
        updates): an ingest, a correction, a re-clustering that changes the story count, or metadata
        merged into stored articles (a title, a copy another outlet carried) changes it."""
        store = self.reader()
        return (*(v for _, v in sorted(store.stats().items())), int(store.get_meta("metadata_updates") or 0))

    def snapshot(self) -> _Snapshot:
        """All stories, rebuilt when the store's fingerprint changes."""
        from ..stream import list_stories

        store = self.reader()
        fp = self.fingerprint()
        snap = self._snapshot
        if snap is not None and snap.fingerprint == fp:
            return snap
        with self._snapshot_lock:
            snap = self._snapshot
            if snap is None or snap.fingerprint != fp:
                # each page counts its stories' coverage (stories()): for all of them it reads texts
                snap = self._snapshot = _Snapshot(list_stories(store, coverage=False).stories, fp)
        return snap

    # ------------------------------------------------------------ reads

    def health(self) -> dict[str, Any]:
        from ..stream._window import stored_candidate_window

        store = self.reader()
        # the store's parameter that decides which stored articles a new one can join (stream._window)
        return {"status": "ok", "version": __version__, "store": _redact(self.db), "read_only": self.read_only,
                "stats": store.stats(), "candidate_window": stored_candidate_window(store)}

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Languages and outlets over all stories, with how many stories each covers."""
        langs: dict[str, int] = {}
        outlets: dict[str, int] = {}
        for s in self.snapshot().stories:
            for lang in s.languages:
                langs[lang] = langs.get(lang, 0) + 1
            for o in s.outlets:
                outlets[o] = outlets.get(o, 0) + 1
        order = lambda d: sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
        return {"languages": order(langs), "outlets": order(outlets)}

    def stories(self, *, limit: int = 50, offset: int = 0, language: str | None = None, outlet: str | None = None,
                q: str | None = None, since: str | None = None, until: str | None = None) -> dict[str, Any]:
        """One page of stories, newest activity first, as ``storylens.stories/1`` plus ``total``/``limit``/``offset``.

        Raises :class:`~storylens.errors.ConfigError` for a ``since``/``until`` that is no calendar day
        ("2024-13-01" has the shape of a date and silently matched nothing)."""
        _check_day("since", since)
        _check_day("until", until)
        snap = self.snapshot()
        matching = self._text_matches(q) if q and q.strip() else None
        needle = (q or "").casefold()
        picked = [s for s in snap.stories
                  if (not language or language in s.languages) and (not outlet or outlet in s.outlets)
                  and (not since or (s.last_seen or "") >= since) and (not until or (s.first_seen or "9") <= until)
                  and (matching is None or s.id in matching or needle in (s.title or "").casefold())]
        page = picked[offset: offset + limit]
        from ..stream.queries import stories_coverage

        counted = stories_coverage(self.reader(), [s.id for s in page])
        return {"schema": "storylens.stories/1", "total": len(picked), "limit": limit, "offset": offset,
                "stories": [replace(s, coverage=counted.get(s.id)).to_dict() for s in page]}

    def _text_matches(self, q: str) -> set[str]:
        """Stories with an article whose title or text matches ``q`` (full text only)."""
        from ..stream import search

        return {r.story for r in search(self.reader(), q, limit=500).results if r.story}

    def resolve(self, story_id: str) -> tuple[str, str | None]:
        """``(id, None)`` for a live story id; ``(requested, current id)`` for a prefix or a retired id.

        Raises :class:`NotFoundError` for an id that names no story.
        """
        resolution = self._resolution(story_id)
        return (story_id, None) if resolution.id == story_id else (story_id, resolution.id)

    def _resolution(self, story_id: str) -> StoryResolution:
        from ..stream import resolve_story

        try:
            return resolve_story(self.reader(), story_id)
        except InputError as exc:
            raise NotFoundError(exc.reason + " or see the stories at /") from exc

    def story(self, story_id: str, *, ledger: bool = True) -> dict[str, Any]:
        """One story as ``storylens.story/1``; ``ledger=False`` skips the claim ledger (``claims`` is null)."""
        from ..stream import get_story
        from ..stream.queries import ledger_scope

        try:
            view = get_story(self.reader(), story_id)
        except InputError as exc:
            raise NotFoundError(exc.reason) from exc
        payload = view.to_dict()
        payload["matrix"] = payload["coverage"]["matrix"]  # the story's coverage, as every view counts it
        payload["ledger"] = {**ledger_scope(view, self.ledger_docs), "cached": None}
        compared = payload["ledger"]["documents"]
        if ledger and len(compared) >= 2:
            # the versions read (an updated article's newest): the cache key changes when one arrives
            entry, cached = self._ledger(view.id, payload["ledger"]["read"])
            payload["claims"] = entry.get("comparison")
            if entry.get("error"):
                payload["claims_error"] = entry["error"]
            payload["ledger"]["cached"] = cached
            payload["ledger"]["key"] = entry["key"]  # changes whenever the compared articles do
        return payload

    # ------------------------------------------------------------ the ledger cache

    def _ledger(self, story_id: str, article_ids: Sequence[str]) -> tuple[dict[str, Any], bool]:
        key = hashlib.sha256(("|".join(article_ids) + "|" + __version__).encode()).hexdigest()[:20]
        entry = self._cached_ledger(story_id, key)
        if entry is not None:
            return entry, True
        with self._compare_lock:  # one computation at a time; re-check after waiting
            entry = self._cached_ledger(story_id, key)
            if entry is not None:
                return entry, True
            entry = {"key": key, **self._compute_ledger(article_ids)}
        self._keep_ledger(story_id, entry)
        return entry, False

    def _cached_ledger(self, story_id: str, key: str) -> dict[str, Any] | None:
        """The ledger with this key: from memory (parsed), else from the store."""
        entry = self._memory_ledgers.get(story_id)
        if entry is None or entry.get("key") != key:
            if self.read_only:
                return None
            text = self.reader().get_meta(f"web.ledger:{story_id}")
            entry = json.loads(text) if text else None
            if entry is None or entry.get("key") != key:
                return None
            self._remember(story_id, entry)
        return entry

    def _remember(self, story_id: str, entry: dict[str, Any]) -> None:
        with self._snapshot_lock:
            self._memory_ledgers[story_id] = entry
            self._memory_ledgers.move_to_end(story_id)
            while len(self._memory_ledgers) > _MEMORY_LEDGERS:
                self._memory_ledgers.popitem(last=False)

    def _keep_ledger(self, story_id: str, entry: dict[str, Any]) -> None:
        self._remember(story_id, entry)
        if self.read_only:
            return
        text = json.dumps(entry, ensure_ascii=False, default=str)
        self._stream.write(lambda store: store.set_meta(f"web.ledger:{story_id}", text))

    def _compute_ledger(self, article_ids: Sequence[str]) -> dict[str, Any]:
        """Compare the stored articles (the caller holds the compare lock)."""
        from ..models import RawDocument
        from ..report import comparison_to_dict
        from ..report.compare import prepare_document

        found = {a.id: a for a in self.reader().articles(list(article_ids))}
        articles = [found[i] for i in article_ids if i in found]
        try:
            docs = [prepare_document(RawDocument(a.source, a.text, metadata=dict(a.metadata)), f"d{i}")
                    for i, a in enumerate(articles, start=1)]
            return {"comparison": comparison_to_dict(self._the_comparer().compare_documents(docs))}
        except StoryLensError as exc:
            # The story page stays useful without its ledger (e.g. a model is missing).
            return {"error": str(exc)}

    # ------------------------------------------------------------ search

    def search(self, q: str, limit: int = 20, min_score: float | None = None,
               all_versions: bool = False) -> dict[str, Any]:
        """Full-text + semantic search as ``storylens.search/1``, plus ``stories``: the hits grouped by story
        (``all_versions``: every version of an updated article that matched, not only its newest)."""
        from ..stream import search

        found = search(self.reader(), q, embedder=_QueryEmbedder(self) if self.semantic else None, limit=limit,
                       min_score=min_score, all_versions=all_versions)
        payload = found.to_dict()
        titles = self.snapshot().by_id
        groups: dict[str | None, list[int]] = {}
        for i, r in enumerate(payload["results"]):
            groups.setdefault(r["story"], []).append(i)
        payload["stories"] = [{"id": sid, "title": marked_payload(titles[sid].title) if sid in titles else None,
                               "results": idx} for sid, idx in groups.items()]  # a lost letter's mark (mojibake80fix)
        return payload

    def _query_vector(self, text: str) -> Any:
        with self._embed_lock:
            vec = self._query_vectors.get(text)
            if vec is None:
                if self._query_embedder is None:
                    from ..embed import UseEmbedder

                    self._query_embedder = UseEmbedder()
                vec = self._query_embedder.embed([text])[0]
                self._query_vectors[text] = vec
                while len(self._query_vectors) > 1024:
                    self._query_vectors.popitem(last=False)
            self._query_vectors.move_to_end(text)
            return vec

    # ------------------------------------------------------------ corrections (one writer)

    def _correct(self, action: Callable[[Any], str]) -> str:
        if self.read_only:
            raise ReadOnlyError("this server was started with --read-only; corrections are disabled")
        try:
            return self._stream.write(action)
        except StoreError as exc:
            if "another storylens process is writing" in str(exc):
                raise StoreBusyError(str(exc)) from exc
            raise

    def _live(self, story_id: str) -> str:
        """The current id of a story (a prefix or a retired id is followed); a story that moves
        emptied is refused, as the CLI refuses it (:func:`storylens.stream.corrections.live_story`)."""
        from ..stream.corrections import live_story

        return live_story(self.reader(), self._resolution(story_id))  # resolved once

    def _article(self, article_id: str) -> str:
        """A full article id from an id, a unique prefix or an external id, as the CLI's ``story move``
        takes (trial 8: ``POST /api/articles/22c0/move`` was a 404 where the CLI moved ``22c0``).
        Raises :class:`NotFoundError` when nothing matches, :class:`InputError` for an ambiguous prefix."""
        from ..stream import resolve_article

        store = self.reader()
        if store.known_ids([article_id]):
            return article_id
        if len(store.find_articles(article_id)) > 1:
            return str(resolve_article(store, article_id))  # raises: "it matches …; give more of the id"
        try:
            return str(resolve_article(store, article_id))
        except InputError:
            raise NotFoundError(f"unknown article id {article_id!r}; see the article ids on its story page") from None

    def merge(self, story_id: str, into: str) -> str:
        """Merge ``story_id`` and ``into``; one id survives. Returns it."""
        from ..stream import merge_stories

        a, b = self._live(into), self._live(story_id)
        if a == b:
            raise InputError(f"cannot merge story {a} into itself; pick another story", record=a)
        return self._correct(lambda store: merge_stories(store, a, b))

    def split(self, story_id: str, articles: Sequence[str]) -> str:
        """Move ``articles`` of ``story_id`` into a new story; returns its id."""
        from ..stream import split_story

        sid = self._live(story_id)
        ids = [self._article(a) for a in dict.fromkeys(articles)]
        found = self.reader().story(sid)
        members = {a.id for a in found.articles} if found else set()
        if not ids or any(a not in members for a in ids):
            raise InputError(f"split needs one or more articles of story {sid} (and not all of them)", record=sid)
        if set(ids) == members:
            raise InputError(f"cannot split every article out of story {sid}; leave at least one", record=sid)
        return self._correct(lambda store: split_story(store, sid, ids))

    def move(self, article_id: str, to: str) -> str:
        """Move one article to story ``to``; returns the target story id."""
        from ..stream import move_article

        aid, target = self._article(article_id), self._live(to)
        return self._correct(lambda store: move_article(store, aid, target).story)


class _QueryEmbedder:
    """Embeds search queries through the source's one query model, with a small LRU of vectors."""

    def __init__(self, source: StorySource):
        self.source = source

    def embed(self, texts: Sequence[str]) -> Any:
        import numpy as np

        return np.vstack([self.source._query_vector(t) for t in texts])


def _redact(url: str) -> str:
    """A store URL without its password."""
    import re

    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def with_metadata(raw: Any, **metadata: Any) -> Any:
    """A RawDocument with extra container metadata (title, outlet, published, language, url)."""
    meta = {**dict(raw.metadata), **{k: v for k, v in metadata.items() if v}}
    return replace(raw, metadata=meta)


def _check_day(name: str, value: str | None) -> None:
    from datetime import date

    from ..errors import ConfigError

    if not value:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{name}={value!r} is not a calendar day; write YYYY-MM-DD") from None
