"""The PostgreSQL store backend: psycopg 3, pgvector, PostgreSQL full-text search.

* ``open_store("postgresql://user@host:port/dbname")`` (or a libpq socket URI,
  ``postgresql://postgres@/postgres?host=/path/to/socketdir``); needs
  ``pip install 'storylens[postgres]'`` and the ``vector`` extension on the server
  (created by the first migration; the role must be allowed to, or an admin
  runs ``CREATE EXTENSION vector`` once);
* the same tables as SQLite, versioned by the steps on :data:`MIGRATIONS`;
* vectors as ``halfvec(512)`` (float16: 1 KiB per article; the stream rounds
  every vector to float16 before clustering, so the stored vector is exactly
  the one the clusterer used) with an HNSW index (cosine) once the store holds
  :data:`INDEX_FROM` vectors (below that, search is an exact scan: cheaper than
  the index's inserts there, and exact);
* full-text search over a ``tsvector`` built with the article's language
  configuration where PostgreSQL has one (``english``, ``german``, ``russian``...;
  ``simple`` otherwise); a query is matched in every configuration at once, so
  "floods" finds "Hochwasser"-free English stems and German stems alike;
* one transaction per batch; readers never block the writer (MVCC);
* the single-writer lock is an advisory lock inside the database (not a file),
  so two writers on two machines are kept apart too, and a killed writer's
  lock goes with its connection.
"""

from __future__ import annotations

import json
import operator
import re
import threading
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import ModelError, StoreBusyError, StoreError
from ..settings import DEFAULT
from ._cjk import CJK_CLASS, collapse, has_cjk, index_form
from ._common import (
    CANDIDATE_BREADTH,
    DECIMAL,
    cluster_counters_of,
    copy_candidates_of,
    kept_ids,
    now,
    query_terms,
    query_words,
    stem_prefix,
    story_key_values,
    story_row_values,
    summary,
    unit_rows,
)
from ._exact import EXACT_BELOW, ROOM, ExactScan, plain_empty
from ._migrations import Migrations
from ._sql import COPY_KEYS_FROM, POSTGRESQL, WRITER_BUSY, SQLStoreBase
from ._state import decode_state, encode_state, metadata_json, row_metadata
from ._window_file import WindowFile
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
    split_legacy_state,
)

# base.outlet_key in SQL: case and runs of spacing folded ("AFP" = "afp "); NULL for no outlet
_OUTLET_KEY_SQL = "nullif(lower(regexp_replace(btrim({c}), '\\s+', ' ', 'g')), '')"

__all__ = ["MIGRATIONS", "TEXT_SEARCH_CONFIGS", "WRITER_LOCK_KEY", "PostgresStore"]

MIGRATIONS = Migrations("postgresql")

# Any fixed 64-bit number names the writer lock; advisory locks are per database.
WRITER_LOCK_KEY = 0x53_4C_57_52_49_54_45  # "SLWRITE"
_MIGRATION_LOCK_KEY = WRITER_LOCK_KEY + 1

DIM = 512  # the default encoder's dimension; the vector column and its index are typed with it

# The HNSW index is built once the store holds this many vectors; below, a search scans them all
# (exact). The stream makes one search per article (the clusterer's answers near-duplicates too), so
# scanning costs c x n per article against h for the index (an insert and a search). Measured in
# one run each (synthetic 6k stream, benchmarks/backend_ingest.py, load 17-20): server CPU 21.2 s
# never indexed, 28.5 s indexed from 1,500; in statement time, c ~ 2.8 us per stored vector and
# h ~ 15.8 ms (HNSW insert 10.4, search 5.4), a crossing near 5,600 vectors (1,500 when each
# article made two searches, each joined to articles). The writer now scans its own copy of the
# vectors instead (PostgresStore._exact_rows, ~0.07 us per vector and query): the server's CPU at
# 6k fell 25.4 -> 14.0 s (backend_ingest.py --n 6000, load 13-15); readers still scan on the server.
# Measured alone (6k synthetic vectors, index from 5,000, server backend CPU, load 6-9): an HNSW
# insert 3.2 and a 94-row search at ef 188 4.3 CPU-ms per article, against 0.44 (5k) to 0.9 (12k)
# CPU-ms for the writer's exact scan: the crossing is far above 5,000.
# The rule: exact while the writer's scan (c' ~ 0.074 us per vector and query: 0.89 ms at 12k) costs
# less than the index's insert and search (h ~ 7.5 ms per article), i.e. below h / c' ~ 100k
# vectors, capped at half that by the writer's copy (2 KiB per vector: 100 MiB at 50k) and a reader's
# scan on the server (~2.8 us per vector: 0.14 s per search at 50k). An exact answer is also the
# same on every run: an HNSW graph is not (pgvector draws each node's level at random, and builds
# in parallel), and at 12k two runs indexed from 5,000 gave 2,900 and 2,901 stories.
INDEX_FROM = EXACT_BELOW  # 50,000: where both backends stop scanning exactly (store._exact)
_INDEX_SQL = "CREATE INDEX IF NOT EXISTS vectors_hnsw ON vectors USING hnsw (vec halfvec_cosine_ops)"

# The stored vectors again, one row per written batch (migration 15): its article numbers (big-endian int8)
# and their float16 vectors (big-endian, as halfvec_send writes them, without its head), bytes stored out of
# line and not compressed (STORAGE EXTERNAL: float16 noise does not compress). A writer's first read of its
# candidate window (10,001 of the 12k synthetic store's vectors, fresh copies, 8 in turn, load 9) cost
# 17.4 client + 25.6 server CPU-ms as a binary COPY of the vectors (a row and a message per vector, each value
# through pgvector's halfvec_send) and 6.4 + 8.1 as these blocks (~313 rows of 32 KiB); the same values.
_VECTOR_BLOCKS_SQL = (("CREATE TABLE vector_blocks (last BIGINT PRIMARY KEY, n INT NOT NULL, nums BYTEA NOT NULL,"
                       " vecs BYTEA NOT NULL)"),
                      "ALTER TABLE vector_blocks ALTER nums SET STORAGE EXTERNAL, ALTER vecs SET STORAGE EXTERNAL")


_BY_DISTANCE_THEN_NUMBER = operator.itemgetter(1, 0)


def _cluster_ef(k: int) -> int:
    """The HNSW candidate list of the clusterer's searches for ``k`` neighbours (store._common.CANDIDATE_BREADTH)."""
    return min(1000, max(64, CANDIDATE_BREADTH * int(k)))

# ISO 639-1 -> the PostgreSQL text search configuration that stems that language. Not Arabic (robust69, break68r):
# its Snowball stemmer cuts a proclitic letter from any word, so "بليون" (billion) was indexed as "ليون" (Lyon) and
# each found the other; an Arabic article is indexed as written ('simple'), as SQLite's index keeps it, and a query
# word asks for its article and proclitic forms itself (store._common.word_forms: a letter only on a place's name).
TEXT_SEARCH_CONFIGS = {
    "hy": "armenian", "eu": "basque", "ca": "catalan", "da": "danish", "nl": "dutch",
    "en": "english", "et": "estonian", "fi": "finnish", "fr": "french", "de": "german", "el": "greek",
    "hi": "hindi", "hu": "hungarian", "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian",
    "ne": "nepali", "no": "norwegian", "nb": "norwegian", "pt": "portuguese", "ro": "romanian", "ru": "russian",
    "sr": "serbian", "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}


# The search vector of (config, title, config, text), each in its _fts_form.
_TSV = "setweight(to_tsvector(%s::regconfig, %s), 'A') || setweight(to_tsvector(%s::regconfig, %s), 'D')"
# The search vector as written since step 10: (config, title, config, text, spellings), the spellings
# (_spelled) as written, in 'simple'.
_TSV_SPELLED = _TSV + " || setweight(to_tsvector('simple', %s), 'D')"
# Between the bigram tokens of a CJK run: an ASCII control character, which the parser
# takes for a space and which occurs in no normalised text, so headlines turn back (collapse).
_FTS_SEP = "\x1f"


def _fts_form(text: str) -> str:
    return index_form(text, _FTS_SEP) or ""


def _spelled(title: str | None, text: str | None) -> str:
    """The Latin spellings the search vector also keeps (step 10): of Cyrillic and Greek words, and
    of Latin words with marks without them (the parser keeps the marks: "Sepúlveda" and "Sepulveda"
    are two lexemes in 'simple' and 'english')."""
    from ..text import search_spellings

    return search_spellings(f"{title or ''}\n{text or ''}", marked_latin=True)


# The same mapping in SQL (for snippets in the article's own language).
def _config_of(column: str) -> str:
    return (f"CASE left(coalesce({column}, ''), 2) "
            + " ".join(f"WHEN '{code}' THEN '{cfg}'::regconfig" for code, cfg in TEXT_SEARCH_CONFIGS.items())
            + " ELSE 'simple'::regconfig END")


_CONFIG_OF_LANGUAGE = _config_of("h.language")


@MIGRATIONS.step(1, "initial schema")
def _m1_initial(db: Any) -> None:
    db.execute("CREATE EXTENSION IF NOT EXISTS vector")
    for statement in f"""
        CREATE TABLE articles (
            num BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            external_id TEXT,
            source TEXT NOT NULL,
            url TEXT, outlet TEXT, title TEXT, language TEXT, published TEXT,
            text TEXT NOT NULL,
            metadata JSON NOT NULL DEFAULT '{{}}',
            duplicate_of TEXT REFERENCES articles(id),
            duplicate_reason TEXT,
            added TEXT NOT NULL,
            tsv TSVECTOR NOT NULL
        );
        CREATE INDEX articles_source ON articles(source);
        CREATE INDEX articles_external_id ON articles(external_id);
        CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
        CREATE INDEX articles_tsv ON articles USING gin(tsv);
        CREATE TABLE vectors (
            num BIGINT PRIMARY KEY REFERENCES articles(num),
            model TEXT NOT NULL,
            vec HALFVEC({DIM}) NOT NULL
        );
        CREATE INDEX vectors_hnsw ON vectors USING hnsw (vec halfvec_cosine_ops);
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id),
            key TEXT NOT NULL,
            PRIMARY KEY (article_id, key)
        );
        CREATE INDEX entities_key ON entities(key);
        CREATE TABLE assignments (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            story TEXT NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            new_story BOOLEAN NOT NULL,
            nearest TEXT,
            shared_entities TEXT NOT NULL DEFAULT '[]',
            reason TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX assignments_story ON assignments(story);
        CREATE TABLE corrections (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
    """.split(";\n"):
        if statement.strip():
            db.execute(statement)


@MIGRATIONS.step(2, "story aliases")
def _m2_story_aliases(db: Any) -> None:
    db.execute("CREATE TABLE story_aliases (old TEXT PRIMARY KEY, new TEXT NOT NULL, op TEXT NOT NULL,"
               " created TEXT NOT NULL)")
    row = db.execute("SELECT value FROM meta WHERE key = 'clusterer_state'").fetchone()
    for alias in history_aliases(decode_state(row[0]).get("history", []) if row else []):
        db.execute("INSERT INTO story_aliases VALUES (%s,%s,%s,%s) ON CONFLICT (old) DO UPDATE SET new = EXCLUDED.new",
                   (alias.old, alias.new, alias.op, now()))


@MIGRATIONS.step(3, "clusterer state as rows")
def _m3_cluster_rows(db: Any) -> None:
    db.execute("CREATE TABLE story_norms (story TEXT PRIMARY KEY, size INTEGER NOT NULL, n_seen INTEGER NOT NULL,"
               " value DOUBLE PRECISION NOT NULL)")
    db.execute("CREATE TABLE blobs (name TEXT PRIMARY KEY, tag TEXT NOT NULL, data BYTEA NOT NULL)")
    row = db.execute("SELECT value FROM meta WHERE key = 'clusterer_state'").fetchone()
    if row:
        settings, norms = split_legacy_state(decode_state(row[0]))
        db.execute("INSERT INTO meta(key, value) VALUES ('clusterer', %s)", (encode_state(settings),))
        with db.cursor() as cur:
            cur.executemany("INSERT INTO story_norms VALUES (%s,%s,%s,%s)",
                            [(sid, c[0], c[1], c[2]) for sid, c in norms.items()])
        db.execute("DELETE FROM meta WHERE key = 'clusterer_state'")


@MIGRATIONS.step(4, "clusterer state read a story at a time")
def _m4_lazy_cluster_state(db: Any) -> None:
    # As SQLite's step 5: each clustered article's place in the clusterer's stream, the entity
    # keys' document frequencies and the stream counters, so a writer never reads every article.
    db.execute("ALTER TABLE assignments ADD COLUMN pos BIGINT")
    db.execute("UPDATE assignments s SET pos = p.pos FROM (SELECT s2.article_id, row_number() OVER (ORDER BY a.num) - 1"
               " AS pos FROM assignments s2 JOIN articles a ON a.id = s2.article_id WHERE a.duplicate_of IS NULL) p"
               " WHERE p.article_id = s.article_id")
    db.execute("CREATE TABLE entity_df (key TEXT PRIMARY KEY, n INTEGER NOT NULL)")
    db.execute("CREATE TABLE story_state (story TEXT PRIMARY KEY, created BIGINT NOT NULL, size INTEGER NOT NULL,"
               " vector_sum BYTEA NOT NULL, first_date TEXT, last_date TEXT, entity_counts TEXT NOT NULL,"
               " languages TEXT NOT NULL)")
    db.execute("INSERT INTO entity_df SELECT e.key, count(*) FROM entities e JOIN assignments s"
               " ON s.article_id = e.article_id WHERE s.pos IS NOT NULL GROUP BY e.key")
    if db.execute("SELECT 1 FROM meta WHERE key = 'clusterer'").fetchone():
        days = [r[0] for r in db.execute("SELECT DISTINCT a.published FROM assignments s JOIN articles a"
                                         " ON a.id = s.article_id WHERE s.pos IS NOT NULL")]
        n = db.execute("SELECT count(*) FROM assignments WHERE pos IS NOT NULL").fetchone()[0]
        db.execute("INSERT INTO meta(key, value) VALUES ('cluster_counters', %s)",
                   (json.dumps(cluster_counters_of(n, days, DIM)),))
    db.execute("DELETE FROM blobs WHERE name = 'cluster.hnsw'")  # the clusterer keeps no index of its own


@MIGRATIONS.step(5, "HNSW index only from INDEX_FROM vectors")
def _m5_index_when_large(db: Any) -> None:
    # A small store answers from an exact scan (see INDEX_FROM); the writer builds the index
    # when the store reaches that size (1,500 vectors then: step 7 moved it).
    if db.execute("SELECT count(*) FROM vectors").fetchone()[0] < 1500:
        db.execute("DROP INDEX IF EXISTS vectors_hnsw")


@MIGRATIONS.step(6, "Chinese and Japanese searchable: the search vector reads character bigrams")
def _m6_cjk_bigrams(db: Any) -> None:
    # The text search parser keeps a run of Han or kana characters as one word ("德国总理朔尔茨表示"),
    # so no word inside it could be found: such runs are indexed as bigram tokens (_cjk.index_form)
    # and search asks for a CJK word's bigrams. Only articles with such characters change.
    rows = db.execute("SELECT num, title, text, language FROM articles WHERE coalesce(title, '') ~ %s OR text ~ %s",
                      (CJK_CLASS, CJK_CLASS)).fetchall()
    for num, title, text, language in rows:
        config = TEXT_SEARCH_CONFIGS.get((language or "")[:2], "simple")
        db.execute(f"UPDATE articles SET tsv = {_TSV} WHERE num = %s", (config, _fts_form(title or ""),
                                                                        config, _fts_form(text), num))


@MIGRATIONS.step(7, "HNSW index only from 5,000 vectors (one search per article)")
def _m7_index_later(db: Any) -> None:
    # A store indexed at 1,500-4,999 vectors under step 5 is scanned exactly again, which is
    # cheaper there now (INDEX_FROM); the writer rebuilds the index at INDEX_FROM.
    if db.execute("SELECT count(*) FROM vectors").fetchone()[0] < INDEX_FROM:
        db.execute("DROP INDEX IF EXISTS vectors_hnsw")


@MIGRATIONS.step(8, "a story's key counts as rows, added to as it grows")
def _m8_story_keys(db: Any) -> None:
    # As SQLite's step 10: the JSON text of all of a story's key counts was rewritten whenever
    # the story grew (a story's keys grow with it); now each count is a row, added to.
    db.execute("CREATE TABLE story_keys (story TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL,"
               " place INTEGER NOT NULL, PRIMARY KEY (story, key))")
    rows = db.execute("SELECT story, entity_counts FROM story_state").fetchall()
    with db.cursor() as cur:
        cur.executemany("INSERT INTO story_keys VALUES (%s,%s,%s,%s)",
                        [v for sid, counts in rows for v in story_key_values(sid, json.loads(counts))])
    db.execute("ALTER TABLE story_state DROP COLUMN entity_counts")


@MIGRATIONS.step(9, "HNSW index only from 50,000 vectors (the writer's exact scan below)")
def _m9_index_from_50k(db: Any) -> None:
    # As step 7, for the threshold INDEX_FROM moved to: a store indexed below it is scanned exactly.
    if db.execute("SELECT count(*) FROM vectors").fetchone()[0] < INDEX_FROM:
        db.execute("DROP INDEX IF EXISTS vectors_hnsw")


@MIGRATIONS.step(10, "Latin names found in any spelling: the search vector keeps Latin spellings of words")
def _m10_spellings(db: Any) -> None:
    # "Sepulveda" must find "Sepúlveda" and a Russian "Сепульведа" (trial 9): the search vector
    # also holds each such word's Latin spelling (_spelled). Articles of plain ASCII do not change.
    rows = db.execute("SELECT num, title, text, language FROM articles"
                      " WHERE coalesce(title, '') ~ '[^\x01-\x7f]' OR text ~ '[^\x01-\x7f]'").fetchall()
    for num, title, text, language in rows:
        config = TEXT_SEARCH_CONFIGS.get((language or "")[:2], "simple")
        db.execute(f"UPDATE articles SET tsv = {_TSV_SPELLED} WHERE num = %s",
                   (config, _fts_form(title or ""), config, _fts_form(text), _spelled(title, text), num))


@MIGRATIONS.step(11, "the moment an article was published, beside its day")
def _m11_published_at(db: Any) -> None:
    # As SQLite's step 12: same-day versions are ordered by it; rows stored before keep NULL.
    db.execute("ALTER TABLE articles ADD COLUMN published_at TEXT")


@MIGRATIONS.step(12, "articles whose text cleaning leaves as it is")
def _m12_plain_texts(db: Any) -> None:
    # As SQLite's step 13: a near-duplicate check shingles such a stored text without cleaning it again.
    db.execute("ALTER TABLE articles ADD COLUMN plain BOOLEAN NOT NULL DEFAULT false")


@MIGRATIONS.step(13, "copy keys: a stored article's copy found outside the writer's candidate window")
def _m13_copy_keys(db: Any) -> None:
    # As SQLite's step 14: rows stored before have no keys.
    db.execute("CREATE TABLE copy_keys (key BIGINT NOT NULL, num BIGINT NOT NULL, PRIMARY KEY (key, num))")


@MIGRATIONS.step(14, "opening events: what a stored article's opening says of its event, read once")
def _m14_opening_events(db: Any) -> None:
    # As SQLite's step 15: rows stored before have none.
    db.execute("CREATE TABLE opening_events (article_id TEXT PRIMARY KEY, event TEXT NOT NULL)")


@MIGRATIONS.step(15, "vector blocks: each batch's vectors as one row of bytes, for the writer's window read")
def _m15_vector_blocks(db: Any) -> None:
    # The vectors already stored, 32 to a block by number (the stream's batch size); halfvec_send's values after
    # its 4-byte head are the block's bytes (the same float16 values, big-endian).
    for statement in _VECTOR_BLOCKS_SQL:
        db.execute(statement)
    db.execute("INSERT INTO vector_blocks(last, n, nums, vecs)"
               " SELECT max(num), count(*), string_agg(int8send(num), ''::bytea ORDER BY num),"
               " string_agg(substring(halfvec_send(vec) FROM 5), ''::bytea ORDER BY num)"
               " FROM (SELECT num, vec, (row_number() OVER (ORDER BY num) - 1) / 32 AS g FROM vectors) t GROUP BY g")


@MIGRATIONS.step(16, "verdict readings: a stored article's text as the same-story verdict's rules read it, read once")
def _m16_verdict_readings(db: Any) -> None:
    # As SQLite's step 16: rows stored before have none.
    db.execute("CREATE TABLE verdict_readings (article_id TEXT PRIMARY KEY, reading TEXT NOT NULL)")



@MIGRATIONS.step(17, "Arabic words with vowel marks: the search vector keeps them without their marks too")
def _m17_arabic_marks(db: Any) -> None:
    # As SQLite's step 17 ("عمان" finds "عمّان" and back): the articles with an Arabic vowel mark get their search
    # vector again, its spellings (_spelled) now holding their marked words without the marks.
    from ..text import ARABIC_MARKS

    rows = db.execute("SELECT num, title, text, language FROM articles WHERE coalesce(title, '') ~ %(m)s"
                      " OR text ~ %(m)s", {"m": f"[{ARABIC_MARKS}]"}).fetchall()
    for num, title, text, language in rows:
        config = TEXT_SEARCH_CONFIGS.get((language or "")[:2], "simple")
        db.execute(f"UPDATE articles SET tsv = {_TSV_SPELLED} WHERE num = %s",
                   (config, _fts_form(title or ""), config, _fts_form(text), _spelled(title, text), num))


@MIGRATIONS.step(18, "Arabic articles indexed as written: the arabic stemmer took a word's first letter for a proclitic")
def _m18_arabic_as_written(db: Any) -> None:
    # An article stored in Arabic got its search vector through the 'arabic' configuration, which made "بليون"
    # (billion) "ليون" (Lyon); it gets it again in 'simple', as every article since (TEXT_SEARCH_CONFIGS).
    rows = db.execute("SELECT num, title, text FROM articles WHERE left(coalesce(language, ''), 2) = 'ar'").fetchall()
    for num, title, text in rows:
        db.execute(f"UPDATE articles SET tsv = {_TSV_SPELLED} WHERE num = %s",
                   ("simple", _fts_form(title or ""), "simple", _fts_form(text), _spelled(title, text), num))


@MIGRATIONS.step(19, "verdict analyses: the verdict rules' analysis of a stored reading, with its code's version")
def _m19_verdict_analyses(db: Any) -> None:
    # As SQLite's step 18: rows stored before have none.
    db.execute("ALTER TABLE verdict_readings ADD COLUMN analysis BYTEA")


SCHEMA_VERSION = MIGRATIONS.latest

_COLS = ("a.id, a.source, a.text, a.external_id, a.url, a.outlet, a.title, a.language, a.published, a.metadata,"
         " a.duplicate_of, a.duplicate_reason, a.added, a.published_at, a.plain")
_LIGHT = ("a.id, a.source, '', a.external_id, a.url, a.outlet, a.title, a.language, a.published,"
          " json_build_object('lead', a.metadata->'lead', 'fuller_of', a.metadata->'fuller_of',"
          " 'warnings', a.metadata->'warnings'),"
          " a.duplicate_of, a.duplicate_reason, a.added, a.published_at,"
          " a.plain")


def _newest_blocks(last: int) -> tuple[str, dict[str, int]]:
    """The WHERE clause (and its parameters) of the ``vector_blocks`` from the newest back until they hold ``last``
    vectors: a window function over the blocks' counts, so the bytes of the others are never read."""
    newest = "SELECT last, sum(n) OVER (ORDER BY last DESC) - n AS newer FROM vector_blocks"
    return (f"WHERE last >= coalesce((SELECT min(last) FROM ({newest}) t WHERE newer < %(l)s), 0)",
            {"l": int(last)})


def _row(r: Sequence[Any]) -> ArticleRecord:
    meta = r[9]
    if isinstance(meta, str):
        meta = json.loads(meta or "{}")
    return ArticleRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                         metadata=row_metadata(meta or {}), duplicate_of=r[10], duplicate_reason=r[11],
                         added=r[12], published_at=r[13], plain=bool(r[14]))


def _article_values(a: ArticleRecord) -> tuple[Any, ...]:
    config = TEXT_SEARCH_CONFIGS.get((a.language or "")[:2], "simple")
    return (a.id, a.external_id, a.source, a.url, a.outlet, a.title, a.language, a.published, a.text,
            metadata_json(a.metadata), a.duplicate_of, a.duplicate_reason,
            a.added or now(), config, _fts_form(a.title or ""), config, _fts_form(a.text), _spelled(a.title, a.text),
            a.published_at, "true" if a.plain else "false")


def _checked(vec: np.ndarray) -> np.ndarray:
    v = np.asarray(vec, dtype=np.float32).reshape(-1)
    if v.shape[0] != DIM:
        raise StoreError(f"a {v.shape[0]}-dimensional vector cannot go into this PostgreSQL store "
                         f"({DIM} dimensions); use the default embedder or a SQLite store")
    return v


def _vector_literal(vec: np.ndarray) -> str:
    # float16 values printed exactly (repr of the float32 of a float16 round-trips).
    return "[" + ",".join(repr(float(x)) for x in _checked(vec).astype(np.float16).astype(np.float32)) + "]"


class _Halfvec:
    """A vector sent as a binary ``halfvec`` parameter (int16 dimension, int16 unused, big-endian
    float16 values: pgvector's wire format): the same float16 values as :func:`_vector_literal`,
    without printing and parsing 512 numbers (~2 ms per vector)."""

    __slots__ = ("data",)

    def __init__(self, vec: np.ndarray):
        v = _checked(vec)
        self.data = len(v).to_bytes(2, "big") + b"\0\0" + v.astype(">f2").tobytes()


def _parse_vector(text: str) -> np.ndarray:
    return np.array(json.loads(text), dtype=np.float32)


def _insert_rows(cur: Any, head: str, types: Sequence[str], rows: Iterable[Sequence[Any]], tail: str = "",
                 select: str | None = None) -> None:
    """``head`` (``INSERT INTO t(cols)``) of every row in ONE statement: each column sent as one
    array, unnested server-side in row order (``c0, c1, ...`` name the columns in ``select``,
    a cast or expression over them). One statement per table per batch, not one per row: the
    server's per-statement work and the client's per-row adaptation were most of the cost of
    the many small rows (21k entity keys per 2k articles)."""
    rows = list(rows)
    if not rows:
        return
    names = [f"c{i}" for i in range(len(types))]
    arrays = ", ".join(f"%s::{t}[]" for t in types)
    cur.execute(f"{head} SELECT {select or ', '.join(names)} FROM unnest({arrays}) WITH ORDINALITY"
                f" AS u({', '.join(names)}, i) ORDER BY i {tail}", [list(col) for col in zip(*rows)])


def _any_of(values: Sequence[Any]) -> tuple[str, Any]:
    """``= ANY(...)`` of ``values`` for a statement and its parameter: a list of Python ints as one ``bigint[]``
    literal ("{3,5,8}"), of strs as one ``text[]`` literal (each element quoted, its backslashes and double quotes
    escaped: array_in's syntax), anything else as the list itself (psycopg's own array). psycopg dumps a list a
    Python call per element (and scans its ints for the narrowest type): ~0.9 CPU-ms for the ~2,300 candidate
    numbers of a 32-article batch into the 12k synthetic store, ~0.17 as a literal, ~0.35 / 0.06 for 500 ids (issue
    13, stop 67). An empty list goes as psycopg's (a typed empty literal would not compare with every column).
    Returns (the SQL after the column, with one ``?`` placeholder; the parameter)."""
    values = list(values)
    if not values:
        return "= ANY(?)", values
    if all(type(v) is int for v in values):
        return "= ANY(?::bigint[])", "{" + ",".join(map(str, values)) + "}"
    if all(type(v) is str for v in values):
        return "= ANY(?::text[])", "{" + ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
                                                   for v in values) + "}"
    return "= ANY(?)", values


def _last_by_key(rows: Iterable[Sequence[Any]]) -> list[Sequence[Any]]:
    """Rows with distinct first columns, the last of each kept (an upsert of the same key twice in
    one statement is an error; one by one, the last one won)."""
    return list({r[0]: r for r in rows}.values())


def _vector_rows(values: Sequence[Any]) -> np.ndarray:
    """Vectors a query read, as one float32 ``n x d`` array: pgvector's binary halfvec (bytes: int16
    dimension, int16 unused, big-endian float16 values) converted all at once, or text parsed."""
    if values and all(isinstance(v, bytes) for v in values):
        dim = int.from_bytes(values[0][:2], "big")
        if all(len(v) == 4 + 2 * dim for v in values):
            return np.frombuffer(b"".join(values), dtype=">f2").reshape(len(values), dim + 2)[:, 2:].astype(np.float32)
    return np.stack([np.frombuffer(v, dtype=">f2", offset=4).astype(np.float32) if isinstance(v, bytes)
                     else _parse_vector(v) for v in values])


def _block_rows(nums: Sequence[bytes], vecs: Sequence[bytes], dim: int) -> tuple[np.ndarray, np.ndarray]:
    """``vector_blocks`` rows' numbers (big-endian int8) and vectors (big-endian float16, ``dim`` a row) as one
    int64 array and one ``n x dim`` array (a view of the joined bytes), in number order (:func:`_ordered`)."""
    nb, vb = b"".join(nums), b"".join(vecs)
    if len(nb) % 8 or len(vb) % (2 * dim):
        raise StoreError(f"vector_blocks: {len(nb)} bytes of numbers and {len(vb)} of {dim}-dimensional vectors")
    return _ordered(np.frombuffer(nb, dtype=">i8").astype(np.int64), np.frombuffer(vb, dtype=">f2").reshape(-1, dim))


def _ordered(nums: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Blocks' numbers and vectors, as many of each, in number order (rows of blocks whose number ranges overlap
    sorted, stably). StoreError if the counts differ."""
    if len(nums) != len(rows):
        raise StoreError(f"vector_blocks: {len(nums)} numbers and {len(rows)} vectors")
    if len(nums) > 1 and not np.all(nums[1:] > nums[:-1]):
        order = np.argsort(nums, kind="stable")
        nums, rows = nums[order], rows[order]
    return nums, rows


# COPY's binary format (PostgreSQL docs, "COPY", Binary Format): an 11-byte signature, int32 flags, int32 header
# extension length and the extension; then per row an int16 field count and per field an int32 length and the
# value; an int16 -1 ends it. All integers big-endian.
_COPY_SIGNATURE = b"PGCOPY\n\xff\r\n\x00"


def redact(url: str) -> str:
    """The URL without its password (for messages)."""
    return re.sub(r"(postgres(?:ql)?://[^:/@?]*):[^@/?]*@", r"\1@", url)


def _fix_for(exc: Exception) -> str:
    msg = str(exc).lower()
    if "connection" in msg or "could not" in msg or "no such file" in msg or "refused" in msg:
        return ("check that the server is running and the URL is right "
                "(postgresql://user@host:port/dbname, or ?host=/socket/dir)")
    if "password" in msg or "authentication" in msg or "permission" in msg or "privilege" in msg:
        return "check the user, password and privileges in the URL (the role must be able to create tables)"
    if "extension" in msg and "vector" in msg:
        return "install pgvector on the server or run CREATE EXTENSION vector as an administrator"
    return "pass another --db, or check the server log"


@dataclass(frozen=True)
class _TextSearch:
    """One query's select of ranked hits for :meth:`PostgresStore.search_texts`: its SQL (tag, position,
    article id, headline), the parameters it names, and the tokens its headlines mark when they are
    made apart (a Chinese or Japanese query's; None: made in the select)."""

    sql: str
    params: dict[str, str]
    cjk_marks: str | None


class PostgresStore(SQLStoreBase):
    """:class:`~storylens.store.Store` on a PostgreSQL server (one connection per store object)."""

    dialect = POSTGRESQL

    def __init__(self, url: str, *, dim: int = DIM, connect_timeout: float = 10.0, index_from: int = INDEX_FROM,
                 keep_window: bool = True):
        try:
            import psycopg
        except ImportError as exc:
            raise ModelError("the PostgreSQL backend needs psycopg: pip install 'storylens[postgres]'") from exc
        self._psycopg = psycopg
        self.url = redact(url)
        if dim != DIM:
            raise StoreError(f"{self.url}: the PostgreSQL store holds {DIM}-dimensional vectors, not {dim}")
        self.dim = dim
        with self._errors("connect to"):
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=int(connect_timeout))
        self._holding_writer = False
        self._commit: Any = None  # the writer's last batch, being committed by the commit thread (a Future)
        self._committer: Any = None  # that thread (a one-thread executor), started with the first such batch
        self._commit_thread = -1
        self._migrate()
        self._binary = self._halfvec_loader()
        self._index_from = int(index_from)
        self._indexed = self._query("SELECT to_regclass('vectors_hnsw') IS NOT NULL")[0][0]
        # The writer's copy of every stored vector while the store has no index (_exact_rows):
        # (article numbers, unit rows), read at its first search, extended by each batch it writes.
        self._exact: ExactScan | None = None
        # The writer's candidate window (settings.candidate_window), as SQLiteStore's: its clusterer's
        # searches scan the last that many stored vectors exactly, index or not; 0: the whole store.
        self.candidate_window: int = DEFAULT.candidate_window
        self._id_of: dict[int, str] = {}  # _ids_of
        # The writer's copy kept on this machine for the next writer (storylens.store._window_file): False
        # when not kept, None until first asked for; and (first number, rows, last number) of the copy as
        # read back or kept last, so an unchanged copy is not written again.
        self._keep_window = keep_window
        self._window_file: WindowFile | None | bool = None if keep_window else False
        self._window_kept: tuple[int, int, int] | None = None

    # -- plumbing

    @property
    def db(self) -> Any:
        """The connection, once the batch being committed (if any) is in: what follows reads it."""
        if self._commit is not None and threading.get_ident() != self._commit_thread:
            self._settle()
        return self._conn

    def _settle(self) -> None:
        """Wait for the batch being committed; its error (a StoreError) is raised here."""
        commit = self._commit
        if commit is None:
            return
        try:
            commit.result()
        finally:
            if commit.done():  # interrupted while waiting: close() waits again
                self._commit = None

    def _halfvec_loader(self) -> bool:
        """Read halfvec columns in binary (parsing the text form cost ~0.3 ms per vector: the
        clusterer reads ~100 per article), as pgvector's bytes for :func:`_vector_rows`. False if
        the type is not there."""
        from psycopg.adapt import Dumper, Loader
        from psycopg.pq import Format

        row = self.db.execute("SELECT oid FROM pg_type WHERE typname = 'halfvec'").fetchone()
        if row is None:
            return False
        halfvec_oid = int(row[0])

        class HalfvecLoader(Loader):
            format = Format.BINARY

            def load(self, data: Any) -> bytes:
                # int16 dimension, int16 unused, then big-endian float16 values: converted a whole
                # result at a time (_vector_rows), a quarter of the CPU of one row at a time
                return bytes(data)

        class HalfvecDumper(Dumper):
            format = Format.BINARY
            oid = halfvec_oid

            def dump(self, obj: _Halfvec) -> bytes:
                return obj.data

        self.db.adapters.register_loader(halfvec_oid, HalfvecLoader)
        self.db.adapters.register_dumper(_Halfvec, HalfvecDumper)
        return True

    def _vector_param(self, vec: np.ndarray) -> Any:
        """``vec`` as a query parameter for ``%s::halfvec`` (binary when the type was found)."""
        return _Halfvec(vec) if self._binary else _vector_literal(vec)

    def _binary_query(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Any]:
        """Like _query, with binary results (halfvec -> float32 arrays through the loader above)."""
        with self._errors("read"), self.db.cursor(binary=True) as cur:
            return cur.execute(sql, params).fetchall()

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except self._psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"{self.url}: cannot {action} the article store ({first}); {_fix_for(exc)}") from exc

    @contextmanager
    def _atomic(self) -> Iterator[Any]:
        self._candidate_rows = {}  # a write may change the rows a candidate search read (_candidate_ids)
        with self._errors("write to"):
            with self.db.transaction():
                yield self.db
                known = self._count_commit(self.db)
            self._commits_known = known

    def _migrate(self) -> None:
        with self._errors("migrate"), self.db.transaction():
            # Two processes opening a new database at once: one migrates, the other waits.
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK_KEY,))
            self.db.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL, applied TEXT NOT NULL)")
            done = [r[0] for r in self.db.execute("SELECT version FROM migrations")]
            for step in MIGRATIONS.pending(done, self.url):
                step.apply(self.db)
                self.db.execute("INSERT INTO migrations VALUES (%s, %s, %s)", (step.version, step.name, now()))

    @contextmanager
    def writer(self) -> Iterator[None]:
        """Hold the database's single-writer lock (an advisory lock) for a whole ingest or correction."""
        if self._holding_writer:  # re-entrant within one store object
            yield
            return
        with self._errors("lock"):
            row = self.db.execute("SELECT pg_try_advisory_lock(%s)", (WRITER_LOCK_KEY,)).fetchone()
            assert row is not None  # a SELECT of one value always returns one row
            got = row[0]
        if not got:
            raise StoreBusyError(f"{self.url}: {WRITER_BUSY}")
        self._holding_writer = True
        try:
            self._catch_up()  # another process's batches since this object's last one (a watch between polls)
            yield
        finally:
            self._holding_writer = False
            try:
                self._settle()  # the last batch is in before the lock goes (a failed commit is raised)
            finally:
                self._keep_window_copy()  # for the next writer on this machine (the lock still held)
                self._exact = None  # another writer may add vectors once the lock goes
                # and keep its own copy: the next writer of this store reads the files again, holding none
                self._window_kept = None
                if isinstance(self._window_file, WindowFile):
                    self._window_file.forget()
                try:
                    self._conn.execute("SELECT pg_advisory_unlock(%s)", (WRITER_LOCK_KEY,))
                except self._psycopg.Error:
                    pass  # the connection is gone, and the lock with it

    def _forget_kept(self) -> None:
        """Once another process committed: the writer's vector copy is read again (it is dropped when the lock
        goes already), and whether the store has its HNSW index (another writer may have built it at
        ``index_from`` vectors: this writer would scan every vector exactly for its searches)."""
        super()._forget_kept()
        self._exact = None
        self._indexed = bool(self._query("SELECT to_regclass('vectors_hnsw') IS NOT NULL")[0][0])

    def schema_version(self) -> int:
        return int(self._query("SELECT coalesce(max(version), 0) FROM migrations")[0][0])

    def pending_migrations(self) -> list[tuple[int, str]]:
        done = [r[0] for r in self._query("SELECT version FROM migrations")]
        return [(m.version, m.name) for m in MIGRATIONS.pending(done, self.url)]

    def flush(self) -> None:
        """Wait for the last batch's commit (the vector index lives in the database)."""
        self._settle()

    def close(self) -> None:
        try:
            self._settle()
        finally:
            if self._committer is not None:
                self._committer.shutdown()
                self._committer = None
            if not self._conn.closed:
                self._conn.close()

    def _query(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Any]:
        with self._errors("read"):
            return self.db.execute(sql, params).fetchall()

    def _rows_in(self, sql: str, values: Sequence[Any], extra: Sequence[Any] = ()) -> list[Any]:
        spot, param = _any_of(values)
        return self._query(self._native(sql.replace("{in}", spot)), (param, *extra))

    # -- writes

    def update_metadata(self, updates: Sequence[MetadataUpdate]) -> None:
        """Set metadata columns of stored articles in one transaction (the title in the search vector too)."""
        with self._atomic() as db:
            for u in updates:
                cols = [c for c in METADATA_COLUMNS if c in u.fields]
                sets = "".join(f"{c} = %s, " for c in cols)
                db.execute(f"UPDATE articles SET {sets}metadata = %s WHERE id = %s",
                           [u.fields[c] for c in cols]
                           + [metadata_json(u.metadata), u.article])
                if "title" in u.fields:
                    row = db.execute("SELECT language, text FROM articles WHERE id = %s", (u.article,)).fetchone()
                    if row is None:
                        continue
                    config = TEXT_SEARCH_CONFIGS.get((row[0] or "")[:2], "simple")
                    db.execute(f"UPDATE articles SET tsv = {_TSV_SPELLED} WHERE id = %s",
                               (config, _fts_form(u.fields["title"] or ""), config, _fts_form(row[1]),
                                _spelled(u.fields["title"], row[1]), u.article))
            # a count readers compare (the web's story list): titles and copies changed, not the article count
            done = db.execute("SELECT value FROM meta WHERE key = 'metadata_updates'").fetchone()
            self._set_meta(db, "metadata_updates", str(int(done[0] if done else 0) + len(updates)))

    def write_batch(self, batch: StoreBatch) -> None:
        """Store one batch in one transaction; articles already present are left untouched.

        Inside :meth:`writer` the transaction is committed by a thread of this store while the
        caller goes on (the server's index inserts overlap the caller's work on the next batch);
        the next use of the store waits for it and raises its error, so reads always see it and
        a failed batch stops the writer at its next step. Outside, it returns once committed."""
        self._settle()
        self._candidate_rows = {}  # (_candidate_ids) this batch's rows change what a search read before it
        if not self._holding_writer:
            self._write_now(batch)
            return
        if self._committer is None:
            from concurrent.futures import ThreadPoolExecutor

            self._committer = ThreadPoolExecutor(1, thread_name_prefix="storylens-commit")
            self._commit_thread = self._committer.submit(threading.get_ident).result()
        self._commit = self._committer.submit(self._write_now, batch)

    def _write_now(self, batch: StoreBatch) -> None:
        with self._atomic() as db:
            nums: dict[str, int] = {}
            model = self.get_meta("embedder") or "unknown"
            if batch.articles:
                with db.cursor() as cur:
                    # One pipelined round trip for the batch's articles (was one per article).
                    cur.execute(
                        "INSERT INTO articles(id, external_id, source, url, outlet, title, language, published, text,"
                        " metadata, duplicate_of, duplicate_reason, added, tsv, published_at, plain)"
                        " SELECT c0, c1, c2, c3, c4, c5, c6, c7, c8, c9::json, c10, c11, c12,"
                        " setweight(to_tsvector(c13::regconfig, c14), 'A') || setweight(to_tsvector(c15::regconfig, c16), 'D')"
                        " || setweight(to_tsvector('simple', c17), 'D'), c18, c19::boolean"
                        f" FROM unnest({', '.join(['%s::text[]'] * 20)}) WITH ORDINALITY"
                        " AS u(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, i)"
                        " ORDER BY i ON CONFLICT (id) DO NOTHING RETURNING id, num",
                        [list(col) for col in zip(*(_article_values(a) for a in batch.articles))])
                    nums.update((r[0], int(r[1])) for r in cur.fetchall())
            with db.cursor() as cur:
                cur.executemany("INSERT INTO vectors(num, model, vec) VALUES (%s, %s, %s::halfvec)",
                                [(nums[aid], model, self._vector_param(v)) for aid, v in batch.vectors.items()
                                 if aid in nums])
                block = sorted(((nums[aid], v) for aid, v in batch.vectors.items() if aid in nums),
                               key=operator.itemgetter(0))
                if block:  # the same float16 values, as bytes (_VECTOR_BLOCKS_SQL)
                    cur.execute("INSERT INTO vector_blocks(last, n, nums, vecs) VALUES (%s, %s, %s, %s)",
                                (block[-1][0], len(block), np.array([n for n, _v in block], dtype=">i8").tobytes(),
                                 np.stack([_checked(v) for _n, v in block]).astype(">f2").tobytes()))
                build = False
                if not self._indexed and nums:
                    # The stored vectors counted from their blocks (a row a batch, this one's included), not
                    # their rows: the same number (every vector is written with its block, in this transaction,
                    # and none is deleted; the window read trusts the blocks alike), from 1/32 of the rows. A
                    # count of ``vectors`` read every row of its key every batch until INDEX_FROM: 0.93 against
                    # 0.07 backend CPU-ms a batch at 12k (warm backend, 300 each), growing with the store (stop 78).
                    stored = cur.execute("SELECT coalesce(sum(n), 0) FROM vector_blocks").fetchone()
                    build = stored is not None and int(stored[0]) >= self._index_from
                if build:  # the store has become large enough for the index (INDEX_FROM)
                    cur.execute(_INDEX_SQL)
                _insert_rows(cur, "INSERT INTO copy_keys(key, num)", ("bigint", "bigint"),
                             [(int(key), nums[aid]) for aid, keys in batch.copy_keys.items() if aid in nums for key in keys],
                             "ON CONFLICT DO NOTHING")
                _insert_rows(cur, "INSERT INTO opening_events(article_id, event)", ("text", "text"),
                             sorted(batch.events.items()), "ON CONFLICT DO NOTHING")
                # the newest reading wins: one read again (retitled, another preparation version) replaces the stored one
                _insert_rows(cur, "INSERT INTO verdict_readings(article_id, reading, analysis)", ("text", "text", "bytea"),
                             [(a, r, batch.analyses.get(a)) for a, r in sorted(batch.readings.items())],
                             "ON CONFLICT (article_id) DO UPDATE SET reading = EXCLUDED.reading,"
                             " analysis = EXCLUDED.analysis")
                _insert_rows(cur, "INSERT INTO entities(article_id, key)", ("text", "text"),
                             [(aid, k) for aid, keys in batch.entities.items() for k in keys], "ON CONFLICT DO NOTHING")
                self._upsert_assignments(cur, batch.assignments)
                _insert_rows(cur, "INSERT INTO failures(source, stage, reason, kind, created)", ("text",) * 5,
                             _last_by_key((f.source, f.stage, f.reason, f.kind, now()) for f in batch.failures),
                             "ON CONFLICT (source) DO UPDATE SET stage = EXCLUDED.stage, reason = EXCLUDED.reason,"
                             " kind = EXCLUDED.kind, created = EXCLUDED.created")
                if batch.succeeded_sources:
                    cur.execute("DELETE FROM failures WHERE source = ANY(%s)", (list(batch.succeeded_sources),))
            self._write_delta(db, batch.state)
        if build:
            self._indexed = True
            if not self.candidate_window:  # the writer's window scan keeps its copy
                self._exact = None
        if self._exact is not None:  # committed: the writer's exact searches see the batch's vectors
            new = [(nums[aid], v) for aid, v in batch.vectors.items() if aid in nums]
            if new:
                self._exact.add([n for n, _v in new], np.stack([_checked(v) for _n, v in new]))

    def _write_delta(self, db: Any, delta: ClusterDelta | None) -> None:
        if delta is None:
            return
        if delta.settings is not None:
            self._set_meta(db, "clusterer", encode_state(delta.settings))
        with db.cursor() as cur:
            if delta.replace_norms:
                cur.execute("DELETE FROM story_norms")
                cur.execute("DELETE FROM entity_df")
                cur.execute("DELETE FROM story_state")
                cur.execute("DELETE FROM story_keys")
            _insert_rows(cur, "INSERT INTO story_state", ("text", "int8", "int4", "bytea", "text", "text", "text"),
                         _last_by_key([story_row_values(r) for r in delta.stories.values() if r is not None]
                                      + [story_row_values(g.row) for g in delta.grown.values()]),
                         "ON CONFLICT (story) DO UPDATE SET"
                         " created = EXCLUDED.created, size = EXCLUDED.size, vector_sum = EXCLUDED.vector_sum,"
                         " first_date = EXCLUDED.first_date, last_date = EXCLUDED.last_date,"
                         " languages = EXCLUDED.languages")
            dropped = [sid for sid, r in delta.stories.items() if r is None]
            if dropped:
                cur.execute("DELETE FROM story_state WHERE story = ANY(%s)", (dropped,))
            # A story written whole replaces its key counts; one that grew adds to them.
            if delta.stories:
                cur.execute("DELETE FROM story_keys WHERE story = ANY(%s)", (list(delta.stories),))
            _insert_rows(cur, "INSERT INTO story_keys(story, key, n, place)", ("text", "text", "int4", "int4"),
                         [v for sid, r in delta.stories.items() if r is not None
                          for v in story_key_values(sid, r.entity_counts)])
            _insert_rows(cur, "INSERT INTO story_keys(story, key, n, place)", ("text", "text", "int4", "int4"),
                         [(sid, k, int(n), int(place)) for sid, g in delta.grown.items() for k, n, place in g.keys],
                         "ON CONFLICT (story, key) DO UPDATE SET n = story_keys.n + EXCLUDED.n")
            _insert_rows(cur, "INSERT INTO story_norms(story, size, n_seen, value)", ("text", "int4", "int4", "float8"),
                         [(sid, int(c[0]), int(c[1]), float(c[2])) for sid, c in delta.norms.items() if c is not None],
                         "ON CONFLICT (story) DO UPDATE SET size = EXCLUDED.size, n_seen = EXCLUDED.n_seen,"
                         " value = EXCLUDED.value")
            gone = [sid for sid, c in delta.norms.items() if c is None]
            if gone:
                cur.execute("DELETE FROM story_norms WHERE story = ANY(%s)", (gone,))
            # Sorted keys: two writers never deadlock on the same rows (there is one writer, but cheap to keep).
            _insert_rows(cur, "INSERT INTO entity_df(key, n)", ("text", "int4"),
                         [(k, int(delta.df[k])) for k in sorted(delta.df)],
                         "ON CONFLICT (key) DO UPDATE SET n = entity_df.n + EXCLUDED.n")
        if delta.counters is not None:
            self._set_meta(db, "cluster_counters", json.dumps(dict(delta.counters)))

    def _upsert_assignments(self, cur: Any, records: Iterable[AssignmentRecord]) -> None:
        _insert_rows(
            cur, "INSERT INTO assignments(article_id, story, score, new_story, nearest, shared_entities, reason, updated, pos)",
            ("text", "text", "float8", "bool", "text", "text", "text", "text", "int8"),
            _last_by_key((r.article, r.story, float(r.score), bool(r.new_story), r.nearest,
                          json.dumps(list(r.shared_entities), ensure_ascii=False), r.reason, now(), r.pos)
                         for r in records),
            "ON CONFLICT (article_id) DO UPDATE SET story = EXCLUDED.story,"
            " score = EXCLUDED.score, new_story = EXCLUDED.new_story, nearest = EXCLUDED.nearest,"
            " shared_entities = EXCLUDED.shared_entities, reason = EXCLUDED.reason, updated = EXCLUDED.updated,"
            " pos = coalesce(EXCLUDED.pos, assignments.pos)")

    def replace_assignments(self, records: Sequence[AssignmentRecord], state: ClusterDelta | None) -> None:
        with self._atomic() as db:
            with db.cursor() as cur:
                self._upsert_assignments(cur, records)
            self._write_delta(db, state)

    def record_correction(self, op: str, args: Mapping[str, Any], records: Sequence[AssignmentRecord],
                          state: ClusterDelta | None, aliases: Sequence[StoryAlias] = ()) -> int:
        with self._atomic() as db:
            with db.cursor() as cur:
                cid = cur.execute("INSERT INTO corrections(op, args, created) VALUES (%s,%s,%s) RETURNING id",
                                  (op, json.dumps(dict(args), ensure_ascii=False), now())).fetchone()[0]
                self._upsert_assignments(cur, records)
                cur.executemany("INSERT INTO story_aliases(old, new, op, created) VALUES (%s,%s,%s,%s)"
                                " ON CONFLICT (old) DO UPDATE SET new = EXCLUDED.new, op = EXCLUDED.op",
                                [(a.old, a.new, a.op, now()) for a in aliases])
            self._write_delta(db, state)
            return int(cid)

    def _set_meta(self, db: Any, key: str, value: str) -> None:
        db.execute("INSERT INTO meta(key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                   (key, value))

    def set_meta(self, key: str, value: str) -> None:
        with self._atomic() as db:
            self._set_meta(db, key, value)

    # -- reads

    # -- the clusterer's state

    def cluster_rows(self) -> list[tuple[str, str, str | None, str | None, tuple[str, ...]]]:
        rows = self._query(
            "SELECT a.id, s.story, a.language, a.published,"
            " (SELECT array_agg(e.key) FROM entities e WHERE e.article_id = a.id)"
            " FROM assignments s JOIN articles a ON a.id = s.article_id WHERE a.duplicate_of IS NULL ORDER BY a.num")
        return [(r[0], r[1], r[2], r[3], tuple(r[4] or ())) for r in rows]

    def cluster_vectors(self) -> np.ndarray:
        """The stored vectors of :meth:`cluster_rows`' articles, in the same order, as one ``n x d`` float32 array."""
        rows = self._query(
            "SELECT v.vec::text FROM assignments s JOIN articles a ON a.id = s.article_id JOIN vectors v ON v.num = a.num"
            " WHERE a.duplicate_of IS NULL ORDER BY a.num")
        if not rows:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([_parse_vector(r[0]) for r in rows]).astype(np.float32)

    def cluster_candidates(self, vectors: np.ndarray, k: int, known: Container[str] = ()
                           ) -> list[list[tuple[str, np.ndarray | None]]]:
        """For each row of ``vectors``, up to ``k`` stored articles nearest to it, best first, as
        (id, unit vector): below ``index_from`` vectors the writer's exact scan (the same answer
        as SQLite's writer), above it pgvector HNSW (approximate); near-duplicates included;
        vectors as the clusterer normalises the stored float16 ones, so the caller re-scores exactly.

        One HNSW search per row (a lateral join over all rows made the planner give up the
        index: 20x the server time), all sent in one pipeline (one round trip, not one per
        row), then each distinct neighbour's vector once: a batch's articles share most of
        their neighbours. The stream's near-duplicate check reads this answer too
        (``StoreClusterer.nearest_stored``: one search per article). Articles in ``known``
        (the caller holds their vectors) come as (id, None)."""
        queries = np.asarray(vectors, dtype=np.float32).reshape(len(vectors), -1)
        if len(queries) == 0:
            return []
        found = self._neighbour_rows(queries, int(k), _cluster_ef(k), windowed=True)
        nums = sorted({num for f in found for num, _d in f})
        # the writer reads their cluster rows with the ids, for the clusterer's next read (_candidate_ids)
        ids = self._candidate_ids(nums, writer=self._holding_writer)
        need = [num for num in nums if ids[num] not in known]
        if self._exact is not None and need:  # the writer's scan answered: its copy has the vectors
            got: list[Any] = [(num,) for num in need]
            units: Any = self._exact.rows_of(need)
        else:
            fetch = self._binary_query if self._binary else self._query
            got = fetch(f"SELECT num, vec{'' if self._binary else '::text'} FROM vectors WHERE num = ANY(%s)",
                        (need,)) if need else []
            units = unit_rows(_vector_rows([r[1] for r in got])) if got else []
        by_num: dict[int, tuple[str, np.ndarray | None]] = {num: (ids[num], None) for num in nums}
        by_num.update((int(r[0]), (ids[int(r[0])], u)) for r, u in zip(got, units))
        return [[by_num[num] for num, _d in f] for f in found]

    def cluster_features(self, ids: Sequence[str]) -> dict[str, tuple[tuple[str, ...], np.ndarray]]:
        query = self._binary_query if self._binary else self._query
        rows = query(
            f"SELECT a.id, v.vec{'' if self._binary else '::text'}, (SELECT array_agg(e.key) FROM entities e"
            " WHERE e.article_id = a.id) FROM articles a JOIN vectors v ON v.num = a.num WHERE a.id = ANY(%s)",
            (list(dict.fromkeys(ids)),))
        if not rows:
            return {}
        vecs = unit_rows(_vector_rows([r[1] for r in rows]))
        return {r[0]: (tuple(r[2] or ()), v) for r, v in zip(rows, vecs)}

    def load_blob(self, name: str) -> tuple[str, bytes] | None:
        rows = self._query("SELECT tag, data FROM blobs WHERE name = %s", (name,))
        return (rows[0][0], bytes(rows[0][1])) if rows else None

    def save_blob(self, name: str, tag: str, data: bytes) -> None:
        with self._atomic() as db:
            db.execute("INSERT INTO blobs(name, tag, data) VALUES (%s, %s, %s) ON CONFLICT (name) DO UPDATE"
                       " SET tag = EXCLUDED.tag, data = EXCLUDED.data", (name, tag, data))

    def articles(self, ids: Sequence[str] | None = None) -> list[ArticleRecord]:
        if ids is None:
            return [_row(r) for r in self._query(f"SELECT {_COLS} FROM articles a ORDER BY a.num")]
        out = {r[0]: _row(r) for r in self._rows_in(f"SELECT {_COLS} FROM articles a WHERE a.id {{in}}", list(ids))}
        return [out[i] for i in ids if i in out]

    def vectors_missing(self) -> int:
        """0: the vectors are rows of the database (pgvector), so no side file can be missing (the SQLite
        store's :meth:`~storylens.store.SQLiteStore.vectors_missing` counts those its lost ``.usearch`` held)."""
        return 0

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """id -> stored vector (float32, exactly the stored float16 values), read in pgvector's binary form where the
        type is there: the text form cost the server its float printing and this side a JSON parse per vector (the
        ~80 copy-key candidates of a 32-article batch into the 12k synthetic store: 9.6 client and 2.6 server
        CPU-ms, stop 55, issue 13)."""
        if not self._binary:
            rows = self._query("SELECT a.id, v.vec::text FROM vectors v JOIN articles a ON a.num = v.num"
                               " WHERE a.id = ANY(%s)", (list(ids),))
            return {aid: _parse_vector(text) for aid, text in rows}
        rows = self._binary_query("SELECT a.id, v.vec FROM vectors v JOIN articles a ON a.num = v.num"
                                  " WHERE a.id = ANY(%s)", (list(ids),))
        return dict(zip([r[0] for r in rows], _vector_rows([r[1] for r in rows]))) if rows else {}

    def entities(self, ids: Sequence[str] | None = None) -> dict[str, set[str]]:
        if ids is None:
            rows = self._query("SELECT article_id, key FROM entities")
        else:
            rows = self._query("SELECT article_id, key FROM entities WHERE article_id = ANY(%s)", (list(ids),))
        out: dict[str, set[str]] = {}
        for aid, key in rows:
            out.setdefault(aid, set()).add(key)
        return out

    def stats(self) -> dict[str, int]:
        row = self._query(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),"
            " (SELECT count(*) FROM vectors), (SELECT count(DISTINCT story) FROM assignments),"
            " (SELECT count(*) FROM failures WHERE kind = 'failed'), (SELECT count(*) FROM failures WHERE kind = 'skipped'),"
            " (SELECT count(*) FROM corrections WHERE op <> 'refine')")[0]  # a refine pass is no user correction
        names = ("articles", "duplicates", "vectors", "stories", "failed", "skipped", "corrections")
        return {n: int(v) for n, v in zip(names, row)}

    # -- stories

    def stories(self, limit: int | None = None, offset: int = 0, ids: Sequence[str] | None = None) -> list[StorySummary]:
        if ids is None:
            # newest activity: the members' dates and their own outlets' versions' (the summary's
            # last_seen, see _story_copies); the outlet key as base.outlet_key folds it (lower() for casefold)
            ids = [r[0] for r in self._query(
                "SELECT s.story FROM assignments s JOIN articles a ON a.id = s.article_id"
                f" LEFT JOIN articles d ON d.duplicate_of = a.id AND {_OUTLET_KEY_SQL.format(c='d.outlet')}"
                f" = {_OUTLET_KEY_SQL.format(c='a.outlet')} GROUP BY s.story"
                ' ORDER BY coalesce(max(greatest(a.published, d.published)), \'\') COLLATE "C" DESC,'
                ' count(DISTINCT a.id) DESC, s.story COLLATE "C" DESC LIMIT %s OFFSET %s', (limit, offset))]
        members: dict[str, list[ArticleRecord]] = {}
        for r in self._query(f"SELECT s.story, {_LIGHT} FROM assignments s JOIN articles a ON a.id = s.article_id"
                             " WHERE s.story = ANY(%s)", (list(ids),)):
            members.setdefault(r[0], []).append(_row(r[1:]))
        copies = self._story_copies(members)
        return [summary(sid, members[sid], *copies[sid]) for sid in ids if sid in members]

    def duplicates_of(self, ids: Sequence[str]) -> list[ArticleRecord]:
        rows = self._query(f"SELECT {_LIGHT} FROM articles a WHERE a.duplicate_of = ANY(%s) ORDER BY a.num", (list(ids),))
        return [_row(r) for r in rows]

    def related_stories(self, keys: Sequence[str], exclude: str) -> dict[str, tuple[int, dict[str, int]]]:
        found: dict[str, dict[str, int]] = {}
        for story, key, n in self._query(
                "SELECT s.story, e.key, count(*) FROM entities e JOIN assignments s ON s.article_id = e.article_id"
                " WHERE e.key = ANY(%s) AND s.story <> %s GROUP BY s.story, e.key", (list(keys), exclude)):
            found.setdefault(story, {})[key] = int(n)
        sizes = dict(self._query("SELECT story, count(*) FROM assignments WHERE story = ANY(%s) GROUP BY story",
                                 (list(found),)))
        return {s: (int(sizes.get(s, 0)), k) for s, k in found.items()}

    def key_frequencies(self, keys: Sequence[str]) -> tuple[dict[str, int], int]:
        df = {k: int(n) for k, n in self._query("SELECT key, count(*) FROM entities WHERE key = ANY(%s) GROUP BY key",
                                                (list(keys),))}
        total = int(self._query("SELECT count(DISTINCT article_id) FROM entities")[0][0])
        return df, total

    # -- search

    def search_text(self, query: str, limit: int = 20) -> list[tuple[str, str | None]]:
        """Full-text matches as (article id, snippet), best first; plain words, any of them (the parts of
        one, all: :func:`query_words`), in every configuration."""
        return self.search_texts([query], limit)[0]

    def search_texts(self, queries: Sequence[str], limit: int = 20) -> list[list[tuple[str, str | None]]]:
        """:meth:`search_text` of each query, its hits as it gives them, asked in one statement (a UNION
        ALL of the queries' own ranked selects: each ranks and cuts its matches as alone); a Chinese or
        Japanese query's headlines in one more statement each (see :meth:`_cjk_headlines`)."""
        out: list[list[tuple[str, str | None]]] = [[] for _ in queries]
        asked = [(i, st) for i, q in enumerate(queries) if (st := self._text_search(q, i)) is not None]
        if not asked:
            return out
        params: dict[str, Any] = {"limit": limit}
        for _, st in asked:
            params |= st.params
        # (tag, position): position is the row's number by rank, then a.num (_text_search), as SQLite orders its hits
        rows = self._query(" UNION ALL ".join(st.sql for _, st in asked) + " ORDER BY 1, 2", params)
        for tag, _, aid, head in rows:
            out[tag].append((aid, head))
        for i, st in asked:
            if out[i] and st.cjk_marks is not None:
                out[i] = self._cjk_headlines(out[i], st.cjk_marks)
        return out

    def _text_search(self, query: str, tag: int) -> _TextSearch | None:
        """The select of ``query``'s ranked hits (tag, position, article id, headline), its parameters
        named by ``tag``; None for a query of no word."""
        chunks = query_words(query)
        if not chunks:
            return None
        # A query word of one part is asked with its stems below (any of them); one of several parts
        # ("3:17", "2024-03-12": query_words; a name's parts are words of their own) is the AND of its
        # parts as written and spelt, in every configuration (a stem ORed at the top would make one part
        # enough again).
        terms = [c[0] for c in chunks if len(c) == 1]
        # Quoted lexemes: no word is taken as tsquery syntax. A Chinese or Japanese word is all of
        # its bigrams (_cjk; ts_rank_cd/headline need no phrase), one character a prefix.
        def lexeme(p: str, prefix: bool) -> str:
            return "'" + p.replace("'", "''").replace("\\", "") + "'" + (":*" if prefix else "")

        from ..text import search_spelling

        def word_query(w: str, part: bool) -> str:
            spelt = search_spelling(w, marked_latin=True) if part else None
            return " | ".join(["(" + " & ".join(lexeme(p, prefix) for p, prefix in parts) + ")" for parts in query_terms(w)]
                              + ([lexeme(spelt, False)] if spelt else []))

        text = " | ".join("(" + " & ".join("(" + word_query(w, len(c) > 1) + ")" for w in c) + ")" for c in chunks)
        # A word's stems as lexemes too, each as it is and as each language's stemmer reads it (English
        # keeps "President" as "presid", which no stem of "presidente" begins but which its stem
        # "president" is in English: stop 27 left, found on SQLite only), in 'simple' (by_stem): through
        # every configuration they were stemmed again and again (French made the Spanish stem "miner"
        # "min": every "mine" filled the limit * 3 candidates; review of fixl). search's word filter
        # then keeps an article only for a form of the query word (text.word_reason).
        from ..text import search_stems, stem_readings

        stem_words = dict.fromkeys(r for w in terms if not DECIMAL.fullmatch(w) for st in search_stems(w)
                                   if st != w.lower() for r in stem_readings(st))
        configs = ["simple", *sorted(set(TEXT_SEARCH_CONFIGS.values()))]
        # A word's stem (stem_prefix) is a prefix of the lexemes as indexed, in any configuration:
        # 'simple', not stemmed again (French would make the Spanish stem "miner" "min").
        # The spellings the vector keeps (_spelled) are asked for too: "Sepúlveda" as "sepulveda", its
        # stem "sepúlved" as "sepulved" (it finds the Russian "Сепульведы", kept as "sepulvedy").
        prefixes = [p for w in terms if (p := stem_prefix(w))]
        spelt = [(x, prefix) for x, prefix in [*((search_spelling(w, marked_latin=True), False) for w in terms),
                                               *((search_spelling(p, marked_latin=True), True) for p in prefixes)] if x]
        stems = " | ".join(dict.fromkeys(lexeme(p, prefix) for p, prefix in [*((p, True) for p in prefixes), *spelt,
                                                                             *((st, False) for st in stem_words)]))
        # Headlines of a CJK query from the indexed form, in the article's configuration only
        # (ts_headline of the bigram groups OR-ed over every configuration asked for 1 GiB).
        # A decimal number's AND ("1" & "75") sent ts_headline's cover search over every configuration
        # to a 1 GiB request too: its headline is made as a CJK query's is.
        # So did the AND of one query word's parts ("3" & "17" for "3:17").
        cjk = has_cjk(query) or any(len(c) > 1 or DECIMAL.fullmatch(c[0]) for c in chunks)
        head = (f"ts_headline({_CONFIG_OF_LANGUAGE}, h.text, q.q,"
                " 'StartSel=[, StopSel=], MaxWords=12, MinWords=5, MaxFragments=1, FragmentDelimiter=…')")
        q, s = f"q{tag}", f"s{tag}"
        by_stem = f" || to_tsquery('simple', %({s})s)" if stems else ""
        tsq = " || ".join(f"to_tsquery('{c}', %({q})s)" for c in configs) + by_stem
        sql = (f"SELECT * FROM (WITH q AS (SELECT {tsq} AS q), hits AS ("
               "  SELECT a.id, a.text, a.language, ts_rank_cd(a.tsv, q.q) AS rank, a.num FROM articles a, q"
               # the index finds the rows any configuration's query matches; a row counts only for the
               # query in its own configuration (or as written): German "Zinsen" is "z" in Turkish's
               # stemmer, which must not match the Polish word "z" (trial 8)
               f"  WHERE a.tsv @@ q.q AND a.tsv @@ (to_tsquery({_config_of('a.language')}, %({q})s)"
               f"     || to_tsquery('simple', %({q})s){by_stem})"
               "  ORDER BY rank DESC, a.num LIMIT %(limit)s)"
               f" SELECT {tag} AS tag, row_number() OVER (ORDER BY h.rank DESC, h.num) AS pos, h.id,"
               f" {'NULL' if cjk else head} FROM hits h, q) AS t{tag}")
        # The headline marks any of the query's tokens: ts_headline's search for a cover of a
        # long CJK run's AND of bigrams is combinatorial (a 150-character Chinese query asked
        # the server for 1 GiB; the rows are already chosen by the AND above).
        marks = " | ".join(dict.fromkeys(lexeme(p, prefix) for c in chunks for w in c for parts in query_terms(w)
                                         for p, prefix in parts)) if cjk else None
        return _TextSearch(sql, {q: text, **({s: stems} if stems else {})}, marks)

    def _cjk_headlines(self, rows: list[tuple[str, str | None]], marks: str) -> list[tuple[str, str | None]]:
        """``rows`` with headlines made from each text's indexed form in its own configuration, marking
        any of ``marks`` (a Chinese or Japanese query's, a decimal number's or a many-part word's tokens)."""
        arts = self._query("SELECT a.id, a.text, a.language FROM articles a WHERE a.id = ANY(%s)",
                           ([r[0] for r in rows],))
        form = {a: (TEXT_SEARCH_CONFIGS.get((lang or "")[:2], "simple"), _fts_form(t)) for a, t, lang in arts}
        heads = self._query(
            "SELECT ts_headline(u.cfg::regconfig, u.t, to_tsquery(u.cfg::regconfig, %(q)s),"
            "   'StartSel=[, StopSel=], MaxWords=12, MinWords=5, MaxFragments=1, FragmentDelimiter=…')"
            " FROM unnest(%(cfgs)s::text[], %(texts)s::text[]) WITH ORDINALITY AS u(cfg, t, i) ORDER BY u.i",
            {"q": marks, "cfgs": [form[r[0]][0] for r in rows], "texts": [form[r[0]][1] for r in rows]})
        return [(r[0], collapse(h[0], _FTS_SEP)) for r, h in zip(rows, heads, strict=True)]

    def nearest_many(self, vectors: np.ndarray, k: int = 10) -> list[list[tuple[str, float]]]:
        """:meth:`nearest` for each row of ``vectors`` (one round trip for all)."""
        queries = np.asarray(vectors, dtype=np.float32).reshape(len(vectors), -1)
        found = self._neighbour_rows(queries, int(k), max(50, 2 * int(k)))
        ids = self._ids_of({num for rows in found for num, _d in rows})
        return [[(ids[num], 1.0 - d) for num, d in rows] for rows in found]

    def copy_candidates(self, keys: Sequence[Sequence[int]], limit: int = 5) -> list[list[str]]:
        """As :meth:`SQLiteStore.copy_candidates <storylens.store.SQLiteStore.copy_candidates>`: stored
        articles older than the writer's candidate window sharing a copy key, most shared first."""
        start = self._window_start()
        return copy_candidates_of(keys, limit, start, self._key_holders, self._ids_of)

    def articles_before(self, num: int, limit: int) -> list[tuple[int, ArticleRecord]]:
        """(article number, article) of the ``limit`` stored articles numbered below ``num``, the highest first."""
        rows = self._query(f"SELECT a.num, {_COLS} FROM articles a WHERE a.num < %s ORDER BY a.num DESC LIMIT %s",
                           (int(num), int(limit)))
        return [(int(r[0]), _row(r[1:])) for r in rows]

    def add_copy_keys(self, keys: Mapping[int, Sequence[int]], keyed_from: int) -> None:
        """Store copy keys of stored articles (article number -> keys; a key stored already is kept) and
        the mark :meth:`copy_keys_from` gives next (``keyed_from``), in one transaction."""
        rows = sorted((int(k), int(num)) for num, ks in keys.items() for k in ks)
        with self._atomic() as db, db.cursor() as cur:
            _insert_rows(cur, "INSERT INTO copy_keys(key, num)", ("bigint", "bigint"), rows, "ON CONFLICT DO NOTHING")
            self._set_meta(cur, COPY_KEYS_FROM, str(int(keyed_from)))

    def _key_holders(self, keys: Sequence[int], below: int, most: int) -> list[list[int]]:
        """Per copy key, up to ``most`` article numbers below ``below`` holding it, the lowest first (as SQLite's:
        its primary key's order), all of a batch's keys in one statement, each an index range (never a hot key's
        every row): a statement per key, pipelined, cost ~9 client CPU-ms for the ~260 keys of a 32-article batch
        past the window (stop 51's profile of the 12k store's first writer)."""
        if not keys:
            return []
        rows = self._query("SELECT array(SELECT c.num FROM copy_keys c WHERE c.key = k.key AND c.num < %(b)s"
                           " ORDER BY c.num LIMIT %(n)s) FROM unnest(%(k)s::bigint[]) WITH ORDINALITY AS k(key, i)"
                           " ORDER BY k.i", {"k": [int(k) for k in keys], "b": int(below), "n": int(most)})
        return [[int(n) for n in r[0]] for r in rows]

    def _window_start(self) -> int | None:
        """The lowest article number inside the writer's candidate window (None: no window, not the
        writer, or the window holds every stored vector)."""
        if not self.candidate_window or not self._holding_writer:
            return None
        self._settle()
        self._exact_rows(np.zeros((0, self.dim), dtype=np.float32), 1, self.candidate_window)
        assert self._exact is not None  # made by _exact_rows
        return self._exact.window_start(self.candidate_window)

    def _id_cache(self) -> dict[int, str]:
        return self._id_of

    def _ids_of(self, nums: Iterable[int]) -> dict[int, str]:
        """Article number -> id (both fixed once stored), kept for the numbers searches return."""
        return kept_ids(self._id_of, nums,
                        lambda missing: self._rows_in("SELECT num, id FROM articles WHERE num {in}", missing))

    def _neighbour_rows(self, queries: np.ndarray, k: int, ef: int, windowed: bool = False) -> list[list[tuple[int, float]]]:
        """For each row of ``queries``, the ``k`` stored vectors nearest to it as (article number,
        cosine distance), best first (ties by number): the HNSW index with ``ef`` candidates (more
        when asked for more: iterative scan) once it exists, an exact scan before. Numbers only:
        the callers look up the ids of the distinct ones (a join here looked up every row's).
        The writer of a store without the index scans its own copy of the vectors (_exact_rows), and
        so does a writer's clusterer search (``windowed``) with a :attr:`candidate_window`, over the
        last that many vectors only, index or not: the same answer as SQLite's writer."""
        window = self.candidate_window if windowed else 0
        if self._holding_writer and (window or not self._indexed):
            self._settle()  # the batch being committed is in the copy (or has built the index)
            if window or not self._indexed:
                return self._exact_rows(queries, k, window)
        sql = "SELECT num, vec <=> %(v)s::halfvec FROM vectors ORDER BY vec <=> %(v)s::halfvec LIMIT %(k)s"
        settings = (f"SET LOCAL hnsw.ef_search = {int(ef)}", "SET LOCAL hnsw.iterative_scan = strict_order")
        found = self._searches(settings, sql, [{"v": self._vector_param(q), "k": int(k)} for q in queries])
        return [sorted(rows, key=_BY_DISTANCE_THEN_NUMBER) for rows in found]

    def _exact_rows(self, queries: np.ndarray, k: int, window: int = 0) -> list[list[tuple[int, float]]]:
        """The exact scan of :meth:`_neighbour_rows` done by the writer on its copy of the stored
        vectors (read once, then kept up to date by :meth:`_write_now`; a store has no index only
        below ``index_from`` vectors, ~1 KiB each): the same k nearest as the server's scan, and as
        SQLite's writer (one :class:`~storylens.store._exact.ExactScan`). The server's exact scan
        cost ~2.8 us of its CPU per stored vector and query; a matrix product here ~0.05 us."""
        if self._exact is not None and not self._exact.covers(window):
            self._exact = None  # a wider window than the copy was read for: read again
        if self._exact is None:
            # its float16 rows kept too: the window file keeps those (store._window_file)
            self._exact = ExactScan(self.dim, halves=True)
            if not self._kept_window_copy(window):
                # the window's vectors only (the last by article number; one more says if older ones exist),
                # read straight into the float16 rows the scan keeps (``held``: no second array of their size)
                nums, vecs, held = self._window_read(int(window) + 1 if window else 0)
                if window and len(nums) > window:
                    nums, vecs = nums[1:], vecs[1:]
                    held = held[1:] if held is not None else None
                    self._exact.hold_window()
                if len(nums):
                    self._exact.add(nums, vecs, room=ROOM, held=held)
        if window:
            self._exact.trim(window)
        return self._exact.nearest(queries, k, window or None)

    def _window_keeper(self) -> WindowFile | None:
        """The file keeping this database's window copy on this machine (None: not kept)."""
        if self._window_file is None:
            from .._cache import default_cache_dir

            try:
                row = self._query("SELECT (SELECT system_identifier::text FROM pg_control_system()),"
                                  " (SELECT oid FROM pg_database WHERE datname = current_database())")[0]
            except StoreError:  # pg_control_system() not granted: no copy kept
                row = (None, None)
            self._window_file = (WindowFile(default_cache_dir() / "pg_windows", row[0], int(row[1]), self.dim)
                                 if row[0] is not None and row[1] is not None else False)
        return self._window_file if isinstance(self._window_file, WindowFile) else None

    def _kept_window_copy(self, window: int) -> bool:
        """Fill the empty :attr:`_exact` from the copy an earlier writer on this machine kept, when the
        database holds exactly its rows (one query), and the rows stored since from the server; False
        (nothing held) when there is no such copy or it cannot serve ``window`` (0: every vector)."""
        keeper = self._window_keeper()
        kept = keeper.read() if keeper is not None else None
        if kept is None:
            return False
        first, (last, xmin, article) = int(kept.nums[0]), kept.last
        row = self._query("SELECT (SELECT count(*) FROM vectors WHERE num BETWEEN %(f)s AND %(l)s),"
                          " (SELECT xmin::text FROM vectors WHERE num = %(l)s),"
                          " (SELECT id FROM articles WHERE num = %(l)s),"
                          " EXISTS (SELECT 1 FROM vectors WHERE num < %(f)s),"
                          " (SELECT count(*) FROM vectors WHERE num > %(l)s)", {"f": first, "l": last})[0]
        if (int(row[0]), row[1], row[2], bool(row[3])) != (kept.n, xmin, article, kept.dropped):
            return False
        if kept.dropped and (not window or kept.n + int(row[4]) < window):
            return False  # older rows the window (or the whole store's scan) needs are not in it
        assert self._exact is not None and len(self._exact) == 0 and keeper is not None
        self._exact.add(kept.nums, kept.halves, room=ROOM)  # the same unit rows as from the server's rows
        if kept.dropped:
            self._exact.hold_window()
        keeper.held(kept)  # only now may this writer's rows be appended to the files (_window_file)
        self._window_kept = (first, kept.n, last)
        if int(row[4]):
            nums, vecs = self._stored_vectors(after=last)
            self._exact.add(nums, vecs)
        return True

    def _keep_window_copy(self) -> None:
        """Keep the writer's window copy for the next writer on this machine (:mod:`._window_file`), when it
        changed since it was read or kept; nothing is raised (a copy not kept is read from the server)."""
        scan = self._exact
        if scan is None or not len(scan) or self._conn.closed:
            return
        nums = scan.nums
        now = (int(nums[0]), len(nums), int(nums[-1]))
        if now == self._window_kept:
            return
        try:
            keeper = self._window_keeper()
            if keeper is None:
                return
            row = self._query("SELECT v.xmin::text, a.id FROM vectors v JOIN articles a ON a.num = v.num"
                              " WHERE v.num = %s", (now[2],))
            if row:
                halves = scan.halves
                if halves is None:  # a scan made without its float16 rows: nothing to keep
                    return
                keeper.write(nums, halves, scan.dropped, (now[2], row[0][0], row[0][1]))
                self._window_kept = now
        except StoreError:
            return

    def _stored_vectors(self, last: int = 0, after: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The stored vectors by article number (``last``: only the last that many; ``after``: only those with a
        higher number): the numbers (int64) and the vectors, one row each, as the big-endian float16 they are
        stored as (:func:`~storylens.store._common.unit_rows` reads either byte order). Read from
        ``vector_blocks`` (a batch's vectors a row, :data:`_VECTOR_BLOCKS_SQL`), not from ``vectors``: a row and
        pgvector's halfvec_send per vector cost the writer's first window read 3x the CPU. ``last``: the blocks
        from the newest back until they hold that many (a window function over the blocks' counts; the bytes
        of the others are never read). The window's blocks are the last ones because the single writer's batches
        (:meth:`writer`: every stream write) take increasing, disjoint number ranges; rows of blocks that do
        not ascend are sorted (:func:`_block_rows`)."""
        if after is not None:
            where, params = "WHERE last > %(a)s ORDER BY last", {"a": int(after)}
        elif last:
            where, params = _newest_blocks(last)
            where += " ORDER BY last"
        else:
            where, params = "ORDER BY last", {}
        nums, vecs, _held = self._copied_blocks(f"SELECT sum(n) OVER (), nums, vecs FROM vector_blocks {where}", params)
        if after is not None:
            keep = nums > int(after)
            nums, vecs = nums[keep], vecs[keep]
        elif last:
            nums, vecs = nums[-int(last):], vecs[-int(last):]
        return nums, vecs

    def _window_read(self, last: int) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """:meth:`_stored_vectors` (``last``; 0: every vector) for the writer's first read of its window, the
        vectors as native float16 written as they come into an array with :data:`ROOM` rows free past them,
        which the exact scan keeps as its float16 rows (``ExactScan.add``'s ``held``, returned third: the array
        from the vectors' first row on, None when the rows had to be sorted). The COPY's own big-endian array and
        the scan's copy of it were two arrays of the window's size (10 MiB each at 10,000 vectors, new pages a
        first writer's process touches once: ~3-30 system CPU-ms each on this machine, the more when the kernel
        hands out pages the host has not backed yet) and a pass over them (issue 13, stop 64)."""
        where, params = _newest_blocks(last) if last else ("", {})
        nums, vecs, held = self._copied_blocks(f"SELECT sum(n) OVER (), nums, vecs FROM vector_blocks {where}"
                                               " ORDER BY last", params, room=ROOM)
        if last and len(nums) > last:
            cut = len(nums) - int(last)
            nums, vecs, held = nums[cut:], vecs[cut:], held[cut:] if held is not None else None
        return nums, vecs, held

    def _copied_blocks(self, sql: str, params: Mapping[str, Any], room: int = 0
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """``sql``'s rows (the rows' total count of vectors, then a block's numbers and vectors) by a binary COPY,
        each block's vectors copied as it comes into one array made for them all (a row, and a message, a block):
        a fetched result held every block's bytes twice more before they were joined (libpq's result and a bytes
        object each, 20 MiB of new pages for a 10,000-vector window). In number order (:func:`_block_rows`).
        Returns the numbers, the vectors (big-endian float16 as stored), and None; with ``room``, the vectors as
        native float16 (the same values) in an array of ``room`` more rows, returned third when the vectors are its
        first rows (None when they had to be sorted: another array)."""
        out: np.ndarray | None = None
        nums: list[bytes] = []
        at, started = 0, False
        # PostgreSQL sends a COPY's rows a message each, the header in the first, the end mark (int16 -1) last
        with self._errors("read"), self.db.cursor() as cur, \
                cur.copy(f"COPY ({sql}) TO STDOUT (FORMAT BINARY)", params) as copy:
            for chunk in copy:
                data = memoryview(chunk)
                if not started:  # the signature, the flags and the header's extension
                    if bytes(data[:11]) != _COPY_SIGNATURE:
                        raise StoreError("vector_blocks: no binary COPY signature")
                    data, started = data[19 + int.from_bytes(data[15:19], "big"):], True
                while len(data) > 2:  # a row: int16 fields, then each field's int32 length and bytes
                    if int.from_bytes(data[:2], "big") != 3 or int.from_bytes(data[2:6], "big") != 8:
                        raise StoreError("vector_blocks: a COPY row of another layout")
                    total = int.from_bytes(data[6:14], "big")
                    size = int.from_bytes(data[14:18], "big")
                    nums.append(bytes(data[18 : 18 + size]))
                    data = data[18 + size:]
                    size = int.from_bytes(data[:4], "big")
                    if out is None:  # with room: native, each block's values byte-swapped as they are copied
                        out = plain_empty((total + room, self.dim), np.dtype(np.float16 if room else ">f2"))
                    n = size // (2 * self.dim)
                    if size != 2 * self.dim * n or at + n > total:
                        raise StoreError("vector_blocks: a block of another size than its numbers")
                    out[at : at + n] = np.frombuffer(data[4 : 4 + size], dtype=">f2").reshape(n, self.dim)
                    at += n
                    data = data[4 + size:]
        if out is None:
            return np.zeros(0, dtype=np.int64), np.zeros((0, self.dim), dtype=np.dtype(">f2")), None
        rows = out[:at]
        nums_in, rows_in = _ordered(np.frombuffer(b"".join(nums), dtype=">i8").astype(np.int64), rows)
        return nums_in, rows_in, out if room and rows_in is rows else None

    def _searches(self, settings: Sequence[str], sql: str, params: Sequence[Mapping[str, Any]]) -> list[list[Any]]:
        """``sql`` once per parameter set, in one transaction with ``settings`` (SET LOCAL ...),
        pipelined: the statements go out together and the HNSW index serves each (one
        statement over all of them, unnest + LATERAL ... ORDER BY vec <=> q LIMIT k, lost the
        index: 623 CPU-ms per query; forced onto it, enable_seqscan off, 12.6 against 4.3
        pipelined, 6k vectors). Rows per parameter set, in order."""
        if not params:
            return []
        with self._errors("search"), self.db.pipeline(), self.db.transaction():
            for setting in settings:
                self.db.execute(setting)
            cursors = [self.db.execute(sql, p) for p in params]
        return [cur.fetchall() for cur in cursors]
