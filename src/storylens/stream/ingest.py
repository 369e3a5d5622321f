"""Ingest: records in, committed batches out.

For every record (from :func:`storylens.ingest.walk.iter_records` or any iterable)::

    RawDocument -> content id (hash of the normalised text; already stored? skip)
                -> prepare_and_embed (clean, language, lead sentences, ONE vector)   [prepare]
                -> entity keys, near-duplicate check                                 [dedup]
                -> StoryClusterer.partial_fit (canonical articles only)
                -> store.write_batch (articles, vectors, entities, assignments,
                   failures and the clusterer state in ONE transaction)             [commit]

Because ids are content hashes and each batch is one transaction, running the
same input twice changes nothing, and a run killed at any point is resumed by
running it again: committed batches are skipped by id, the rest is added.
Only one writer (ingest or correction) works on a store at a time.

Public entry points: :func:`ingest_paths` (files, directories, JSONL, feeds,
WARC), :func:`ingest` (any iterable of records) and :func:`commit` (prepared
batches from another engine, e.g. the Ray Data path in :mod:`storylens.batch`).
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .._gc import fewer_collections
from .._paths import has_surrogates
from ..analysis.versions import MARK_KINDS, update_mark
from ..errors import a_count, a_list, wrong_type
from ..ingest._records import field_problem
from ..ingest.dates import UNREAD_DATE
from ..ingest.decode import FEW_BYTES_GUESS
from ..ingest.jsonl import REPEATED_ID
from ..ingest.walk import Skipped, iter_records, skip_summary
from ..ingest.warc import MAY_HOLD_RECORDS, PAYLOAD_MISMATCH
from ..models import Failure, RawDocument
from ..prepare._repeats import REPEATED_TEXT
from ..prepare.clean import LONG_RUNS
from ..store._state import metadata_json
from ..store.base import ArticleRecord, FailureRecord, MetadataUpdate, Store, StoreBatch, check_store
from ..text import base, unread_encoder_note, unread_language_note
from ._clusterer import OpeningEvents, VerdictApart, assignment_record, load_clusterer, published_date, refine_text
from ._profile import StageTimes
from ._window import DateOrder, OutOfOrder, use_candidate_window
from .dedup import ShingleCache, content_id, copy_keys, near_duplicates, originals_first, plain_text
from .metadata import (
    incoming_fields,
    metadata_update,
    published_at,
    stamp_moment,
    stand_in_headline,
    stated,
    text_outlet,
    update_stamped,
)
from .prepare import (
    ANALYSED_CHARS,
    WARM_SAMPLES,
    Prepared,
    Preparer,
    document_keys,
    prepare_and_embed,
    start_workers,
    stream_tools,
)

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "IngestReport",
    "PreparedBatch",
    "Progress",
    "commit",
    "ingest",
    "ingest_paths",
    "prepare_batch",
    "record_id",
    "warm_commit",
]

DEFAULT_BATCH_SIZE = 32


@dataclass(frozen=True)
class Progress:
    """Sent to the progress callback after every record."""

    done: int  # records handled so far (articles, skips and failures)
    added: int
    skipped: int
    failed: int
    source: str
    elapsed: float


@dataclass(frozen=True)
class IngestReport:
    """What one ``ingest`` run did."""

    added: tuple[str, ...] = ()  # ids of new canonical articles
    near_duplicates: tuple[tuple[str, str], ...] = ()  # (new id, id of the article it duplicates)
    already_stored: int = 0  # exact content already in the store (re-runs, resumed runs)
    exact_duplicates: tuple[tuple[str, str], ...] = ()  # (source, id) repeated within this run
    skipped: tuple[Skipped, ...] = ()  # not articles
    failed: tuple[Failure, ...] = ()
    new_stories: int = 0
    seconds: float = 0.0
    # ids of stored articles that got metadata from a later copy of their text (stream.metadata)
    merged_metadata: tuple[str, ...] = ()
    metadata_conflicts: int = 0  # stated values that disagreed: kept, the other recorded
    carried_copies: int = 0  # the same text under another outlet's name, recorded (metadata.carried_by)
    candidate_window: int = 0  # the writer's candidate window this run used (0: the whole store)
    window_was: int | None = None  # the different window the store had before this run set its own
    out_of_order: OutOfOrder | None = None  # articles dated before ones already outside their window
    # (language, articles) stored in a language outside the language data (text.unread_language_note)
    unread_languages: tuple[tuple[str, int], ...] = ()
    # (source, warning) of each JSONL record whose id an earlier line of its file gave with another text or whose
    # stated date cannot be read (ingest.dates.UNREAD_DATE), and of each WARC page whose block may hold the next
    # records (ingest.warc.MAY_HOLD_RECORDS) or whose payload does not give its WARC-Payload-Digest
    # (PAYLOAD_MISMATCH), and of each text whose code page rests on a few bytes (ingest.decode.FEW_BYTES_GUESS)
    # or that holds its article twice (prepare._repeats.REPEATED_TEXT), stored: one line each
    repeated_ids: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def stored(self) -> int:
        return len(self.added) + len(self.near_duplicates)

    @property
    def articles_per_second(self) -> float:
        return self.stored / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        parts = [f"added {_count(len(self.added), 'article')} ({_count(self.new_stories, 'new story', 'new stories')})"]
        if self.near_duplicates:
            parts.append(f"linked {_count(len(self.near_duplicates), 'near-duplicate')}")
        skipped = self.already_stored + len(self.exact_duplicates) + len(self.skipped)
        if skipped:
            why = []
            if self.already_stored:
                why.append(f"{self.already_stored} already stored")
            if self.exact_duplicates:
                why.append(_count(len(self.exact_duplicates), "exact duplicate"))
            if self.skipped:
                why.append(skip_summary(self.skipped))
            parts.append(f"skipped {skipped} ({', '.join(why)})")
        if self.merged_metadata or self.metadata_conflicts:
            kept = f" ({_count(self.metadata_conflicts, 'differing value')} kept as stored)" if self.metadata_conflicts else ""
            parts.append(f"merged metadata into {_count(len(self.merged_metadata), 'stored article')}{kept}")
        if self.carried_copies:
            parts.append(f"recorded {_count(self.carried_copies, 'copy', 'copies')} another outlet carried")
        parts.append(f"failed {len(self.failed)}")
        return "; ".join(parts) + f" in {self.seconds:.1f} s"


ProgressCallback = Callable[[Progress], None]


@dataclass
class _Run:
    """Mutable tallies of one ingest run (private to :func:`ingest`)."""

    started: float = field(default_factory=time.perf_counter)
    done: int = 0
    added: list[str] = field(default_factory=list)
    near: list[tuple[str, str]] = field(default_factory=list)
    already: int = 0
    exact: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    new_stories: int = 0
    seen: dict[str, str] = field(default_factory=dict)  # id -> source, this run
    # stored text seen again with metadata or an outlet of its own: (record, id, the outlet its text names)
    again: list[tuple[RawDocument, str, str | None]] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    conflicts: int = 0
    carried: int = 0
    settings_saved: bool = False  # the clusterer's settings go with the first clustered batch of a run
    shingles: ShingleCache = field(default_factory=ShingleCache)  # near-duplicate checks, across batches
    window: int = 0  # the writer's candidate window (use_window)
    window_was: int | None = None
    dates: DateOrder = field(default_factory=lambda: DateOrder(0))  # the stored articles' dates, in order
    unread: dict[str, int] = field(default_factory=dict)  # language outside the language data -> articles
    repeated: list[tuple[str, str]] = field(default_factory=list)  # IngestReport.repeated_ids

    def use_window(self, store: Store, asked: int | None) -> None:
        """The store's candidate window for this run (``asked`` stored when given); hold the writer lock."""
        self.window, self.window_was = use_candidate_window(store, asked)
        self.dates = DateOrder(self.window)

    def report(self) -> IngestReport:
        return IngestReport(tuple(self.added), tuple(self.near), self.already, tuple(self.exact),
                            tuple(self.skipped), tuple(self.failed), self.new_stories,
                            time.perf_counter() - self.started, tuple(self.merged), self.conflicts, self.carried,
                            self.window, self.window_was, self.dates.result(), tuple(sorted(self.unread.items())),
                            tuple(self.repeated))


def _chunks(records: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for rec in records:
        chunk.append(rec)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass(frozen=True)
class PreparedBatch:
    """One batch after the map step: prepared articles with their vectors, and the inputs that failed."""

    articles: Sequence[Prepared] = ()
    vectors: np.ndarray | None = None  # one row per article, float32
    failures: Sequence[Failure] = ()


def prepare_batch(records: Sequence[RawDocument], embedder: Any, tools: tuple[Any, Any] | None = None) -> PreparedBatch:
    """The map step for another engine: content ids, :func:`prepare_and_embed`, failures as data.

    ``tools`` is :func:`~storylens.stream.prepare.stream_tools`, made once per worker or
    actor (made here when None). Pass the results, in input order, to :func:`commit`.
    """
    if tools is None:
        tools = stream_tools()
    ids = [(r, record_id(r)) for r in records]
    fresh = [(r, aid) for r, aid in ids if isinstance(aid, str)]
    articles, vectors = [], []
    failures = [aid for _, aid in ids if isinstance(aid, Failure)]
    for (raw, aid), (doc, vec, reason) in zip(fresh, prepare_and_embed(fresh, tools, embedder)):
        if doc is None:
            failures.append(Failure(raw.source, "prepare", reason))
        else:
            articles.append(Prepared(raw, doc, aid))
            vectors.append(vec)
    return PreparedBatch(articles, np.vstack(vectors) if vectors else None, failures)


def record_id(raw: RawDocument) -> str | Failure:
    """The content id of ``raw`` (:func:`~storylens.stream.dedup.content_id`), or the Failure of that record when
    it cannot be stored or read, in one line naming the field and the fix; one record fails, the others are
    stored. Refused: a text, page or metadata value holding a lone surrogate (U+D800..U+DFFF, which a Python
    caller may pass: the readers replace them; it raised UnicodeEncodeError at its id or at the store's write,
    and the whole batch was lost: break64r H1) or a NUL (U+0000, which PostgreSQL cannot store: it lost the
    batch there while SQLite stored it; break64r2 H2); metadata the store cannot write as JSON (checked with
    the store's own :func:`~storylens.store._state.metadata_json`: NaN, Infinity, bytes; break64r2 H2, M2);
    a field the pipeline reads with another type (:func:`~storylens.ingest._records.field_problem`: an outlet
    that is a number raised in originals_first and lost the batch; break64r2 H1)."""
    try:
        problem = field_problem(raw.metadata)
        if problem:
            return Failure(raw.source, "prepare", f"the record's metadata: {problem}")
        try:
            metadata = metadata_json(raw.metadata) if raw.metadata else ""
        except (TypeError, ValueError) as exc:
            what = ("a number that is not finite (NaN or Infinity)" if isinstance(exc, ValueError)
                    else "a value JSON has no form for")
            return Failure(raw.source, "prepare", f"the record's metadata holds {what} ({exc}), which the store "
                           "cannot write; remove or convert it and pass the record again")
        fields = (("text", raw.text), ("html", raw.html or ""), ("metadata", metadata))
        field = next((name for name, value in fields if has_surrogates(value)), None)
        if field is not None:
            return Failure(raw.source, "prepare", f"the record's {field} holds a lone surrogate (U+D800..U+DFFF), "
                           "which UTF-8 cannot write; replace it (e.g. by U+FFFD) and pass the record again")
        # a NUL in metadata is written as the escape \u0000, which PostgreSQL refuses in JSON too
        field = next((name for name, value in (*fields[:2], ("metadata", raw.metadata)) if _has_nul(value)), None)
        if field is not None:
            return Failure(raw.source, "prepare", f"the record's {field} holds a NUL character (U+0000), which "
                           "the store cannot write; remove it and pass the record again")
        return content_id(raw.text)
    except Exception as exc:  # noqa: BLE001 - one odd record must not stop the others
        return Failure(raw.source, "prepare", f"internal error while making the article's id "
                       f"({type(exc).__name__}: {exc}); please report it")


def _has_nul(value: Any) -> bool:
    """Whether ``value`` (a string, or metadata: mappings, lists, tuples of them) holds a NUL character."""
    if isinstance(value, str):
        return "\0" in value
    if isinstance(value, Mapping):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_has_nul(v) for v in value)
    return False


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _check_store(store: object, function: str) -> None:
    check_store(store, function, ("writer", "write_batch", "get_meta"))


def ingest_paths(paths: Sequence[str], store: Store, *, fetcher: Any = None, **options: Any) -> IngestReport:
    """Read ``paths`` (files, directories, JSONL, feeds, WARC/ARC, ``http(s)://`` URLs) and :func:`ingest` their records.

    URLs are fetched with ``fetcher`` (a :class:`storylens.ingest.http.Fetcher`; keep one
    between polls so unchanged feeds answer 304), or a default one for this call.
    Raises :class:`~storylens.errors.WrongTypeError` when ``paths`` is one path rather than a list of them (a str
    was read character by character: "." among them walked the working directory; newuser65 H3) or holds
    something other than a str or path, or ``store`` is no store (None).
    """
    if not a_list(paths):
        raise wrong_type(paths, "paths", "ingest_paths() takes a list of paths or URLs, e.g. "
                         "ingest_paths(['a.txt', 'feed.xml'], store)", decode=False)
    # a path's own form: str() of an os.DirEntry is "<DirEntry 'a.txt'>", read as a missing file (final65 M2)
    paths = [os.fspath(p) if isinstance(p, os.PathLike) else p for p in paths]
    for n, path in enumerate(paths):
        if not isinstance(path, str):
            raise wrong_type(path, f"paths[{n}]", "a path or URL is a str or pathlib.Path")
    _check_store(store, "ingest_paths()")  # before a record is read (ingest() asks too)
    return ingest(iter_records(paths, fetcher=fetcher), store, **options)


def ingest(
    records: Iterable[Any],
    store: Store,
    *,
    embedder: Any = None,
    clusterer_params: Mapping[str, Any] | None = None,
    progress: ProgressCallback | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int = 1,
    times: StageTimes | None = None,
    pool: Any = None,
    candidate_window: int | None = None,
) -> IngestReport:
    """Store new articles from ``records`` (RawDocument, Failure, Skipped) and assign them to stories.

    One transaction per ``batch_size`` records. ``workers > 1`` prepares and
    embeds in that many processes (forked from one that loaded the model, ~1-2 s) while this
    process clusters and stores; the result is the same as with one worker. Without ``pool`` they start
    as ``storylens ingest`` starts them (:func:`~storylens.stream.prepare.start_workers`), this process warming its
    commit path meanwhile (:func:`warm_commit`).
    ``embedder``: any :class:`~storylens.embed.Embedder`; default the multilingual USE
    encoder with the on-disk cache, as ``storylens ingest`` uses.
    ``times``: a :class:`~storylens.stream._profile.StageTimes` that gets the wall and CPU
    seconds of every stage (``storylens ingest --profile`` prints it).
    ``pool``: the ``workers`` processes :func:`~storylens.stream.prepare.start_workers` started
    for ``embedder`` (shut down at the end, as the ones made here are).
    ``candidate_window``: the writer's candidate window in articles (0: the whole store), stored with
    the store for later runs; None: the store's stored value (a store with none: ``store.candidate_window``,
    settings.candidate_window unless set). The report says the window used, the different value the store
    had before (``window_was``) and articles dated before ones already outside their window
    (``out_of_order``: a backfill out of date order, whose stories split).
    Raises :class:`~storylens.errors.StoreError` if another writer holds the store,
    :class:`~storylens.errors.InputError` for a negative ``candidate_window``,
    :class:`~storylens.errors.OutOfRangeError` (a ValueError) for ``workers`` or ``batch_size`` below 1 (a
    WrongTypeError for one that is no int) and
    :class:`~storylens.errors.WrongTypeError` for a record of another type (a str, bytes, a dict), named when its
    batch is prepared, which is ahead of the writes (one batch; ``4 x workers`` with workers): its batch and the
    prepared ones not yet written are not stored, the ones written before stay (break65r3 M2). Ingest again once it
    is fixed: what was stored is skipped.
    """
    _check_store(store, "ingest()")
    workers = a_count(workers, "workers", "ingest() takes workers as a number of processes (int), e.g. workers=2",
                      least=1)
    batch_size = a_count(batch_size, "batch_size", "ingest() takes batch_size as a number of records (int), e.g. "
                         "batch_size=32", least=1)
    if embedder is None:
        from ..embed import get_default_embedder

        embedder = get_default_embedder()
    own = pool is None and workers > 1
    if own:
        # As `storylens ingest --workers N` starts them: a first submit that starts a worker waits until the fork
        # server has imported and warmed the prepare path (~1.2 s with this process's core idle), so the processes
        # start from a thread while this process pays its commit path's one-time costs (ingest68b).
        pool = start_workers(embedder, workers)
    try:
        if own:
            warm_commit()
        return _ingest(records, store, embedder, clusterer_params, progress, batch_size, workers, times, pool,
                       candidate_window)
    finally:
        if own:  # shut down by the Preparer once it had them; not if the store's writer failed first
            pool.shutdown(cancel_futures=True)


def _ingest(records: Iterable[Any], store: Store, embedder: Any, clusterer_params: Mapping[str, Any] | None,
            progress: ProgressCallback | None, batch_size: int, workers: int, times: StageTimes | None, pool: Any,
            candidate_window: int | None) -> IngestReport:
    """:func:`ingest` once its arguments are checked and its worker processes (``pool``) started."""
    run = _Run()
    times = times if times is not None else StageTimes()
    # The collector's thresholds as the command line sets them for its whole run (storylens._gc): a batch
    # into a store of thousands reads its neighbours' rows, stories and key counts, and the default
    # thresholds walked every object the models and lexicons hold ~38 times for one 32-article batch into
    # 8k (0.005-0.06 CPU-s of ~0.45), ~5 times into a new store (benchmarks/small_ingest.py, stop 44).
    with fewer_collections(), store.writer(), Preparer(embedder, max(1, workers), times, pool) as prepare:
        run.use_window(store, candidate_window)
        clusterer = load_clusterer(store, clusterer_params)
        if store.get_meta("embedder") is None:
            store.set_meta("embedder", getattr(embedder, "model_id", "unknown"))
        # Chunks ahead: workers clean and embed chunks n+1..n+depth while this process
        # clusters and commits chunk n (the order of commits is unchanged).
        pending: deque[_Pending] = deque()
        for chunk in _chunks(_timed(records, times), batch_size):
            pending.append(_submit_chunk(chunk, store, prepare, run, progress))
            if len(pending) > prepare.depth:
                _write(store, _finish_chunk(pending.popleft(), store, clusterer, run, progress), times)
                for ahead in pending:  # prepared here: now, while a server store commits the batch
                    ahead.outcomes.prepare_here()
        while pending:
            _write(store, _finish_chunk(pending.popleft(), store, clusterer, run, progress), times)
        with times.stage("metadata merge"):
            _merge_metadata(store, run)
        with times.stage("store write"):
            store.flush()
    return run.report()


class _SampleVectors:
    """The one vector of every text (an :class:`~storylens.embed.Embedder` for :func:`warm_commit`): the samples
    are each other's nearest article, so the join's and the near-duplicate link's rules read them."""

    model_id = "warm-up"
    dim = 512

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.full((len(texts), self.dim), self.dim ** -0.5, dtype=np.float32)


def warm_commit() -> None:
    """Pay the commit path's one-time costs now, in this process: ingest a few sample articles
    (:data:`~storylens.stream.prepare.WARM_SAMPLES`) into a throwaway in-memory store.

    ``storylens ingest --workers N`` calls it while its workers start (:func:`~storylens.stream.prepare.start_workers`):
    the first batch's commit paid the imports, compiled patterns and tables of clustering, the verdict's rules,
    opening events and dates (~1 CPU-s) after the workers' first batch, with their core idle, and this process's
    core stood idle while their fork server warmed (ingest68 timeline). Nothing it reads or writes is kept but
    those caches; a failure is ignored (the first batch pays the costs, as before).
    """
    from contextlib import closing, suppress

    from ..store import open_store

    # a warm-up only: on any failure the run pays these costs in its first batch instead
    with suppress(Exception), closing(open_store(":memory:")) as store:
        ingest([RawDocument(source=f"warm-up {i}", text=text) for i, text in enumerate(WARM_SAMPLES)], store,
               embedder=_SampleVectors())


def _timed(records: Iterable[Any], times: StageTimes) -> Iterator[Any]:
    """``records``, with the time spent producing them (reading, decoding, fetching) counted as "read"."""
    it = iter(records)
    while True:
        with times.stage("read"):
            rec = next(it, _END)
        if rec is _END:
            return
        yield rec


_END = object()


def _write(store: Store, batch: StoreBatch, times: StageTimes) -> None:
    with times.stage("store write"):
        store.write_batch(batch)


def _merge_metadata(store: Store, run: _Run) -> None:
    """Texts already stored that came again with metadata: fill what the stored article lacks."""
    updates: dict[str, MetadataUpdate] = {}
    conflicts_before: dict[str, int] = {}
    merged_before: dict[str, int] = {}
    carried_before: dict[str, int] = {}
    copies: dict[str, list[tuple[RawDocument, str | None]]] = {}
    for raw, aid, outlet in run.again:
        copies.setdefault(aid, []).append((raw, outlet))
    ids = list(copies)
    for start in range(0, len(ids), 500):  # stored records read 500 at a time, not one query each
        # an id not found: its first copy failed to prepare, nothing to merge into
        for stored in store.articles(ids[start : start + 500]):
            aid = stored.id
            conflicts_before[aid] = len(stored.metadata.get("metadata_conflicts", []))
            merged_before[aid] = len(stored.metadata.get("merged", []))
            carried_before[aid] = len(stored.metadata.get("carried_by", []))
            for raw, outlet in copies[aid]:
                earlier = updates.get(aid)
                if earlier is not None:  # another copy in this run: merge into what the earlier one made
                    fields: dict[str, Any] = dict(earlier.fields)  # text columns (METADATA_COLUMNS)
                    stored = dataclasses.replace(stored, metadata=earlier.metadata, **fields)
                update = metadata_update(stored, raw, outlet)
                if update is not None:
                    fields = {**earlier.fields, **update.fields} if earlier is not None else dict(update.fields)
                    updates[aid] = dataclasses.replace(update, fields=fields)
    if not updates:
        return
    store.update_metadata(list(updates.values()))
    for aid, u in updates.items():
        run.conflicts += len(u.metadata.get("metadata_conflicts", [])) - conflicts_before[aid]
        run.carried += len(u.metadata.get("carried_by", [])) - carried_before[aid]
        if len(u.metadata.get("merged", [])) > merged_before[aid]:
            run.merged.append(aid)


def commit(batches: Iterable[PreparedBatch], store: Store, *,
           clusterer_params: Mapping[str, Any] | None = None,
           progress: ProgressCallback | None = None,
           candidate_window: int | None = None) -> IngestReport:
    """The ordered, sequential half of ingest: dedup, cluster and store batches prepared elsewhere.

    Articles already stored (by content id) are counted and skipped, so
    re-committing the same batches changes nothing. ``candidate_window`` as :func:`ingest`'s.
    """
    run = _Run()
    with fewer_collections(), store.writer():  # as ingest's
        run.use_window(store, candidate_window)
        clusterer = load_clusterer(store, clusterer_params)
        for batch in batches:
            failures: list[FailureRecord] = []
            for f in batch.failures:
                run.failed.append(f)
                failures.append(FailureRecord(f.source, f.stage, f.reason, "failed"))
                _tick(run, progress, f.source)
            known = store.known_ids([p.id for p in batch.articles])
            keep = [i for i, p in enumerate(batch.articles) if p.id not in known and p.id not in run.seen]
            warned = _warned(store, [p.id for i, p in enumerate(batch.articles) if i not in keep])
            for i, p in enumerate(batch.articles):
                if i not in keep:
                    run.already += 1
                    _again(run, p.raw, p.id, p.doc.outlet or "", p.id in warned)
                    _tick(run, progress, p.raw.source)
                else:
                    run.seen[p.id] = p.raw.source
            if keep and batch.vectors is not None:
                store.write_batch(_embed_cluster([batch.articles[i] for i in keep], batch.vectors[keep], store,
                                                 clusterer, run, failures, progress))
            elif failures:
                store.write_batch(StoreBatch(failures=failures))
        _merge_metadata(store, run)  # as ingest does: the same text again, with metadata or another outlet
        store.flush()
    return run.report()


def _tick(run: _Run, progress: ProgressCallback | None, source: str) -> None:
    run.done += 1
    if progress is not None:
        progress(Progress(run.done, len(run.added) + len(run.near), run.already + len(run.exact) + len(run.skipped),
                          len(run.failed), source, time.perf_counter() - run.started))


# The reading warnings said in a line of their own as well as kept with the article (IngestReport.repeated_ids): how
# they start, and how a stated date that cannot be read ends (robust68: a JSONL "published" no reader could read was
# dropped without a line, while the article kept the note); a text whose code page rests on a few bytes (robust70: a
# stray 0xFF in an ASCII file was read as "ÿ" without a word)
_SAID_WARNINGS = (REPEATED_ID, MAY_HOLD_RECORDS, PAYLOAD_MISMATCH, FEW_BYTES_GUESS)


# the record's warning of a text cut at ANALYSED_CHARS (_article_record)
LONG_TEXT = "long text:"


def _said(warning: object) -> bool:
    return isinstance(warning, str) and (warning.startswith(_SAID_WARNINGS) or warning.endswith(UNREAD_DATE))


@dataclass
class _Pending:
    """A chunk whose articles are being prepared and embedded."""

    fresh: list[tuple[RawDocument, str]]
    failures: list[FailureRecord]
    outcomes: Any  # prepare._Outcomes: .result() -> list[(Outcome, entity keys, verdict seed)], .prepare_here()
    times: StageTimes


def _submit_chunk(chunk: list[Any], store: Store, prepare: Preparer, run: _Run,
                  progress: ProgressCallback | None) -> _Pending:
    failures: list[FailureRecord] = []
    with prepare.times.stage("content ids"):
        fresh = _new_raw_documents(chunk, store, run, failures, progress)
    return _Pending(fresh, failures, prepare.submit(fresh), prepare.times)


def _finish_chunk(pending: _Pending, store: Store, clusterer: Any, run: _Run,
                  progress: ProgressCallback | None) -> StoreBatch:
    failures = pending.failures
    prepared, vectors = [], []
    for (raw, aid), ((doc, vector, reason), keys, seed) in zip(pending.fresh, pending.outcomes.result()):
        if doc is None:
            _fail(run, failures, progress, raw.source, reason)
        else:
            prepared.append(Prepared(raw, doc, aid, keys, seed))
            vectors.append(vector)
    if not prepared:
        return StoreBatch(failures=failures)
    return _embed_cluster(prepared, np.vstack(vectors), store, clusterer, run, failures, progress, pending.times)


def _new_raw_documents(chunk: list[Any], store: Store, run: _Run,
                       failures: list[FailureRecord], progress: ProgressCallback | None) -> list[tuple[RawDocument, str]]:
    """Drop failures, skips and already-stored content (counted); return (raw, id) to process."""
    raws, broken = [], []
    for r in chunk:
        if isinstance(r, RawDocument):
            aid = record_id(r)
            if isinstance(aid, Failure):
                broken.append(aid)
            else:
                raws.append((r, aid))
        elif not isinstance(r, (Failure, Skipped)):  # a caller's mistake, named before this batch writes anything
            raise wrong_type(r, "records", "ingest() takes RawDocument, Failure or Skipped records (make one of a "
                             "text with storylens.ingest.read_string, or pass paths to ingest_paths)",
                             then=", then make a RawDocument of the text with storylens.ingest.read_string")
    known = store.known_ids([i for _, i in raws])
    fresh = []
    for rec in [*chunk, *broken]:
        if isinstance(rec, Failure):
            run.failed.append(rec)
            failures.append(FailureRecord(rec.source, rec.stage, rec.reason, "failed"))
        elif isinstance(rec, Skipped):
            run.skipped.append(rec)
            failures.append(FailureRecord(rec.source, "walk", rec.reason, "skipped"))
        if not isinstance(rec, RawDocument):
            _tick(run, progress, rec.source)
    # A stored text read again from the source it was stored from is a re-run: the outlet its text
    # names is the stored one, so its text is not read for one (about 1 CPU-ms a text).
    rerun = store.known_sources([raw.source for raw, aid in raws if aid in known]) if known else set()
    warned = _warned(store, [aid for raw, aid in raws if raw.source in rerun])
    for raw, aid in raws:
        if aid in known or aid in run.seen:
            _again(run, raw, aid, "" if raw.source in rerun else None, aid in warned)
        if aid in known:
            run.already += 1
        elif aid in run.seen:
            run.exact.append((raw.source, aid))
        else:
            run.seen[aid] = raw.source
            fresh.append((raw, aid))
            # said of a record stored as an article of its own only: one skipped as an exact duplicate or as
            # already stored (a re-run) is no second article under its id (break66r L1/L2)
            run.repeated += [(raw.source, w) for w in raw.metadata.get("warnings") or () if _said(w)]
            continue
        _tick(run, progress, raw.source)
    return fresh


def _warned(store: Store, ids: list[str]) -> set[str]:
    """Those of ``ids`` (stored articles) whose metadata holds reading warnings: one store read of that key
    alone, none when ``ids`` is empty."""
    return set(store.article_metadata(ids, keys=("warnings",))) if ids else set()


def _again(run: _Run, raw: RawDocument, aid: str, outlet: str | None = None, warned: bool = False) -> None:
    """Queue a stored text that came again for the metadata merge at the end of the run
    (:mod:`stream.metadata`), when it states metadata, its text names an outlet (a wire copy) or the stored
    article holds reading warnings (``warned``) this reading may clear: a plain .txt file states no metadata, so
    its fixed file re-ingested was never compared and kept its first reading's warning (break65r3).
    ``outlet``: the one its prepared document has (read here from its text when not given)."""
    fields = incoming_fields(raw.metadata)
    if "outlet" not in fields:
        outlet = outlet if outlet is not None else (text_outlet(raw.text) or raw.metadata.get("title_site"))
    if fields or outlet or warned:
        run.again.append((raw, aid, outlet))


def _fail(run: _Run, failures: list[FailureRecord], progress: ProgressCallback | None, source: str, reason: str) -> None:
    run.failed.append(Failure(source, "prepare", reason))
    failures.append(FailureRecord(source, "prepare", reason, "failed"))
    _tick(run, progress, source)


def _embed_cluster(prepared: list[Prepared], vectors: np.ndarray, store: Store, clusterer: Any,
                   run: _Run, failures: list[FailureRecord], progress: ProgressCallback | None,
                   times: StageTimes | None = None) -> StoreBatch:
    times = times if times is not None else StageTimes()
    with times.stage("nearest stored"):
        # One index query for the batch serves near-duplicates and clustering (the clusterer keeps it). Its own
        # stage: it holds the writer's first read of its candidate window, which grows with the store and was
        # read as the near-duplicate check's (issue 13: ~40 % of that stage into the 12k store, cProfile)
        nearest = clusterer.nearest_stored([p.id for p in prepared], vectors,
                                           [published_date(p.doc.published) for p in prepared])
    with times.stage("near-duplicates"):
        # of two near-duplicates in the batch the original is the canonical, not the first ingested
        order = originals_first([(p.doc.published, p.doc.outlet, p.raw.text, p.doc.text) for p in prepared])
        keys = [copy_keys(p.doc.text) for p in prepared]  # stored: a later copy outside the window finds it
        # the same-story verdict's hold-apart rules, read on a copy the link would accept and on a story the online
        # join would (issue #11, break53): this batch's raw texts, else the store's
        if not isinstance(getattr(clusterer, "verdict_reader", None), VerdictApart):
            clusterer.verdict_reader = VerdictApart(store)
        _keep_events(prepared)  # before the link's and the join's rules-only analyses read them
        clusterer.verdict_reader.hold({p.id: (p.raw.text, p.doc.title, p.doc.language, p.doc.published) for p in prepared},
                                      {p.id: (p.raw.text, p.seed) for p in prepared if p.seed is not None})
        dup_of = near_duplicates([(p.id, p.doc.text) for p in prepared], vectors, store, nearest, run.shingles, order, keys,
                                 apart=clusterer.verdict_reader)
        fuller = _fuller_texts(prepared, dup_of, store)
        for p in prepared:
            # a later batch's candidate reads this text, not the store's raw text cleaned again; a text
            # cut at ANALYSED_CHARS (said in its warnings) is cut elsewhere than article_text cuts it
            if not any(w.startswith("truncated:") for w in p.doc.warnings):
                run.shingles.remember(p.id, p.doc.text)
    with times.stage("entity keys"):
        all_keys = [p.keys if p.keys is not None else document_keys(p.doc) for p in prepared]
    with times.stage("cluster"):
        batch = _cluster(prepared, vectors, all_keys, dup_of, clusterer, run, failures, progress, store, fuller)
    return dataclasses.replace(batch, copy_keys={p.id: k for p, k in zip(prepared, keys)})


def _keep_events(prepared: list[Prepared]) -> None:
    """Keep the openings' events the map step read (:attr:`~storylens.stream.prepare.VerdictSeed.event`) as if read
    here (:func:`storylens.similarity.keep_opening_event`, by the reading :class:`OpeningEvents` gives its batch): the
    rules-only analysis of an article the link or the join asks for reads its event, and did so again (ingest73).
    The one place they are kept (OpeningEvents.hold kept the canonical articles' again, ingest74)."""
    from ..similarity import keep_opening_event

    for p in prepared:
        if p.seed is not None and p.seed.event is not None:
            keep_opening_event(p.seed.event, refine_text(p.doc.title, p.doc.text) or "", language=p.doc.language,
                               published=p.doc.published, dateline_day=p.doc.dateline_day)


def _fuller_texts(prepared: list[Prepared], dup_of: Mapping[str, tuple[str, str]], store: Store) -> set[str]:
    """The ids of near-duplicates that are the fuller text of their canonical, a copy cut short (another
    outlet's, or its own with no word changed) (:func:`~storylens.stream.versions.fuller_copies` reads the mark, ``metadata["fuller_of"]``): a
    carrier's cut copy stored in an earlier run than the wire stays the article (its story and id stable),
    and the story reads the wire through it (final34 claim 3). Reads the canonical's text once per
    near-duplicate."""
    from .versions import is_fuller

    batch = {p.id: p for p in prepared}
    out: set[str] = set()
    for p in prepared:
        if p.id not in dup_of:
            continue
        canonical = dup_of[p.id][0]
        mine = batch.get(canonical)
        record = ArticleRecord(canonical, "", mine.raw.text, outlet=mine.doc.outlet) if mine is not None \
            else store.article(canonical)
        if record is not None and is_fuller(p.raw.text, p.doc.outlet, record):
            out.add(p.id)
    return out


def _cluster(prepared: list[Prepared], vectors: np.ndarray, all_keys: list[frozenset[str]],
             dup_of: dict[str, tuple[str, str]], clusterer: Any, run: _Run, failures: list[FailureRecord],
             progress: ProgressCallback | None, store: Store, fuller: set[str] | None = None) -> StoreBatch:
    from ..cluster import ArticleFeatures

    articles, features, entities = [], [], {}
    for p, vec, keys in zip(prepared, vectors, all_keys):
        entities[p.id] = sorted(keys)
        articles.append(_article_record(p, dup_of.get(p.id), fuller is not None and p.id in fuller))
        # a text holding its article twice, read once: said in a line as compare says it (gzip71: ingest kept the
        # note in the record only), with the reading's warnings (counted there, 20 lines at most)
        run.repeated += [(p.raw.source, w) for w in p.doc.warnings if w.startswith(REPEATED_TEXT)]
        # a text cut at ANALYSED_CHARS: said in a line too, as compare says it (newuser78 H2: the record only)
        run.repeated += [(p.raw.source, w) for w in articles[-1].metadata.get("warnings", ())
                         if isinstance(w, str) and w.startswith(LONG_TEXT)]
        if unread_language_note(code := base(p.doc.language)) and code:
            run.unread[code] = run.unread.get(code, 0) + 1
        if p.id in dup_of:
            run.near.append((p.id, dup_of[p.id][0]))
        else:
            run.added.append(p.id)
            features.append(ArticleFeatures(p.id, vec, keys, published_date(p.doc.published), p.doc.language, p.doc.outlet))
        _tick(run, progress, p.raw.source)
    # a near-duplicate row after its canonical's: the canonical may come later in the batch (the original
    # ingested after its copy, dedup.originals_first), and the row references it
    articles.sort(key=lambda a: a.duplicate_of is not None)
    for a in articles:  # in the order they are stored (their article numbers: the window's order)
        run.dates.see(a.source, published_date(a.published))
    if features:
        # the online join's events rule reads openings: this batch's records, else the store's texts
        if not isinstance(getattr(clusterer, "events_reader", None), OpeningEvents):
            clusterer.events_reader = OpeningEvents(store)
        # the key _keep_events kept each event under: the record's date is its document's (_article_record)
        clusterer.events_reader.hold({p.id: (refine_text(p.doc.title, p.doc.text), p.doc.language, p.doc.published,
                                             p.doc.dateline_day) for p in prepared if p.id not in dup_of},
                                     # read by the map step (a worker): not on this process's core
                                     {p.id: p.seed.event for p in prepared
                                      if p.id not in dup_of and p.seed is not None and p.seed.event is not None})
    assignments = clusterer.partial_fit(features) if features else []
    # Their events stored with them: a later batch that asks for one reads the row, not the text cleaned again.
    reader = getattr(clusterer, "events_reader", None)
    events = reader.events_of([f.id for f in features]) if features and isinstance(reader, OpeningEvents) else {}
    # The texts the verdict's rules prepared for this batch (its own and stored candidates'): stored, so a later
    # process reads a candidate's reading instead of cleaning its text again.
    apart = getattr(clusterer, "verdict_reader", None)
    readings = apart.take_readings() if isinstance(apart, VerdictApart) else {}
    # ... with their analyses, so a later process does not analyse a stored candidate's reading again either
    analyses = apart.take_analyses() if isinstance(apart, VerdictApart) and readings else {}
    records = [assignment_record(a, pos=clusterer.position(a.article)) for a in assignments]
    # What the clusterer changed goes in the batch's transaction (its settings with the run's first batch).
    state = clusterer.take_delta(settings=not run.settings_saved, evict=True)
    run.settings_saved = True
    run.new_stories += sum(1 for a in assignments if a.new_story)
    return StoreBatch(
        articles=articles,
        vectors={p.id: v for p, v in zip(prepared, vectors)},
        entities=entities,
        assignments=records,
        failures=failures,
        state=state,
        succeeded_sources=[p.raw.source for p in prepared],
        events=events,
        readings=readings,
        analyses=analyses,
    )


def _article_record(p: Prepared, dup: tuple[str, str] | None, fuller: bool = False) -> ArticleRecord:
    from ..report.compare import (  # loaded already: p.doc was prepared by it
        ONLY_AN_UPDATE,
        ONLY_AN_UPDATE_IN_METADATA,
        RECORD_AFTER_UPDATE,
        TEXT_DATED,
    )

    meta = dict(p.raw.metadata)
    if fuller and dup:  # the fuller text of its canonical, a copy cut short (_fuller_texts)
        meta["fuller_of"] = dup[0]
    if p.doc.sentences:  # a stand-in headline for untitled articles (plain .txt files)
        meta.setdefault("lead", stand_in_headline(p.doc.text, p.doc.sentences[0].text))
    if p.doc.dateline_day and not p.doc.published:  # "LISBON, Dec 2 (Reuters)": orders an outlet's versions
        meta.setdefault("dateline_day", p.doc.dateline_day)
    if note := unread_language_note(p.doc.language) or unread_encoder_note(p.doc.language):  # kept with the record
        meta["warnings"] = [*meta.get("warnings", []), note]
    # overlong runs without spaces left out of what was analysed (the stored text keeps them)
    # and the copy of its own text read once (prepare._repeats)
    if runs := [w for w in p.doc.warnings if w.startswith((LONG_RUNS, REPEATED_TEXT))]:
        meta["warnings"] = [*meta.get("warnings", []), *runs]
    cut = any(w.startswith("truncated:") for w in p.doc.warnings)
    if cut:  # over ANALYSED_CHARS: say what was read
        meta["warnings"] = [*meta.get("warnings", []), (
            f"{LONG_TEXT} {len(p.raw.text):,} characters stored whole; entity keys and near-duplicates read the first "
            f"{len(p.doc.text):,} (the limit is {ANALYSED_CHARS:,}: settings.compare_max_chars)")]
    # the moment the record states, else the one its text's version stamp states ("Stand: 14:20 Uhr.")
    stamps = [r.text for r in p.doc.removed if r.kind == "stamp"]
    # ... else the filing time its dateline states ("Innsbruck (dpa) - 26. November 2026, 08:10 Uhr -", trial52 F26)
    stamped = stamp_moment(stamps, p.doc.published) or (
        f"{p.doc.published}T{p.doc.dateline_time}:00" if p.doc.published and p.doc.dateline_time else None)
    # A stamp's moment is the record's only when the article is dated: an update stamp ("Stand: 14.03.2026 10:15
    # Uhr", "Aktualisiert am …", "Updated …") on an undated page is an update time, never the publication (break69h
    # M1, as compare reads it: prepare_document leaves such a page undated, with a warning line, kept with the
    # record); its moment is kept as the stamp's ("stamp_at"), which orders the versions (stream.versions._clock)
    # A stamp of another day than the article's date is a later update's, not the publication's moment: kept as the
    # stamp's only (final69: a record dated 13 March stored the moment 15 March 10:00 of its "Stand:" line)
    moment = published_at(meta, p.doc.published) or (
        stamped if p.doc.published and stamped and stamped[:10] == p.doc.published else None)
    if stamped and stamped != moment:  # the stamp's own clock beside the record's moment (stream.versions)
        meta["stamp_at"] = stamped
    # the date notes of the text itself (an update-only date; hdr70: an HTML page dated by its text, a record dated
    # after its text's update stamp), kept with the record as compare shows them
    if date_notes := [w for w in p.doc.warnings if w.startswith((ONLY_AN_UPDATE, ONLY_AN_UPDATE_IN_METADATA, TEXT_DATED,
                                                                           RECORD_AFTER_UPDATE))]:
        meta["warnings"] = [*meta.get("warnings", []), *date_notes]
    if p.doc.updated and not p.doc.published:  # an undated page's update day: its versions' order (stream.versions)
        meta["update_day"] = p.doc.updated
    if update_stamped(stamps):  # "Updated: 4:45 p.m.": this version says it updates an earlier one
        meta["update_stamp"] = True
    # a wire's update marker ("UPDATE 2-", "(Neu: …)", "(nouveau bilan)"): its version number (stream.versions)
    if mark := update_mark(p.doc.title, [r.text for r in p.doc.removed if r.kind in MARK_KINDS]):
        meta["update_mark"] = mark
    return ArticleRecord(
        id=p.id, source=p.raw.source, text=p.raw.text,
        # stripped as a re-read of the same record is (stream/metadata.py), so a re-ingest finds no conflict
        external_id=stated(meta.get("external_id")),
        url=stated(p.doc.url), outlet=stated(p.doc.outlet), title=stated(p.doc.title), language=p.doc.language,
        published=p.doc.published,
        metadata={k: v for k, v in meta.items() if k != "published_at"},  # a column
        published_at=moment,
        duplicate_of=dup[0] if dup else None, duplicate_reason=dup[1] if dup else None,
        # a text not cut was cleaned whole (prepare_document): its prepared text is what dedup.article_text reads
        plain=not cut and plain_text(p.raw.text, p.doc.text),
    )