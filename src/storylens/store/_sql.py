"""What the two SQL backends share: the reads written once over a small dialect table.

A backend subclasses :class:`SQLStoreBase`, names its :class:`Dialect` and gives two
primitives: ``_query(sql, params)`` in its driver's own placeholders, and
``_rows_in(sql, values, extra)`` for a statement whose ``{in}`` stands for "is one of
``values``" (SQLite: ``IN (?, ...)`` over chunks of the list; PostgreSQL: ``= ANY(%s)``
with the list as one parameter). Statements here are written with ``?`` placeholders and
translated by :meth:`SQLStoreBase._native`; what differs by more than that stays in
the backend.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Self

from .._imports import lazy_module
from ._common import kept_ids, story_row
from ._state import decode_state, from_jsonable
from .base import (
    ArticleRecord,
    AssignmentRecord,
    ClusterArticle,
    FailureRecord,
    StoryAlias,
    StoryRow,
    StorySummary,
    outlet_key,
)

if TYPE_CHECKING:
    import numpy as np
else:  # imported on first use: listing stories reads no vector
    np = lazy_module("numpy")

__all__ = ["COMMITS", "COPY_KEYS_FROM", "POSTGRESQL", "SQLITE", "WRITER_BUSY", "Dialect", "SQLStoreBase"]

# meta key: every stored article numbered at or above it has its copy keys (SQLStoreBase.copy_keys_from)
COPY_KEYS_FROM = "copy_keys_from"

# meta key: how many write transactions the store has committed (SQLStoreBase._count_commit: every backend's
# _atomic counts its own), so a writer sees at its lock whether another process wrote since its last batch
COMMITS = "commits"

# Both backends' refusal of a second writer, after the store's path or URL: every command that takes the writer
# lock is named (trial break61u2: a watch held it and the line said "ingest or story correction").
WRITER_BUSY = ("another storylens process is writing to this store (an ingest, watch, stories --refine or story "
               "correction); wait for it to finish, or pass another --db")


@dataclass(frozen=True)
class Dialect:
    """How one SQL backend spells what the shared statements need."""

    name: str
    param: str  # the driver's placeholder
    byte_order: str  # appended to a text column to sort it by bytes (SQLite's default; PostgreSQL's "C")
    no_limit: Any  # LIMIT value meaning "all rows"
    story_keys: str  # a story_state row's (s) key counts as JSON text: [[place, ...], [key, ...], [n, ...]]
    json_object: str = "json_object"  # builds a JSON object from key, value, ... arguments
    json_get: str = "json_extract(metadata, '$.{key}')"  # one key of the metadata column, as JSON


# Three flat arrays of one aggregation pass (the same rows in the same order in each), not an array per key:
# a 32-article batch into 8k read ~10k key counts of its neighbours' stories, and decoding [place, key, n]
# lists, sorting them and converting each again cost ~14 of its client CPU-ms, ~4 now (stop 44).
# SQLite's come in the primary key's order (by key), not sorted by place: _key_counts puts them in their places'
# order. SQLite sorting them (ORDER BY place, key in a subquery: a temporary b-tree per story) cost ~2.2 of the
# ~4.9 CPU-ms of reading the 258 neighbour stories' ~8,000 key counts of a 32-article batch into the synthetic
# 12k store, the client's placing ~1.2 (stop 55, issue 13). PostgreSQL's as they come too: the three aggregates of
# one pass read the same rows in the same order, and an ORDER BY in each sorted a story's keys three times (a
# story's keys grow with it): the 323 neighbour stories' 6,674 counts of a 32-article batch into the 12k synthetic
# store, 7.1 -> 6.0 backend CPU-ms (medians of 6 rounds of 101 runs, warm backend, load ~5; the same key counts
# for all 2,714 stories of that store after _key_counts, stop 78).
SQLITE = Dialect("sqlite", "?", "", -1,
                 "(SELECT json_array(json_group_array(place), json_group_array(key), json_group_array(n))"
                 " FROM story_keys WHERE story = s.story)")
POSTGRESQL = Dialect("postgresql", "%s", ' COLLATE "C"', None,
                     "(SELECT json_build_array(json_agg(k.place), json_agg(k.key), json_agg(k.n)) FROM story_keys k"
                     " WHERE k.story = s.story)::text", "json_build_object", "metadata->'{key}'")

_JSON_KEY = re.compile(r"\w+")


def _key_counts(text: str | None) -> tuple[tuple[str, int], ...]:
    """A story's key counts from :attr:`Dialect.story_keys`' text, in their places' order (key, n)."""
    places, keys, counts = json.loads(text) if text else ([], [], [])
    if not places:  # no key rows: PostgreSQL's json_agg of nothing is null, SQLite's json_group_array []
        return ()
    # A story's places are 0..n-1 (story_key_values numbers them, a growth adds the next): each pair put at
    # its place, in C loops (JSON gives back the str and the int they were). Otherwise (a place held twice,
    # or one missing): sorted by place, then key.
    at = dict(zip(places, zip(keys, counts)))
    if len(at) == len(places):
        try:
            return tuple(map(at.__getitem__, range(len(places))))
        except KeyError:
            pass
    order = sorted(range(len(places)), key=lambda i: (places[i], keys[i]))
    return tuple((keys[i], counts[i]) for i in order)


class SQLStoreBase:
    """Reads, meta values and conveniences every SQL backend answers with the same statements."""

    dialect: ClassVar[Dialect]

    # -- the backend's primitives

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        raise NotImplementedError

    def _rows_in(self, sql: str, values: Sequence[Any], extra: Sequence[Any] = ()) -> list[Any]:
        """Rows of ``sql`` (``?`` placeholders, ``{in}`` before any of ``extra``) for every value."""
        raise NotImplementedError

    def _native(self, sql: str) -> str:
        return sql if self.dialect.param == "?" else sql.replace("?", self.dialect.param)

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._query(self._native(sql), params)

    def articles(self, ids: Sequence[str] | None = None) -> list[ArticleRecord]:
        raise NotImplementedError

    def stories(self, limit: int | None = None, offset: int = 0, ids: Sequence[str] | None = None) -> list[StorySummary]:
        raise NotImplementedError

    def nearest_many(self, vectors: np.ndarray, k: int = 10) -> list[list[tuple[str, float]]]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # -- shared

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get_meta(self, key: str) -> str | None:
        rows = self._q("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    # -- what a writer keeps of the store between its batches, and other processes' commits

    # The store's commit count (meta COMMITS) as this object last knew it: read when it takes the writer lock, moved
    # on by its own commits while nothing else committed; None: not known (then the next lock reads everything anew).
    _commits_known: int | None = None

    def _count_commit(self, db: Any) -> int | None:
        """Inside a write transaction (``db``: the backend's connection): count it in meta COMMITS. Returns the
        count this object knows once the transaction is in (the backend sets :attr:`_commits_known` to it after
        its COMMIT): the new count when the one before it was the known one, else None (another process committed
        since this object last knew it: a lock-less write, or a reader that never took the lock)."""
        bump = ("INSERT INTO meta(key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE"
                " SET value = CAST(CAST(meta.value AS BIGINT) + 1 AS TEXT)")
        if self.dialect is SQLITE:  # RETURNING needs SQLite 3.35; a second statement costs it ~2 us
            db.execute(bump, (COMMITS,))
            row = db.execute("SELECT value FROM meta WHERE key = ?", (COMMITS,)).fetchone()
        else:  # one round trip (on the commit thread: the writer's next batch goes on meanwhile)
            row = db.execute(self._native(bump + " RETURNING value"), (COMMITS,)).fetchone()
        now = int(row[0])
        return now if self._commits_known == now - 1 else None

    def _catch_up(self) -> None:
        """Just after taking the writer lock: when another process committed since this object's last batch (or
        it never held the lock), forget what it keeps of the store as the lock holder, which assumes it is the
        store's only writer (:meth:`_forget_kept`). One read of one meta row (trial break61u2 H1: a ``watch``
        between its polls did not see another ``ingest``'s articles and opened a second story for one of them)."""
        rows = self._q("SELECT value FROM meta WHERE key = ?", (COMMITS,))
        now = int(rows[0][0]) if rows else 0
        if now != self._commits_known:
            self._forget_kept()
        self._commits_known = now

    def _forget_kept(self) -> None:
        """Drop what this object keeps of the store's rows between batches (the backend adds its vector copies)."""
        self._candidate_rows = {}

    def copy_keys_from(self) -> int:
        """The lowest article number from which every stored article has its copy keys (``store.add_copy_keys``;
        rows stored before the copy keys' migration, SQLite 14 / PostgreSQL 13, have none): the store's mark
        (meta ``copy_keys_from``, moved down by :func:`storylens.stream.dedup.backfill_copy_keys`), else the
        first keyed article's number (one scan of the keys: the mark is written by the first backfill), else
        one past the last article (none keyed), 0 for an empty store."""
        text = self.get_meta(COPY_KEYS_FROM)
        if text is not None:
            return int(text)
        first = self._q("SELECT min(num) FROM copy_keys")[0][0]
        if first is not None:
            return int(first)
        last = self._q("SELECT max(num) FROM articles")[0][0]
        return int(last) + 1 if last is not None else 0

    def cluster_settings(self) -> dict[str, Any] | None:
        text = self.get_meta("clusterer")
        return decode_state(text) if text else None

    def cluster_counters(self) -> dict[str, Any] | None:
        """The clusterer's stream counters ({"n", "lo", "hi", "dim"}; None before the first ingest)."""
        text = self.get_meta("cluster_counters")
        return json.loads(text) if text else None

    def story_norms(self, stories: Sequence[str] | None = None) -> dict[str, tuple[int, int, float]]:
        sql = "SELECT story, size, n_seen, value FROM story_norms"
        rows = self._q(sql) if stories is None else self._rows_in(sql + " WHERE story {in}", list(stories))
        return {r[0]: (int(r[1]), int(r[2]), float(r[3])) for r in rows}

    def load_state(self) -> dict[str, Any] | None:
        """The clusterer's settings and story norms (None before the first ingest)."""
        settings = self.cluster_settings()
        return None if settings is None else {"settings": settings, "norms": self.story_norms()}

    def cluster_articles(self, ids: Sequence[str]) -> dict[str, ClusterArticle]:
        """The clustered articles among ``ids``: place in the stream, story, date, language. Those whose rows the
        writer's last candidate search read with their ids (:meth:`_candidate_ids`) are not read again."""
        want = list(dict.fromkeys(ids))
        kept, self._candidate_rows = self._candidate_rows, {}
        out = {a: r for a in want if (r := kept.get(a)) is not None}
        rest = [a for a in want if a not in kept]
        rows = self._rows_in("SELECT s.article_id, s.pos, s.story, a.published, a.language FROM assignments s"
                             " JOIN articles a ON a.id = s.article_id WHERE s.article_id {in} AND s.pos IS NOT NULL",
                             rest) if rest else []
        out.update((r[0], ClusterArticle(r[0], int(r[1]), r[2], r[3], r[4])) for r in rows)
        return out

    # The cluster rows (ClusterArticle; None: not clustered) of the articles whose ids the writer's last candidate
    # search read (_candidate_ids), for the cluster_articles call that follows it; emptied by that call and by writes.
    _candidate_rows: dict[str, ClusterArticle | None] = {}  # noqa: RUF012 - replaced, never changed in place

    def _candidate_ids(self, nums: Sequence[int], writer: bool) -> dict[int, str]:
        """Article number -> id of ``nums`` (the backend's ``_ids_of``: kept for the next searches). A ``writer``
        reads the ids it lacks with the articles' cluster rows, in one query (by number, a join): the clusterer
        asks for exactly those next (:meth:`cluster_articles`: StoreClusterer._take_candidates), and reading them
        by id again cost a second statement (~500 ids of a 32-article batch into an 8k store, ~14 of its CPU-ms
        on SQLite, a round trip on PostgreSQL: stop 47)."""
        self._candidate_rows = {}
        if not writer:
            return self._ids_of(nums)
        rows: dict[str, ClusterArticle | None] = {}

        def fetch(missing: list[int]) -> list[tuple[int, str]]:
            got = self._rows_in("SELECT a.num, a.id, s.pos, s.story, a.published, a.language FROM articles a"
                                " LEFT JOIN assignments s ON s.article_id = a.id AND s.pos IS NOT NULL"
                                " WHERE a.num {in}", missing)
            rows.update((r[1], None if r[2] is None else ClusterArticle(r[1], int(r[2]), r[3], r[4], r[5]))
                        for r in got)
            return [(int(r[0]), r[1]) for r in got]

        known = kept_ids(self._id_cache(), nums, fetch)
        self._candidate_rows = rows
        return {n: known[n] for n in nums if n in known}

    def _ids_of(self, nums: Sequence[int]) -> dict[int, str]:
        raise NotImplementedError

    def _id_cache(self) -> dict[int, str]:
        """The backend's kept article number -> id (``_ids_of``'s)."""
        raise NotImplementedError

    def story_rows(self, stories: Sequence[str]) -> dict[str, StoryRow]:
        """The kept sums of the stories among ``stories`` that have a row (two or more members)."""
        rows = self._rows_in("SELECT s.story, s.created, s.size, s.vector_sum, s.first_date, s.last_date, s.languages,"
                             f" {self.dialect.story_keys} FROM story_state s WHERE s.story {{in}}", list(stories))
        return {r[0]: story_row(r, _key_counts(r[7])) for r in rows}

    def story_members(self, stories: Sequence[str]) -> dict[str, list[tuple[str, int]]]:
        """Each story's clustered members as (article id, place in the stream), in stream order."""
        out: dict[str, list[tuple[str, int]]] = {}
        rows = self._rows_in("SELECT story, article_id, pos FROM assignments WHERE story {in} AND pos IS NOT NULL",
                             list(stories))
        for sid, aid, pos in sorted(rows, key=lambda r: r[2]):
            out.setdefault(sid, []).append((aid, int(pos)))
        return out

    def opening_events(self, ids: Sequence[str]) -> dict[str, str]:
        """The stored opening events (:attr:`StoreBatch.events <storylens.store.base.StoreBatch.events>`) of
        the articles among ``ids`` that have one (none for rows stored before the table)."""
        return {r[0]: r[1] for r in self._rows_in("SELECT article_id, event FROM opening_events WHERE article_id {in}",
                                                   list(dict.fromkeys(ids)))}

    def verdict_readings(self, ids: Sequence[str]) -> dict[str, str]:
        """The stored verdict readings (:attr:`StoreBatch.readings <storylens.store.base.StoreBatch.readings>`) of
        the articles among ``ids`` that have one (none for rows stored before the table, or never read)."""
        return {r[0]: r[1] for r in self._rows_in("SELECT article_id, reading FROM verdict_readings WHERE article_id {in}",
                                                   list(dict.fromkeys(ids)))}

    def verdict_rows(self, ids: Sequence[str]) -> dict[str, tuple[str, bytes | None]]:
        """The stored verdict readings of the articles among ``ids`` that have one, each with its stored analysis
        (:attr:`StoreBatch.analyses <storylens.store.base.StoreBatch.analyses>`; None for a row without one)."""
        return {r[0]: (r[1], None if r[2] is None else bytes(r[2])) for r in self._rows_in(
            "SELECT article_id, reading, analysis FROM verdict_readings WHERE article_id {in}", list(dict.fromkeys(ids)))}

    def entity_df(self, keys: Sequence[str]) -> dict[str, int]:
        """In how many clustered articles each of ``keys`` occurs (keys never seen are left out)."""
        return {k: int(n) for k, n in self._rows_in("SELECT key, n FROM entity_df WHERE key {in}", list(keys))}

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return {r[0] for r in self._rows_in("SELECT id FROM articles WHERE id {in}", list(dict.fromkeys(ids)))}

    def known_sources(self, sources: Iterable[str]) -> set[str]:
        return {r[0] for r in self._rows_in("SELECT source FROM articles WHERE source {in}",
                                            list(dict.fromkeys(sources)))}

    def article(self, article_id: str) -> ArticleRecord | None:
        found = self.articles([article_id])
        return found[0] if found else None

    def find_articles(self, prefix: str) -> list[str]:
        """Article ids starting with ``prefix``, or whose external id is ``prefix`` (lets users type a short id)."""
        rows = self._q("SELECT id FROM articles WHERE substr(id, 1, ?) = ? OR external_id = ? ORDER BY num LIMIT 5",
                       (len(prefix), prefix, prefix))
        return [r[0] for r in rows]

    def article_metadata(self, ids: Sequence[str] | None, keys: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
        """Each stored article's metadata object, its text never read: ``{id: metadata}`` (unknown ids
        left out; ``ids=None``: every article). ``keys`` reads only those keys (``("carried_by",)``), of the
        articles that have one of them (the others are left out too). Raises ValueError for a key that
        is not a plain word."""
        column, having = "metadata", ""
        if keys is not None:
            if not keys or not all(_JSON_KEY.fullmatch(k) for k in keys):
                raise ValueError(f"metadata keys must be plain words: {list(keys)!r}")
            values = [self.dialect.json_get.format(key=k) for k in keys]
            pairs = ", ".join(f"'{k}', {v}" for k, v in zip(keys, values))
            column = f"{self.dialect.json_object}({pairs})"
            having = " AND (" + " OR ".join(f"{v} IS NOT NULL" for v in values) + ")"
        out = {}
        sql = f"SELECT id, {column} FROM articles WHERE id {{in}}{having}"
        for aid, meta in (self._q(sql.replace("{in}", "IS NOT NULL")) if ids is None
                          else self._rows_in(sql, list(dict.fromkeys(ids)))):
            meta = json.loads(meta or "{}") if isinstance(meta, str | bytes) else meta or {}
            out[aid] = from_jsonable({k: v for k, v in meta.items() if v is not None} if keys is not None else meta)
        return out

    def _story_copies(self, members: Mapping[str, Sequence[ArticleRecord]], every: bool = False
                      ) -> dict[str, tuple[int, list[str], list[str | None], list[str]]]:
        """Each story's near-duplicates (how many), the outlets of its copies: one per near-duplicate
        with an outlet and per copy another outlet carried (``metadata.carried_by``), each copy's
        language (a carried copy is in its article's language), and the publication dates of the
        versions its members' own outlets filed (their span is the story's); see StorySummary.
        ``every``: ``members`` holds every story (each read without an IN list of every id)."""
        out: dict[str, tuple[int, list[str], list[str | None], list[str]]] = {sid: (0, [], [], []) for sid in members}
        sql = ("SELECT s.story, d.outlet, d.language, o.outlet, d.published FROM articles d"
               " JOIN assignments s ON s.article_id = d.duplicate_of"
               " JOIN articles o ON o.id = d.duplicate_of WHERE s.story {in}")
        rows = self._q(sql.replace("{in}", "IS NOT NULL")) if every else self._rows_in(sql, list(members))
        for sid, outlet, language, own, published in rows:
            if sid not in out:  # a story assigned after ``members`` was read
                continue
            n, outlets, languages, versions = out[sid]
            # a version from the original's own outlet (a correction) is no other outlet's copy (trial 8: "AFP 2")
            if outlet and outlet_key(outlet) != outlet_key(own):
                outlets.append(outlet)
                languages.append(language)
            elif published and outlet and own and outlet_key(outlet) == outlet_key(own):
                # a version only when both name the outlet (versions.is_version): a copy naming none is
                # nobody's update, and its date (a re-post months later) is no news of the story
                versions.append(published)
            out[sid] = (n + 1, outlets, languages, versions)
        carried = self.article_metadata(None if every else [a.id for arts in members.values() for a in arts],
                                        keys=("carried_by",))
        for sid, arts in members.items():
            for a in arts:
                for c in carried.get(a.id, {}).get("carried_by") or ():
                    if isinstance(c, dict) and c.get("outlet"):
                        out[sid][1].append(str(c["outlet"]))
                        out[sid][2].append(a.language)
        return out

    def article_dates(self, ids: Sequence[str]) -> dict[str, str | None]:
        """Publication date (YYYY-MM-DD or None) of each article."""
        return dict(self._rows_in("SELECT id, published FROM articles WHERE id {in}", list(ids)))

    def assignments(self, ids: Sequence[str] | None = None) -> dict[str, AssignmentRecord]:
        sql = "SELECT article_id, story, score, new_story, nearest, shared_entities, reason FROM assignments"
        rows = self._q(sql) if ids is None else self._rows_in(sql + " WHERE article_id {in}", list(ids))
        return {r[0]: AssignmentRecord(r[0], r[1], float(r[2]), bool(r[3]), r[4], tuple(json.loads(r[5])), r[6])
                for r in rows}

    def corrections(self) -> list[tuple[int, str, dict[str, Any]]]:
        return [(int(r[0]), r[1], json.loads(r[2])) for r in self._q("SELECT id, op, args FROM corrections ORDER BY id")]

    def story_alias(self, story_id: str) -> StoryAlias | None:
        rows = self._q("SELECT old, new, op FROM story_aliases WHERE old = ?", (story_id,))
        return StoryAlias(*rows[0]) if rows else None

    def retired_story_ids(self, prefix: str = "", limit: int | None = None) -> list[str]:
        """Retired story ids (merged, split, moved or renamed away) starting with ``prefix``, sorted by bytes."""
        rows = self._q(f"SELECT old{self.dialect.byte_order} AS o FROM story_aliases WHERE substr(old, 1, ?) = ?"
                       " ORDER BY o LIMIT ?", (len(prefix), prefix, self.dialect.no_limit if limit is None else limit))
        return [r[0] for r in rows]

    def failures(self) -> list[FailureRecord]:
        return [FailureRecord(*r) for r in self._q(
            f"SELECT source, stage, reason, kind FROM failures ORDER BY source{self.dialect.byte_order}")]

    def story_ids(self, prefix: str = "", limit: int | None = None) -> list[str]:
        """Current story ids starting with ``prefix``, sorted (by bytes, on every backend)."""
        rows = self._q(f"SELECT DISTINCT story{self.dialect.byte_order} AS s FROM assignments"
                       " WHERE substr(story, 1, ?) = ? ORDER BY s LIMIT ?",
                       (len(prefix), prefix, self.dialect.no_limit if limit is None else limit))
        return [r[0] for r in rows]

    def count_stories(self) -> int:
        return int(self._q("SELECT count(DISTINCT story) FROM assignments")[0][0])

    def story(self, story_id: str) -> StorySummary | None:
        found = self.stories(ids=[story_id])
        return found[0] if found else None

    def nearest(self, vector: np.ndarray, k: int = 10) -> list[tuple[str, float]]:
        """Stored articles closest to ``vector`` as (id, cosine), best first."""
        return self.nearest_many(np.asarray(vector, dtype=np.float32).reshape(1, -1), k)[0]
