"""What every store backend keeps and the small contracts it fulfils.

The stream (:mod:`storylens.stream`), the CLI and the web app use a store only
through the capability protocols below, each a handful of methods about one
concern; :class:`Store` is all of them together. Every backend
(:class:`~storylens.store.SQLiteStore`, :class:`~storylens.store.PostgresStore`)
passes the same contract test suite (``tests/store/test_contract.py``).

Records passed in and out are frozen dataclasses; nothing outside a backend
touches its connection, its index or its private methods.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, Self, runtime_checkable

from .._outlets import outlet_key
from ..errors import wrong_type

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "METADATA_COLUMNS",
    "ArticleRecord",
    "ArticleStore",
    "AssignmentRecord",
    "ClusterArticle",
    "ClusterDelta",
    "ClusterStore",
    "CorrectionStore",
    "FailureRecord",
    "Lifecycle",
    "MetadataUpdate",
    "SearchHit",
    "SearchStore",
    "Store",
    "StoreBatch",
    "StoryAlias",
    "StoryRow",
    "StoryStore",
    "StorySummary",
    "VectorStore",
    "check_store",
    "history_aliases",
    "outlet_key",
    "split_legacy_state",
]


def check_store(store: object, function: str, needs: Iterable[str]) -> None:
    """Raise WrongTypeError naming ``store`` when it is no store (None, a path): it has not every method ``needs``
    names. ``ingest(records, None)`` failed after the models loaded with "'NoneType' object has no attribute
    'writer'" (robust67), ``list_stories(None)`` with "... has no attribute 'stories'" (newuser67)."""
    if not all(callable(getattr(store, name, None)) for name in needs):
        raise wrong_type(store, "store", f"{function} takes a Store, e.g. storylens.store.open_store('stories.db')",
                         decode=False)


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
    # the moment its source states (ISO 8601, with the offset as written, none when none was; None when the
    # source gives a date alone, and in rows stored before it was kept): orders versions filed the same day
    published_at: str | None = None
    # its text has the words cleaning leaves (nothing removed: stream.dedup.plain_text), so a
    # near-duplicate check shingles it as stored, not cleaned again; False when unknown (rows from before)
    plain: bool = False


@dataclass(frozen=True)
class AssignmentRecord:
    """Which story an article is in, and why (from the clusterer or a correction).

    ``pos`` is the article's place in the clusterer's stream (0, 1, ... over the
    clustered articles); None leaves a stored position unchanged (corrections).
    """

    article: str
    story: str
    score: float
    new_story: bool
    nearest: str | None
    shared_entities: tuple[str, ...]
    reason: str
    pos: int | None = None


class ClusterArticle(NamedTuple):
    """Where a clustered article is, as the clusterer reads it back (see :class:`ClusterStore`).

    A named tuple, not a frozen dataclass: a writer's batch makes one per candidate row it reads (~2,300 for
    32 articles into the synthetic 12k store), and a frozen dataclass's ``__init__`` (``object.__setattr__``
    per field) cost more apiece: the batch's candidate read 9.9 -> 9.0 CPU-ms (stop 55, issue 13)."""

    id: str
    pos: int  # place in the clusterer's stream
    story: str
    published: str | None
    language: str | None


@dataclass(frozen=True)
class StoryRow:
    """The running sums of a story with two or more members, as the clusterer keeps them
    (a one-member story is its article, and has no row)."""

    id: str
    created: int  # stream place of its first member
    size: int
    vector_sum: np.ndarray  # float32, summed in stream order
    first_date: str | None
    last_date: str | None
    entity_counts: tuple[tuple[str, int], ...]  # in the order the counts were made
    languages: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class StoryGrowth:
    """A story whose row is stored and which has only gained members since: its new sums, and
    the key counts to add to the stored ones. A story's keys grow with it (2,233 keys for a
    2,691-article story of the synthetic 12k stream), so rewriting them all whenever it grew
    made each batch cost more as its stories grew; the additions are what its new members brought."""

    row: StoryRow  # entity_counts empty: the stored counts are kept and ``keys`` added to them
    keys: tuple[tuple[str, int, int], ...]  # (key, count added, its place among the story's keys)


@dataclass(frozen=True)
class FailureRecord:
    """An input that was not stored: ``kind`` is ``failed`` (an error) or ``skipped`` (not an article)."""

    source: str
    stage: str
    reason: str
    kind: str = "failed"


@dataclass(frozen=True)
class StoryAlias:
    """A story id that no longer exists and where it went (``op``: merge, split, move, rename)."""

    old: str
    new: str
    op: str


@dataclass(frozen=True)
class ClusterDelta:
    """What changed in the clusterer's own state (beyond articles, vectors, entities and assignments).

    The clusterer's state is rows, written incrementally: the settings (params,
    the user's corrections, the id history: a few KB) only when they change, the
    cached entity norm of the stories whose cache changed, the entity keys'
    document frequencies (increments), and the stream counters. Everything else
    it knows (members, vectors, keys, dates) is the articles and assignments
    themselves. A store never rewrites state that grows with its size (a story that only
    gained members is written as what they added: :class:`StoryGrowth`).
    """

    settings: Mapping[str, Any] | None = None  # {"params", "corrections", "history"}; None: unchanged
    norms: Mapping[str, tuple[int, int, float] | None] = field(default_factory=dict)  # story -> norm cache; None: drop
    replace_norms: bool = False  # norms and key frequencies are all of them (after a rebuild)
    df: Mapping[str, int] = field(default_factory=dict)  # entity key -> clustered articles added with it
    stories: Mapping[str, StoryRow | None] = field(default_factory=dict)  # story -> its sums; None: no row
    grown: Mapping[str, StoryGrowth] = field(default_factory=dict)  # stories that only gained members
    counters: Mapping[str, Any] | None = None  # {"n", "lo", "hi", "dim"}: stream size, date range; None: unchanged


@dataclass(frozen=True)
class StoreBatch:
    """Everything one pipeline batch writes, committed in one transaction."""

    articles: Sequence[ArticleRecord] = ()
    vectors: Mapping[str, np.ndarray] = field(default_factory=dict)  # article id -> vector
    entities: Mapping[str, Sequence[str]] = field(default_factory=dict)  # article id -> keys
    assignments: Sequence[AssignmentRecord] = ()
    failures: Sequence[FailureRecord] = ()
    state: ClusterDelta | None = None  # what changed in the clusterer with this batch
    succeeded_sources: Sequence[str] = ()  # clears earlier failures of these sources
    # article id -> its copy keys (stream.dedup.copy_keys: the smallest hashes of its 5-word shingles),
    # by which a copy of it is found outside the writer's candidate window (copy_candidates)
    copy_keys: Mapping[str, Sequence[int]] = field(default_factory=dict)
    # article id -> what its opening says of its event (the stream's online join's events rule: its own
    # encoding, stream._clusterer.encode_event), read back by opening_events instead of its text cleaned again
    events: Mapping[str, str] = field(default_factory=dict)
    # article id -> its text as the same-story verdict's rules read it (similarity.encode_prepared: the cleaned text
    # under its headline, its dateline and date), read back by verdict_readings instead of its text cleaned again;
    # the batch's own and stored articles' read for it (the newest kept: one read again, retitled or made by another
    # preparation version, replaces the stored one, unlike events')
    readings: Mapping[str, str] = field(default_factory=dict)
    # article id -> the verdict rules' analysis of that reading (similarity.encode_analysis: compressed JSON with the
    # analysis code's version), for ids of ``readings``: stored in the same row, read back by verdict_rows
    analyses: Mapping[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class MetadataUpdate:
    """Metadata merged into a stored article (stream.ingest: the same text again, with more metadata).

    ``fields``: columns to set, among ``METADATA_COLUMNS``; ``metadata``: the article's
    whole new metadata object (it records what was merged and what disagreed).
    """

    article: str
    fields: Mapping[str, str]
    metadata: Mapping[str, Any]


METADATA_COLUMNS = ("title", "outlet", "published", "url", "external_id", "published_at")


@dataclass(frozen=True)
class StorySummary:
    """A story with its canonical articles (text left out; ``metadata`` holds only ``lead``).

    ``outlets`` is the one definition of who covered a story, used by every list, view and
    blindspot: the outlets of its canonical articles and of its ``copies``, the copies other
    outlets published (its near-duplicates, and the same text under another outlet's name,
    ``metadata.carried_by``; one outlet per copy, so coverage can count them).
    """

    id: str
    title: str | None
    first_seen: str | None
    last_seen: str | None
    articles: tuple[ArticleRecord, ...]
    outlets: tuple[str, ...]
    languages: tuple[str, ...]
    duplicates: int = 0
    copies: tuple[str, ...] = ()
    copy_languages: tuple[str | None, ...] = ()  # the language of each of ``copies``, in its order


@dataclass(frozen=True)
class SearchHit:
    article: ArticleRecord
    score: float  # fused rank score, higher is better
    text_rank: int | None  # 1-based rank in the full-text results
    vector_rank: int | None  # 1-based rank in the semantic results
    cosine: float | None
    snippet: str | None


@runtime_checkable
class ArticleStore(Protocol):
    """Articles, their entity keys and the inputs that failed."""

    def known_ids(self, ids: Iterable[str]) -> set[str]: ...
    def known_sources(self, sources: Iterable[str]) -> set[str]: ...
    def article(self, article_id: str) -> ArticleRecord | None: ...
    def articles(self, ids: Sequence[str] | None = None) -> list[ArticleRecord]: ...
    def article_metadata(self, ids: Sequence[str] | None, keys: Sequence[str] | None = None) -> dict[str, dict[str, Any]]: ...
    def find_articles(self, prefix: str) -> list[str]: ...
    def article_dates(self, ids: Sequence[str]) -> dict[str, str | None]: ...
    def entities(self, ids: Sequence[str] | None = None) -> dict[str, set[str]]: ...
    def failures(self) -> list[FailureRecord]: ...
    def stats(self) -> dict[str, int]: ...
    def write_batch(self, batch: StoreBatch) -> None: ...
    def update_metadata(self, updates: Sequence[MetadataUpdate]) -> None: ...


@runtime_checkable
class StoryStore(Protocol):
    """Story assignments and the story views computed from them in the database."""

    def assignments(self, ids: Sequence[str] | None = None) -> dict[str, AssignmentRecord]: ...
    def story_ids(self, prefix: str = "", limit: int | None = None) -> list[str]: ...
    def stories(self, limit: int | None = None, offset: int = 0,
                ids: Sequence[str] | None = None) -> list[StorySummary]: ...
    def story(self, story_id: str) -> StorySummary | None: ...
    def count_stories(self) -> int: ...
    def duplicates_of(self, ids: Sequence[str]) -> list[ArticleRecord]: ...
    def related_stories(self, keys: Sequence[str], exclude: str) -> dict[str, tuple[int, dict[str, int]]]: ...
    def key_frequencies(self, keys: Sequence[str]) -> tuple[dict[str, int], int]: ...
    def replace_assignments(self, records: Sequence[AssignmentRecord], state: ClusterDelta | None) -> None: ...


@runtime_checkable
class ClusterStore(Protocol):
    """The online clusterer's state as rows: read a story at a time while a writer works
    (``cluster_*``, ``story_members``, ``entity_df``), or all at once for an offline pass
    (``cluster_rows``, ``cluster_vectors``)."""

    def cluster_settings(self) -> dict[str, Any] | None: ...
    def cluster_counters(self) -> dict[str, Any] | None: ...
    def cluster_candidates(self, vectors: np.ndarray, k: int, known: Container[str] = ()
                           ) -> list[list[tuple[str, np.ndarray | None]]]: ...
    def cluster_articles(self, ids: Sequence[str]) -> dict[str, ClusterArticle]: ...
    def cluster_features(self, ids: Sequence[str]) -> dict[str, tuple[tuple[str, ...], np.ndarray]]: ...
    def story_rows(self, stories: Sequence[str]) -> dict[str, StoryRow]: ...
    def story_members(self, stories: Sequence[str]) -> dict[str, list[tuple[str, int]]]: ...
    def entity_df(self, keys: Sequence[str]) -> dict[str, int]: ...
    def cluster_rows(self) -> list[tuple[str, str, str | None, str | None, tuple[str, ...]]]: ...
    def cluster_vectors(self) -> np.ndarray: ...
    def story_norms(self, stories: Sequence[str] | None = None) -> dict[str, tuple[int, int, float]]: ...
    def opening_events(self, ids: Sequence[str]) -> dict[str, str]: ...
    def verdict_readings(self, ids: Sequence[str]) -> dict[str, str]: ...
    def verdict_rows(self, ids: Sequence[str]) -> dict[str, tuple[str, bytes | None]]: ...
    def load_blob(self, name: str) -> tuple[str, bytes] | None: ...
    def save_blob(self, name: str, tag: str, data: bytes) -> None: ...
    def load_state(self) -> dict[str, Any] | None: ...


@runtime_checkable
class CorrectionStore(Protocol):
    """The user's corrections and the story ids they retired."""

    def record_correction(self, op: str, args: Mapping[str, Any], records: Sequence[AssignmentRecord],
                          state: ClusterDelta | None, aliases: Sequence[StoryAlias] = ()) -> int: ...
    def corrections(self) -> list[tuple[int, str, dict[str, Any]]]: ...
    def story_alias(self, story_id: str) -> StoryAlias | None: ...
    def retired_story_ids(self, prefix: str = "", limit: int | None = None) -> list[str]: ...


@runtime_checkable
class SearchStore(Protocol):
    """Full-text search in any language."""

    def search_text(self, query: str, limit: int = 20) -> list[tuple[str, str | None]]: ...
    def search_texts(self, queries: Sequence[str], limit: int = 20) -> list[list[tuple[str, str | None]]]: ...


@runtime_checkable
class VectorStore(Protocol):
    """One vector per article and a nearest-neighbour index over them (cosine)."""

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]: ...
    def vectors_missing(self) -> int: ...  # how many vectors a lost index file held (0: none lost)
    def nearest(self, vector: np.ndarray, k: int = 10) -> list[tuple[str, float]]: ...
    def nearest_many(self, vectors: np.ndarray, k: int = 10) -> list[list[tuple[str, float]]]: ...
    def copy_candidates(self, keys: Sequence[Sequence[int]], limit: int = 5) -> list[list[str]]: ...
    def copy_keys_from(self) -> int: ...
    def articles_before(self, num: int, limit: int) -> list[tuple[int, ArticleRecord]]: ...
    def add_copy_keys(self, keys: Mapping[int, Sequence[int]], keyed_from: int) -> None: ...


@runtime_checkable
class Lifecycle(Protocol):
    """Opening, locking, metadata and closing."""

    url: str

    def writer(self) -> AbstractContextManager[None]: ...
    def flush(self) -> None: ...
    def get_meta(self, key: str) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...
    def schema_version(self) -> int: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, *exc: object) -> None: ...


@runtime_checkable
class Store(ArticleStore, StoryStore, ClusterStore, CorrectionStore, SearchStore, VectorStore, Lifecycle, Protocol):
    """Every capability: what :func:`storylens.store.open_store` returns."""


def history_aliases(history: Sequence[Mapping[str, Any]]) -> list[StoryAlias]:
    """The clusterer's id history (``{"op", "from", "to"}`` records) as aliases, oldest first."""
    out = []
    for rec in history:
        old, new = rec.get("from"), rec.get("to")
        if isinstance(new, list):  # split: the old id went to its first part
            new = new[0] if new else None
        if isinstance(old, str) and isinstance(new, str) and old != new:
            out.append(StoryAlias(old, new, str(rec.get("op"))))
    return out


def split_legacy_state(state: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, tuple[int, int, float]]]:
    """A schema-1 clusterer state blob -> (settings, story norms) for the row layout."""
    settings = {k: state.get(k, [] if k != "params" else {}) for k in ("params", "corrections", "history")}
    norms = {sid: (int(c[0]), int(c[1]), float(c[2])) for sid, c in state.get("entity_norms", {}).items()}
    return settings, norms
