"""The map step of ingest: clean, detect the language, segment the lead, embed.

:func:`prepare_and_embed` is pure (records in, documents and vectors out) and
works with any :class:`~storylens.embed.Embedder`, so it runs here, in worker
processes (:class:`Preparer`) or on a Ray actor pool (:mod:`storylens.batch`).
Worker processes exit when their parent dies (they poll its pid), so a killed
ingest leaves no orphans holding the embedding cache open.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Self

from ..errors import InputError, StoryLensError
from ..models import Document, RawDocument

__all__ = ["LEAD_CHARS", "Outcome", "Prepared", "Preparer", "prepare_and_embed", "stored_precision"]

# Enough text for the title + lead sentences that make the article's vector.
LEAD_CHARS = 1500


def stored_precision(vectors: Any) -> Any:
    """Vectors rounded to float16 (returned as float32): the precision every store keeps.

    Clustering the rounded vectors means a clusterer restored from any store
    (SQLite or PostgreSQL) sees exactly the vectors the live one saw. USE
    vectors are unit length; float16 keeps ~3 significant digits, cosines move
    by < 1e-3.
    """
    import numpy as np

    return np.asarray(vectors, dtype=np.float32).astype(np.float16).astype(np.float32)


@dataclass(frozen=True)
class Prepared:
    """An article ready to commit: its raw record, prepared document, content id and vector."""

    raw: RawDocument
    doc: Document
    id: str


Outcome = tuple[Any, Any, str]  # (Document or None, vector or None, failure reason)


def prepare_and_embed(fresh: Sequence[tuple[RawDocument, str]], tools: tuple[Any, Any], embedder: Any) -> list[Outcome]:
    """Clean and segment the lead of each article, then embed all of them in one call."""
    from ..cluster import doc_vectors
    from ..report.compare import prepare_document

    docs: list[Any] = []
    for raw, aid in fresh:
        try:
            doc = prepare_document(raw, aid, language=tools[0], segmenter=tools[1], segment_chars=LEAD_CHARS)
            if not doc.sentences:
                raise InputError("no sentences found in the article text", raw.source)
            docs.append((doc, ""))
        except InputError as exc:
            docs.append((None, exc.reason))
        except Exception as exc:  # noqa: BLE001 - one odd article must not stop a stream of thousands
            docs.append((None, f"internal error while cleaning/segmenting ({type(exc).__name__}: {exc}); please report it"))
    ok = [d for d, _ in docs if d is not None]
    vectors = iter(stored_precision(doc_vectors([(d.title, [s.text for s in d.sentences]) for d in ok], embedder))
                   if ok else [])
    return [(d, next(vectors), "") if d is not None else (None, None, reason) for d, reason in docs]


def stream_tools() -> tuple[Any, Any]:
    """The (language detector, segmenter) pair of the stream's prepare step.

    The stream reads only an article's title and first three sentences, so it uses
    the rule lead splitter and the direct fastText call of :mod:`storylens.prepare._lead`:
    41.5 -> 21.8 CPU-ms per article with the encoder (benchmarks/perf.py), same
    languages as :class:`~storylens.text.language.LanguageDetector`, and BASIL B3 F1
    without dates 0.840 vs 0.832 with pysbd leads (benchmarks/lead_splitters.py).
    """
    from ..prepare._lead import FastLanguageDetector, LeadSegmenter

    return (FastLanguageDetector(), LeadSegmenter())


class Preparer:
    """Runs :func:`prepare_and_embed` here, or split across worker processes."""

    def __init__(self, embedder: Any, workers: int):
        self.embedder = embedder
        self.tools = stream_tools()
        self.pool = _worker_pool(embedder, workers) if workers > 1 else None
        self.workers = workers

    def submit(self, fresh: list[tuple[RawDocument, str]]) -> _Outcomes:
        if self.pool is None or len(fresh) < 2 * self.workers:
            # Here, when first asked for: ingest asks once it has handed the previous batch to
            # the store, so a server store commits that batch meanwhile.
            return _Outcomes(here=partial(prepare_and_embed, fresh, self.tools, self.embedder))
        size = -(-len(fresh) // self.workers)
        parts = [fresh[i : i + size] for i in range(0, len(fresh), size)]
        return _Outcomes(futures=[self.pool.submit(_worker_run, part) for part in parts])

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


@dataclass
class _Outcomes:
    """Prepared articles: computed here when first asked for (``here``), or in worker processes
    (``futures``)."""

    done: list[Outcome] | None = None
    futures: list[Any] = field(default_factory=list)
    here: Callable[[], list[Outcome]] | None = None

    def result(self) -> list[Outcome]:
        if self.done is None:
            if self.here is not None:
                self.done, self.here = self.here(), None
            else:
                self.done = [o for f in self.futures for o in f.result()]
        return self.done


def _worker_pool(embedder: Any, workers: int) -> Any:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from ..embed import UseEmbedder

    inner = getattr(embedder, "embedder", embedder)
    if not isinstance(inner, UseEmbedder):
        raise StoryLensError("parallel ingest workers need the default embedder; use workers=1 with a custom one")
    cache = getattr(embedder, "cache_path", None)
    # spawn, not fork: the parent holds a loaded model and BLAS threads.
    return ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                               initializer=_worker_init, initargs=(str(cache) if cache else None, os.getpid()))


# Per worker process: its own model and tools, set once by the pool initializer.
# This state lives only inside a worker process, never in the caller's.
_WORKER: dict[str, Any] = {}


def _worker_init(cache_path: str | None, parent: int | None = None) -> None:
    if parent is not None:  # first: a parent killed while models load must not leave us behind
        _watch_parent(parent)
    from ..embed import CachedEmbedder, UseEmbedder

    _WORKER["tools"] = stream_tools()
    _WORKER["embedder"] = CachedEmbedder(UseEmbedder(), cache_path)


def _watch_parent(parent: int, every: float = 0.5) -> None:
    """Exit this worker when the parent dies (kill -9 gives it no chance to shut the pool down).

    A dead parent's children are re-parented, so ``getppid()`` changes; a daemon
    thread checks twice a second and ends the process with ``os._exit`` (no
    cleanup that could block on the dead parent's pipes).
    """

    def watch() -> None:
        import time

        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="storylens-parent-watch", daemon=True).start()


def _worker_run(part: list[tuple[RawDocument, str]]) -> list[Outcome]:
    return prepare_and_embed(part, _WORKER["tools"], _WORKER["embedder"])