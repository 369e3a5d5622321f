"""Ingest on Ray Data: records -> Dataset -> ``map_batches`` on an actor pool -> ordered commit.

The driver (this process) walks the inputs with the local engine's
:func:`~storylens.ingest.walk.iter_records`, numbers every record, gives it the
commit batch it belongs to (``index // batch_size``, exactly the local engine's
chunks) and drops what needs no work: walk failures and skips (kept as data
and reported), content already in the store, exact repeats within the run.
The articles left go into a Ray Dataset; an actor pool cleans, identifies the
language, segments the lead and embeds them (:func:`storylens.stream.prepare_and_embed`,
the local engine's map step). Each actor builds its embedder and tools once.
The driver reads the results back in input order (``preserve_order``),
regroups them into the local engine's batches and streams them to
:func:`storylens.stream.commit`, which dedups, clusters (sequential and
deterministic) and stores one transaction per batch. Same batches, same
order, same vectors: the same stories as ``--engine local``.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from ..errors import StoryLensError, a_count
from ..ingest.walk import Skipped, iter_records
from ..models import Failure, RawDocument
from ..store.base import FailureRecord, Store, StoreBatch
from ..stream.ingest import DEFAULT_BATCH_SIZE, IngestReport, PreparedBatch, ProgressCallback, commit, record_id
from ..stream.prepare import Prepared, prepare_and_embed, stream_tools

__all__ = ["RAY_MISSING", "RayUnavailable", "ingest_ray", "ray_available"]

RAY_MISSING = "--engine ray needs Ray: pip install 'storylens[ray]'"


class RayUnavailable(StoryLensError):
    """Ray is not installed (the ``storylens[ray]`` extra)."""


def ray_available() -> bool:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        return False
    return True


def _import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError:
        raise RayUnavailable(RAY_MISSING) from None
    return ray


class _PrepareActor:
    """One per actor process: builds the embedder and the language/segment tools once, then maps batches."""

    def __init__(self, embedder_factory: Callable[[], Any]):
        self.embedder = embedder_factory()
        self.tools = stream_tools()  # the local engine's tools: the same documents, the same vectors

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        started = time.perf_counter()
        fresh = [pickle.loads(b) for b in batch["record"]]
        out = []
        for (raw, aid), (doc, vector, reason) in zip(fresh, prepare_and_embed(fresh, self.tools, self.embedder)):
            out.append(pickle.dumps((Prepared(raw, doc, aid), vector) if doc is not None
                                    else Failure(raw.source, "prepare", reason)))
        seconds = (time.perf_counter() - started) / max(1, len(fresh))
        return {"i": np.asarray(batch["i"]), "chunk": np.asarray(batch["chunk"]),
                "result": np.array(out, dtype=object), "seconds": np.full(len(out), seconds)}


def _ray_session(ray: Any, address: str | None, num_cpus: int | None) -> tuple[bool, float]:
    """Join ``address`` or start Ray on this machine (loopback only, no dashboard); (started here, seconds)."""
    if ray.is_initialized():
        return False, 0.0
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")  # newer Ray asks for a token on a fresh local cluster
    import logging

    started = time.perf_counter()
    if address:
        ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False)
    else:
        ray.init(num_cpus=num_cpus or min(2, os.cpu_count() or 1), include_dashboard=False,
                 _node_ip_address="127.0.0.1", logging_level=logging.WARNING, log_to_driver=False)
    return True, time.perf_counter() - started


def ingest_ray(
    paths: Sequence[str],
    store: Store,
    *,
    embedder_factory: Callable[[], Any],
    address: str | None = None,
    actors: int | None = None,
    num_cpus: int | None = None,
    clusterer_params: Mapping[str, Any] | None = None,
    progress: ProgressCallback | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    fetcher: Any = None,
    timings: dict[str, float] | None = None,
    candidate_window: int | None = None,
) -> IngestReport:
    """:func:`storylens.stream.ingest_paths` with the map step on Ray Data; the same stories.

    ``embedder_factory`` (picklable, e.g. a class or :func:`functools.partial`) is
    called once in every actor. Without ``address`` Ray starts on this machine
    (``num_cpus``, default min(2, cores)) and stops at the end; with one it joins
    that cluster (storylens must be installed on its nodes). A Ray session already
    running in this process is used as it is and left running. ``actors`` defaults
    to the cluster's CPUs minus one (at least 1), leaving a CPU for reading and
    this process's commit. ``timings`` (a dict) receives per-stage seconds.
    ``candidate_window``: as :func:`storylens.stream.ingest`'s (None: the store's).
    Raises WrongTypeError / OutOfRangeError (a ValueError) for a ``batch_size``, ``actors`` or ``num_cpus`` that is
    no int or below 1, before Ray starts (robust68: batch_size=0 divided by zero in the walk).
    """
    batch_size = a_count(batch_size, "batch_size", "ingest_ray() takes batch_size as a number of records (int), e.g. "
                         "batch_size=32", least=1)
    if actors is not None:
        actors = a_count(actors, "actors", "ingest_ray() takes actors as a number of Ray actors (int, or None)", least=1)
    if num_cpus is not None:
        num_cpus = a_count(num_cpus, "num_cpus", "ingest_ray() takes num_cpus as a number of CPUs (int, or None)",
                           least=1)
    ray = _import_ray()
    t0 = time.perf_counter()
    stages: dict[str, float] = {}
    # 1. walk (driver): number the records, keep failures/skips as data, drop stored content and repeats
    walked = time.perf_counter()
    rows: list[dict[str, Any]] = []
    walk_failures: dict[int, list[Failure]] = {}
    skipped: list[Skipped] = []
    exact: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    already = 0
    n_chunks = 0
    pending: list[tuple[int, RawDocument, str]] = []

    def flush_known() -> None:
        nonlocal already
        known = store.known_ids([aid for _, _, aid in pending])
        for i, raw, aid in pending:
            if aid in known:
                already += 1
            elif aid in seen:
                exact.append((raw.source, aid))
            else:
                seen[aid] = raw.source
                rows.append({"i": i, "chunk": i // batch_size, "record": pickle.dumps((raw, aid))})
        pending.clear()

    for i, rec in enumerate(iter_records(paths, fetcher=fetcher)):
        n_chunks = i // batch_size + 1
        if isinstance(rec, RawDocument):
            aid = record_id(rec)
            if isinstance(aid, Failure):  # a text that cannot be hashed: that record's failure (break64r H1)
                walk_failures.setdefault(i // batch_size, []).append(aid)
                continue
            pending.append((i, rec, aid))
            if len(pending) >= 1024:
                flush_known()
        elif isinstance(rec, Skipped):
            skipped.append(rec)
        else:
            walk_failures.setdefault(i // batch_size, []).append(rec)
    flush_known()
    stages["walk"] = time.perf_counter() - walked

    started_here = False
    try:
        results: Iterator[dict[str, Any]] = iter(())
        if rows:
            started_here, stages["ray_init"] = _ray_session(ray, address, num_cpus)
            ctx = ray.data.DataContext.get_current()
            ctx.execution_options.preserve_order = True  # commit order = input order
            ctx.enable_progress_bars = False
            if actors is None:
                actors = max(1, int(ray.cluster_resources().get("CPU", 1)) - 1)
            ds = ray.data.from_items(rows, override_num_blocks=max(1, min(len(rows) // batch_size, 64)))
            ds = ds.map_batches(_PrepareActor, fn_constructor_args=(embedder_factory,), batch_size=batch_size,
                                compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1, batch_format="numpy")
            results = iter(ds.iter_rows())
        waits = [0.0, 0.0]  # seconds waiting for Ray, seconds of map work reported by the actors
        batches = _ordered_batches(results, n_chunks, walk_failures, waits)
        committed = time.perf_counter()
        report = commit(batches, store, clusterer_params=clusterer_params, progress=progress,
                        candidate_window=candidate_window)
        stages["map_wait"] = waits[0]
        stages["map_work"] = waits[1]
        stages["commit"] = time.perf_counter() - committed - waits[0]
    finally:
        if started_here:
            ray.shutdown()
    with store.writer():
        if store.get_meta("embedder") is None:
            store.set_meta("embedder", getattr(embedder_factory(), "model_id", "unknown"))
        if skipped:
            store.write_batch(StoreBatch(failures=[FailureRecord(s.source, "walk", s.reason, "skipped") for s in skipped]))
        store.flush()
    stages["total"] = time.perf_counter() - t0
    if timings is not None:
        timings.update(stages, actors=float(actors or 0), articles=float(len(rows)))
    return dataclasses.replace(report, already_stored=report.already_stored + already,
                               exact_duplicates=tuple(exact) + report.exact_duplicates,
                               skipped=tuple(skipped), seconds=stages["total"])


def _ordered_batches(results: Iterator[dict[str, Any]], n_chunks: int, walk_failures: dict[int, list[Failure]],
                     waits: list[float]) -> Iterator[PreparedBatch]:
    """Regroup the prepared rows (in input order) into the local engine's batches, one per chunk index."""
    import numpy as np

    def next_row() -> dict[str, Any] | None:
        started = time.perf_counter()
        row = next(results, None)
        waits[0] += time.perf_counter() - started
        if row is not None:
            waits[1] += float(row["seconds"])
        return row

    row = next_row()
    for chunk in range(n_chunks):
        articles: list[Prepared] = []
        vectors: list[Any] = []
        failures = list(walk_failures.get(chunk, ()))
        while row is not None and int(row["chunk"]) == chunk:
            result = pickle.loads(row["result"])
            if isinstance(result, Failure):
                failures.append(result)
            else:
                articles.append(result[0])
                vectors.append(result[1])
            row = next_row()
        if articles or failures:
            yield PreparedBatch(articles, np.vstack(vectors) if vectors else None, failures)
    if row is not None:
        raise StoryLensError(f"internal error: Ray returned a record out of order (batch {int(row['chunk'])}); please report it")
