"""StoreClusterer: the story clusterer with its state in the store, read a story at a time
(see :mod:`storylens.stream._clusterer` for what is stored and why)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from datetime import date
from itertools import islice, takewhile
from typing import Any, TypeVar

import numpy as np

from ..cluster import ArticleFeatures, Assignment, StoryClusterer, StoryState, checked_articles
from ..errors import ConfigError
from ..store._common import dots_with, unit_rows
from ..store.base import ClusterArticle, ClusterDelta, Store, StoryGrowth, StoryRow
from ._clusterer import published_date, story_row_of

__all__ = ["CACHE_ROWS", "StoreClusterer"]

# Articles held in memory by a writer (~2.5 KB each: a float32 vector and its keys); the store has
# everything they hold. Past it, at a batch boundary, the articles and stories used longest ago
# go until 90% of it is held (StoreClusterer._evict): dropping everything made every batch after
# it read its neighbours, their stories and key frequencies again (8k synthetic stream held at
# most 3,000: 209,752 article rows, 34,689 story rows and 141,162 key frequencies read back,
# 24.8 CPU-s; forgetting what was used longest ago 158,891, 3,230 and 5,124, 21.0 CPU-s; never
# dropping 8,000 article rows, 14.8 CPU-s).
CACHE_ROWS = 30_000
# The share of CACHE_ROWS kept when it is passed (those used last). With half of it the 100k
# stream's 2k blocks jumped from 6.8 to 8.3-9.8 CPU-s at 30k, where the writer began to forget;
# on the 8k stream held at 3,000, 90% read back 109,899 article rows and no story against
# 158,894 and 3,215, last 2k block 7.86 -> 6.52 CPU-s, the same 2,301 stories (2026-12-01, load 17).
_KEEP = 0.9
# Entity-key frequencies held before they are dropped with everything else (~100 B each).
_KEYS_HELD = 8 * CACHE_ROWS
# Articles whose place (position, story, date, language: ~0.4 KB each) a writer keeps after their
# vector and keys went (StoreClusterer._drop_vectors); past it they are forgotten (_evict). Past
# 50k the synthetic stream's candidates come from all of the store, and forgetting whole rows at
# CACHE_ROWS made each 32-article batch read ~1,000 of them back and evict again every ~3 batches.
ROWS_KEPT = 200_000

# --------------------------------------------------------------------------- lazy containers

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
_UNSEEN = object()  # a story's stored norm was not read before it changed


class _Cache(MutableMapping[K, V]):
    """What this writer read or set, by key; a miss asks ``fetch`` (several keys in one query).

    Iterating gives only what is held (never the whole store). A key looked up and not
    found is remembered as absent until it is set.
    """

    def __init__(self, fetch: Callable[[list[K]], Mapping[K, V]]):
        self._data: dict[K, V] = {}
        self._absent: set[K] = set()
        self._fetch = fetch

    def prefetch(self, keys: Iterable[K]) -> None:
        need = [k for k in dict.fromkeys(keys) if k not in self._data and k not in self._absent]
        if not need:
            return
        got = self._fetch(need)
        for k in need:
            if k in got:
                self._data.setdefault(k, got[k])
            elif k not in self._data:
                self._absent.add(k)

    def seed(self, key: K, value: V) -> None:
        """Hold a value read along with something else (what this writer set wins)."""
        if key not in self._data:
            self._data[key] = value
            self._absent.discard(key)

    def __getitem__(self, key: K) -> V:
        if key not in self._data and key not in self._absent:
            self.prefetch([key])
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except KeyError:
            return False
        return True

    def __setitem__(self, key: K, value: V) -> None:
        self._data[key] = value
        self._absent.discard(key)

    def __delitem__(self, key: K) -> None:
        if key not in self:
            raise KeyError(key)
        del self._data[key]
        self._absent.add(key)

    def __iter__(self) -> Iterator[K]:
        return iter(list(self._data))

    def __len__(self) -> int:
        return len(self._data)

    def held(self) -> dict[K, V]:
        return self._data

    def is_absent(self, key: K) -> bool:
        return key in self._absent

    def mark_absent(self, keys: Iterable[K]) -> None:
        self._absent.update(k for k in keys if k not in self._data)

    def clear_cache(self) -> None:
        self._data.clear()
        self._absent.clear()

    def keep_only(self, keep: Callable[[K], bool]) -> list[K]:
        """Forget what is held but not kept (read again when asked; nothing is marked absent)
        and what was found absent; returns the keys forgotten."""
        gone = [k for k in self._data if not keep(k)]
        for k in gone:
            del self._data[k]
        self._absent.clear()
        return gone


class _Stories(_Cache[str, StoryState]):
    """Stories by id, loaded from their members when first asked for; notes which ones a batch
    touched (and their norm before) so only those are written back."""

    def __init__(self, fetch: Callable[[list[str]], Mapping[str, StoryState]], all_ids: Callable[[], list[str]]):
        super().__init__(fetch)
        self._all_ids = all_ids
        self.touched: dict[str, Any] = {}  # story -> its norm cache when first touched in this batch
        self.gone: set[str] = set()  # deleted in this batch
        self.reset: set[str] = set()  # set or deleted in this batch (written whole, not as growth)
        self.loading = False

    def __getitem__(self, key: str) -> StoryState:
        story = super().__getitem__(key)
        if not self.loading and key not in self.touched:
            self.touched[key] = story.norm_cache
        return story

    def __setitem__(self, key: str, value: StoryState) -> None:
        if not self.loading:
            if key not in self.touched:
                self.touched[key] = self._data[key].norm_cache if key in self._data else _UNSEEN
            self.reset.add(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        if key not in self.touched:
            self.touched[key] = self._data[key].norm_cache if key in self._data else _UNSEEN
        super().__delitem__(key)
        self.gone.add(key)
        self.reset.add(key)

    def __iter__(self) -> Iterator[str]:
        """Every story id (the store's and this writer's new ones; a split asks for them to pick a free id)."""
        ids = dict.fromkeys(self._data)
        ids.update(dict.fromkeys(s for s in self._all_ids() if s not in self._absent))
        return iter(list(ids))

    def norm_changes(self) -> dict[str, tuple[int, int, float] | None]:
        out: dict[str, tuple[int, int, float] | None] = {}
        for sid, before in self.touched.items():
            now = self._data[sid].norm_cache if sid in self._data else None
            if now != before:
                out[sid] = now
        self.touched = {}
        return out


class _Frequencies:
    """Entity-key document frequencies: the store's (read per key, once) plus this batch's increments."""

    def __init__(self, fetch: Callable[[list[str]], Mapping[str, int]]):
        self._base: dict[str, int] = {}
        self._new: Counter[str] = Counter()
        self._fetch = fetch

    def prefetch(self, keys: Iterable[str]) -> None:
        need = [k for k in dict.fromkeys(keys) if k not in self._base]
        if need:
            got = self._fetch(need)
            self._base.update({k: int(got.get(k, 0)) for k in need})

    def get(self, key: str, default: int = 0) -> int:
        if key not in self._base:
            self.prefetch([key])
        return self._base.get(key, default) + self._new.get(key, 0)

    def update(self, keys: Iterable[str]) -> None:
        self._new.update(keys)

    def take(self) -> dict[str, int]:
        """This batch's increments (to write), folded into what is held."""
        out = dict(self._new)
        for k, n in out.items():
            if k in self._base:
                self._base[k] += n
        self._new.clear()
        return out

    def clear_cache(self) -> None:
        self._base.clear()

    def __len__(self) -> int:
        return len(self._base)


class _Row:
    """What the clusterer knows of one article; vector and keys are read only when needed."""

    __slots__ = ("keys", "language", "pos", "published", "vector")

    def __init__(self, pos: int, language: str | None, published: date | None,
                 vector: np.ndarray | None = None, keys: frozenset[str] | None = None):
        self.pos, self.language, self.published, self.vector, self.keys = pos, language, published, vector, keys


class _Members(list[str]):
    """A story's member ids, read from the store only when more than their number is asked for
    (scoring an article against a story needs only how many members it has)."""

    def __init__(self, size: int, load: Callable[[], list[str]]):
        super().__init__()
        self._size = size
        self._load: Callable[[], list[str]] | None = load
        self._extra: list[str] = []

    def _ready(self) -> _Members:
        if self._load is not None:
            load, self._load = self._load, None
            ids = load()
            seen = set(ids)
            list.extend(self, ids + [a for a in self._extra if a not in seen])
            self._extra = []
        return self

    def __len__(self) -> int:
        return self._size + len(self._extra) if self._load is not None else list.__len__(self)

    def append(self, item: Any) -> None:
        if self._load is not None:
            self._extra.append(item)
        else:
            list.append(self, item)

    def __add__(self, other: Any) -> list[str]:  # type: ignore[override]
        return list(self._ready().__iter__()) + list(other)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, list) and list(self._ready().__iter__()) == list(other)

    __hash__ = None


def _on_loaded(name: str) -> Callable[..., Any]:
    method = getattr(list, name)

    def call(self: _Members, *args: Any, **kwargs: Any) -> Any:
        return method(self._ready(), *args, **kwargs)

    call.__name__ = name
    return call


for _name in ("__iter__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__reversed__", "__repr__",
              "__iadd__", "__mul__", "__lt__", "__le__", "__gt__", "__ge__", "__ne__", "remove", "index", "count",
              "copy", "sort", "reverse", "extend", "insert", "pop", "clear"):
    setattr(_Members, _name, _on_loaded(_name))


class _Column:
    """One field of the articles by stream position (what StoryClusterer indexes as ``_vecs[pos]``...)."""

    def __init__(self, owner: StoreClusterer, field: str):
        self._owner, self._field = owner, field

    def __getitem__(self, pos: Any) -> Any:
        if isinstance(pos, (list, tuple, np.ndarray)):
            if self._field in ("vector", "keys"):
                self._owner._read_features(self._owner._by_pos[int(p)] for p in pos)
            values = [self[int(p)] for p in pos]
            return np.stack(values) if self._field == "vector" else values
        return getattr(self._owner._row_at(int(pos), self._field), self._field)

    @property
    def shape(self) -> tuple[int, int]:
        return (self._owner._n, self._owner._dim)

    @property
    def size(self) -> int:
        return self._owner._n * self._owner._dim


class _Count:
    """``len(clusterer._ids)``: the number of clustered articles, without holding their ids."""

    def __init__(self, owner: StoreClusterer):
        self._owner = owner

    def __len__(self) -> int:
        return self._owner._n

    def __getitem__(self, pos: int) -> str:
        return self._owner._by_pos[pos]


# --------------------------------------------------------------------------- the clusterer


class StoreClusterer(StoryClusterer):
    """A :class:`~storylens.cluster.StoryClusterer` whose state lives in a store (see the module doc).

    Make one with :func:`~storylens.stream.load_clusterer` (or :meth:`attach`). It decides with
    the in-memory clusterer's own code, reading what that code asks for: per batch, one index
    query for the new articles' neighbours (with their vectors), one row query for where those
    are, one for the stories they are in (their kept sums: no member is read). ``fit``,
    ``refine`` and ``state`` need every article: use ``load_clusterer(store, full=True)``.
    After each batch, :meth:`take_delta` gives what to write with it.
    """

    _store: Store

    @classmethod
    def attach(cls, store: Store, settings: Mapping[str, Any] | None, counters: Mapping[str, Any] | None,
               params: Mapping[str, Any] | None = None) -> StoreClusterer:
        self = cls(**dict(settings["params"] if settings else params or {}))
        if settings is not None:
            self.corrections_ = [dict(r) for r in settings.get("corrections", [])]
            self.history_ = [dict(r) for r in settings.get("history", [])]
        if settings is not None and params:
            self.set_params(**params)
        self._reset(keep_corrections=True)  # validates params, replays the corrections as constraints
        self._bind(store, counters or {})
        return self

    def _bind(self, store: Store, counters: Mapping[str, Any]) -> None:
        """Replace the in-memory containers by ones that read the store's rows."""
        self._store = store
        self._n = int(counters.get("n", 0))
        self._dim = int(counters.get("dim", 0))
        self._ord_range = (int(counters.get("lo", 0)), int(counters.get("hi", 0)))
        self._rows: _Cache[str, _Row] = _Cache(self._read_rows)
        self._by_pos: dict[int, str] = {}
        self._story_of: _Cache[str, str] = _Cache(lambda ids: {a: r.story for a, r in self._read(ids).items()})
        self._pos_of: _Cache[str, int] = _Cache(lambda ids: {a: r.pos for a, r in self._read(ids).items()})
        self._stories = _Stories(self._load_stories, lambda: store.story_ids())
        self._df = _Frequencies(store.entity_df)
        self.article_story_ = self._story_of  # type: ignore[assignment]
        self._pos = self._pos_of  # type: ignore[assignment]
        self.stories_ = self._stories  # type: ignore[assignment]
        self.entity_df_ = self._df  # type: ignore[assignment]
        self._ids = _Count(self)  # type: ignore[assignment]
        self._vecs = _Column(self, "vector")  # type: ignore[assignment]
        self._ents = _Column(self, "keys")  # type: ignore[assignment]
        self._langs = _Column(self, "language")  # type: ignore[assignment]
        self._dates = _Column(self, "published")  # type: ignore[assignment]
        self.labels_ = {}  # type: ignore[assignment]  # stream position -> story, for what this writer touched
        self._pending: list[str] = []  # clustered this batch, not yet in the store's index
        self._candidates: dict[str, tuple[int, list[str]]] = {}
        self._found: dict[str, list[tuple[str, np.ndarray | None]]] = {}  # this batch's index answers
        # article -> (its unit vector, {stored candidate: cosine}) the batch's forecast worked out (_prefetch_stories)
        self._forecast: dict[str, tuple[np.ndarray, dict[str, float]]] = {}
        self._current: ArticleFeatures | None = None
        self._dirty: set[str] = set()  # stories whose sums changed this batch
        self._stored_rows: set[str] = set()  # held stories whose row the store has (as of the last delta)
        self._growth: dict[str, dict[str, list[int]]] = {}  # such a story -> key -> [count added, place]
        self._batches = 0  # batches taken (take_delta): the clock of what was used when
        # article -> the last batch that asked for it (or added it), in that order (oldest first), so
        # what a trim drops is a prefix: a trim reads what it drops, not all it holds (_note_used)
        self._used: dict[str, int] = {}
        self._story_used: dict[str, int] = {}  # story -> the last batch that read or changed it

    # ---- reading rows
    def _read(self, ids: Iterable[str]) -> dict[str, ClusterArticle]:
        """Where clustered articles are (what this writer holds is not asked again)."""
        rows = self._rows
        held = rows.held()
        need = [a for a in dict.fromkeys(ids) if a not in held and not rows.is_absent(a)]
        got = self._store.cluster_articles(need) if need else {}
        rows.mark_absent(a for a in need if a not in got)  # new, or near-duplicates (not clustered)
        # _hold inlined (a batch into a store of thousands reads ~2,300 rows here: its candidates'); none of
        # them is held or absent (``need``); a story or place this writer set wins, as seed keeps it.
        by_pos, pos_of, story_of = self._by_pos, self._pos_of, self._story_of
        for aid, rec in got.items():
            held[aid] = _Row(rec.pos, rec.language, published_date(rec.published))
            by_pos[rec.pos] = aid
            pos_of.seed(aid, rec.pos)
            story_of.seed(aid, rec.story)
        return got

    def _hold(self, aid: str, row: _Row) -> None:
        self._rows.seed(aid, row)
        self._by_pos[row.pos] = aid
        self._pos_of.seed(aid, row.pos)

    def _read_rows(self, ids: list[str]) -> dict[str, _Row]:
        self._read(ids)
        return {a: self._rows.held()[a] for a in ids if a in self._rows.held()}

    def _read_features(self, ids: Iterable[str]) -> None:
        """Entity keys and vectors of held articles that lack them."""
        held = self._rows.held()
        need = [a for a in dict.fromkeys(ids) if a in held and (held[a].keys is None or held[a].vector is None)]
        for aid, (keys, vec) in (self._store.cluster_features(need) if need else {}).items():
            row = held[aid]
            row.keys = frozenset(keys)
            row.vector = vec if row.vector is None else row.vector

    def _row_at(self, pos: int, field: str = "pos") -> _Row:
        aid = self._by_pos[pos]
        row = self._rows[aid]
        if field in ("vector", "keys") and getattr(row, field) is None:
            self._read_features([aid])
        return row

    def _load_stories(self, sids: list[str]) -> dict[str, StoryState]:
        """Stories from their kept sums; one-member stories (no row) from their article. A story of
        several members without a row (a store from before rows) is summed from its members in
        stream order and gets its row with the next write."""
        rows = self._store.story_rows(sids)
        rest = [s for s in sids if s not in rows]
        members = self._store.story_members(rest) if rest else {}
        found = [*rows, *members]
        norms = self._store.story_norms(found) if found else {}
        self._rows.prefetch(aid for ms in members.values() for aid, _ in ms)
        self._read_features(aid for ms in members.values() for aid, _ in ms)
        out: dict[str, StoryState] = {}
        for sid, row in rows.items():
            out[sid] = self._story_from_row(row)
            self._stored_rows.add(sid)
        stories = self._stories
        stories.loading = True
        try:
            for sid, ms in members.items():
                for aid, pos in ms:
                    self._by_pos[pos] = aid
                    self._pos_of.seed(aid, pos)
                self._new_story(sid, ms[0][0])
                for aid, _ in ms[1:]:
                    self._join(sid, aid)
                out[sid] = stories.held()[sid]
                if len(ms) > 1:
                    self._dirty.add(sid)
        finally:
            stories.loading = False
        for sid, story in out.items():
            story.norm_cache = norms.get(sid)
        # Key frequencies only for the norms computed again now (_entity_cosine reads the others'
        # when they are): a cold writer read 3,421 frequencies for a 32-article ingest into 12k.
        self._df.prefetch(k for st in out.values() if st.norm_stale(self._n) for k in st.entity_counts)
        return out

    def _story_from_row(self, row: StoryRow) -> StoryState:
        def members() -> list[str]:
            ms = self._store.story_members([row.id]).get(row.id, [])
            for aid, pos in ms:
                self._by_pos[pos] = aid
                self._pos_of.seed(aid, pos)
            return [aid for aid, _ in ms]

        counts: Counter[str] = Counter()
        dict.update(counts, row.entity_counts)  # the pairs in their order, one dict (Counter(dict(...)) made two)
        return StoryState(row.id, _Members(row.size, members), np.array(row.vector_sum, dtype=np.float32),
                          published_date(row.first_date), published_date(row.last_date), counts,
                          row.created, Counter(dict(row.languages)))

    # ---- the clusterer's hooks
    def fit(self, articles: Iterable[ArticleFeatures]) -> StoreClusterer:
        raise ConfigError("a store's clusterer is re-fitted with storylens.stream.rebuild_stories(store)")

    def refine(self, max_component: int = 3000, texts: Mapping[str, str] | None = None,
               lead_vectors: Mapping[str, np.ndarray] | None = None, link_model: Any = None,
               pair_judge: Any = None) -> dict[str, Any]:
        raise ConfigError("refine reads every article: use load_clusterer(store, full=True)")

    def state(self, include_vectors: bool = True, include_assignments: bool = True) -> dict[str, Any]:
        raise ConfigError("a store's clusterer state is its rows: use load_clusterer(store, full=True).state()")

    def partial_fit(self, articles: Iterable[ArticleFeatures]) -> list[Assignment]:
        arts = checked_articles(articles)
        related = [a.id for a in arts]
        for a in arts:
            related += [*self._constraints.partners(a.id), *self._constraints.banned(a.id)]
        self._read(related)  # known articles and the ones corrections tie them to, in one query
        self._df.prefetch(k for a in arts for k in a.entities)
        self._prefetch_candidates(arts)
        self._prefetch_stories(arts)
        return super().partial_fit(arts)

    def nearest_stored(self, ids: Sequence[str], vectors: np.ndarray, published: Sequence[date | None],
                       k: int = 5) -> list[list[tuple[str, float]]]:
        """Each new article's ``k`` nearest stored articles as (id, cosine), best first (ties by
        index rank), from ONE index query for the batch whose answers are kept for the
        clustering that follows (near-duplicate detection and clustering ask the index once).
        Cosines are exact, from the stored float16 vectors, as the clusterer scores them; those of the
        held vectors are kept as the clustering's forecast of the article (:meth:`_pool` reads them, not
        the same products again: ~3,000 a 32-article batch into a store of thousands)."""
        self._search(list(ids), np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1), published)
        held = self._rows.held()
        out: list[list[tuple[str, float]]] = []
        for aid, q in zip(ids, unit_rows(np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1))):
            found = self._found.get(aid, [])
            if not found:
                self._forecast[aid] = (q, {})
                out.append([])
                continue
            rows = [held.get(c) for c, _ in found]
            units = [v if v is not None else row.vector for (_, v), row in zip(found, rows)]  # type: ignore[union-attr]
            # One vecdot over the candidates' rows: the same float32 dot per row as unit.dot(q) (numpy's
            # FLOAT_dot, BLAS's sdot), bit for bit, without a Python call per candidate (~94 each: 3,000 a
            # 32-article batch into a store of thousands). Not units @ q (a gemv may sum in another order).
            sims = dots_with(np.stack(units), q)  # type: ignore[arg-type]
            # the products _pool takes for this article and vector (the held rows' own vectors)
            self._forecast[aid] = (q, {c: sim for (c, _), row, unit, sim in zip(found, rows, units, sims)
                                       if row is not None and row.vector is unit})
            ranked = sorted(range(len(found)), key=lambda r: (-sims[r], r))[:k]  # best first, ties by index rank
            out.append([(found[r][0], sims[r]) for r in ranked])
        return out

    def _prefetch_candidates(self, arts: list[ArticleFeatures]) -> None:
        """One index query for the batch: each new article's nearest stored articles (those
        :meth:`nearest_stored` asked for already are not asked again)."""
        todo = [a for a in arts if a.id not in self._rows.held() and a.id not in self._candidates]
        if todo:
            self._search([a.id for a in todo], np.stack([np.asarray(a.vector, dtype=np.float32).reshape(-1)
                                                         for a in todo]), [a.published for a in todo])

    def _search(self, ids: list[str], vectors: np.ndarray, published: Sequence[date | None]) -> None:
        if not ids or self._n == 0:
            return
        k = min(int(self.n_neighbors), self._n)
        wide = any(self._date_window(d) is not None for d in published)
        ask = _ask(min(4 * k if wide else k, self._n))
        found = self._store.cluster_candidates(vectors, ask, known=_HeldVectors(self._rows.held()))
        for aid, row, taken in zip(ids, found, self._take_candidates(found)):
            self._found[aid] = row
            self._candidates[aid] = (ask, taken)

    def _prefetch_stories(self, arts: list[ArticleFeatures]) -> None:
        """Read, in one go, the stories of each new article's nearest stored neighbours as
        :meth:`_neighbours` will rank them from the index answers held (this batch's own articles
        left out: they can only push a stored one out of the nearest), instead of one read of rows,
        norms, members and key frequencies per article as each asks (~120 queries for 32 articles
        into a store of thousands; a store answering over a socket pays each one). Reading changes
        no decision: a story is what the store holds until this batch writes; one missed here (the
        batch moved the dates' range, or the answers were too few) is read when it is asked for."""
        if self._n == 0:
            return
        held, story_of = self._rows.held(), self._story_of.held()
        want: list[str] = []
        for art in arts:
            if art.id in story_of:  # stored already: keeps its story (StoryClusterer._known)
                continue
            vec = np.asarray(art.vector, dtype=np.float32).reshape(-1)
            norm = float(np.linalg.norm(vec)) if vec.size else 0.0
            if not np.isfinite(norm) or norm == 0 or (self._dim and vec.shape[0] != self._dim):
                continue  # refused when assigned (_checked_vector), before anything is read for it
            want += [aid for aid, _ in self._nearest(vec / norm, art.published, art.id, held_only=True)]
        sids = list(dict.fromkeys(sid for aid in want if (sid := story_of.get(aid)) is not None and aid in held))
        self._stories.prefetch(sids)
        # The key frequencies of those whose entity norm goes stale as the batch's articles are counted
        # (_entity_cosine reads them then, one query per story; _load_stories read those stale already).
        # Not those a join of this batch may make stale: a story grows by at most a few, and each key read costs.
        stories, n, m = self._stories.held(), self._n, len(arts)
        self._df.prefetch(k for sid in sids if (st := stories.get(sid)) is not None and _stale_within(st, n, m)
                          for k in st.entity_counts)

    def _take_candidates(self, found: list[list[tuple[str, np.ndarray | None]]]) -> list[list[str]]:
        """The ids of each index answer, their rows read (in one query for all the answers) and
        the vectors that came with them held."""
        self._read(aid for row in found for aid, _ in row)
        held = self._rows.held()
        for row in found:
            for aid, vec in row:
                if vec is not None and aid in held and held[aid].vector is None:
                    held[aid].vector = vec
        return [[aid for aid, _ in row] for row in found]

    def _assign(self, art: ArticleFeatures) -> Assignment:
        self._current = art
        try:
            return super()._assign(art)
        finally:
            self._current = None

    def _neighbours(self, vec: np.ndarray, published: date | None) -> list[tuple[str, float]]:
        """The ``n_neighbors`` nearest clustered articles (within ``max_gap_days`` when dated), as
        StoryClusterer._neighbours, from the store's index plus this batch's articles, re-scored exactly."""
        nearest = self._nearest(vec, published, self._current.id if self._current is not None else None)
        self._stories.prefetch(self._story_of[aid] for aid, _ in nearest)
        return nearest

    def _nearest(self, vec: np.ndarray, published: date | None, current: str | None,
                 held_only: bool = False) -> list[tuple[str, float]]:
        """:meth:`_neighbours` of article ``current``; ``held_only``: from the stored articles its index
        answer named and this writer holds with their vectors, reading nothing (no wider search, no
        vector read, not this batch's articles: :meth:`_prefetch_stories`' forecast)."""
        n = self._n
        if n == 0:
            return []
        k = min(int(self.n_neighbors), n)
        window = self._date_window(published)
        kk = min(4 * k if window is not None else k, n)
        pool = self._pool(vec, kk, current, held_only)
        if window is not None:
            assert published is not None  # _date_window gives a window only for a dated article
            day, gap, rows, held = published.toordinal(), self.max_gap_days, self._rows, self._rows.held()

            def inside(aid: str) -> bool:
                row = held.get(aid)  # the pool's articles are held (read with the index answer, or this batch's)
                d = (row if row is not None else rows[aid]).published
                return d is None or abs(d.toordinal() - day) <= gap

            top = [x for x in pool if inside(x[2])]
            size = kk
            if len(top) * 2 < k and not held_only:  # as the in-memory clusterer: too few inside the window -> k of them
                while len(top) < k and size < n:
                    size = min(n, size * 4)
                    top = [x for x in self._pool(vec, size, current) if inside(x[2])]
            pool = top
        return [(aid, sim) for sim, _, aid in pool[:k]]

    def _pool(self, vec: np.ndarray, size: int, current: str | None, held_only: bool = False) -> list[tuple[float, int, str]]:
        """The ``size`` nearest clustered articles as (cosine, position, id), best first (ties by
        position), for article ``current`` (its index answer; ``held_only``: :meth:`_nearest`'s)."""
        ask, found = self._candidates.get(current or "", (0, []))
        held = self._rows.held()
        while True:
            stored = [a for a in found if a in held]
            # Enough clustered ones, or the index has no more (it answered fewer than asked).
            if held_only or len(stored) >= size or (ask and len(found) < ask):
                break
            ask = max(_ask(size), 2 * ask)
            found = self._take_candidates(self._store.cluster_candidates(
                vec.reshape(1, -1), ask, known=_HeldVectors(held)))[0]
        if held_only:
            ids = [a for a in dict.fromkeys(stored) if held[a].vector is not None]
        else:
            ids = list(dict.fromkeys([*stored, *(a for a in self._pending if a != current)]))
        rows = [held[a] for a in ids]
        self._read_features(a for a, r in zip(ids, rows) if r.vector is None)
        # the cosines the forecast worked out for this article and vector (the same product), else now
        forecast, known = self._forecast.get(current or "", (None, {}))
        if forecast is None or not np.array_equal(forecast, vec):
            known = {}
        sims = [known[a] if a in known else float(r.vector.dot(vec)) for a, r in zip(ids, rows)]  # type: ignore[union-attr]
        if held_only and current is not None:
            self._forecast[current] = (vec, dict(zip(ids, sims)))
        # best first, ties by position: the tuples (-cosine, position, id) in their own order (positions are
        # unique, so the id is never compared), not a key function called per candidate (~3,000 a batch)
        ranked = sorted(zip([-x for x in sims], [r.pos for r in rows], ids))[:size]
        return [(-x, pos, aid) for x, pos, aid in ranked]

    def _add_article(self, art: ArticleFeatures, vec: np.ndarray, index: bool = True) -> None:
        pos = self._n
        self._n += 1
        self._dim = self._dim or int(vec.shape[0])
        self._hold(art.id, _Row(pos, art.language, art.published, vec, frozenset(art.entities)))
        self._pos_of[art.id] = pos
        self._pending.append(art.id)
        day = art.published.toordinal() if art.published else 0
        if day:
            lo, hi = self._ord_range
            self._ord_range = (min(lo, day) if lo else day, max(hi, day))
        self._df.update(art.entities)
        self.labels_[pos] = ""  # a dict here; filled by _join/_new_story

    def _new_story(self, sid: str, article_id: str) -> None:
        super()._new_story(sid, article_id)
        self._changed(sid)

    def _join(self, sid: str, article_id: str) -> None:
        stories = self._stories
        if not stories.loading and sid in self._stored_rows and sid not in stories.reset:
            # What the member adds to a stored story's key counts (the store adds it to its rows);
            # a key new to the story goes after the others, in the order Counter.update adds it.
            counts, growth = stories.held()[sid].entity_counts, self._growth.setdefault(sid, {})
            place = len(counts)
            for key in self._ents[self._pos[article_id]]:
                if key in growth:
                    growth[key][0] += 1
                elif key in counts:
                    growth[key] = [1, -1]  # a stored key: its place is kept
                else:
                    growth[key] = [1, place]
                    place += 1
        super()._join(sid, article_id)
        self._changed(sid)

    def _entity_cosine(self, idf: dict[str, float], shared: Sequence[str], story: StoryState,
                       plain_weight: float = 1.0, across: Mapping[str, str] | None = None) -> float:
        # A norm computed again reads the idf of each of the story's keys: one query for all of them.
        if shared and story.norm_stale(len(self._ids)):
            self._df.prefetch(story.entity_counts)
        return super()._entity_cosine(idf, shared, story, plain_weight, across)

    def _changed(self, sid: str) -> None:
        if not self._stories.loading:
            self._dirty.add(sid)

    def _drop_empty(self) -> None:
        for sid in [s for s, st in self._stories.held().items() if not st.members]:
            del self._stories[sid]

    # ---- what to write
    def take_delta(self, *, settings: bool = False, evict: bool = False) -> ClusterDelta:
        """What this batch changed (norms, the sums of the stories it changed, key frequencies,
        counters; the settings when asked), and the start of the next batch. ``evict`` drops
        what this writer holds once it exceeds :data:`CACHE_ROWS` articles (call it only when
        the delta will be written)."""
        stories = self._stories
        held = stories.held()
        self._note_used()
        rows: dict[str, StoryRow | None] = {}
        grown: dict[str, StoryGrowth] = {}
        for sid in sorted(self._dirty | stories.gone):
            story = held.get(sid)
            if story is None or len(story.members) < 2:
                rows[sid] = None
            elif sid in self._stored_rows and sid not in stories.reset:  # only gained members
                grown[sid] = StoryGrowth(story_row_of(story, keys=False), tuple(
                    (key, n, place) for key, (n, place) in self._growth.get(sid, {}).items()))
            else:
                rows[sid] = story_row_of(story)
        delta = ClusterDelta(
            settings=({"params": self.get_params(), "corrections": list(self.corrections_),
                       "history": list(self.history_)} if settings else None),
            norms=stories.norm_changes(), df=self._df.take(), stories=rows, grown=grown,
            counters={"n": self._n, "lo": self._ord_range[0], "hi": self._ord_range[1], "dim": self._dim})
        self._stored_rows.difference_update(sid for sid, row in rows.items() if row is None)
        self._stored_rows.update(sid for sid, row in rows.items() if row is not None)
        self._growth = {}
        self._dirty = set()
        stories.gone = set()
        stories.reset = set()
        self._pending = []
        self._candidates = {}
        self._found = {}
        self._forecast = {}
        self.assignments_ = {}
        if evict and len(self._df) > _KEYS_HELD:
            for cache in (self._rows, self._story_of, self._pos_of, stories, self._df):
                cache.clear_cache()
            self._by_pos.clear()
            self.labels_.clear()
            self._stored_rows.clear()
            self._used, self._story_used = {}, {}
        elif evict and len(self._rows) > ROWS_KEPT:
            self._evict(int(CACHE_ROWS * _KEEP))
        elif evict and len(self._used) > CACHE_ROWS:  # the articles used: those holding a vector
            self._drop_vectors(int(CACHE_ROWS * _KEEP))
        return delta

    def _note_used(self) -> None:
        """Stamp what this batch used with its number: its articles, the stored articles its index
        answers named, and the stories it read or changed (and theirs)."""
        self._batches += 1
        now, of = self._batches, self._story_of.held()
        articles = [*self._pending, *(aid for row in self._found.values() for aid, _v in row)]
        fresh, forget = dict.fromkeys(articles, now), self._used.pop
        for aid in fresh:  # used again: to the end, so the dict stays in batch order
            forget(aid, None)
        self._used.update(fresh)
        stories = [*self._stories.touched, *self._dirty, *(of[a] for a in articles if a in of)]
        self._story_used.update(dict.fromkeys(stories, now))

    def _evict(self, size: int) -> None:
        """Keep the ``size`` articles used last (and the stories used since the oldest of them);
        forget the rest, which the store holds (a batch's writes are in before the next reads)."""
        used = self._used
        since = _since(used, self._rows.held(), size, CACHE_ROWS)
        for cache in (self._rows, self._story_of, self._pos_of):
            cache.keep_only(lambda aid: used.get(aid, 0) >= since)
        self._by_pos = {pos: aid for aid, pos in self._pos_of.held().items()}
        self._forget_since(since, size)

    def _drop_vectors(self, size: int) -> None:
        """Keep the vectors and keys of the ``size`` articles used last (and the stories used since
        the oldest of them); the other articles keep only their place (read again, the vector from
        the index, when an answer names them). Costs what was used, not what is held."""
        # Past 30k held the trim came every ~3 batches and sorted, walked and copied all it held
        # (~13 CPU-ms each, 20 times per 2k block at 48k); the oldest come first, so it reads those only.
        used = self._used
        since = _since_in_order(used, size, CACHE_ROWS)
        held = self._rows.held()
        for aid in takewhile(lambda a: used[a] < since, used):
            row = held.get(aid)
            if row is not None:
                row.vector = row.keys = None
        self._forget_since(since, size)  # drops those articles' use stamps (a prefix of ``used``)

    def _forget_since(self, since: int, size: int) -> None:
        """The articles' use stamps from batch ``since`` on, and the stories used since then (at
        least the ``size`` used last)."""
        used, story_used = self._used, self._story_used
        self.labels_.clear()  # written, never read, by this writer
        # Stories used since the oldest kept article, and at least the ``size`` used last: a story
        # read again costs a query of its own (one per article that asks for it).
        story_since = min(since, _since(story_used, self._stories.held(), size))
        self._stories.keep_only(lambda sid: story_used.get(sid, 0) >= story_since)
        self._stored_rows.intersection_update(self._stories.held())
        for aid in list(takewhile(lambda a: used[a] < since, used)):  # in batch order: a prefix
            del used[aid]
        self._story_used = {s: t for s, t in story_used.items() if t >= story_since}

    def position(self, article_id: str) -> int:
        """An article's place in the clusterer's stream (0, 1, ...: stored with its assignment)."""
        return self._pos_of[article_id]

    def held_assignments(self) -> dict[str, str]:
        """Article -> story for every article this writer read or changed (a correction compares
        these with the store to find what moved)."""
        return dict(self._story_of.held())


def _since(stamps: Mapping[str, int], held: Iterable[str], size: int, limit: int | None = None) -> int:
    """The oldest batch whose use keeps a held key when ``size`` are kept (the ``size`` used last,
    and any used in the same batch as the last of them; never used by a batch: not kept). With
    ``limit``, that batch's ties are dropped when they would keep more than ``limit`` (a batch
    uses up to ~3,000 articles), unless the last batch alone used more."""
    last = sorted((stamps.get(k, 0) for k in held), reverse=True)
    since = max(1, last[size - 1] if len(last) >= size else 1)
    if limit is not None and len(last) > limit and last[limit] >= since:
        since = min(last[limit] + 1, last[0])
    return since


def _since_in_order(stamps: dict[str, int], size: int, limit: int | None = None) -> int:
    """:func:`_since` over all of ``stamps`` when they come in batch order (oldest first, as
    ``StoreClusterer._used`` keeps them): reads the ``len - size`` oldest, not all."""
    n = len(stamps)
    if n == 0:
        return 1
    values = stamps.values()

    def at(pos: int) -> int:  # the stamp ``pos`` places from the oldest
        return next(islice(values, pos, None))

    since = max(1, at(n - size) if n >= size else 1)
    if limit is not None and n > limit and at(n - 1 - limit) >= since:
        since = min(at(n - 1 - limit) + 1, next(reversed(values)))
    return since


def _stale_within(story: StoryState, n_seen: int, more: int) -> bool:
    """Whether ``story.norm_stale`` holds once ``more`` articles are counted, none of them joining it
    (:meth:`~storylens.cluster.StoryState.norm_stale`)."""
    return story.norm_stale(n_seen + more)


class _HeldVectors:
    """The ids whose vectors this writer holds (a view, not a copy: asked once per candidate)."""

    def __init__(self, held: Mapping[str, _Row]):
        self._held = held

    def __contains__(self, aid: object) -> bool:
        row = self._held.get(aid)  # type: ignore[call-overload]
        return row is not None and row.vector is not None


def _ask(k: int) -> int:
    """How many index neighbours to ask for to keep ``k`` clustered ones (near-duplicates are in
    the index but not clustered; too few left -> asked again, wider)."""
    return k + k // 8 + 4
