"""The article store: articles, vectors, entities, story assignments, corrections.

Everything the stream pipeline keeps goes through one repository interface,
:class:`ArticleStore`, so a PostgreSQL backend can be added later without
touching :mod:`storylens.batch` or the CLI. :class:`SQLiteStore` is the default:

* one SQLite file (default ``./storylens.db``) in WAL mode, so readers (the CLI,
  a web UI) never block the single writer;
* a versioned schema changed only by registered migrations (``@migration``),
  recorded in the ``migrations`` table;
* FTS5 over title and text (external-content table: the text is stored once);
* vectors stored as float32 BLOBs in SQLite, plus an hnswlib index persisted
  beside the database (``<db>.hnsw``). SQLite is the source of truth: the index
  is rebuilt from the stored vectors whenever it is missing, stale or corrupt,
  so a crash between the database commit and the index save repairs itself on
  the next open.

A ``<db>.lock`` file (``SQLiteStore.writer``) keeps a second writer out while an
ingest or a correction runs; readers are never blocked.

One :meth:`SQLiteStore.write_batch` call is one transaction: an interrupted run
never leaves half a batch (articles without assignments, a clusterer state that
does not match the assignments).
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Protocol, Sequence, runtime_checkable

import numpy as np

from .errors import StoreError

__all__ = [
    "ArticleRecord",
    "AssignmentRecord",
    "FailureRecord",
    "StoreBatch",
    "StorySummary",
    "SearchHit",
    "ArticleStore",
    "SQLiteStore",
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "open_store",
    "encode_state",
    "decode_state",
]

DEFAULT_DB = "storylens.db"


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class ArticleRecord:
    """One stored article. ``id`` is the content hash of its normalised text."""

    id: str
    source: str
    text: str
    external_id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None  # YYYY-MM-DD
    metadata: Mapping[str, Any] = field(default_factory=dict)
    duplicate_of: str | None = None  # near-duplicate (syndicated copy, update) of this article
    duplicate_reason: str | None = None
    added: str | None = None


@dataclass(frozen=True)
class AssignmentRecord:
    """Which story an article is in, and why (from the clusterer or a correction)."""

    article: str
    story: str
    score: float
    new_story: bool
    nearest: str | None
    shared_entities: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class FailureRecord:
    """An input that was not stored: ``kind`` is ``failed`` (an error) or ``skipped`` (not an article)."""

    source: str
    stage: str
    reason: str
    kind: str = "failed"


@dataclass(frozen=True)
class StoreBatch:
    """Everything one pipeline batch writes, committed in one transaction."""

    articles: Sequence[ArticleRecord] = ()
    vectors: Mapping[str, np.ndarray] = field(default_factory=dict)  # article id -> vector
    entities: Mapping[str, Sequence[str]] = field(default_factory=dict)  # article id -> keys
    assignments: Sequence[AssignmentRecord] = ()
    failures: Sequence[FailureRecord] = ()
    state: Mapping[str, Any] | None = None  # clusterer state after this batch
    succeeded_sources: Sequence[str] = ()  # clears earlier failures of these sources


@dataclass(frozen=True)
class StorySummary:
    id: str
    title: str | None
    first_seen: str | None
    last_seen: str | None
    articles: tuple[ArticleRecord, ...]
    outlets: tuple[str, ...]
    languages: tuple[str, ...]
    duplicates: int = 0


@dataclass(frozen=True)
class SearchHit:
    article: ArticleRecord
    score: float  # fused rank score, higher is better
    text_rank: int | None  # 1-based rank in the FTS5 results
    vector_rank: int | None  # 1-based rank in the semantic results
    cosine: float | None
    snippet: str | None


@runtime_checkable
class ArticleStore(Protocol):
    """What the pipeline and the CLI need from a store (SQLite today, PostgreSQL later)."""

    path: str

    def known_ids(self, ids: Iterable[str]) -> set[str]: ...
    def known_sources(self, sources: Iterable[str]) -> set[str]: ...
    def write_batch(self, batch: StoreBatch) -> None: ...
    def article(self, article_id: str) -> ArticleRecord | None: ...
    def articles(self, ids: Sequence[str] | None = None) -> list[ArticleRecord]: ...
    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]: ...
    def article_dates(self, ids: Sequence[str]) -> dict[str, str | None]: ...
    def nearest(self, vector: np.ndarray, k: int = 10) -> list[tuple[str, float]]: ...
    def search_text(self, query: str, limit: int = 20) -> list[tuple[str, str | None]]: ...
    def entities(self, ids: Sequence[str] | None = None) -> dict[str, set[str]]: ...
    def assignments(self) -> dict[str, AssignmentRecord]: ...
    def replace_assignments(self, records: Sequence[AssignmentRecord], state: Mapping[str, Any] | None) -> None: ...
    def record_correction(self, op: str, args: Mapping[str, Any], records: Sequence[AssignmentRecord],
                          state: Mapping[str, Any] | None) -> int: ...
    def find_articles(self, prefix: str) -> list[str]: ...
    def corrections(self) -> list[tuple[int, str, dict[str, Any]]]: ...
    def load_state(self) -> dict[str, Any] | None: ...
    def failures(self) -> list[FailureRecord]: ...
    def stories(self) -> list[StorySummary]: ...
    def get_meta(self, key: str) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...
    def stats(self) -> dict[str, int]: ...
    def close(self) -> None: ...


# ---------------------------------------------------------------- migrations

Migration = Callable[[sqlite3.Connection], None]
_MIGRATIONS: list[tuple[int, str, Migration]] = []


def migration(version: int, name: str) -> Callable[[Migration], Migration]:
    """Register a schema change; versions apply in order, each once, in one transaction."""

    def register(fn: Migration) -> Migration:
        _MIGRATIONS.append((version, name, fn))
        _MIGRATIONS.sort(key=lambda m: m[0])
        return fn

    return register


@migration(1, "initial schema")
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


SCHEMA_VERSION = max(v for v, _, _ in _MIGRATIONS)


def _run_script(db: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT first, breaking the migration's transaction.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


# ---------------------------------------------------------------- state encoding


def _to_jsonable(obj: Any) -> Any:
    if isinstance(obj, np.ndarray):
        data = base64.b64encode(np.ascontiguousarray(obj).tobytes()).decode("ascii")
        return {"__ndarray__": data, "dtype": str(obj.dtype), "shape": list(obj.shape)}
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, (set, frozenset)):
        return {"__set__": sorted(_to_jsonable(v) for v in obj)}
    if isinstance(obj, tuple):
        return {"__tuple__": [_to_jsonable(v) for v in obj]}
    if isinstance(obj, Mapping):
        if all(isinstance(k, str) for k in obj):
            return {k: _to_jsonable(v) for k, v in obj.items()}
        return {"__items__": [[_to_jsonable(k), _to_jsonable(v)] for k, v in obj.items()]}
    if isinstance(obj, list):
        return [_to_jsonable(v) for v in obj]
    if hasattr(obj, "isoformat"):
        return {"__date__": obj.isoformat(), "type": type(obj).__name__}
    return obj


def _from_jsonable(obj: Any) -> Any:
    if isinstance(obj, list):
        return [_from_jsonable(v) for v in obj]
    if not isinstance(obj, dict):
        return obj
    if "__ndarray__" in obj:
        raw = base64.b64decode(obj["__ndarray__"])
        return np.frombuffer(raw, dtype=obj["dtype"]).reshape(obj["shape"]).copy()
    if "__set__" in obj:
        return frozenset(_from_jsonable(v) for v in obj["__set__"])
    if "__tuple__" in obj:
        return tuple(_from_jsonable(v) for v in obj["__tuple__"])
    if "__items__" in obj:
        return {_hashable(_from_jsonable(k)): _from_jsonable(v) for k, v in obj["__items__"]}
    if "__date__" in obj:
        from datetime import date

        cls = date if obj.get("type") == "date" else datetime
        return cls.fromisoformat(obj["__date__"])
    return {k: _from_jsonable(v) for k, v in obj.items()}


def _hashable(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v


def encode_state(state: Mapping[str, Any]) -> str:
    """Clusterer state -> JSON text (numpy arrays, sets, tuples and dates round-trip)."""
    return json.dumps(_to_jsonable(state), separators=(",", ":"))


def decode_state(text: str) -> dict[str, Any]:
    return _from_jsonable(json.loads(text))


# ---------------------------------------------------------------- SQLite


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


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


class SQLiteStore:
    """The default :class:`ArticleStore`: one SQLite file plus a rebuildable hnswlib index."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB, *, dim: int = 512, timeout: float = 30.0):
        self.path = str(path)
        self.dim = dim
        self.index_path = self.path + ".hnsw"
        self._index: Any = None
        self._index_dirty = False
        with self._errors("open"):
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()

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
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: fail fast if another writer holds the lock)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def _migrate(self) -> None:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)"
        )
        done = {row[0] for row in self.db.execute("SELECT version FROM migrations")}
        if done and max(done) > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: the database has schema version {max(done)} but this StoryLens knows "
                f"only up to {SCHEMA_VERSION}; upgrade StoryLens or pass another --db"
            )
        for version, name, fn in _MIGRATIONS:
            if version in done:
                continue
            with self.atomic() as db:
                fn(db)
                db.execute("INSERT INTO migrations VALUES (?, ?, ?)", (version, name, _now()))

    @contextmanager
    def writer(self) -> Iterator[None]:
        """Hold the store's single-writer lock (a ``<db>.lock`` file) for a whole ingest or correction.

        Two writers would each hold a clusterer loaded from the same state and the
        second commit would silently drop the first one's assignments. The OS
        releases the lock when a process dies, so a killed run never blocks the next.
        """
        if self.path == ":memory:":
            yield
            return
        import fcntl

        with self._errors("lock"):
            handle = open(self.path + ".lock", "a+")
        try:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise StoreError(f"{self.path}: another storylens process is writing to this store "
                                 "(ingest or story correction); wait for it to finish, or pass another --db") from None
            yield
        finally:
            handle.close()

    def pending_migrations(self) -> list[tuple[int, str]]:
        done = {row[0] for row in self.db.execute("SELECT version FROM migrations")}
        return [(v, n) for v, n, _ in _MIGRATIONS if v not in done]

    def schema_version(self) -> int:
        row = self.db.execute("SELECT max(version) FROM migrations").fetchone()
        return int(row[0] or 0)

    def close(self) -> None:
        self.save_index()
        with self._errors("close"):
            self.db.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes

    def write_batch(self, batch: StoreBatch) -> None:
        """Store one batch in one transaction; articles already present are left untouched."""
        with self._errors("write to"), self.atomic() as db:
            nums: dict[str, int] = {}
            for a in batch.articles:
                cur = db.execute(
                    "INSERT OR IGNORE INTO articles(id, external_id, source, url, outlet, title, language,"
                    " published, text, metadata, duplicate_of, duplicate_reason, added)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (a.id, a.external_id, a.source, a.url, a.outlet, a.title, a.language, a.published,
                     a.text, json.dumps(_to_jsonable(dict(a.metadata)), ensure_ascii=False),
                     a.duplicate_of, a.duplicate_reason, a.added or _now()),
                )
                if cur.rowcount:
                    num = int(cur.lastrowid)
                    nums[a.id] = num
                    db.execute("INSERT INTO article_fts(rowid, title, text) VALUES (?,?,?)", (num, a.title or "", a.text))
            model = self.get_meta("embedder") or "unknown"
            for article_id, vec in batch.vectors.items():
                num = nums.get(article_id)
                if num is None:
                    continue
                db.execute("INSERT OR REPLACE INTO vectors(num, model, vec) VALUES (?,?,?)",
                           (num, model, np.asarray(vec, dtype=np.float32).tobytes()))
            for article_id, keys in batch.entities.items():
                db.executemany("INSERT OR IGNORE INTO entities(article_id, key) VALUES (?,?)",
                               [(article_id, k) for k in keys])
            self._upsert_assignments(db, batch.assignments)
            for f in batch.failures:
                db.execute("INSERT OR REPLACE INTO failures(source, stage, reason, kind, created) VALUES (?,?,?,?,?)",
                           (f.source, f.stage, f.reason, f.kind, _now()))
            db.executemany("DELETE FROM failures WHERE source = ?", [(s,) for s in batch.succeeded_sources])
            if batch.state is not None:
                self._set_meta(db, "clusterer_state", encode_state(batch.state))
        self._index_add({aid: batch.vectors[aid] for aid in nums if aid in batch.vectors}, nums)

    def _upsert_assignments(self, db: sqlite3.Connection, records: Iterable[AssignmentRecord]) -> None:
        db.executemany(
            "INSERT OR REPLACE INTO assignments(article_id, story, score, new_story, nearest, shared_entities,"
            " reason, updated) VALUES (?,?,?,?,?,?,?,?)",
            [(r.article, r.story, float(r.score), int(r.new_story), r.nearest,
              json.dumps(list(r.shared_entities), ensure_ascii=False), r.reason, _now()) for r in records],
        )

    def replace_assignments(self, records: Sequence[AssignmentRecord], state: Mapping[str, Any] | None) -> None:
        """Update assignments (after a correction) and the clusterer state together."""
        with self._errors("write to"), self.atomic() as db:
            self._upsert_assignments(db, records)
            if state is not None:
                self._set_meta(db, "clusterer_state", encode_state(state))

    def record_correction(self, op: str, args: Mapping[str, Any], records: Sequence[AssignmentRecord],
                          state: Mapping[str, Any] | None) -> int:
        """Log a user correction and store its effect (assignments, clusterer state) in one transaction."""
        with self._errors("write to"), self.atomic() as db:
            cur = db.execute("INSERT INTO corrections(op, args, created) VALUES (?,?,?)",
                             (op, json.dumps(dict(args), ensure_ascii=False), _now()))
            self._upsert_assignments(db, records)
            if state is not None:
                self._set_meta(db, "clusterer_state", encode_state(state))
            return int(cur.lastrowid)

    def _set_meta(self, db: sqlite3.Connection, key: str, value: str) -> None:
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def set_meta(self, key: str, value: str) -> None:
        with self._errors("write to"), self.atomic() as db:
            self._set_meta(db, key, value)

    # -- reads

    def get_meta(self, key: str) -> str | None:
        with self._errors("read"):
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def load_state(self) -> dict[str, Any] | None:
        text = self.get_meta("clusterer_state")
        return decode_state(text) if text else None

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return self._in_column("id", ids)

    def known_sources(self, sources: Iterable[str]) -> set[str]:
        return self._in_column("source", sources)

    def _in_column(self, column: str, values: Iterable[str]) -> set[str]:
        values = list(dict.fromkeys(values))
        found: set[str] = set()
        with self._errors("read"):
            for i in range(0, len(values), 500):
                chunk = values[i : i + 500]
                marks = ",".join("?" * len(chunk))
                found.update(r[0] for r in self.db.execute(
                    f"SELECT {column} FROM articles WHERE {column} IN ({marks})", chunk))
        return found

    _COLS = ("id, source, text, external_id, url, outlet, title, language, published, metadata,"
             " duplicate_of, duplicate_reason, added")

    def _row(self, r: Sequence[Any]) -> ArticleRecord:
        return ArticleRecord(*r[:9], metadata=_from_jsonable(json.loads(r[9] or "{}")),
                             duplicate_of=r[10], duplicate_reason=r[11], added=r[12])

    def article(self, article_id: str) -> ArticleRecord | None:
        found = self.articles([article_id])
        return found[0] if found else None

    def articles(self, ids: Sequence[str] | None = None) -> list[ArticleRecord]:
        """Articles in insertion order (all of them when ``ids`` is None)."""
        with self._errors("read"):
            if ids is None:
                rows = self.db.execute(f"SELECT {self._COLS} FROM articles ORDER BY num").fetchall()
                return [self._row(r) for r in rows]
            out: dict[str, ArticleRecord] = {}
            ids = list(ids)
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for r in self.db.execute(f"SELECT {self._COLS} FROM articles WHERE id IN ({marks})", chunk):
                    out[r[0]] = self._row(r)
        return [out[i] for i in ids if i in out]

    def find_articles(self, prefix: str) -> list[str]:
        """Article ids starting with ``prefix`` (lets users type a short id)."""
        with self._errors("read"):
            return [r[0] for r in self.db.execute(
                "SELECT id FROM articles WHERE id LIKE ? ORDER BY num LIMIT 5", (prefix.replace("%", "") + "%",))]

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        ids = list(ids)
        with self._errors("read"):
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for aid, blob in self.db.execute(
                    f"SELECT a.id, v.vec FROM vectors v JOIN articles a ON a.num = v.num WHERE a.id IN ({marks})",
                    chunk,
                ):
                    out[aid] = np.frombuffer(blob, dtype=np.float32)
        return out

    def article_dates(self, ids: Sequence[str]) -> dict[str, str | None]:
        """Publication date (YYYY-MM-DD or None) of each article."""
        out: dict[str, str | None] = {}
        ids = list(ids)
        with self._errors("read"):
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                out.update(self.db.execute(f"SELECT id, published FROM articles WHERE id IN ({marks})", chunk))
        return out

    def entities(self, ids: Sequence[str] | None = None) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        with self._errors("read"):
            if ids is None:
                rows: Iterable[tuple[str, str]] = self.db.execute("SELECT article_id, key FROM entities")
            else:
                ids = list(ids)
                rows = []
                for i in range(0, len(ids), 500):
                    chunk = ids[i : i + 500]
                    marks = ",".join("?" * len(chunk))
                    rows.extend(self.db.execute(
                        f"SELECT article_id, key FROM entities WHERE article_id IN ({marks})", chunk))
            for aid, key in rows:
                out.setdefault(aid, set()).add(key)
        return out

    def assignments(self) -> dict[str, AssignmentRecord]:
        with self._errors("read"):
            rows = self.db.execute(
                "SELECT article_id, story, score, new_story, nearest, shared_entities, reason FROM assignments"
            ).fetchall()
        return {r[0]: AssignmentRecord(r[0], r[1], r[2], bool(r[3]), r[4], tuple(json.loads(r[5])), r[6])
                for r in rows}

    def corrections(self) -> list[tuple[int, str, dict[str, Any]]]:
        with self._errors("read"):
            rows = self.db.execute("SELECT id, op, args FROM corrections ORDER BY id").fetchall()
        return [(r[0], r[1], json.loads(r[2])) for r in rows]

    def failures(self) -> list[FailureRecord]:
        with self._errors("read"):
            rows = self.db.execute("SELECT source, stage, reason, kind FROM failures ORDER BY source").fetchall()
        return [FailureRecord(*r) for r in rows]

    def stats(self) -> dict[str, int]:
        with self._errors("read"):
            q = lambda sql: int(self.db.execute(sql).fetchone()[0])  # noqa: E731
            return {
                "articles": q("SELECT count(*) FROM articles"),
                "duplicates": q("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
                "vectors": q("SELECT count(*) FROM vectors"),
                "stories": q("SELECT count(DISTINCT story) FROM assignments"),
                "failed": q("SELECT count(*) FROM failures WHERE kind = 'failed'"),
                "skipped": q("SELECT count(*) FROM failures WHERE kind = 'skipped'"),
                "corrections": q("SELECT count(*) FROM corrections"),
            }

    def stories(self) -> list[StorySummary]:
        """Every story with its canonical (non-duplicate) articles, newest activity first."""
        assigned = self.assignments()
        by_story: dict[str, list[str]] = {}
        for aid, rec in assigned.items():
            by_story.setdefault(rec.story, []).append(aid)
        arts = {a.id: a for a in self._light_articles()}
        dup_count: dict[str, int] = {}
        for a in arts.values():
            if a.duplicate_of and a.duplicate_of in assigned:
                story = assigned[a.duplicate_of].story
                dup_count[story] = dup_count.get(story, 0) + 1
        out = [_summary(sid, [arts[i] for i in ids if i in arts], dup_count.get(sid, 0))
               for sid, ids in by_story.items()]
        out.sort(key=lambda s: (s.last_seen or "", len(s.articles), s.id), reverse=True)
        return out

    def _light_articles(self) -> list[ArticleRecord]:
        """Every article without its text and with only the ``lead`` metadata (listing stays cheap)."""
        with self._errors("read"):
            rows = self.db.execute(
                "SELECT id, source, '', external_id, url, outlet, title, language, published,"
                " json_object('lead', json_extract(metadata, '$.lead')), duplicate_of, duplicate_reason, added"
                " FROM articles ORDER BY num").fetchall()
        return [self._row(r) for r in rows]

    def story_of(self, article_id: str) -> str | None:
        rec = self.assignments().get(article_id)
        return rec.story if rec else None

    # -- search

    def search_text(self, query: str, limit: int = 20) -> list[tuple[str, str | None]]:
        """FTS5 matches as (article id, snippet), best first; the query is taken as plain words."""
        terms = [t for t in _fts_terms(query)]
        if not terms:
            return []
        match = " OR ".join(terms)
        with self._errors("search"):
            rows = self.db.execute(
                "SELECT a.id, snippet(article_fts, 1, '[', ']', '…', 12) FROM article_fts"
                " JOIN articles a ON a.num = article_fts.rowid WHERE article_fts MATCH ?"
                " ORDER BY bm25(article_fts, 5.0, 1.0) LIMIT ?",
                (match, limit),
            ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def nearest(self, vector: np.ndarray, k: int = 10) -> list[tuple[str, float]]:
        """Stored articles closest to ``vector`` as (id, cosine), best first."""
        index = self._ensure_index()
        n = index.get_current_count()
        if n == 0:
            return []
        k = min(k, n)
        index.set_ef(max(50, 2 * k))
        labels, dists = index.knn_query(np.asarray(vector, dtype=np.float32).reshape(1, -1), k=k)
        nums = [int(x) for x in labels[0]]
        with self._errors("read"):
            marks = ",".join("?" * len(nums))
            ids = dict(self.db.execute(f"SELECT num, id FROM articles WHERE num IN ({marks})", nums).fetchall())
        return [(ids[n_], float(1.0 - d)) for n_, d in zip(nums, dists[0]) if n_ in ids]

    # -- vector index (derived data: always rebuildable from the vectors table)

    def _vector_count(self) -> tuple[int, int]:
        row = self.db.execute("SELECT count(*), coalesce(max(num), 0) FROM vectors").fetchone()
        return int(row[0]), int(row[1])

    def _ensure_index(self) -> Any:
        if self._index is not None:
            return self._index
        import hnswlib

        count, max_num = self._vector_count()
        index = None
        if os.path.exists(self.index_path):
            try:
                index = hnswlib.Index(space="cosine", dim=self.dim)
                index.load_index(self.index_path, max_elements=max(count, 1024))
                ids = index.get_ids_list()
                if len(ids) != count or (ids and max(ids) != max_num):
                    index = None  # stale: the DB committed a batch the index never saw
            except (RuntimeError, ValueError, OSError):
                index = None  # corrupt or half-written file
        if index is None:
            index = self._rebuild_index(hnswlib)
        self._index = index
        return index

    def _rebuild_index(self, hnswlib: Any) -> Any:
        count, _ = self._vector_count()
        index = hnswlib.Index(space="cosine", dim=self.dim)
        index.init_index(max_elements=max(2 * count, 1024), ef_construction=200, M=16)
        rows = self.db.execute("SELECT num, vec FROM vectors ORDER BY num").fetchall()
        if rows:
            data = np.vstack([np.frombuffer(b, dtype=np.float32) for _, b in rows])
            index.add_items(data, np.array([n for n, _ in rows], dtype=np.int64))
        self._index_dirty = True
        return index

    def rebuild_index(self) -> int:
        """Drop and rebuild the vector index from the stored vectors; returns its size."""
        import hnswlib

        self._index = self._rebuild_index(hnswlib)
        self.save_index()
        return self._index.get_current_count()

    def _index_add(self, vectors: Mapping[str, np.ndarray], nums: Mapping[str, int]) -> None:
        if not vectors:
            return
        index = self._ensure_index()
        if index.get_current_count() + len(vectors) > index.get_max_elements():
            index.resize_index(2 * (index.get_current_count() + len(vectors)))
        # Re-adding a label that a fresh rebuild already holds just updates it in place.
        index.add_items(np.vstack([vectors[a] for a in vectors]).astype(np.float32),
                        np.array([nums[a] for a in vectors], dtype=np.int64))
        self._index_dirty = True

    def save_index(self) -> None:
        """Write the index beside the DB atomically (temp file + rename)."""
        if self._index is None or not self._index_dirty or self.path == ":memory:":
            return
        tmp = self.index_path + ".tmp"
        try:
            self._index.save_index(tmp)
            os.replace(tmp, self.index_path)
            self._index_dirty = False
        except (RuntimeError, OSError) as exc:
            # The index is derived data: losing it only costs a rebuild on next open.
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise StoreError(f"{self.index_path}: cannot save the vector index ({exc}); "
                             "check free disk space; it is rebuilt from the database on next open") from exc


def _fts_terms(query: str) -> list[str]:
    import re

    words = re.findall(r"\w+", query, flags=re.UNICODE)
    return ['"' + w.replace('"', "") + '"' for w in words]


def _summary(story_id: str, arts: list[ArticleRecord], duplicates: int) -> StorySummary:
    arts = sorted(arts, key=lambda a: (a.published or a.added or "", a.id))
    # Publication dates when the articles have them; else when StoryLens first saw them.
    seen = [a.published for a in arts if a.published] or [(a.added or "")[:10] for a in arts if a.added]
    titled = [a.title for a in arts if a.title] + [str(a.metadata["lead"]) for a in arts if a.metadata.get("lead")]
    return StorySummary(
        id=story_id,
        title=titled[0] if titled else None,
        first_seen=min(seen) if seen else None,
        last_seen=max(seen) if seen else None,
        articles=tuple(arts),
        outlets=tuple(sorted({a.outlet for a in arts if a.outlet})),
        languages=tuple(sorted({a.language for a in arts if a.language})),
        duplicates=duplicates,
    )


def open_store(path: str | os.PathLike[str] | None = None) -> SQLiteStore:
    """Open (creating and migrating if needed) the store at ``path`` (default ``./storylens.db``)."""
    return SQLiteStore(path or DEFAULT_DB)
