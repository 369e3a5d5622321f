"""Everything the web app reads from and writes to the store, behind one class.

:class:`StorySource` is the only module of :mod:`storylens.web` that knows how
stories are stored and queried. Today it wraps the stream's browse and
correction functions in :mod:`storylens.batch` over :class:`~storylens.store.SQLiteStore`;
when the stream's typed queries (``storylens.stream.queries``) land, only this
module changes: the routes and templates see plain ``storylens.story/1``,
``storylens.stories/1`` and ``storylens.search/1`` dicts.

Concurrency follows datasette: every request thread reads through its own
connection (thread-local), all writes go through one writer thread, and the
one :class:`~storylens.Comparer` of the process is used by one request at a
time (its shared spaCy pipeline switches pipes on one object).

Derived views are cached, never stale:

* a *snapshot* of the story list, assignments and entity keys, keyed by a
  fingerprint of the store (last assignment row, last article, number of
  corrections): an ingest or a correction changes the fingerprint and the next
  request rebuilds it;
* each story's claim ledger, kept in the store's ``meta`` table under
  ``web.ledger:<story id>`` with a key over the compared article ids and the
  StoryLens version: a story whose articles change gets a new key and is
  recomputed on its next view. With ``read_only`` the ledger cache stays in
  memory (bounded), because a read-only server writes nothing.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from .. import __version__
from ..errors import (InputError, NotFoundError, ReadOnlyError, StoreBusyError, StoreError,
                      StoryLensError)

__all__ = ["StorySource", "LEDGER_DOCS"]

# The ledger compares a story's first articles only: the claim alignment is
# quadratic in documents and 6 already fill a wide screen (the CLI's default).
LEDGER_DOCS = 6
_MEMORY_LEDGERS = 256  # read-only servers keep this many ledgers in memory


class _Snapshot:
    """The store's story list, assignments and entity keys at one fingerprint.

    Duck-types the few store methods that :mod:`storylens.batch`'s browse
    functions call, so they run on cached data instead of re-reading every
    table per request. It is shared by request threads, so it holds no
    connection: anything else is read through the caller's own reader.
    """

    def __init__(self, store: Any, fingerprint: tuple[int, ...]):
        self.fingerprint = fingerprint
        self.path = store.path
        self._stories = store.stories()
        self.by_id = {s.id: s for s in self._stories}
        self._assignments = store.assignments()
        self._entities = store.entities()
        self._light = store._light_articles() if hasattr(store, "_light_articles") else store.articles()
        self.article_ids = {a.id for a in self._light}

    def stories(self) -> list[Any]:
        return self._stories

    def assignments(self) -> dict[str, Any]:
        return self._assignments

    def entities(self, ids: Sequence[str] | None = None) -> dict[str, set[str]]:
        if ids is None:
            return self._entities
        return {i: self._entities[i] for i in ids if i in self._entities}

    def _light_articles(self) -> list[Any]:
        return self._light


class StorySource:
    """The store as the web app sees it: story list, story view, search, corrections.

    ``db``: path of the SQLite store (it must exist; ``storylens ingest`` makes it).
    ``read_only``: refuse every write (corrections) with :class:`ReadOnlyError`.
    ``comparer``: the process's one :class:`~storylens.Comparer` (created lazily).
    ``query_embedder``: embeds search queries (default: multilingual USE, the
    model the stream stores vectors with); ``None`` with ``semantic=False``
    gives keyword-only search.
    """

    def __init__(self, db: str | Path, *, read_only: bool = False, comparer: Any = None,
                 query_embedder: Any = None, semantic: bool = True, ledger_docs: int = LEDGER_DOCS):
        self.db = str(db)
        if self.db != ":memory:" and not Path(self.db).exists():
            raise StoreError(f"{self.db}: no article store here; run 'storylens ingest PATH --db {self.db}' first, "
                             "or pass another --db")
        self.read_only = read_only
        self.ledger_docs = ledger_docs
        self.semantic = semantic
        self._comparer = comparer
        self._query_embedder = query_embedder
        self._local = threading.local()
        self._snapshot: _Snapshot | None = None
        self._snapshot_lock = threading.Lock()
        self._compare_lock = threading.Lock()  # one comparison at a time on the shared Comparer
        self._embed_lock = threading.Lock()
        self._query_vectors: OrderedDict[str, Any] = OrderedDict()
        self._memory_ledgers: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storylens-writer")
        self.reader()  # fail now, with the store's own message, if it cannot be opened

    # ------------------------------------------------------------ connections

    def reader(self) -> Any:
        """This thread's read connection (opened on first use)."""
        store = getattr(self._local, "store", None)
        if store is None:
            from ..store import SQLiteStore

            store = self._local.store = SQLiteStore(self.db)
        return store

    def close(self) -> None:
        self._writer.shutdown(wait=True)

    @property
    def comparer(self) -> Any:
        if self._comparer is None:
            with self._compare_lock:
                if self._comparer is None:
                    from ..compare import Comparer

                    self._comparer = Comparer()
        return self._comparer

    def compare(self, run: Callable[[Any], Any]) -> Any:
        """Run ``run(comparer)`` holding the process's one Comparer."""
        comparer = self.comparer
        with self._compare_lock:
            return run(comparer)

    # ------------------------------------------------------------ snapshot

    def _fingerprint(self, store: Any) -> tuple[int, ...]:
        row = store.db.execute(
            "SELECT (SELECT coalesce(max(rowid), 0) FROM assignments), (SELECT coalesce(max(num), 0) FROM articles),"
            " (SELECT count(*) FROM corrections), (SELECT count(*) FROM assignments)").fetchone()
        return tuple(int(x) for x in row)

    def snapshot(self) -> _Snapshot:
        store = self.reader()
        fp = self._fingerprint(store)
        snap = self._snapshot
        if snap is not None and snap.fingerprint == fp:
            return snap
        with self._snapshot_lock:
            snap = self._snapshot
            if snap is None or snap.fingerprint != fp:
                snap = self._snapshot = _Snapshot(store, fp)
        return snap

    # ------------------------------------------------------------ reads

    def health(self) -> dict[str, Any]:
        store = self.reader()
        return {"status": "ok", "version": __version__, "store": self.db, "read_only": self.read_only,
                "stats": store.stats()}

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Languages and outlets over all stories, with how many stories each covers."""
        langs: dict[str, int] = {}
        outlets: dict[str, int] = {}
        for s in self.snapshot().stories():
            for lang in s.languages:
                langs[lang] = langs.get(lang, 0) + 1
            for o in s.outlets:
                outlets[o] = outlets.get(o, 0) + 1
        order = lambda d: sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))  # noqa: E731
        return {"languages": order(langs), "outlets": order(outlets)}

    def stories(self, *, limit: int = 50, offset: int = 0, language: str | None = None, outlet: str | None = None,
                q: str | None = None, since: str | None = None, until: str | None = None) -> dict[str, Any]:
        """One page of stories, newest activity first, as ``storylens.stories/1`` plus ``total``/``limit``/``offset``."""
        from ..batch import _story_dict

        snap = self.snapshot()
        matching = self._text_matches(snap, q) if q and q.strip() else None
        picked = [s for s in snap.stories()
                  if (not language or language in s.languages) and (not outlet or outlet in s.outlets)
                  and (not since or (s.last_seen or "") >= since) and (not until or (s.first_seen or "9") <= until)
                  and (matching is None or s.id in matching or (q or "").casefold() in (s.title or "").casefold())]
        page = picked[offset: offset + limit]
        return {"schema": "storylens.stories/1", "total": len(picked), "limit": limit, "offset": offset,
                "stories": [_story_dict(s) for s in page]}

    def _text_matches(self, snap: _Snapshot, q: str) -> set[str]:
        hits = self.reader().search_text(q, limit=500)
        assigned = snap.assignments()
        light = {a.id: a for a in snap._light_articles()}
        out = set()
        for aid, _ in hits:
            canonical = light[aid].duplicate_of if aid in light and light[aid].duplicate_of else aid
            if canonical in assigned:
                out.add(assigned[canonical].story)
        return out

    def resolve(self, story_id: str) -> tuple[str, str | None]:
        """``(id, None)`` for a live story; ``(old id, new id)`` for one merged away.

        Raises :class:`NotFoundError` for an id that never existed.
        """
        snap = self.snapshot()
        if story_id in snap.by_id:
            return story_id, None
        replacement = self._replacement(story_id, snap)
        if replacement:
            return story_id, replacement
        raise NotFoundError(f"unknown story id {story_id!r}; list the stories at / or GET /api/stories")

    def _replacement(self, story_id: str, snap: _Snapshot) -> str | None:
        """The live story that absorbed ``story_id`` through recorded merges (followed in order)."""
        current, seen = story_id, set()
        for _ in range(64):
            seen.add(current)
            nxt = None
            for _, op, args in self.reader().corrections():
                if op == "merge" and current in args.get("stories", []):
                    others = [s for s in args["stories"] if s != current and s not in seen]
                    nxt = next((s for s in others if s in snap.by_id), others[0] if others else None) or nxt
            if nxt is None:
                return None
            if nxt in snap.by_id:
                return nxt
            current = nxt
        return None

    def story(self, story_id: str, *, ledger: bool = True) -> dict[str, Any]:
        """One story as ``storylens.story/1``; ``ledger=False`` skips the claim ledger (``claims`` is null)."""
        from ..batch import story_payload

        snap = self.snapshot()
        if story_id not in snap.by_id:
            raise NotFoundError(f"unknown story id {story_id!r}; list the stories at / or GET /api/stories")
        payload = story_payload(snap, story_id, claims=False)
        payload["matrix"] = _matrix(payload["articles"])
        payload["claims"] = None
        payload["claims_error"] = None
        articles = snap.by_id[story_id].articles
        compared = [a.id for a in articles[: self.ledger_docs]]
        payload["ledger"] = {"documents": compared, "of": len(articles), "cached": None}
        if ledger and len(compared) >= 2:
            entry, cached = self._ledger(story_id, compared)
            payload["claims"] = entry.get("comparison")
            payload["claims_error"] = entry.get("error")
            payload["ledger"]["cached"] = cached
        return payload

    # ------------------------------------------------------------ the ledger cache

    def _ledger(self, story_id: str, article_ids: Sequence[str]) -> tuple[dict[str, Any], bool]:
        key = hashlib.sha256(("|".join(article_ids) + "|" + __version__).encode()).hexdigest()[:20]
        entry = self._cached_ledger(story_id, key)
        if entry is not None:
            return entry, True
        with self._compare_lock:  # one computation per story at a time; re-check after waiting
            entry = self._cached_ledger(story_id, key)
            if entry is not None:
                return entry, True
            entry = {"key": key, **self._compute_ledger(article_ids)}
        self._keep_ledger(story_id, entry)
        return entry, False

    def _cached_ledger(self, story_id: str, key: str) -> dict[str, Any] | None:
        if self.read_only:
            entry = self._memory_ledgers.get(story_id)
        else:
            text = self.reader().get_meta(f"web.ledger:{story_id}")
            entry = json.loads(text) if text else None
        return entry if entry and entry.get("key") == key else None

    def _keep_ledger(self, story_id: str, entry: dict[str, Any]) -> None:
        if self.read_only:
            self._memory_ledgers[story_id] = entry
            while len(self._memory_ledgers) > _MEMORY_LEDGERS:
                self._memory_ledgers.popitem(last=False)
            return
        text = json.dumps(entry, ensure_ascii=False, default=str)
        self._write(lambda store: store.set_meta(f"web.ledger:{story_id}", text))

    def _compute_ledger(self, article_ids: Sequence[str]) -> dict[str, Any]:
        """Compare the stored articles (the caller holds the compare lock)."""
        from ..batch import story_documents
        from ..report import comparison_to_dict

        comparer = self._comparer if self._comparer is not None else self._new_comparer()
        try:
            docs = story_documents(self.reader().articles(list(article_ids)))
            return {"comparison": comparison_to_dict(comparer.compare_documents(docs))}
        except StoryLensError as exc:
            # The story page stays useful without its ledger (e.g. a model is missing).
            return {"error": str(exc)}

    def _new_comparer(self) -> Any:
        from ..compare import Comparer

        self._comparer = Comparer()
        return self._comparer

    # ------------------------------------------------------------ search

    def search(self, q: str, limit: int = 20) -> dict[str, Any]:
        """Full-text + semantic search as ``storylens.search/1``, plus ``stories``: the hits grouped by story."""
        from ..batch import search, search_payload

        store = self.reader()
        hits = search(store, q, embedder=self._QueryEmbedder(self) if self.semantic else None, limit=limit)
        payload = search_payload(store, q, hits)
        snap = self.snapshot()
        groups: dict[str | None, list[int]] = {}
        for i, r in enumerate(payload["results"]):
            groups.setdefault(r["story"], []).append(i)
        payload["stories"] = [{"id": sid, "title": snap.by_id[sid].title if sid in snap.by_id else None,
                               "results": idx} for sid, idx in groups.items()]
        return payload

    class _QueryEmbedder:
        """Embeds one query at a time through the shared query model, with a small LRU of vectors."""

        def __init__(self, source: "StorySource"):
            self.source = source

        def embed(self, texts: Sequence[str]) -> Any:
            import numpy as np

            return np.vstack([self.source._query_vector(t) for t in texts])

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

    # ------------------------------------------------------------ corrections (the one writer)

    def _write(self, action: Callable[[Any], Any]) -> Any:
        """Run ``action(store)`` on the writer thread's connection and wait for it."""

        def run() -> Any:
            store = getattr(self._local, "store", None)
            if store is None:
                from ..store import SQLiteStore

                store = self._local.store = SQLiteStore(self.db)
            return action(store)

        return self._writer.submit(run).result()

    def _correct(self, action: Callable[[Any], str]) -> str:
        if self.read_only:
            raise ReadOnlyError("this server was started with --read-only; corrections are disabled")

        def guarded(store: Any) -> str:
            try:
                return action(store)
            except StoreError as exc:
                if "another storylens process is writing" in str(exc):
                    raise StoreBusyError(str(exc)) from exc
                raise
        return self._write(guarded)

    def _live(self, story_id: str) -> str:
        sid, replacement = self.resolve(story_id)
        if replacement:
            raise NotFoundError(f"story {sid} was merged into {replacement}; use that id")
        return sid

    def _article(self, article_id: str) -> str:
        if article_id not in self.snapshot().article_ids:
            raise NotFoundError(f"unknown article id {article_id!r}; see the article ids on its story page")
        return article_id

    def merge(self, story_id: str, into: str) -> str:
        """Merge ``story_id`` and ``into``; the older id survives. Returns it."""
        from ..batch import merge_stories

        a, b = self._live(into), self._live(story_id)
        if a == b:
            raise InputError(f"cannot merge story {a} into itself; pick another story", record=a)
        return self._correct(lambda store: merge_stories(store, a, b))

    def split(self, story_id: str, articles: Sequence[str]) -> str:
        """Move ``articles`` of ``story_id`` into a new story; returns its id."""
        from ..batch import split_story

        sid = self._live(story_id)
        ids = [self._article(a) for a in dict.fromkeys(articles)]
        members = {a.id for a in self.snapshot().by_id[sid].articles}
        if not ids or any(a not in members for a in ids):
            raise InputError(f"split needs one or more articles of story {sid} (and not all of them)", record=sid)
        if set(ids) == members:
            raise InputError(f"cannot split every article out of story {sid}; leave at least one", record=sid)
        return self._correct(lambda store: split_story(store, sid, ids))

    def move(self, article_id: str, to: str) -> str:
        """Move one article to story ``to``; returns the target story id."""
        from ..batch import move_article

        aid, target = self._article(article_id), self._live(to)
        return self._correct(lambda store: move_article(store, aid, target))


def _matrix(articles: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    """Coverage matrix: outlet -> language -> number of articles."""
    out: dict[str, dict[str, int]] = {}
    for a in articles:
        row = out.setdefault(a.get("outlet") or "unknown", {})
        lang = a.get("language") or "unknown"
        row[lang] = row.get(lang, 0) + 1
    return out


def with_metadata(raw: Any, **metadata: Any) -> Any:
    """A RawDocument with extra container metadata (title, outlet, published, language, url)."""
    meta = {**dict(raw.metadata), **{k: v for k, v in metadata.items() if v}}
    return replace(raw, metadata=meta)
