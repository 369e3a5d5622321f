"""The default store backend: one SQLite file plus its vector index file.

* one SQLite file (default ``./storylens.db``) in WAL mode, so readers (the CLI,
  a web UI) never block the single writer;
* a versioned schema changed only by the steps registered on :data:`MIGRATIONS`,
  recorded in the ``migrations`` table;
* FTS5 over title and text (external-content table: the text is stored once);
* each article's vector stored once, as float16 (1 KiB per 512-d vector; recall in
  ``benchmarks/store_size.py``), in a usearch HNSW index saved beside the database
  (``<db>.usearch``; it answers both search and the clusterer's neighbour queries:
  the one vector index; below ``EXACT_BELOW`` vectors both are exact scans and its
  graph is the sparsest, built in full when the store reaches that size). The ``vectors`` table is its journal: a vector is committed
  there with its article, and its row is deleted only once an index file holding it
  has been written, synced and renamed into place; opening reads the file and adds
  the journal. So a crash at any point loses and duplicates nothing, but the file is
  data, not a cache: back up ``<db>`` and ``<db>.usearch`` together.

The single-writer lock (:meth:`SQLiteStore.writer`) is a ``.lock`` file beside
the database's *resolved* path, so two paths to one file (a symlink, ``./x``
and ``x``) share one lock; readers are never blocked.

One :meth:`SQLiteStore.write_batch` call is one transaction: an interrupted run
never leaves half a batch (articles without assignments, a clusterer state that
does not match the assignments).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._imports import lazy_module
from .._paths import has_surrogates, shown_path
from ..errors import StoreBusyError, StoreError
from ..settings import DEFAULT
from ._cjk import collapse, has_cjk, index_form
from ._common import (
    CANDIDATE_BREADTH,
    IDS_KEPT,
    chunked,
    cluster_counters_of,
    copy_candidates_of,
    kept_ids,
    now,
    query_words,
    search_alternatives,
    story_key_values,
    story_row_values,
    summary,
    unit_rows,
)
from ._exact import EXACT_BELOW, ROOM, ExactScan
from ._migrations import Migrations
from ._sql import COPY_KEYS_FROM, SQLITE, WRITER_BUSY, SQLStoreBase
from ._state import decode_state, encode_state, metadata_json, row_metadata
from .base import (
    METADATA_COLUMNS,
    ArticleRecord,
    AssignmentRecord,
    ClusterDelta,
    MetadataUpdate,
    StoreBatch,
    StoryAlias,
    StorySummary,
    history_aliases,
    outlet_key,
    split_legacy_state,
)

if TYPE_CHECKING:
    import numpy as np
else:  # imported on first use: listing stories reads no vector
    np = lazy_module("numpy")

__all__ = ["DEFAULT_DB", "MIGRATIONS", "SCHEMA_VERSION", "SQLiteStore"]

DEFAULT_DB = "storylens.db"

# Meta key: {"count", "upto"} of the saved index file, written with the journal rows it replaced.
_FILE_META = "vector_file"

# ---------------------------------------------------------------- migrations

MIGRATIONS = Migrations("sqlite")


@MIGRATIONS.step(1, "initial schema")
def _m1_initial(db: sqlite3.Connection) -> None:
    _run_script(
        db,
        """
        CREATE TABLE articles (
            num INTEGER PRIMARY KEY,          -- label in the vector index, FTS rowid
            id TEXT NOT NULL UNIQUE,          -- content hash of the normalised text
            external_id TEXT,
            source TEXT NOT NULL,
            url TEXT, outlet TEXT, title TEXT, language TEXT, published TEXT,
            text TEXT NOT NULL,
            metadata TEXT NOT NULL DEFAULT '{}',
            duplicate_of TEXT REFERENCES articles(id),
            duplicate_reason TEXT,
            added TEXT NOT NULL
        );
        CREATE INDEX articles_source ON articles(source);
        CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
        CREATE VIRTUAL TABLE article_fts USING fts5(
            title, text, content='articles', content_rowid='num',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TABLE vectors (
            num INTEGER PRIMARY KEY REFERENCES articles(num),
            model TEXT NOT NULL,
            vec BLOB NOT NULL
        );
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id),
            key TEXT NOT NULL,
            PRIMARY KEY (article_id, key)
        ) WITHOUT ROWID;
        CREATE INDEX entities_key ON entities(key);
        CREATE TABLE assignments (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            story TEXT NOT NULL,
            score REAL NOT NULL,
            new_story INTEGER NOT NULL,
            nearest TEXT,
            shared_entities TEXT NOT NULL DEFAULT '[]',
            reason TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX assignments_story ON assignments(story);
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            op TEXT NOT NULL,
            args TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE TABLE failures (
            source TEXT PRIMARY KEY,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            kind TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """
    )


@MIGRATIONS.step(2, "story aliases")
def _m2_story_aliases(db: sqlite3.Connection) -> None:
    # Retired story ids (merged, split, renamed) and where they went: every old id resolves.
    db.execute("CREATE TABLE story_aliases (old TEXT PRIMARY KEY, new TEXT NOT NULL, op TEXT NOT NULL,"
               " created TEXT NOT NULL)")
    row = db.execute("SELECT value FROM meta WHERE key = 'clusterer_state'").fetchone()
    for alias in history_aliases(decode_state(row[0]).get("history", []) if row else []):
        db.execute("INSERT OR REPLACE INTO story_aliases VALUES (?,?,?,?)", (alias.old, alias.new, alias.op, _now()))


@MIGRATIONS.step(3, "vectors as float16")
def _m3_float16_vectors(db: sqlite3.Connection) -> None:
    # Half the bytes, and the stream rounds every vector to float16 before
    # clustering, so what is stored is exactly what the clusterer used.
    db.create_function("storylens_f16", 1,
                       lambda blob: np.frombuffer(blob, dtype=np.float32).astype(np.float16).tobytes())
    db.execute("UPDATE vectors SET vec = storylens_f16(vec)")


@MIGRATIONS.step(4, "clusterer state as rows")
def _m4_cluster_rows(db: sqlite3.Connection) -> None:
    # The clusterer's state was one JSON blob rewritten on every batch (O(store size)
    # per batch); now its settings are one small meta value, the per-story entity
    # norms are rows, and everything per article comes from the article tables.
    db.execute("CREATE TABLE story_norms (story TEXT PRIMARY KEY, size INTEGER NOT NULL, n_seen INTEGER NOT NULL,"
               " value REAL NOT NULL)")
    row = db.execute("SELECT value FROM meta WHERE key = 'clusterer_state'").fetchone()
    if row:
        settings, norms = split_legacy_state(decode_state(row[0]))
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('clusterer', ?)", (encode_state(settings),))
        db.executemany("INSERT OR REPLACE INTO story_norms VALUES (?,?,?,?)",
                       [(sid, int(c[0]), int(c[1]), float(c[2])) for sid, c in norms.items()])
        db.execute("DELETE FROM meta WHERE key = 'clusterer_state'")


@MIGRATIONS.step(5, "clusterer state read a story at a time")
def _m5_lazy_cluster_state(db: sqlite3.Connection) -> None:
    # Each clustered article's place in the clusterer's stream (members are summed in that
    # order), the entity keys' document frequencies, and the stream counters: with them a
    # writer loads only the stories its new articles' neighbours are in, never every article.
    db.execute("ALTER TABLE assignments ADD COLUMN pos INTEGER")
    db.execute("CREATE TEMP TABLE _pos AS SELECT s.article_id AS article_id,"
               " row_number() OVER (ORDER BY a.num) - 1 AS pos FROM assignments s"
               " JOIN articles a ON a.id = s.article_id WHERE a.duplicate_of IS NULL")
    db.execute("UPDATE assignments SET pos = p.pos FROM _pos p WHERE p.article_id = assignments.article_id")
    db.execute("DROP TABLE _pos")
    db.execute("CREATE TABLE entity_df (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    # Stories of two or more members: their running sums (rows appear as stories are next touched).
    db.execute("CREATE TABLE story_state (story TEXT PRIMARY KEY, created INTEGER NOT NULL, size INTEGER NOT NULL,"
               " vector_sum BLOB NOT NULL, first_date TEXT, last_date TEXT, entity_counts TEXT NOT NULL,"
               " languages TEXT NOT NULL)")
    db.execute("INSERT INTO entity_df SELECT e.key, count(*) FROM entities e JOIN assignments s"
               " ON s.article_id = e.article_id WHERE s.pos IS NOT NULL GROUP BY e.key")
    if db.execute("SELECT 1 FROM meta WHERE key = 'clusterer'").fetchone():
        days = [r[0] for r in db.execute("SELECT DISTINCT a.published FROM assignments s JOIN articles a"
                                         " ON a.id = s.article_id WHERE s.pos IS NOT NULL")]
        blob = db.execute("SELECT v.vec FROM vectors v LIMIT 1").fetchone()
        n = db.execute("SELECT count(*) FROM assignments WHERE pos IS NOT NULL").fetchone()[0]
        counters = cluster_counters_of(n, days, len(blob[0]) // 2 if blob else 0)
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('cluster_counters', ?)", (json.dumps(counters),))
    db.execute("DELETE FROM meta WHERE key = 'blob:cluster.hnsw'")  # the clusterer keeps no index of its own


@MIGRATIONS.step(6, "entity keys stored once per article, indexed by article number")
def _m6_compact_entities(db: sqlite3.Connection) -> None:
    # The (article id, key) table and its key index held every key twice beside a 16-byte id
    # (1.5 KiB per article on dev texts); now each article's keys are one column, and the
    # inverted index is (key, article number) in one WITHOUT ROWID b-tree.
    db.execute("ALTER TABLE articles ADD COLUMN keys TEXT")
    db.execute("UPDATE articles SET keys = (SELECT group_concat(e.key, char(31)) FROM entities e"
               " WHERE e.article_id = articles.id)")
    db.execute("CREATE TABLE entity_index (key TEXT NOT NULL, num INTEGER NOT NULL, PRIMARY KEY (key, num))"
               " WITHOUT ROWID")
    db.execute("INSERT INTO entity_index SELECT e.key, a.num FROM entities e JOIN articles a ON a.id = e.article_id")
    db.execute("DROP TABLE entities")


@MIGRATIONS.step(7, "full-text index without token positions")
def _m7_fts_without_positions(db: sqlite3.Connection) -> None:
    # Search asks for single words (OR), so the index needs which rows hold a token, not where:
    # detail=none halves it (1.21 -> 0.64 KiB per article on dev texts); bm25 and snippet()
    # tokenize the matched rows again, and gave the same hits, order and snippets on 180 queries
    # (benchmarks/store_size.py). The articles table is the index's content: rebuilt from it.
    db.execute("DROP TABLE article_fts")
    db.execute("CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='num',"
               " tokenize='unicode61 remove_diacritics 2', detail=none)")
    db.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")


@MIGRATIONS.step(8, "vectors kept once, in the index file")
def _m8_one_vector_copy(db: sqlite3.Connection) -> None:
    """The vectors table becomes the journal of vectors not yet saved to the index file
    (<db>.usearch, float16): the first save of the index moves them there. Nothing to
    change in the table; the step makes an older StoryLens refuse a store whose table
    no longer holds every vector. The hnswlib file (<db>.hnsw) goes after the step."""


@MIGRATIONS.step(9, "Chinese and Japanese searchable: the full-text index reads character bigrams")
def _m9_cjk_bigrams(db: sqlite3.Connection) -> None:
    # unicode61 keeps a run of Han or kana characters as one token ("德国总理朔尔茨表示"), so no
    # word inside it could be found. The index now reads its text through the view below, in
    # which such runs are bigram tokens (_cjk.index_form; the function is registered on
    # every connection); search asks for a CJK word's bigrams. Other text is indexed as before.
    # articles.cjk marks the articles with such characters: only they go through the function
    # (bm25 and snippet() read every matched row again; the call on all of them made a Latin
    # search 2.4x dearer).
    db.execute("ALTER TABLE articles ADD COLUMN cjk INTEGER NOT NULL DEFAULT 0")
    db.execute(f"UPDATE articles SET cjk = 1 WHERE {_FTS_FORM}(title) IS NOT title OR {_FTS_FORM}(text) IS NOT text")
    db.execute("DROP TABLE article_fts")
    db.execute(f"CREATE VIEW article_fts_content AS SELECT num,"
               f" CASE WHEN cjk THEN {_FTS_FORM}(title) ELSE title END AS title,"
               f" CASE WHEN cjk THEN {_FTS_FORM}(text) ELSE text END AS text FROM articles")
    db.execute("CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='article_fts_content',"
               " content_rowid='num', tokenize='unicode61 remove_diacritics 2', detail=none)")
    db.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")


@MIGRATIONS.step(10, "a story's key counts as rows, added to as it grows")
def _m10_story_keys(db: sqlite3.Connection) -> None:
    # story_state.entity_counts held all of a story's key counts as one JSON text, rewritten
    # whenever the story grew: a story's keys grow with it, so each batch cost more as the
    # stream's stories grew. Now each count is a row; a story that grows adds to its rows.
    db.execute("CREATE TABLE story_keys (story TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL,"
               " place INTEGER NOT NULL, PRIMARY KEY (story, key)) WITHOUT ROWID")
    for sid, counts in db.execute("SELECT story, entity_counts FROM story_state").fetchall():
        db.executemany("INSERT INTO story_keys VALUES (?,?,?,?)", story_key_values(sid, json.loads(counts)))
    db.execute("ALTER TABLE story_state DROP COLUMN entity_counts")


@MIGRATIONS.step(11, "Latin names found in Cyrillic and Greek articles: the index keeps their Latin spellings")
def _m11_spellings(db: sqlite3.Connection) -> None:
    # "Sepulveda" must find a Russian "Сепульведа" (trial 9): an article's Cyrillic and Greek words are
    # also indexed as anyascii spells them (text.search_spellings), in a third column read from
    # articles.spelled (kept, not computed at each read: snippet() and bm25 read whole rows).
    # The tokenizer already folds Latin marks ("Sepúlveda" = "Sepulveda").
    db.execute("ALTER TABLE articles ADD COLUMN spelled TEXT")
    rows = db.execute("SELECT num, title, text FROM articles").fetchall()
    db.executemany("UPDATE articles SET spelled = ? WHERE num = ?",
                   [(v, num) for num, title, text in rows if (v := _spelled(title, text))])
    db.execute("DROP TABLE article_fts")
    db.execute("DROP VIEW article_fts_content")
    db.execute(f"CREATE VIEW article_fts_content AS SELECT num,"
               f" CASE WHEN cjk THEN {_FTS_FORM}(title) ELSE title END AS title,"
               f" CASE WHEN cjk THEN {_FTS_FORM}(text) ELSE text END AS text, spelled FROM articles")
    db.execute("CREATE VIRTUAL TABLE article_fts USING fts5(title, text, spelled, content='article_fts_content',"
               " content_rowid='num', tokenize='unicode61 remove_diacritics 2', detail=none)")
    db.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")


@MIGRATIONS.step(12, "the moment an article was published, beside its day")
def _m12_published_at(db: sqlite3.Connection) -> None:
    # An update filed the same day as its original was ordered by ingest (trial: "killed: at least 11 ->
    # at least nine"). Rows stored before keep NULL: their source's time of day was never kept.
    db.execute("ALTER TABLE articles ADD COLUMN published_at TEXT")


@MIGRATIONS.step(13, "articles whose text cleaning leaves as it is")
def _m13_plain_texts(db: sqlite3.Connection) -> None:
    # A near-duplicate check cleaned each stored candidate's text again (~0.7 CPU-ms a text: 90 of a
    # 32-article ingest's ~380 CPU-ms into a 12k store); a text with nothing to remove is shingled as
    # stored. Rows stored before keep 0: cleaned as before.
    db.execute("ALTER TABLE articles ADD COLUMN plain INTEGER NOT NULL DEFAULT 0")


@MIGRATIONS.step(14, "copy keys: a stored article's copy found outside the writer's candidate window")
def _m14_copy_keys(db: sqlite3.Connection) -> None:
    # Rows stored before have no keys: a copy of one is found only inside the window (by vector).
    db.execute("CREATE TABLE copy_keys (key INTEGER NOT NULL, num INTEGER NOT NULL, PRIMARY KEY (key, num))"
               " WITHOUT ROWID")


@MIGRATIONS.step(15, "opening events: what a stored article's opening says of its event, read once")
def _m15_opening_events(db: sqlite3.Connection) -> None:
    # The online join's events rule read a stored neighbour's opening by cleaning its text again (~5 CPU-ms
    # each, ~25 of a 32-article ingest into an 8k store, stop 42). Rows stored before have none: read as before.
    db.execute("CREATE TABLE opening_events (article_id TEXT PRIMARY KEY, event TEXT NOT NULL) WITHOUT ROWID")


@MIGRATIONS.step(16, "verdict readings: a stored article's text as the same-story verdict's rules read it, read once")
def _m16_verdict_readings(db: sqlite3.Connection) -> None:
    # The verdict's rules cleaned a stored candidate's text again in every process that read it (~26 CPU-ms of a
    # 32-article ingest into a 12k store, 18 of them dateparser, stop 59). Rows stored before have none: read as before.
    db.execute("CREATE TABLE verdict_readings (article_id TEXT PRIMARY KEY, reading TEXT NOT NULL) WITHOUT ROWID")



@MIGRATIONS.step(17, "Arabic words with vowel marks: the index keeps them without their marks too")
def _m17_arabic_marks(db: sqlite3.Connection) -> None:
    # "عمان" must find "عمّان" and back (robust67): the tokenizer keeps the marks; an article's marked words are
    # also indexed without them (articles.spelled, text.search_spellings) and a query is asked without them.
    # Only the articles with a mark change; their index rows are replaced (an external-content FTS5 index).
    from ..text import ARABIC_MARK as marked

    for num, title, text, spelled in db.execute("SELECT num, title, text, spelled FROM articles").fetchall():
        if not marked.search(f"{title or ''}\n{text or ''}"):
            continue
        db.execute("UPDATE articles SET spelled = ? WHERE num = ?", (new := _spelled(title, text), num))
        db.execute("INSERT INTO article_fts(article_fts, rowid, title, text, spelled) VALUES ('delete', ?, ?, ?, ?)",
                   (num, _fts_form(title or ""), _fts_form(text), spelled))
        db.execute("INSERT INTO article_fts(rowid, title, text, spelled) VALUES (?,?,?,?)",
                   (num, _fts_form(title or ""), _fts_form(text), new))


@MIGRATIONS.step(18, "verdict analyses: the verdict rules' analysis of a stored reading, with its code's version")
def _m18_verdict_analyses(db: sqlite3.Connection) -> None:
    # The rules analysed a stored candidate's reading again in every process that read it (3-7 CPU-ms a text, ~50
    # of a 32-article ingest into a 12k store with the pair rules', pg79). Rows stored before have none: analysed as
    # before, and stored with the analysis when read again.
    db.execute("ALTER TABLE verdict_readings ADD COLUMN analysis BLOB")


SCHEMA_VERSION = MIGRATIONS.latest

# The full-text index's form of a title or text (migration 9). Its separator is a format
# character that unicode61 splits at and that snippets turn back into the text (collapse).
_FTS_FORM = "storylens_fts_form"
_OUTLET_KEY = "storylens_outlet_key"
_FTS_SEP = "\u2063"


def _fts_form(text: str | None) -> str | None:
    return index_form(text, _FTS_SEP)


def _spelled(title: str | None, text: str | None) -> str | None:
    """articles.spelled: the Latin spellings of an article's Cyrillic and Greek words (migration 11)."""
    from ..text import search_spellings

    return search_spellings(f"{title or ''}\n{text or ''}") or None


def _cjk_flag(title: str | None, text: str | None) -> int:
    """articles.cjk: whether the index reads the row through _fts_form (it changes the row)."""
    return int(has_cjk(title) or has_cjk(text))


def _run_script(db: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT first, breaking the migration's transaction.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


# ---------------------------------------------------------------- SQLite


_now = now


def _fix_for(exc: sqlite3.Error) -> str:
    msg = str(exc).lower()
    if "locked" in msg or "busy" in msg:
        return "another storylens process is writing to it; wait for it to finish or pass another --db"
    if "not a database" in msg or "malformed" in msg:
        return "the file is not a StoryLens database or is damaged; pass another --db or restore a backup"
    if "unable to open" in msg or "readonly" in msg or "read-only" in msg:
        return "check that the directory exists and is writable, or pass another --db"
    if "disk" in msg or "full" in msg:
        return "free disk space or pass a --db on another disk"
    return "pass another --db, or delete the file to start over"



_KEY_SEP = "\x1f"  # between an article's entity keys in articles.keys

# Page size of new stores: see benchmarks/store_size.py (db_kib_per_article_by_page_size).
PAGE_SIZE = 8192
# Bytes of the database file read through a memory map (SQLiteStore.__init__): 256 MiB, ~100k articles' pages.
MMAP_SIZE = 256 * 1024 * 1024

# Stored vector precision (migration 3). The index and every caller work in float32.
_VEC_DTYPE = "float16"  # numpy reads the name: no numpy import to open a store

_COLS = ("id, source, text, external_id, url, outlet, title, language, published, metadata,"
         " duplicate_of, duplicate_reason, added, published_at, plain")
# Listing columns: no text, and only the ``lead`` and ``fuller_of`` (a near-duplicate that is the fuller text of
# its canonical: stream.versions.fuller_copies) from the metadata (story lists stay cheap), and its reading
# ``warnings`` (a damaged gzip member, a capture cut short: shown beside the article, robust66).
_LIGHT = ("a.id, a.source, '', a.external_id, a.url, a.outlet, a.title, a.language, a.published,"
          " json_object('lead', json_extract(a.metadata, '$.lead'), 'fuller_of', json_extract(a.metadata, '$.fuller_of'),"
          " 'warnings', json_extract(a.metadata, '$.warnings')),"
          " a.duplicate_of, a.duplicate_reason, a.added,"
          " a.published_at, a.plain")


def _row(r: Sequence[Any]) -> ArticleRecord:
    raw = r[9] or "{}"
    return ArticleRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], metadata=row_metadata(json.loads(raw), raw),
                         duplicate_of=r[10], duplicate_reason=r[11], added=r[12], published_at=r[13], plain=bool(r[14]))


def _index_rows(index: Any, nums: Sequence[int] | np.ndarray) -> np.ndarray:
    """The vectors of ``nums`` in ``index`` as one (len(nums), dim) array in the index's dtype."""
    keys = np.asarray(nums, dtype=np.uint64)
    compiled = getattr(index, "_compiled", None)
    if compiled is not None and getattr(index.dtype, "name", None) == "F16":
        # the stored halves as they are (uint16 rows): Index.get makes the same call, then a numpy view of each
        # row as float16 in Python (~1 us a row: 8,000 for a writer's first read of an 8k store)
        got = compiled.get_many(keys, index.dtype)
        # every row an array of ndim halves: their bytes joined are exactly that long (checked in C, not by a
        # Python test per row: ~0.3 us a row, 8,000 at a writer's first read of an 8k store)
        if isinstance(got, tuple) and got and set(map(type, got)) == {np.ndarray}:
            joined = b"".join(got)
            if len(joined) == 2 * len(keys) * int(index.ndim) and got[0].dtype.itemsize == 2:
                return np.frombuffer(joined, dtype=np.float16).reshape(len(keys), -1)
    got = index.get(keys)
    # One row per key; concatenating the 1-d rows is ~8x cheaper than vstack (3,000 rows: 1.4 vs 11 ms), and
    # joining their bytes ~2.6x cheaper again (8,000 rows of 512 halves, a writer's first read of an 8k store:
    # 1.6 vs 4.1 CPU-ms, load 25): read-only rows, which every caller copies or casts.
    if isinstance(got, tuple) and got and all(isinstance(row, np.ndarray) for row in got):
        flat = np.frombuffer(b"".join(got), dtype=got[0].dtype)
    else:
        flat = np.concatenate(got) if isinstance(got, tuple) else np.asarray(got)
    return flat.reshape(len(nums), -1)


# The vector index's graph (connectivity, construction breadth). Below EXACT_BELOW vectors no search
# walks it (the writer's candidates come from its exact scan, a reader's searches from usearch's exact
# scan, ~1 ms a query at 10k), so a new store's index links each vector to two others only: 2k inserts
# at 10k 0.44 -> 0.03 CPU-s (load 12; the growth the 12k stream's last block paid). From EXACT_BELOW
# on, the writer's searches walk it, built in full (SQLiteStore._full_graph, once). Full: connectivity
# 24, breadth 64 (was 16 / 128): on 12k synthetic vectors in 32-vector batches, the last 2k inserts
# 1.75 -> 1.02 CPU-s, a search at breadth 188 1.06 -> 1.01 ms, and the exact 35 nearest all among the
# 94 answered for 96.0 -> 96.5% of 400 new queries (16/64: 0.81 s but 93.0%; 32/64 as 24/64). A file
# keeps its own graph when loaded (stores made before keep 24 or 16 links below EXACT_BELOW).
_FULL = (24, 64)
_SPARSE = (2, 4)


def _walkable(index: Any) -> bool:
    """Whether ``index``'s graph is worth walking (not the sparse one: searched exactly instead)."""
    return int(index.connectivity) > _SPARSE[0]


def _tail(index: Any, size: int | None = None) -> int:
    """Vectors an index file may lack before the writer saves it again (they wait in the journal and
    are added at each open). Adding 2k vectors to the sparse graph costs ~0.03 CPU-s at 10k, so the
    next open re-adds a tail of 1/50 of the store (240 at 12k: ~4 ms) for less than the write of a
    12k file costs (~15 CPU-ms: 32 articles into a 12k store saved it every time); the full graph's
    inserts cost ~15x more (0.44 CPU-s for those 2k): 1/500 there."""
    return max(32, (len(index) if size is None else size) // (500 if _walkable(index) else 50))


def _filed_rows(path: str, index: Any, keys: np.ndarray) -> Callable[[np.ndarray], np.ndarray] | None:
    """A reader of the float16 rows of ``keys`` (``index``'s keys, ascending) straight from the saved file
    ``index`` views: usearch saves the vectors as one block, a row per slot (a uint32 count and row width, then
    the rows), then its 64-byte head, the graph's 40-byte header, a level per node (int16) and each node (its key
    first, then its level and neighbour lists, sized by its level). ``index`` gives a row per key only as a
    separate array (``get``: ~4.5 CPU-ms for a writer's first read of a 12k store's 10,000-row window, joined
    again after); here a slice of the file's map. None (read through ``index`` then) unless the file is laid out
    exactly so: its length the sum of those parts, its nodes' keys ``keys``, its first and last row ``get``'s."""
    try:
        data = np.memmap(path, dtype=np.uint8, mode="r")
    except (OSError, ValueError):
        return None
    n, dim = len(keys), int(index.ndim)
    if n == 0 or len(data) < 8 or index.dtype.name != "F16":
        return None
    rows, width = (int(x) for x in np.frombuffer(data[:8], dtype="<u4"))
    graph = 8 + rows * width + 64
    if rows != n or width != 2 * dim or len(data) < graph + 40 + 2 * n:
        return None
    size, links, links_base = (int(x) for x in np.frombuffer(data[graph : graph + 24], dtype="<u8"))
    levels = np.frombuffer(data[graph + 40 : graph + 40 + 2 * n], dtype="<i2").astype(np.int64)
    if size != n or levels.min() < 0:
        return None
    # a node: key (8 bytes), level (2), its base neighbours (count and slots: 4 bytes each), per level above 0 as many
    sizes = 10 + 4 + 4 * links_base + (4 + 4 * links) * levels
    starts = graph + 40 + 2 * n + np.concatenate([[0], np.cumsum(sizes)[:-1]])
    if int(starts[-1] + sizes[-1]) != len(data):
        return None
    slot_keys = data[starts[:, None] + np.arange(8)].view("<u8").reshape(-1).astype(np.int64)
    order = np.arange(n) if _ascending(slot_keys) else np.argsort(slot_keys, kind="stable")
    if not np.array_equal(slot_keys[order], keys):
        return None
    block = np.frombuffer(data, dtype="<f2", count=n * dim, offset=8).reshape(n, dim)
    ends = [int(keys[0]), int(keys[-1])]
    if not np.array_equal(block[order[[0, -1]]].view(np.uint16), _index_rows(index, ends).view(np.uint16)):
        return None

    def read(part: np.ndarray) -> np.ndarray:
        at = order[np.searchsorted(keys, part)]
        return block[at[0] : at[-1] + 1] if int(at[-1] - at[0]) == len(at) - 1 and _ascending(at) else block[at]

    return read


def _ascending(values: np.ndarray) -> bool:
    return bool(len(values) < 2 or np.all(values[1:] > values[:-1]))


def _index_keys(index: Any) -> np.ndarray:
    """Every key of ``index`` (article numbers), ascending. One slice of the keys, not one call per
    key: iterating them cost 0.35 CPU-s at 12k vectors, most of a 32-article ingest's open."""
    return np.sort(np.asarray(index.keys[: len(index)], dtype=np.int64))


def _file_digest(path: str) -> str:
    """Size plus a hash of the first and last 64 KB of a file: which index file a database saved
    (another store's file differs in its header and vectors; reading all of a 1 GB file is not needed)."""
    size = os.path.getsize(path)
    h = hashlib.blake2b(str(size).encode(), digest_size=16)
    with open(path, "rb") as fh:
        h.update(fh.read(65536))
        if size > 65536:
            fh.seek(max(65536, size - 65536))
            h.update(fh.read(65536))
    return h.hexdigest()


def _fsync_dir(path: str) -> None:
    """Make a rename in ``path``'s directory durable."""
    fd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# A query's ranked matches (article id, snippet, score, num), best first; the statement search_text and
# search_texts share. A tie of scores goes to the earlier article, as on PostgreSQL (its hits are ordered by
# rank, then a.num), never to whatever order SQLite's sorter leaves (review34a #6).
_FTS_HITS = ("SELECT a.id, snippet(article_fts, 1, '[', ']', '…', 12), bm25(article_fts, 5.0, 1.0, 1.0) AS score,"
             " a.num FROM article_fts JOIN articles a ON a.num = article_fts.rowid WHERE article_fts MATCH ?"
             " ORDER BY score, a.num")
# selects per UNION ALL (SQLite allows 500 by default)
_COMPOUND_SELECTS = 200


def _fts_match(query: str) -> str | None:
    """The FTS5 MATCH expression of a query taken as plain words, any of them (the parts of one, all:
    :func:`query_words`); None when it has no word.

    One token per term: the index keeps no positions, so a term the tokenizer would split (unicode61
    splits at "_") would be a phrase it cannot answer. A Chinese or Japanese word is all of its bigrams
    (_cjk), not a phrase, for the same reason. A word's stem (stem_prefix) is asked as a prefix of the
    indexed words. The parts of one query word holding a digit ("3:17") are all required (query_words)."""
    def alternatives(t: str) -> str:
        return "(" + " OR ".join("(" + " AND ".join('"' + p + '"' + ("*" if prefix else "") for p, prefix in parts)
                                 + ")" for parts in search_alternatives(t)) + ")"

    terms = ["(" + " AND ".join(alternatives(t) for w in chunk for t in w.split("_") if t) + ")"
             for chunk in query_words(query) if any(t for w in chunk for t in w.split("_"))]
    return " OR ".join(terms) if terms else None


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


# why a SQLite store's path must be UTF-8, and the fix (said here and by the CLI's --db check, before it looks for
# the file)
NOT_UTF8_PATH = "the store's path is not UTF-8, which its vector index file cannot have; pass a --db whose path is UTF-8"


class SQLiteStore(SQLStoreBase):
    """The default :class:`~storylens.store.Store`: one SQLite file plus its vector index file."""

    dialect = SQLITE

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB, *, dim: int = 512, timeout: float = 30.0):
        self.path = str(path)
        if has_surrogates(self.path):
            # a name whose bytes are not UTF-8 (os.fsdecode's lone surrogates): SQLite took it, then usearch, which
            # takes UTF-8 paths only, raised a TypeError at the index's first save, after the batch was committed
            # (found beside trial newuser63 H1), and left a store whose vectors no later run could save
            raise StoreError(f"{shown_path(self.path)}: {NOT_UTF8_PATH}")
        if os.path.isdir(self.path):
            # SQLite's "unable to open database file" read as "check that the directory exists and is writable",
            # wrong for --db /tmp, which is both (newuser64 L)
            # as given (it is UTF-8, tested above): the path to pass is printed as it is typed
            raise StoreError(f"{self.path}: is a directory, not a store file; pass a file path, such as "
                             f"--db {os.path.join(self.path, 'storylens.db')}")
        self.url = self.path
        self.dim = dim
        self.index_path = self.path + ".usearch"
        self._index: Any = None  # a usearch Index once read (usearch has no type hints)
        self._index_dirty = False
        self._unsaved = 0  # vectors in the index that the saved file lacks
        self._seen = 0  # the highest article number whose vector the index holds
        self._loaded: tuple[int, int] = (0, 0)  # _file_state() when the index was read or last saved
        self._lock: Any = None  # the lock file's handle while this process holds the writer lock
        self._file_ok = False  # the index was read from a whole file
        self._wrote = False  # this object has written a batch (then it may save the index at close)
        # The writer's copy of the index's vectors for its exact candidate scans below EXACT_BELOW
        # (cluster_candidates): made at its first search, grown as the index is (_add_rows).
        self._exact: ExactScan | None = None
        # The writer's candidate window (settings.candidate_window): its clustering and near-duplicate
        # searches by vector see only the last that many stored vectors; 0: the whole store.
        self.candidate_window: int = DEFAULT.candidate_window
        self._regraphed = False  # the index's graph was built in full and the saved file still has the sparse one
        # The writer's view of the saved index file (usearch's memory map, read-only) while the index itself is
        # not loaded (_writer_view), and the journal's vectors the file lacks (number -> float16 bytes).
        self._view: Any = None
        self._pending: dict[int, bytes] = {}
        self._id_of: dict[int, str] = {}  # _ids_of
        with self._errors("open"):
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            # check_same_thread=False: a server closes every thread's connection from one thread at shutdown;
            # each connection is still used by one thread at a time (stream.queries.StreamReader).
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
            if not self.db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
                # A new file: pages that hold several 1 KiB vectors and articles with little slack
                # (set before anything is written; an existing store keeps its page size).
                self.db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
                # Pages the journal's vectors leave when they move to the index file go back to the
                # file system (PRAGMA incremental_vacuum after each save), not kept as free pages.
                self.db.execute("PRAGMA auto_vacuum = INCREMENTAL")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            # 32 MiB of page cache (the default 2 MiB made reads of a 12k-article store 3x dearer than
            # of a 2k one: per-article cost must not grow with the store).
            self.db.execute("PRAGMA cache_size=-32768")
            # Pages read through a memory map of the file, not a read() and a copy each: a fresh process's reads
            # of a store's pages already in the OS's cache (a writer's candidate rows and story rows, ~500 and
            # ~250 scattered rows of a 32-article batch into an 8k store) cost ~half the CPU (6.3-7.6 -> 3.1-3.4
            # and 2.9-4.0 -> 1.7-2.0 ms, 2026-12-04). Writes still go through the WAL; past this size the
            # rest of the file is read as before.
            self.db.execute(f"PRAGMA mmap_size={MMAP_SIZE}")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.create_function(_FTS_FORM, 1, _fts_form, deterministic=True)
            # the story list's order reads a member's versions as the summary does (base.outlet_key)
            self.db.create_function(_OUTLET_KEY, 1, outlet_key, deterministic=True)
            self._counts_commits = False
            self._migrate()
            self._counts_commits = True  # every write transaction from now on (SQLStoreBase._count_commit)

    # -- plumbing

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot {action} the article store ({exc}); {_fix_for(exc)}") from exc
        except OSError as exc:
            raise StoreError(
                f"{self.path}: cannot {action} the article store ({exc}); "
                "check that the directory exists and is writable, or pass another --db"
            ) from exc

    @contextmanager
    def _atomic(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: fail fast if another writer holds the lock).

        BEGIN is inside the ``try``: a SIGTERM turned into an exception (cli._sigterm_as_interrupt) is
        raised at the first bytecode after the C call returns, and between BEGIN and a ``try`` it left
        the transaction open, so closing the store failed with "cannot start a transaction within a
        transaction" and exit 2 instead of 143 with the resume hint."""
        self._candidate_rows = {}  # a write may change the rows a candidate search read (_candidate_ids)
        counted = self._counts_commits  # not while migrating: the meta table may not be there yet
        try:
            self.db.execute("BEGIN IMMEDIATE")
            yield self.db
            known = self._count_commit(self.db) if counted else None
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
            if counted:
                self._commits_known = known

    def _migrate(self) -> None:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)"
        )
        done = [row[0] for row in self.db.execute("SELECT version FROM migrations")]
        for step in MIGRATIONS.pending(done, self.path):
            with self._atomic() as db:
                # Two processes opening a new store at once both read an empty `done`; the write lock of
                # BEGIN IMMEDIATE makes the second wait, and it then finds the step recorded (trial break61u M5:
                # "cannot open the article store (duplicate column name: cjk); ... delete the file" while the
                # other ingest filled it). PostgreSQL takes an advisory lock for the same case.
                if db.execute("SELECT 1 FROM migrations WHERE version = ?", (step.version,)).fetchone():
                    continue
                step.apply(db)
                db.execute("INSERT INTO migrations VALUES (?, ?, ?)", (step.version, step.name, _now()))
            if step.version == 5 and self.path != ":memory:":
                with contextlib.suppress(OSError):
                    os.unlink(self.path + ".cluster.hnsw")  # the clusterer's own index (schema <= 4)
            if step.version == 8 and self.path != ":memory:":
                with contextlib.suppress(OSError):
                    os.unlink(self.path + ".hnsw")  # the hnswlib index (schema <= 7): its vectors are in the table

    @contextmanager
    def writer(self) -> Iterator[None]:
        """Hold the store's single-writer lock for a whole ingest or correction.

        Two writers would each hold a clusterer loaded from the same state and the
        second commit would silently drop the first one's assignments. The lock
        file sits beside the database's resolved path, so a second path to the
        same file (a symlink) meets the same lock. The OS releases it when a
        process dies, so a killed run never blocks the next.
        """
        if self.path == ":memory:":
            yield
            return
        self._take_lock()
        try:
            self._catch_up()  # another process's batches since this object's last one (a watch between polls)
            yield
        finally:
            self._exact = None  # the copy is the writer's (up to 100 MiB): not kept by a reader
            self._release_lock()

    def _forget_kept(self) -> None:
        """What the lock holder keeps of the vectors, made while it was the only writer, once another process
        committed: the writer's view of the index file and the journal rows it lacked are made again at the next
        need, and a loaded index takes the journal rows committed since it was read (read again whole when
        another process saved the file), as a reader's does (:meth:`_sync`)."""
        super()._forget_kept()
        self._exact = None
        if self._view is not None:
            self._view, self._pending, self._index_dirty, self._unsaved = None, {}, False, 0
        if self._index is not None:
            self._sync()

    def _take_lock(self) -> None:
        import fcntl

        with self._errors("lock"):
            handle = open(os.path.realpath(self.path) + ".lock", "a+")  # noqa: SIM115 - closed in _release_lock
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise StoreBusyError(f"{self.path}: {WRITER_BUSY}") from None
        self._lock = handle

    def _release_lock(self) -> None:
        handle, self._lock = self._lock, None
        if handle is not None:
            handle.close()

    def pending_migrations(self) -> list[tuple[int, str]]:
        done = [row[0] for row in self.db.execute("SELECT version FROM migrations")]
        return [(m.version, m.name) for m in MIGRATIONS.pending(done, self.path)]

    def schema_version(self) -> int:
        row = self.db.execute("SELECT max(version) FROM migrations").fetchone()
        return int(row[0] or 0)

    def flush(self) -> None:
        """Persist derived data (the vector index file); the database itself is always committed."""
        self._save_index()

    def close(self) -> None:
        if self.db.in_transaction:  # a run stopped inside a write (SIGTERM, Ctrl-C): nothing of it is kept
            self.db.rollback()
        self.flush()
        with self._errors("close"):
            self.db.close()

    # -- writes

    def write_batch(self, batch: StoreBatch) -> None:
        """Store one batch in one transaction; articles already present are left untouched."""
        with self._errors("write to"), self._atomic() as db:
            nums: dict[str, int] = {}
            for a in batch.articles:
                cur = db.execute(
                    "INSERT OR IGNORE INTO articles(id, external_id, source, url, outlet, title, language,"
                    " published, text, metadata, duplicate_of, duplicate_reason, added, cjk, spelled, published_at, plain)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (a.id, a.external_id, a.source, a.url, a.outlet, a.title, a.language, a.published,
                     a.text, metadata_json(a.metadata),
                     a.duplicate_of, a.duplicate_reason, a.added or _now(), _cjk_flag(a.title, a.text),
                     spelled := _spelled(a.title, a.text), a.published_at, int(a.plain)),
                )
                if cur.rowcount:
                    assert cur.lastrowid is not None  # set by the INSERT that just added a row
                    num = int(cur.lastrowid)
                    nums[a.id] = num
                    db.execute("INSERT INTO article_fts(rowid, title, text, spelled) VALUES (?,?,?,?)",
                               (num, _fts_form(a.title or ""), _fts_form(a.text), spelled))
            model = self.get_meta("embedder") or "unknown"
            db.executemany("INSERT OR REPLACE INTO vectors(num, model, vec) VALUES (?,?,?)",
                           [(nums[aid], model, np.asarray(vec, dtype=_VEC_DTYPE).tobytes())
                            for aid, vec in batch.vectors.items() if aid in nums])
            self._write_keys(db, batch.entities, nums)
            db.executemany("INSERT OR IGNORE INTO copy_keys(key, num) VALUES (?,?)",
                           [(int(key), nums[aid]) for aid, keys in batch.copy_keys.items() if aid in nums for key in keys])
            db.executemany("INSERT OR IGNORE INTO opening_events(article_id, event) VALUES (?,?)",
                           sorted(batch.events.items()))
            # the newest reading wins: one read again (retitled, another preparation version) replaces the stored one
            db.executemany("INSERT OR REPLACE INTO verdict_readings(article_id, reading, analysis) VALUES (?,?,?)",
                           [(a, r, batch.analyses.get(a)) for a, r in sorted(batch.readings.items())])
            self._upsert_assignments(db, batch.assignments)
            for f in batch.failures:
                db.execute("INSERT OR REPLACE INTO failures(source, stage, reason, kind, created) VALUES (?,?,?,?,?)",
                           (f.source, f.stage, f.reason, f.kind, _now()))
            db.executemany("DELETE FROM failures WHERE source = ?", [(s,) for s in batch.succeeded_sources])
            self._write_delta(db, batch.state)
        self._wrote = True
        if len(self._id_of) + len(nums) <= IDS_KEPT:  # committed: these numbers are theirs for good
            self._id_of.update((num, aid) for aid, num in nums.items())
        if self._index is None and self._writer_view() is not None:
            self._sync_view()  # this batch's vectors, from the journal, into the writer's scan (not the index)
        elif self._index is None:
            self._index = self._load_index()  # the journal included
        else:
            self._sync()  # this batch's vectors, as stored (float16), from the journal

    def _write_keys(self, db: sqlite3.Connection, entities: Mapping[str, Sequence[str]], nums: Mapping[str, int]) -> None:
        """Each article's entity keys (one column) and the key -> article index; keys of an article
        stored before are added to its own."""
        known = dict(nums)
        others = [aid for aid in entities if aid not in known]
        for chunk in chunked(others):
            known.update(db.execute(f"SELECT id, num FROM articles WHERE id IN ({_marks(chunk)})", list(chunk)).fetchall())
        missing = [aid for aid in entities if aid not in known]
        if missing:  # as a foreign key would: the whole batch is refused
            raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: entity keys of unknown article {missing[0]}")
        for aid in others:
            row = db.execute("SELECT keys FROM articles WHERE num = ?", (known[aid],)).fetchone()
            entities = {**entities, aid: [*(row[0].split(_KEY_SEP) if row and row[0] else ()), *entities[aid]]}
        keyed = [(aid, sorted(set(keys))) for aid, keys in entities.items()]
        db.executemany("UPDATE articles SET keys = ? WHERE num = ?",
                       [(_KEY_SEP.join(keys) or None, known[aid]) for aid, keys in keyed])
        db.executemany("INSERT OR IGNORE INTO entity_index(key, num) VALUES (?,?)",
                       [(k, known[aid]) for aid, keys in keyed for k in keys])

    def update_metadata(self, updates: Sequence[MetadataUpdate]) -> None:
        """Set metadata columns of stored articles in one transaction (the title in the full-text index too)."""
        with self._errors("write to"), self._atomic() as db:
            for u in updates:
                row = db.execute("SELECT num, title, text, spelled FROM articles WHERE id = ?", (u.article,)).fetchone()
                if row is None:
                    continue
                cols = [c for c in METADATA_COLUMNS if c in u.fields]
                sets = "".join(f"{c} = ?, " for c in cols)
                db.execute(f"UPDATE articles SET {sets}metadata = ? WHERE id = ?",
                           [u.fields[c] for c in cols]
                           + [metadata_json(u.metadata), u.article])
                if "title" in u.fields:  # an external-content FTS5 index: delete the old row's terms, add the new
                    num, title, text, spelled = row
                    new_spelled = _spelled(u.fields["title"], text)
                    db.execute("UPDATE articles SET cjk = ?, spelled = ? WHERE num = ?",
                               (_cjk_flag(u.fields["title"], text), new_spelled, num))
                    db.execute("INSERT INTO article_fts(article_fts, rowid, title, text, spelled)"
                               " VALUES ('delete', ?, ?, ?, ?)", (num, _fts_form(title or ""), _fts_form(text), spelled))
                    db.execute("INSERT INTO article_fts(rowid, title, text, spelled) VALUES (?,?,?,?)",
                               (num, _fts_form(u.fields["title"]), _fts_form(text), new_spelled))
            # a count readers compare (the web's story list): titles and copies changed, not the article count
            done = db.execute("SELECT value FROM meta WHERE key = 'metadata_updates'").fetchone()
            self._set_meta(db, "metadata_updates", str(int(done[0] if done else 0) + len(updates)))

    def _upsert_assignments(self, db: sqlite3.Connection, records: Iterable[AssignmentRecord]) -> None:
        db.executemany(
            "INSERT INTO assignments(article_id, story, score, new_story, nearest, shared_entities,"
            " reason, updated, pos) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (article_id) DO UPDATE SET"
            " story = excluded.story, score = excluded.score, new_story = excluded.new_story,"
            " nearest = excluded.nearest, shared_entities = excluded.shared_entities, reason = excluded.reason,"
            " updated = excluded.updated, pos = coalesce(excluded.pos, assignments.pos)",
            [(r.article, r.story, float(r.score), int(r.new_story), r.nearest,
              json.dumps(list(r.shared_entities), ensure_ascii=False), r.reason, _now(), r.pos) for r in records],
        )

    def replace_assignments(self, records: Sequence[AssignmentRecord], state: ClusterDelta | None) -> None:
        """Update assignments (after a correction or a rebuild) and the clusterer state together."""
        with self._errors("write to"), self._atomic() as db:
            self._upsert_assignments(db, records)
            self._write_delta(db, state)

    def _write_delta(self, db: sqlite3.Connection, delta: ClusterDelta | None) -> None:
        if delta is None:
            return
        if delta.settings is not None:
            self._set_meta(db, "clusterer", encode_state(delta.settings))
        if delta.replace_norms:
            db.execute("DELETE FROM story_norms")
            db.execute("DELETE FROM entity_df")
            db.execute("DELETE FROM story_state")
            db.execute("DELETE FROM story_keys")
        # Upserts, not INSERT OR REPLACE: a story's row is updated where it is. REPLACE deleted it and
        # appended it under a new rowid, and moved its entry in the story index too: a leaf of each
        # b-tree written per grown story, which a store's hundreds of story pages made one page each.
        db.executemany("INSERT INTO story_state VALUES (?,?,?,?,?,?,?) ON CONFLICT (story) DO UPDATE SET"
                       " created = excluded.created, size = excluded.size, vector_sum = excluded.vector_sum,"
                       " first_date = excluded.first_date, last_date = excluded.last_date, languages = excluded.languages",
                       [story_row_values(r) for r in delta.stories.values() if r is not None]
                       + [story_row_values(g.row) for g in delta.grown.values()])
        db.executemany("DELETE FROM story_state WHERE story = ?", [(sid,) for sid, r in delta.stories.items() if r is None])
        # A story written whole replaces its key counts; one that grew adds to them.
        db.executemany("DELETE FROM story_keys WHERE story = ?", [(sid,) for sid in delta.stories])
        db.executemany("INSERT INTO story_keys VALUES (?,?,?,?)",
                       [v for sid, r in delta.stories.items() if r is not None
                        for v in story_key_values(sid, r.entity_counts)])
        db.executemany("INSERT INTO story_keys VALUES (?,?,?,?) ON CONFLICT (story, key) DO UPDATE SET n = n + excluded.n",
                       [(sid, k, int(n), int(place)) for sid, g in delta.grown.items() for k, n, place in g.keys])
        db.executemany("INSERT INTO story_norms(story, size, n_seen, value) VALUES (?,?,?,?) ON CONFLICT (story)"
                       " DO UPDATE SET size = excluded.size, n_seen = excluded.n_seen, value = excluded.value",
                       [(sid, int(c[0]), int(c[1]), float(c[2])) for sid, c in delta.norms.items() if c is not None])
        db.executemany("DELETE FROM story_norms WHERE story = ?", [(sid,) for sid, c in delta.norms.items() if c is None])
        db.executemany("INSERT INTO entity_df(key, n) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET n = n + excluded.n",
                       [(k, int(n)) for k, n in delta.df.items()])
        if delta.counters is not None:
            self._set_meta(db, "cluster_counters", json.dumps(dict(delta.counters)))

    def record_correction(self, op: str, args: Mapping[str, Any], records: Sequence[AssignmentRecord],
                          state: ClusterDelta | None, aliases: Sequence[StoryAlias] = ()) -> int:
        """Log a user correction and store its effect (assignments, retired ids, clusterer state) in one transaction."""
        with self._errors("write to"), self._atomic() as db:
            cur = db.execute("INSERT INTO corrections(op, args, created) VALUES (?,?,?)",
                             (op, json.dumps(dict(args), ensure_ascii=False), _now()))
            self._upsert_assignments(db, records)
            db.executemany("INSERT OR REPLACE INTO story_aliases(old, new, op, created) VALUES (?,?,?,?)",
                           [(a.old, a.new, a.op, _now()) for a in aliases])
            self._write_delta(db, state)
            assert cur.lastrowid is not None  # set by the INSERT into corrections above
            return int(cur.lastrowid)

    def _set_meta(self, db: sqlite3.Connection, key: str, value: str) -> None:
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def set_meta(self, key: str, value: str) -> None:
        with self._errors("write to"), self._atomic() as db:
            self._set_meta(db, key, value)

    # -- reads

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._errors("read"):
            return self.db.execute(sql, params).fetchall()

    def _rows_in(self, sql: str, values: Sequence[Any], extra: Sequence[Any] = ()) -> list[Any]:
        return self._in(sql.replace("{in}", "IN ({marks})"), values, extra)

    def _in(self, sql: str, values: Sequence[Any], extra: Sequence[Any] = ()) -> list[Any]:
        """``sql`` with ``{marks}`` for an IN list, run over chunks of ``values``."""
        rows: list[Any] = []
        for chunk in chunked(list(values)):
            rows.extend(self._query(sql.format(marks=_marks(chunk)), [*chunk, *extra]))
        return rows

    # -- the clusterer's state

    def cluster_rows(self) -> list[tuple[str, str, str | None, str | None, tuple[str, ...]]]:
        """(article id, story, language, published, entity keys) of every clustered article, in stream order."""
        rows = self._query(
            "SELECT a.id, s.story, a.language, a.published, a.keys FROM assignments s JOIN articles a ON a.id = s.article_id WHERE a.duplicate_of IS NULL ORDER BY a.num")
        return [(r[0], r[1], r[2], r[3], tuple(r[4].split(_KEY_SEP)) if r[4] else ()) for r in rows]

    def cluster_vectors(self) -> np.ndarray:
        """The stored vectors of :meth:`cluster_rows`' articles, in the same order, as one ``n x d`` float32
        array (one query, one buffer: no per-article arrays)."""
        nums = [int(r[0]) for r in self._query(
            "SELECT a.num FROM assignments s JOIN articles a ON a.id = s.article_id"
            " WHERE a.duplicate_of IS NULL ORDER BY a.num")]
        if not nums:
            return np.zeros((0, 0), dtype=np.float32)
        held = self._held(nums)
        return self._stored_vectors([n for n in nums if n in held])

    def cluster_candidates(self, vectors: np.ndarray, k: int, known: Container[str] = ()
                           ) -> list[list[tuple[str, np.ndarray | None]]]:
        """For each row of ``vectors``, up to ``k`` stored articles nearest to it, best first, as
        (id, unit vector): with a :attr:`candidate_window` the exact nearest among the last that
        many stored vectors (the writer's scan of its copy, as PostgreSQL's writer: the same answer
        on both backends, at a cost that does not grow with the store); without one, the exact
        nearest below EXACT_BELOW stored vectors and the store's vector index (approximate) above
        it; near-duplicates included. Each vector as the
        clusterer normalises the stored float16 one, so the caller can re-score exactly.
        Articles in ``known`` (the caller holds their vectors) come as (id, None): their
        vectors are not read again."""
        window = self.candidate_window
        view = self._writer_view() if self._index is None else None
        index = view if view is not None and (window or self._view_len() < EXACT_BELOW) else self._ensure_index()
        n = self._view_len() if index is view else len(index)
        queries = np.asarray(vectors, dtype=np.float32).reshape(len(vectors), -1)
        if n == 0 or len(queries) == 0:
            return [[] for _ in range(len(queries))]
        k = min(int(k), n)
        if n >= EXACT_BELOW and not window:
            self._exact = None  # the writer's copy (2 KiB a vector) is not read past EXACT_BELOW
            if not _walkable(index):
                index = self._full_graph(index)
        scan = self._exact_scan(index) if n < EXACT_BELOW or window else None
        if scan is not None:
            if window:
                scan.trim(window)
            labels = [[num for num, _d in row] for row in scan.nearest(queries, k, window)]
        else:
            labels = self._knn(index, queries, k, ef=CANDIDATE_BREADTH * k)
        # the writer reads their cluster rows with the ids, for the clusterer's next read (_candidate_ids)
        ids = self._candidate_ids(sorted({int(x) for row in labels for x in row}), writer=self._lock is not None)
        # Exactly the stored float16 values (the index's own copy), for what the caller lacks.
        need = [num for num, aid in ids.items() if aid not in known]
        units: Any = ([] if not need else scan.rows_of(need) if scan is not None
                      else unit_rows(self._stored_vectors(need)))
        found: dict[int, tuple[str, np.ndarray | None]] = {num: (aid, None) for num, aid in ids.items()}
        found.update((num, (ids[num], u)) for num, u in zip(need, units))
        return [[found[int(x)] for x in row if int(x) in found] for row in labels]

    def copy_candidates(self, keys: Sequence[Sequence[int]], limit: int = 5) -> list[list[str]]:
        """For each set of copy keys (:func:`storylens.stream.dedup.copy_keys` of a new text), up to ``limit``
        stored articles older than the writer's :attr:`candidate_window` that share one, most shared keys
        first (ties by article number): the only way a copy of such an article is found, since the window's
        vector scan never sees it. None without a window or while it holds every stored vector."""
        start = self._window_start()
        return copy_candidates_of(keys, limit, start, self._key_holders, self._ids_of)

    def _key_holders(self, keys: Sequence[int], below: int, most: int) -> list[list[int]]:
        """Per copy key, up to ``most`` article numbers below ``below`` holding it (one index range each,
        all of a batch's keys in one statement: a statement per key cost ~24,000 executes per 2k articles
        past the window, 0.8 of the last 2k block's near-duplicate stage's 3.8 s at 12k)."""
        out: list[list[int]] = []
        with self._errors("read"):
            for chunk in chunked([int(k) for k in keys]):
                values = ",".join(f"(?{i + 3})" for i in range(len(chunk)))
                # the holders of each key as one string (group_concat), so a key is one row whatever it holds
                sql = ("SELECT k.column1, (SELECT group_concat(num) FROM (SELECT num FROM copy_keys"
                       f" WHERE key = k.column1 AND num < ?1 LIMIT ?2)) FROM (VALUES {values}) AS k")
                held = {int(k): v for k, v in self.db.execute(sql, (int(below), int(most), *chunk))}
                out.extend([int(x) for x in held[k].split(",")] if held[k] else [] for k in chunk)
        return out

    def articles_before(self, num: int, limit: int) -> list[tuple[int, ArticleRecord]]:
        """(article number, article) of the ``limit`` stored articles numbered below ``num``, the highest first."""
        rows = self._query(f"SELECT num, {_COLS} FROM articles WHERE num < ? ORDER BY num DESC LIMIT ?",
                           (int(num), int(limit)))
        return [(int(r[0]), _row(r[1:])) for r in rows]

    def add_copy_keys(self, keys: Mapping[int, Sequence[int]], keyed_from: int) -> None:
        """Store copy keys of stored articles (article number -> keys; a key stored already is kept) and
        the mark :meth:`copy_keys_from` gives next (``keyed_from``), in one transaction."""
        rows = sorted((int(k), int(num)) for num, ks in keys.items() for k in ks)
        with self._errors("write to"), self._atomic() as db:
            db.executemany("INSERT OR IGNORE INTO copy_keys(key, num) VALUES (?,?)", rows)
            self._set_meta(db, COPY_KEYS_FROM, str(int(keyed_from)))

    def _window_start(self) -> int | None:
        """The lowest article number inside the candidate window (None: no window, or all inside)."""
        if not self.candidate_window:
            return None
        view = self._writer_view() if self._index is None else None
        if view is not None:
            return self._exact_scan(view).window_start(self.candidate_window) if self._view_len() else None
        index = self._ensure_index()
        return self._exact_scan(index).window_start(self.candidate_window) if len(index) else None

    def _ids_of(self, nums: Sequence[int]) -> dict[int, str]:
        """Article number -> id of the stored ``nums`` (in their order), kept for the next searches:
        a stream's batches share most neighbours (looking them up again cost ~3.6 ms of a 32-article
        batch's 23 ms of candidate search at 12k)."""
        known = kept_ids(self._id_of, nums, lambda missing: self._in("SELECT num, id FROM articles WHERE num IN ({marks})",
                                                                      missing))
        return {n: known[n] for n in nums if n in known}

    def _id_cache(self) -> dict[int, str]:
        return self._id_of

    def _exact_scan(self, index: Any) -> ExactScan:
        """The writer's copy of ``index``'s vectors (read from it at the first search, and again when a wider
        window than it was read for is asked: ExactScan.covers)."""
        if self._exact is not None and not self._exact.covers(self.candidate_window):
            self._exact = None
        if self._exact is None:
            keys = every = _index_keys(index)
            # the writer's view: the file's vectors, then the journal's it lacks (higher numbers: _writer_view)
            pending = np.array(sorted(self._pending), dtype=np.int64) if index is self._view else keys[:0]
            keys = np.concatenate([keys, pending]) if len(pending) else keys
            self._exact = ExactScan(self.dim)
            if self.candidate_window and len(keys) > self.candidate_window:  # the window's vectors only
                keys = keys[-self.candidate_window :]
                self._exact.hold_window()
            filed = keys[: len(keys) - len(pending)] if len(pending) else keys
            if len(filed):
                read = _filed_rows(self.index_path, index, every) if index is self._view else None
                self._exact.add_read(filed, read or (lambda part: _index_rows(index, part)), room=ROOM)
            if len(pending):
                tail = keys[len(filed):]
                self._exact.add(tail, self._pending_rows(tail))
        return self._exact

    def _full_graph(self, index: Any) -> Any:
        """``index``'s vectors in a graph built in full (:data:`_FULL`), now the store's index: the
        writer's searches walk the graph from EXACT_BELOW vectors on (once, ~12 CPU-s at 50k)."""
        keys = _index_keys(index)
        full = self._new_index(len(keys))
        full.add(keys.astype(np.uint64), _index_rows(index, keys).astype(np.float32), threads=1)
        self._index, self._index_dirty, self._regraphed = full, True, True
        return full

    @staticmethod
    def _knn(index: Any, queries: np.ndarray, k: int, ef: int = 64) -> list[list[int]]:
        """Labels of the ``k`` nearest of each query, best first; a query answered with fewer than
        ``k`` (a narrow search in a small or clumped graph) is asked again four times as broadly.
        A sparse graph (:func:`_walkable`) is not walked: usearch scans its vectors exactly."""
        out: list[list[int]] = []
        todo = list(range(len(queries)))
        exact = not _walkable(index)
        for breadth in (max(ef, k), max(256, 4 * k)):
            index.expansion_search = breadth
            found = index.search(queries[todo], k, threads=1, exact=exact)
            # One query gives a Matches (no counts), several a BatchMatches.
            counts = np.atleast_1d(getattr(found, "counts", len(found.keys)))
            keys = np.atleast_2d(found.keys)
            got = {i: keys[j][: int(counts[j])].tolist() for j, i in enumerate(todo)}
            out = out or [[] for _ in queries]
            for i, labels in got.items():
                out[i] = labels
            todo = [i for i in todo if len(out[i]) < k]
            if not todo:
                break
        return out

    def cluster_features(self, ids: Sequence[str]) -> dict[str, tuple[tuple[str, ...], np.ndarray]]:
        """Entity keys and unit vector (as the clusterer normalises the stored float16 one) of ``ids``."""
        rows = self._in("SELECT id, num, keys FROM articles WHERE id IN ({marks})", list(dict.fromkeys(ids)))
        held = self._held([int(r[1]) for r in rows])
        rows = [r for r in rows if int(r[1]) in held]
        if not rows:
            return {}
        vecs = unit_rows(self._stored_vectors([int(r[1]) for r in rows]))
        return {r[0]: (tuple(r[2].split(_KEY_SEP)) if r[2] else (), v) for r, v in zip(rows, vecs)}

    def load_blob(self, name: str) -> tuple[str, bytes] | None:
        """Derived data kept beside the database (``<db>.<name>``) with the tag it was saved under."""
        tag = self.get_meta(f"blob:{name}")
        path = f"{self.path}.{name}"
        if tag is None or self.path == ":memory:" or not os.path.exists(path):
            return None
        try:
            with open(path, "rb") as fh:
                return tag, fh.read()
        except OSError:
            return None

    def save_blob(self, name: str, tag: str, data: bytes) -> None:
        if self.path == ":memory:":
            return
        path = f"{self.path}.{name}"
        with self._errors("write to"):
            with open(path + ".tmp", "wb") as fh:
                fh.write(data)
            os.replace(path + ".tmp", path)
        self.set_meta(f"blob:{name}", tag)  # after the file: a crash in between leaves a tag that does not match

    def articles(self, ids: Sequence[str] | None = None) -> list[ArticleRecord]:
        """Articles in insertion order (all of them when ``ids`` is None)."""
        if ids is None:
            return [_row(r) for r in self._query(f"SELECT {_COLS} FROM articles ORDER BY num")]
        out = {r[0]: _row(r) for r in self._in(f"SELECT {_COLS} FROM articles WHERE id IN ({{marks}})", list(ids))}
        return [out[i] for i in ids if i in out]

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        rows = self._in("SELECT id, num FROM articles WHERE id IN ({marks})", list(ids))
        held = self._held([int(r[1]) for r in rows])
        rows = [(aid, int(num)) for aid, num in rows if int(num) in held]
        return dict(zip([aid for aid, _ in rows], self._stored_vectors([num for _, num in rows])))

    def entities(self, ids: Sequence[str] | None = None) -> dict[str, set[str]]:
        if ids is None:
            rows = self._query("SELECT id, keys FROM articles WHERE keys IS NOT NULL")
        else:
            rows = self._in("SELECT id, keys FROM articles WHERE keys IS NOT NULL AND id IN ({marks})", list(ids))
        return {aid: set(keys.split(_KEY_SEP)) for aid, keys in rows}

    def stats(self) -> dict[str, int]:
        def q(sql: str) -> int:
            return int(self._query(sql)[0][0])

        return {
            "articles": q("SELECT count(*) FROM articles"),
            "duplicates": q("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
            "vectors": self._file_state()[0] + q(f"SELECT count(*) FROM vectors WHERE num > {self._file_state()[1]}"),
            "stories": q("SELECT count(DISTINCT story) FROM assignments"),
            "failed": q("SELECT count(*) FROM failures WHERE kind = 'failed'"),
            "skipped": q("SELECT count(*) FROM failures WHERE kind = 'skipped'"),
            # the user's corrections; a refine pass (stories --refine) is logged there too but is none
            "corrections": q("SELECT count(*) FROM corrections WHERE op <> 'refine'"),
        }

    # -- stories (computed in SQL; only the requested page is read)

    def stories(self, limit: int | None = None, offset: int = 0, ids: Sequence[str] | None = None) -> list[StorySummary]:
        """Stories with their canonical articles, newest activity first (or the stories ``ids``)."""
        every = ids is None and limit is None and not offset
        if ids is None:
            # newest activity: the members' dates and their own outlets' versions' (the summary's
            # last_seen, see _story_copies: an update filed as a near-duplicate moves the story up)
            ids = [r[0] for r in self._query(
                "SELECT s.story FROM assignments s JOIN articles a ON a.id = s.article_id"
                f" LEFT JOIN articles d ON d.duplicate_of = a.id AND {_OUTLET_KEY}(d.outlet) = {_OUTLET_KEY}(a.outlet)"
                " GROUP BY s.story ORDER BY coalesce(max(CASE WHEN a.published IS NULL OR d.published > a.published"
                " THEN d.published ELSE a.published END), '') DESC, count(DISTINCT a.id) DESC,"
                " s.story DESC LIMIT ? OFFSET ?", (-1 if limit is None else limit, offset))]
        members: dict[str, list[ArticleRecord]] = {}
        # every story (the whole list: `storylens stories`): one read of every member, no IN list of
        # every id in chunks of 500 (2,487 members: 23 -> 18 ms, load 12)
        join = f"SELECT s.story, {_LIGHT} FROM assignments s JOIN articles a ON a.id = s.article_id"
        for r in self._query(join) if every else self._in(join + " WHERE s.story IN ({marks})", list(ids)):
            members.setdefault(r[0], []).append(_row(r[1:]))
        copies = self._story_copies(members, every=every)
        return [summary(sid, members[sid], *copies[sid]) for sid in ids if sid in members]

    def duplicates_of(self, ids: Sequence[str]) -> list[ArticleRecord]:
        """Near-duplicates (text left out) of the given canonical articles, in insertion order."""
        rows = self._in(f"SELECT a.num, {_LIGHT} FROM articles a WHERE a.duplicate_of IN ({{marks}})", list(ids))
        return [_row(r[1:]) for r in sorted(rows)]

    def related_stories(self, keys: Sequence[str], exclude: str) -> dict[str, tuple[int, dict[str, int]]]:
        """Stories (other than ``exclude``) whose articles carry any of ``keys``:
        story -> (number of articles, key -> articles with that key)."""
        found: dict[str, dict[str, int]] = {}
        for story, key, n in self._in(
                "SELECT s.story, e.key, count(*) FROM entity_index e JOIN articles a ON a.num = e.num"
                " JOIN assignments s ON s.article_id = a.id"
                " WHERE e.key IN ({marks}) AND s.story <> ? GROUP BY s.story, e.key", list(keys), (exclude,)):
            found.setdefault(story, {})[key] = int(n)
        sizes = dict(self._in("SELECT story, count(*) FROM assignments WHERE story IN ({marks}) GROUP BY story",
                              list(found)))
        return {s: (int(sizes.get(s, 0)), k) for s, k in found.items()}

    def key_frequencies(self, keys: Sequence[str]) -> tuple[dict[str, int], int]:
        """(in how many articles each key occurs, how many articles have any key)."""
        df = {k: int(n) for k, n in self._in("SELECT key, count(*) FROM entity_index WHERE key IN ({marks})"
                                            " GROUP BY key", list(keys))}
        total = int(self._query("SELECT count(*) FROM articles WHERE keys IS NOT NULL")[0][0])
        return df, total

    # -- search

    def search_text(self, query: str, limit: int = 20) -> list[tuple[str, str | None]]:
        """FTS5 matches as (article id, snippet), best first; the query is taken as plain words, any of
        them (the parts of one, all: :func:`query_words`)."""
        match = _fts_match(query)
        if match is None:
            return []
        rows = self._query(_FTS_HITS + " LIMIT ?", (match, limit))
        return [(r[0], None if r[1] is None else collapse(r[1], _FTS_SEP)) for r in rows]

    def search_texts(self, queries: Sequence[str], limit: int = 20) -> list[list[tuple[str, str | None]]]:
        """:meth:`search_text` of each query, its hits as it gives them, asked in one statement (a
        UNION ALL of the queries' own ranked selects: each ranks and cuts its matches as alone)."""
        out: list[list[tuple[str, str | None]]] = [[] for _ in queries]
        asked = [(i, m) for i, q in enumerate(queries) if (m := _fts_match(q)) is not None]
        for part in chunked(asked, _COMPOUND_SELECTS):
            one = "SELECT ? AS q, hit.* FROM (" + _FTS_HITS + " LIMIT ?) hit"
            # a compound select's rows come in no set order without its own ORDER BY: (query, rank, num)
            rows = self._query(" UNION ALL ".join([one] * len(part)) + " ORDER BY 1, 4, 5",
                               [x for i, m in part for x in (i, m, limit)])
            for i, aid, snip, _, _ in rows:
                out[i].append((aid, None if snip is None else collapse(snip, _FTS_SEP)))
        return out

    def nearest_many(self, vectors: np.ndarray, k: int = 10) -> list[list[tuple[str, float]]]:
        """:meth:`nearest` for each row of ``vectors`` (one index query, one row query)."""
        queries = np.asarray(vectors, dtype=np.float32).reshape(len(vectors), -1)
        index = self._ensure_index()
        n = len(index)
        if n == 0 or len(queries) == 0:
            return [[] for _ in range(len(queries))]
        k = min(k, n)
        labels = self._knn(index, queries, k, ef=max(50, 2 * k))
        nums = sorted({x for row in labels for x in row})
        ids = dict(self._in("SELECT num, id FROM articles WHERE num IN ({marks})", nums))
        # Cosines in float32 from the stored vectors (the index compares in float16 arithmetic):
        # what the near-duplicate cut reads, the same whichever index answered.
        units = dict(zip(nums, unit_rows(self._stored_vectors(nums)))) if nums else {}
        out = []
        for q, row in zip(unit_rows(queries), labels):
            hits = [(float(units[x].dot(q)), x) for x in row if x in ids]
            out.append([(ids[x], cos) for cos, x in sorted(hits, key=lambda h: (-h[0], h[1]))])
        return out

    # -- vector index: the one copy of the vectors (plus the journal table for those not yet saved to it)

    def _file_meta(self) -> dict[str, Any]:
        """What the last save recorded with the journal rows it replaced: ``count`` (vectors held only
        by the index file), ``upto`` (the highest article number it holds), ``digest`` (of the file)."""
        text = self.get_meta(_FILE_META)
        return json.loads(text) if text else {}

    def vectors_missing(self) -> int:
        """How many article vectors the missing ``<db>.usearch`` held (0: the file is there, or it never held any).
        A reader that needs no vector (the story list, one story) can go on and say so; search, ingest, the refine
        and corrections load the index and refuse with :meth:`_load_index`'s error."""
        if self.path == ":memory:" or os.path.exists(self.index_path):
            return 0
        with self._errors("read"):
            return self._file_state()[0]

    def _file_state(self) -> tuple[int, int]:
        """(``count``, ``upto``) of :meth:`_file_meta` ((0, 0) before the first save)."""
        got = self._file_meta()
        return int(got.get("count", 0)), int(got.get("upto", 0))

    def _file_is_ours(self, index: Any, saved: Mapping[str, Any], rows: Sequence[tuple[int, bytes]]) -> bool:
        """Whether the loaded index file is this database's (``saved``: :meth:`_file_meta`). Where it
        holds journal rows (a save cut off before their delete) their vectors must be the journal's;
        else a file when none was ever saved is another store's, and a saved one must match its
        recorded digest (stores saved before the digest was recorded are taken as they are)."""
        both = [(n, v) for n, v in rows if n in index][:16]
        if both:
            mine = _index_rows(index, [n for n, _ in both]).astype(_VEC_DTYPE)
            return all(np.array_equal(g, np.frombuffer(v, dtype=_VEC_DTYPE)) for g, (_, v) in zip(mine, both))
        if not saved.get("count"):
            return len(index) == 0
        digest = saved.get("digest")
        return digest is None or digest == _file_digest(self.index_path)

    def _journal(self, after: int) -> list[tuple[int, bytes]]:
        return [(int(n), v) for n, v in self._query("SELECT num, vec FROM vectors WHERE num > ? ORDER BY num", (after,))]

    def _new_index(self, size: int = 0) -> Any:
        """An empty index for ``size`` vectors: the full graph from EXACT_BELOW, the sparse one below."""
        from usearch.index import Index

        # float16 as the vectors are stored.
        connectivity, expansion_add = _FULL if size >= EXACT_BELOW else _SPARSE
        return Index(ndim=self.dim, metric="cos", dtype="f16", connectivity=connectivity,
                     expansion_add=expansion_add, expansion_search=64)

    def _add_rows(self, index: Any, rows: Sequence[tuple[int, bytes]]) -> int:
        """Add journal rows the index lacks (one thread: the same graph on every run); returns how many."""
        rows = [(n, v) for n, v in rows if n not in index]
        if rows:
            data = np.frombuffer(b"".join(v for _, v in rows), dtype=_VEC_DTYPE).reshape(len(rows), -1)
            index.add(np.array([n for n, _ in rows], dtype=np.uint64), data.astype(np.float32), threads=1)
            self._index_dirty = True
            if self._exact is not None and index is self._index:
                self._exact.add([n for n, _ in rows], data)
        return len(rows)

    def _saved_state(self) -> tuple[dict[str, Any], int, int, list[tuple[int, bytes]]]:
        """(the saved file's meta, the vectors it holds, the last article number it holds, the journal's rows),
        read in one snapshot of the database (BEGIN inside the try, as in _atomic)."""
        with self._errors("read"):
            try:
                self.db.execute("BEGIN")
                saved = self._file_meta()
                rows = self._journal(0)
            finally:
                if self.db.in_transaction:
                    self.db.execute("COMMIT")
        return saved, int(saved.get("count", 0)), int(saved.get("upto", 0)), rows

    def _load_index(self) -> Any:
        """The saved file plus the journal. The database is read first (one snapshot), then the file:
        a writer deletes journal rows only after the file that holds them is in place, so what is
        read together is always whole."""
        self._exact = None  # the writer's copy is read again from the index it gets
        self._view, self._pending = None, {}  # the index itself from now on
        saved, in_file, upto, rows = self._saved_state()
        index, self._file_ok = self._new_index(), False
        if os.path.exists(self.index_path) and self.path != ":memory:":
            try:
                index.load(self.index_path)
                self._file_ok = index.ndim == self.dim
                # The file keeps its graph's connectivity, not the construction breadth: each graph its own.
                index.expansion_add = (_FULL if _walkable(index) else _SPARSE)[1]
            except (RuntimeError, ValueError, OSError):
                pass  # a damaged file: enough only if it held nothing but journal rows (then saved anew)
        if self._file_ok and not self._file_is_ours(index, saved, rows):
            # Keys are article numbers, so another store's file (a copy put beside the wrong database)
            # would answer with that store's vectors for this one's articles: refused, never read.
            held = (f"the database holds all its {len(rows)} vectors itself" if in_file == 0 else
                    f"this database saved its {in_file} vectors to a different file")
            fix = ("move the file away and run the command again" if in_file == 0 else
                   f"restore {os.path.basename(self.path)} and {os.path.basename(self.index_path)} together "
                   "from a backup")
            raise StoreError(f"{self.index_path}: this vector index file does not belong to "
                             f"{os.path.basename(self.path)} ({held}); {fix}")
        if not self._file_ok:
            index = self._new_index(len(rows))
        self._regraphed = False
        self._add_rows(index, rows)
        expected = in_file + sum(1 for n, _ in rows if n > upto)
        if len(index) != expected:
            raise StoreError(
                f"{self.index_path}: the vector index file is missing or damaged; it held the only copy of "
                f"{in_file} article vectors (the database keeps only the ones not yet saved to it); restore "
                f"{os.path.basename(self.path)} and {os.path.basename(self.index_path)} together from a backup "
                "(a store is both files: copy or move them together), or ingest into a new --db")
        self._seen = max([upto, *(n for n, _ in rows)])
        self._loaded = (in_file, upto)
        self._unsaved = len(index) - in_file
        return index

    def _writer_view(self) -> Any:
        """The writer's view of the saved index file (usearch's read-only memory map, with the journal's
        vectors it lacks in :attr:`_pending`), made at its first need while the index is not loaded; None when
        the index must be loaded instead (not the lock holder, no saved file, or anything :meth:`_load_index`
        would read otherwise: the file then is loaded as before, and says what is wrong).

        A writer's small ingest reads the window's vectors from the file and adds its batches to its exact
        scan and the journal; it loads the index (the file's graph and vectors, the journal's added) only to
        save it (:meth:`_save_index`, once the journal holds :func:`_tail` vectors) or for a search that walks
        it. Loading a 12k store's file cost ~10 of the ~23 CPU-ms its window's first read took (anonymous pages
        filled: ~5,500 page faults against ~2,400), most of it system time, which rises with the machine's load."""
        if self._view is not None:  # the lock let go: another writer may change the file (read whole then)
            return self._view if self._lock is not None else None
        if self._index is not None or self._lock is None or self.path == ":memory:" \
                or not os.path.exists(self.index_path):
            return None
        saved, in_file, upto, rows = self._saved_state()  # one snapshot, as _load_index reads it
        view = self._new_index()
        try:
            view.view(self.index_path)
        except (RuntimeError, ValueError, OSError):
            return None
        if not in_file or view.ndim != self.dim or len(view) != in_file or not self._file_is_ours(view, saved, rows):
            return None  # loaded instead: _load_index reads such a file and says what is wrong with it
        pending = {n: v for n, v in rows if n > upto}
        # the journal's rows the file lacks come after the file's (its scan reads them in that order); the
        # others are the file's (a save stopped before it deleted them)
        if pending and (any(n in view for n in pending) or int(_index_keys(view)[-1]) >= min(pending)):
            return None
        if not all(n in view for n, _ in rows if n <= upto):
            return None
        self._exact = None  # read from the view at the first search
        self._view, self._pending, self._file_ok, self._regraphed = view, pending, True, False
        self._seen = max([upto, *pending])
        self._loaded = (in_file, upto)
        self._unsaved = len(pending)
        self._index_dirty = bool(pending)
        return view

    def _view_len(self) -> int:
        """The stored vectors while the writer views the file: the file's and the journal's it lacks."""
        return len(self._view) + len(self._pending)

    def _pending_rows(self, nums: Sequence[int] | np.ndarray) -> np.ndarray:
        """The journal's float16 vectors of ``nums`` (all in :attr:`_pending`), one row each."""
        return np.frombuffer(b"".join(self._pending[int(n)] for n in nums), dtype=_VEC_DTYPE).reshape(len(nums), -1)

    def _sync_view(self) -> None:
        """:meth:`_sync` while the writer views the file: the journal's new rows go to :attr:`_pending` and the
        writer's exact scan (the file is unchanged: the lock holder is its only writer)."""
        rows = [(n, v) for n, v in self._journal(self._seen) if n not in self._pending]
        if not rows:
            return
        self._pending.update(rows)
        if self._exact is not None:
            self._exact.add([n for n, _ in rows], self._pending_rows([n for n, _ in rows]))
        self._seen = rows[-1][0]
        self._unsaved += len(rows)
        self._index_dirty = True

    def _ensure_index(self) -> Any:
        """The index, with any vectors another process committed since it was read (a reader's view
        stays current; the lock holder is the only writer, so it skips the check)."""
        if self._index is None:
            self._index = self._load_index()
        elif self._lock is None:
            self._sync()
        return self._index

    def _sync(self) -> None:
        """Add the journal rows committed since the index was read; read it again if another process
        saved a file holding rows this one never saw (they left the journal)."""
        if self._file_state()[1] > self._seen:
            self._index = self._load_index()
            return
        rows = self._journal(self._seen)
        if rows:
            self._unsaved += self._add_rows(self._index, rows)
            self._seen = rows[-1][0]

    def rebuild_index(self) -> int:
        """Build the vector index's graph again from the vectors it holds and save it; returns its size."""
        index = self._ensure_index()
        keys = _index_keys(index).astype(np.uint64)
        fresh = self._new_index(len(keys))
        if len(keys):
            fresh.add(keys, np.vstack(index.get(keys)).astype(np.float32), threads=1)
        self._index, self._index_dirty = fresh, True
        self._save_index(force=True)
        return len(fresh)

    def _held(self, nums: Sequence[int]) -> set[int]:
        """The article numbers among ``nums`` that have a stored vector."""
        if not nums:
            return set()
        keys = np.asarray(nums, dtype=np.uint64)
        view = self._writer_view() if self._index is None else None
        index = view if view is not None else self._ensure_index()
        held = {int(n) for n, ok in zip(keys, np.atleast_1d(index.contains(keys))) if ok}
        return held | {int(n) for n in nums if int(n) in self._pending} if view is not None else held

    def _stored_vectors(self, nums: Sequence[int]) -> np.ndarray:
        """The stored float16 vectors of ``nums`` (all in the index), as one float32 array."""
        if not nums:
            return np.zeros((0, self.dim), dtype=np.float32)
        view = self._writer_view() if self._index is None else None
        if view is None:
            return _index_rows(self._ensure_index(), nums).astype(np.float32)
        pending = self._pending
        out = np.empty((len(nums), self.dim), dtype=np.float32)
        filed = [i for i, n in enumerate(nums) if int(n) not in pending]
        if filed:
            out[filed] = _index_rows(view, [nums[i] for i in filed])
        if len(filed) < len(nums):
            rest = [i for i, n in enumerate(nums) if int(n) in pending]
            out[rest] = self._pending_rows([nums[i] for i in rest])
        return out

    def _save_index(self, force: bool = False) -> None:
        """Write the index beside the DB (temp file, fsync, rename), then drop the journal rows it now
        holds, once the vectors it holds beyond the saved file would cost more to add again at the
        next open than the write (a tail of 1/500 of the store, 1/50 while the graph is the sparse one:
        :func:`_tail`). Only the writer-lock holder saves:
        a process that cannot take the lock leaves its tail in the journal, and one that only read
        does not try (a search never holds up the next ingest's lock)."""
        if self._index is None and self._view is not None and self._index_dirty:
            # the writer's view: the index is loaded (the file and the journal) only when it is saved
            if (self._lock is None and not self._wrote and not force) or (
                    not force and self._unsaved < _tail(self._view, self._view_len())):
                return
            self._ensure_index()
        if self._index is None or not self._index_dirty or self.path == ":memory:":
            return
        if self._lock is None and not self._wrote and not force:
            return
        if not force and self._file_ok and not self._regraphed and self._unsaved < _tail(self._index):
            return
        with self._holding_lock() as held:
            if not held:
                return
            if self._file_state() != self._loaded:  # another process saved since this one read it
                self._index = self._load_index()
            else:
                self._sync()
            index = self._index
            upto = max(self._seen, self._loaded[1])
            tmp = self.index_path + ".tmp"
            try:
                index.save(tmp)
                with open(tmp, "rb") as fh:
                    os.fsync(fh.fileno())  # the file must be on disk before its journal rows go
                os.replace(tmp, self.index_path)
                _fsync_dir(self.index_path)
            except (RuntimeError, OSError) as exc:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise StoreError(f"{self.index_path}: cannot save the vector index ({exc}); check free disk "
                                 "space; the vectors it lacks stay in the database until the next save") from exc
            with self._errors("write to"), self._atomic() as db:
                db.execute("DELETE FROM vectors WHERE num <= ?", (upto,))
                self._set_meta(db, _FILE_META, json.dumps({"count": len(index), "upto": upto,
                                                           "digest": _file_digest(self.index_path)}))
            self._loaded, self._index_dirty, self._unsaved, self._file_ok = (len(index), upto), False, 0, True
            self._regraphed = False
            with self._errors("write to"):
                # executescript steps it to the end (execute() frees one page); a no-op before schema 8
                self.db.executescript("PRAGMA incremental_vacuum;")

    @contextmanager
    def _holding_lock(self) -> Iterator[bool]:
        """The writer lock for a moment (True), or False when another process holds it."""
        if self._lock is not None:
            yield True
            return
        try:
            self._take_lock()
        except StoreError:
            yield False
            return
        try:
            yield True
        finally:
            self._release_lock()
