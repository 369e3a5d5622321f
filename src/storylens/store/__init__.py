"""The article store: articles, vectors, entities, story assignments, corrections.

``open_store(url)`` picks the backend from the URL:

* a path or ``sqlite:///path`` -> :class:`SQLiteStore` (the default, ``./storylens.db``);
* ``postgresql://user@host:port/dbname`` (or a libpq socket URI such as
  ``postgresql://postgres@/postgres?host=/run/postgresql``) -> :class:`PostgresStore`
  (needs ``pip install 'storylens[postgres]'``).

Callers use the capability protocols in :mod:`storylens.store.base`
(:class:`ArticleStore`, :class:`StoryStore`, :class:`CorrectionStore`,
:class:`SearchStore`, :class:`VectorStore`, :class:`ClusterStore`, :class:`Lifecycle`; all of them:
:class:`Store`), never a backend's private parts.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from ..errors import StoreError, wrong_type
from ._sqlite import DEFAULT_DB, SCHEMA_VERSION, SQLiteStore
from ._state import decode_state, encode_state
from .base import (
    ArticleRecord,
    ArticleStore,
    AssignmentRecord,
    ClusterArticle,
    ClusterDelta,
    ClusterStore,
    CorrectionStore,
    FailureRecord,
    Lifecycle,
    SearchHit,
    SearchStore,
    Store,
    StoreBatch,
    StoryAlias,
    StoryGrowth,
    StoryRow,
    StoryStore,
    StorySummary,
    VectorStore,
    history_aliases,
)

if TYPE_CHECKING:
    from ._postgres import PostgresStore

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "ArticleRecord",
    "ArticleStore",
    "AssignmentRecord",
    "ClusterArticle",
    "ClusterDelta",
    "ClusterStore",
    "CorrectionStore",
    "FailureRecord",
    "Lifecycle",
    "PostgresStore",
    "SQLiteStore",
    "SearchHit",
    "SearchStore",
    "Store",
    "StoreBatch",
    "StoryAlias",
    "StoryGrowth",
    "StoryRow",
    "StoryStore",
    "StorySummary",
    "VectorStore",
    "backend_of",
    "decode_state",
    "encode_state",
    "history_aliases",
    "open_store",
    "store_exists",
]

DB_ENV = "STORYLENS_DB"


def backend_of(url: str | os.PathLike[str]) -> str:
    """``"postgresql"`` or ``"sqlite"`` for a store URL or path."""
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql"
    return "sqlite"


def _sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite:///")


def store_exists(url: str | os.PathLike[str]) -> bool:
    """Whether a store is there to read (a PostgreSQL URL is taken to exist; opening says if it does not)."""
    text = str(url)
    return backend_of(text) != "sqlite" or _sqlite_path(text) == ":memory:" or os.path.exists(_sqlite_path(text))


def open_store(url: str | os.PathLike[str] | None = None, **options: Any) -> Store:
    """Open (creating and migrating if needed) the store at ``url``.

    ``url`` defaults to ``$STORYLENS_DB``, then ``./storylens.db``. Raises
    :class:`~storylens.errors.StoreError` (bad URL, unreachable server, newer
    schema), :class:`~storylens.errors.ModelError` when the PostgreSQL extra is missing and
    :class:`~storylens.errors.WrongTypeError` for a ``url`` that is neither a str nor a path (``open_store(5)``
    made a store file named "5", ``open_store(b"x.db")`` a folder named "b'x.db'": newuser65 M1).
    """
    if isinstance(url, os.PathLike):
        url = os.fspath(url)  # str() of an os.DirEntry is "<DirEntry 'z.db'>", a store made under that name (final65 M2)
    if url is not None and not isinstance(url, str):
        raise wrong_type(url, "url", "open_store() takes a file path or URL (str or pathlib.Path), e.g. "
                         "open_store('storylens.db') or open_store('postgresql://user@host/dbname')")
    text = str(url or os.environ.get(DB_ENV) or DEFAULT_DB)
    if backend_of(text) == "postgresql":
        from ._postgres import PostgresStore

        return PostgresStore(text, **options)
    if "://" in text and not text.startswith("sqlite:///"):
        raise StoreError(f"{text}: unknown store URL; use a file path, sqlite:///path or postgresql://user@host/dbname")
    return SQLiteStore(_sqlite_path(text), **options)


def __getattr__(name: str) -> Any:
    if name == "PostgresStore":
        from ._postgres import PostgresStore

        return PostgresStore
    raise AttributeError(name)
