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
from typing import Any, NamedTuple, Self

from ..errors import DataFileError, InputError, StoryLensError
from ..models import Document, RawDocument
from ..settings import DEFAULT
from ._profile import StageTimes

__all__ = ["ANALYSED_CHARS", "LEAD_CHARS", "Outcome", "Prepared", "Preparer", "VerdictSeed", "document_keys",
           "prepare_and_embed", "prepare_part", "start_workers", "stored_precision"]

# Enough text for the title + lead sentences that make the article's vector.
LEAD_CHARS = 1500
# Characters of article text the stream analyses (entity keys, near-duplicates), as compare does
# (settings.compare_max_chars); the stored text stays whole and a warning says so.
ANALYSED_CHARS = DEFAULT.compare_max_chars
# Characters the stream's language detector reads (the comparison's detector reads 2,000).
LANGUAGE_SAMPLE = 600


# Short articles that take the per-article path through its one-time costs (the fork server's warm-up,
# :mod:`._forkserver`; the commit path's, :func:`storylens.stream.ingest.warm_commit`): a date line alone and a
# dateline (dateparser's locales, its time-zone patterns), names of people, places and countries
# (the alias, place and territory tables), quotes and numbers. Two languages, so the language
# model's answer is used both ways; other languages' own data still loads in the worker that meets it.
WARM_SAMPLES = (
    ("Flood closes the Rhine ferry at Koblenz\n\n25.05.2020\n\n"
    "KOBLENZ, Germany (Reuters) - The ferry between Koblenz and Lahnstein stopped on Monday after the Rhine "
    "rose 2.5 metres in two days, the city said. Mayor David Langner told reporters that 120 people were "
    "moved from homes near the river. \"We expect the water to fall by Friday,\" he said. The U.S. embassy "
    "in Berlin and the French consulate in Frankfurt warned travellers on May 25, 2020."),
    ("Hochwasser stoppt die Rheinfähre\n\n"
    "Koblenz, 10. Februar 2020. Die Fähre zwischen Koblenz und Lahnstein hat am Montag den Betrieb "
    "eingestellt, nachdem der Rhein um 2,5 Meter gestiegen war. Oberbürgermeister David Langner sagte, "
    "120 Menschen hätten ihre Wohnungen verlassen müssen. Die Polizei in Rheinland-Pfalz sperrte die Uferstraße."),
)


def stored_precision(vectors: Any) -> Any:
    """Vectors rounded to float16 (returned as float32): the precision every store keeps.

    Clustering the rounded vectors means a clusterer restored from any store
    (SQLite or PostgreSQL) sees exactly the vectors the live one saw. USE
    vectors are unit length; float16 keeps ~3 significant digits, cosines move
    by < 1e-3.
    """
    import numpy as np

    return np.asarray(vectors, dtype=np.float32).astype(np.float16).astype(np.float32)


class VerdictSeed(NamedTuple):
    """What the map step read of an article that the same-story verdict's rules read again when the online join
    or the near-duplicate link asks (:class:`storylens.stream._clusterer.VerdictApart`, which prepares the raw text
    as :func:`storylens.similarity.prepare_text` does): ``cleaned``, ``clean_text`` of the whole raw text (None when
    the map step read a cut of it), and the junk part of ``part_text``, the
    prepared document's text (the entity keys read its junk test, :func:`storylens.prepare._junk.junk_part`, the
    story part's first: ``part`` is that test's answer, and the preparation asks the topic test only when it is
    None). perf57: a third of the dev texts are analysed for the rules, each cleaned and read for its story part
    again (~1.4 of ~11 CPU-ms).

    ``event``: the opening's event the online join reads (:func:`storylens.similarity.opening_event` of the headline
    over the prepared text, its language, date and dateline day, as :class:`storylens.stream._clusterer.OpeningEvents`
    reads a batch's article), read here in the map step: the ingesting process read it for every article it
    clustered (~1.4 of its ~13 CPU-ms an article on dev texts, ingest73), on the one core that bounds the run; None
    when not read (the reader reads it then)."""

    cleaned: Any
    part_text: str
    part: Any
    event: Any = None


@dataclass(frozen=True)
class Prepared:
    """An article ready to commit: its raw record, prepared document, content id and vector."""

    raw: RawDocument
    doc: Document
    id: str
    keys: frozenset[str] | None = None  # entity keys, when the map step computed them (else the commit does)
    seed: VerdictSeed | None = None  # what the map step read for the verdict's rules (None: nothing)


Outcome = tuple[Any, Any, str]  # (Document or None, vector or None, failure reason)


def prepare_and_embed(fresh: Sequence[tuple[RawDocument, str]], tools: tuple[Any, Any], embedder: Any,
                      times: StageTimes | None = None, where: str = "main") -> list[Outcome]:
    """Clean and segment the lead of each article, then embed all of them in one call.

    ``times`` (optional) gets the wall and CPU seconds of the two steps, as ``where``
    ("main" or "workers").
    """
    return _prepare_and_embed(fresh, tools, embedder, times, where)[0]


def _prepare_and_embed(fresh: Sequence[tuple[RawDocument, str]], tools: tuple[Any, Any], embedder: Any,
                       times: StageTimes | None = None, where: str = "main") -> tuple[list[Outcome], list[Any]]:
    """:func:`prepare_and_embed`, and each raw text's ``clean_text`` (None when the text was cut before cleaning)."""
    from ..cluster import doc_vectors
    from ..ingest.files import too_short
    from ..prepare.clean import clean_text, drop_long_runs
    from ..report.compare import prepare_document

    times = times if times is not None else StageTimes()
    docs: list[Any] = []
    cleaned: list[Any] = []
    with times.stage("prepare (clean, language, lead)", where):
        for raw, aid in fresh:
            # the raw text's cleaning, kept for the verdict's rules (VerdictSeed) when it is the whole text's
            # (of the text prepare_document reads: its overlong runs without spaces left out)
            whole = clean_text(drop_long_runs(raw.text)[0]) if len(raw.text) <= 2 * ANALYSED_CHARS else None
            cleaned.append(whole)
            try:
                doc = prepare_document(raw, aid, language=tools[0], segmenter=tools[1], segment_chars=LEAD_CHARS,
                                       max_chars=ANALYSED_CHARS, headline=False, cleaned=whole)
                if not doc.sentences:
                    raise InputError("no sentences found in the article text", raw.source)
                if too_short(doc.text):  # trial 14: a JSONL record "Short." became an article and a story
                    raise InputError(f"too little text for an article ({len(doc.text.split())} word(s)); a story"
                                     " needs at least 3 words of article body (12 letters in Chinese or Japanese)", raw.source)
                docs.append((doc, ""))
            except InputError as exc:
                docs.append((None, exc.reason))
            except DataFileError:  # a damaged data file of StoryLens fails every article alike: the run stops
                raise
            except Exception as exc:  # noqa: BLE001 - one odd article must not stop a stream of thousands
                docs.append((None, f"internal error while cleaning/segmenting ({type(exc).__name__}: {exc}); please report it"))
    ok = [d for d, _ in docs if d is not None]
    with times.stage("embed", where):
        vectors = iter(stored_precision(doc_vectors([(d.title, [s.text for s in d.sentences]) for d in ok], embedder))
                       if ok else [])
    return [(d, next(vectors), "") if d is not None else (None, None, reason) for d, reason in docs], cleaned


_UNREAD: Any = object()


def _wall_headline(doc: Document, part: Any = _UNREAD) -> str | None:
    """The headline of an article whose body is page furniture (a cookie, login or pay wall under it:
    :func:`storylens.prepare.story_part`), else None. Such an article's entity keys are its headline's: unrelated
    headlines over one site's wall shared its button words as keys ("Akceptuję", "Odrzuć", "Ustawienia", "Options")
    and became one story at ingest (break56 F4). A body of real text about something else (``off_topic``) keeps
    its own. (Its vector stays its lead: a headline-only vector for the 40 such dev texts moved a non-wall dev
    article into another story at ingest, a knock-on not understood yet.) Only the junk test is asked
    (:func:`storylens.prepare._junk.junk_part`, story_part's first): the topic test after it answers only for
    off-topic bodies, which keep their keys anyway (0.12 of the 0.35 CPU-ms a dev text this took, headline57)."""
    from ..prepare._junk import is_junk_piece, junk_part

    part = junk_part(doc.text) if part is _UNREAD else part  # ``part``: the caller's reading of it
    if part is None:
        return None
    headline = part.text.split("\n", 1)[0]
    # a first line that is furniture itself ("The Courier Mail No Cookies To use this website, …") is no headline
    # to read instead: such a page keeps its whole text's keys
    return None if is_junk_piece(headline, 0) else headline


def document_keys(doc: Document, part: Any = _UNREAD) -> frozenset[str]:
    """The entity keys the clusterer reads for ``doc`` (title and whole text; a wall page's headline only:
    :func:`_wall_headline`). ``part``: ``storylens.prepare._junk.junk_part(doc.text)`` when the caller read it."""
    from ..cluster import entity_keys

    headline = _wall_headline(doc, part)
    return entity_keys(f"{doc.title or ''}\n{headline if headline is not None else doc.text}", doc.language)


# an outcome with its document's entity keys and what was read for the verdict's rules (None, None if it failed)
Keyed = tuple[Outcome, "frozenset[str] | None", "VerdictSeed | None"]


def prepare_part(fresh: Sequence[tuple[RawDocument, str]], tools: tuple[Any, Any], embedder: Any,
                 times: StageTimes, where: str) -> list[Keyed]:
    """:func:`prepare_and_embed` plus the entity keys and the verdict's seed: all of an article's per-article work."""
    from ..prepare._junk import junk_part

    outcomes, cleaned = _prepare_and_embed(fresh, tools, embedder, times, where)
    out: list[Keyed] = []
    with times.stage("entity keys", where):
        for o, whole in zip(outcomes, cleaned):
            doc = o[0]
            if doc is None:
                out.append((o, None, None))
                continue
            part = junk_part(doc.text)  # read once: the keys' wall test and the verdict's preparation
            out.append((o, document_keys(doc, part), VerdictSeed(whole, doc.text, part)))
    with times.stage("opening events", where):
        out = [(o, keys, seed._replace(event=_opening_event(o[0])) if seed is not None else None)
               for o, keys, seed in out]
    return out


def _opening_event(doc: Document) -> Any:
    """The event of ``doc``'s opening as the online join reads it (:class:`storylens.stream._clusterer.OpeningEvents`:
    its headline over its prepared text, its language, date and dateline day)."""
    from ..similarity import opening_event
    from ._clusterer import refine_text

    return opening_event(refine_text(doc.title, doc.text) or "", language=doc.language, published=doc.published,
                         dateline_day=doc.dateline_day)


def stream_tools() -> tuple[Any, Any]:
    """The (language detector, segmenter) pair of the stream's prepare step.

    The stream reads only an article's title and first three sentences, so it uses
    the rule lead splitter and the direct fastText call of :mod:`storylens.prepare._lead`:
    41.5 -> 21.8 CPU-ms per article with the encoder (benchmarks/perf.py), same
    languages as :class:`~storylens.text.language.LanguageDetector`, and BASIL B3 F1
    without dates 0.840 vs 0.832 with pysbd leads (benchmarks/lead_splitters.py).
    The language is read from the first :data:`LANGUAGE_SAMPLE` characters: on 2,500 dev
    texts (1,042 characters on average) 0.46 against 0.71 CPU-ms per article for 2,000,
    the same 2,495 of 2,500 correct against dev's language labels, one answer different.
    """
    from ..prepare._lead import FastLanguageDetector, LeadSegmenter

    return (FastLanguageDetector(max_chars=LANGUAGE_SAMPLE), LeadSegmenter())


class Preparer:
    """Runs :func:`prepare_part` here, or split across worker processes.

    With workers, up to :attr:`depth` batches are in flight: the workers prepare the
    next batches while this process clusters and commits the current one, so
    neither side waits for the other while there is work (issue 16: with one batch
    ahead, 0.65 of 2 cores were busy). Four batches per worker: this process's first
    commit pays its own one-time costs (~0.75 CPU-s on 600 dev texts at load 10: the
    clusterer's place and event tables, patterns), and with ``workers + 1`` batches ahead
    a worker ran out of work meanwhile (a batch timeline of that run: idle 0.74 s of 30 s);
    a batch is 32 articles' texts and vectors, a few hundred KB.
    """

    def __init__(self, embedder: Any, workers: int, times: StageTimes | None = None, pool: Any = None):
        self.embedder = embedder
        self.tools = stream_tools()
        # ``pool``: the processes start_workers started for ``workers`` (their start-up ran beside the caller's)
        self.pool = pool if pool is not None else _worker_pool(embedder, workers) if workers > 1 else None
        self.workers = workers
        self.times = times if times is not None else StageTimes()
        self.times.worker_processes = workers if self.pool is not None else 0
        self.depth = 4 * workers if self.pool is not None else 1

    def submit(self, fresh: list[tuple[RawDocument, str]]) -> _Outcomes:
        if self.pool is None or len(fresh) < 2 * self.workers:
            # Here, when first asked for: ingest asks once it has handed the previous batch to
            # the store, so a server store commits that batch meanwhile (PostgreSQL).
            return _Outcomes(self.times, here=partial(prepare_part, fresh, self.tools, self.embedder, self.times, "main"))
        size = -(-len(fresh) // self.workers)
        parts = [fresh[i : i + size] for i in range(0, len(fresh), size)]
        return _Outcomes(self.times, futures=[self.pool.submit(_worker_run, part) for part in parts])

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


@dataclass
class _Outcomes:
    """Prepared articles with their keys: computed here when first asked for (``here``), or in
    worker processes (``futures``)."""

    times: StageTimes
    done: list[Keyed] | None = None
    futures: list[Any] = field(default_factory=list)
    here: Callable[[], list[Keyed]] | None = None

    def prepare_here(self) -> None:
        """Do the in-process work now (nothing for a batch in worker processes: never waits on them)."""
        if self.here is not None:
            self.result()

    def result(self) -> list[Keyed]:
        if self.done is None and self.here is not None:
            self.done, self.here = self.here(), None
        if self.done is None:
            with self.times.stage("wait for workers"):
                parts = [f.result() for f in self.futures]
            self.done = []
            for keyed, spent in parts:
                self.done.extend(keyed)
                self.times.merge(spent)
        return self.done


def start_workers(embedder: Any, workers: int) -> Any:
    """The worker processes of a ``workers``-process :class:`Preparer`, started now, with their
    model loaded (None for one worker); give them to :func:`~storylens.stream.ingest` (``pool``),
    which shuts them down at its end (shut them down yourself if it is never called).

    Started (from a thread: this returns at once) before the caller loads the rest of the ingest stack,
    warms its commit path (:func:`~storylens.stream.ingest.warm_commit`) and opens the store, their start-up
    (the fork server's interpreter, imports, model and warm-up: ~1.2 CPU-s once, :mod:`._forkserver`)
    runs beside the caller's own, where it waited for the first batch with one core idle (issue 16, an
    idle 2-core machine). Raises
    :class:`~storylens.errors.StoryLensError` for an embedder the workers cannot build.
    """
    if workers < 2:
        return None
    from ..embed import warm_use_arrays

    pool = _worker_pool(embedder, workers)  # (its processes are started by the submits below)
    # The model's table is built here, once, while this process starts up (the workers wait for it
    # and map it): on an empty cache each worker built it (0.54 CPU-s each). Not a daemon thread: one
    # stopped at exit in the middle of numpy's work can crash; the build takes under a second.
    threading.Thread(target=warm_use_arrays, name="storylens-use-arrays").start()
    # The processes are started from a thread: a submit that starts one waits until the fork server has
    # imported and warmed the prepare path (it answers with the new pid only then), which held this process
    # ~1.2 s with one core idle (ingest68 timeline: the main process at 0 CPU from the first submit until the
    # fork server's warm-up ended) instead of loading its own stack and warming its commit path meanwhile.
    threading.Thread(target=_start_processes, args=(pool, workers), name="storylens-workers-start").start()
    return pool


def _start_processes(pool: Any, workers: int) -> None:
    """Start ``pool``'s ``workers`` processes, each loading its model (:func:`_worker_warm`). A pool that broke
    or was shut down meanwhile is left as it is: the caller's next submit says why."""
    from concurrent.futures.process import BrokenProcessPool

    for _ in range(workers):  # a process is started per call waiting for one, up to ``workers``
        try:
            pool.submit(_worker_warm)
        except (BrokenProcessPool, RuntimeError):  # RuntimeError: shut down (an ingest that failed first)
            return


def _worker_warm() -> None:
    """Load this worker's model now (its first batch would otherwise), and nothing else."""
    inner = getattr(_WORKER["embedder"], "embedder", _WORKER["embedder"])
    _ = inner.model


def _worker_pool(embedder: Any, workers: int) -> Any:
    from concurrent.futures import ProcessPoolExecutor

    from ..embed import UseEmbedder

    inner = getattr(embedder, "embedder", embedder)
    if not isinstance(inner, UseEmbedder):
        raise StoryLensError("parallel ingest workers need the default embedder; use workers=1 with a custom one")
    cache = getattr(embedder, "cache_path", None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=_worker_context(),
                               initializer=_worker_init, initargs=(str(cache) if cache else None, os.getpid()))


# Imported by the fork server before it forks the workers: their shared warm start.
_FORKSERVER_PRELOAD = "storylens.stream._forkserver"


def _worker_context() -> Any:
    """How worker processes start: forked from a fork server that has imported and warmed the prepare
    path once (:mod:`storylens.stream._forkserver`), else spawned (platforms without a fork server).

    Never forked from this process: it holds a loaded model, BLAS threads and open stores. A fork
    server is a fresh interpreter that runs no BLAS call before it forks. Spawned, each worker paid
    the imports, the model and the first articles' one-time costs on its own (issue 16).
    """
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # Read when the fork server starts (the first worker of the process's first pool); later pools fork
    # from the same warm server.
    context.set_forkserver_preload([_FORKSERVER_PRELOAD])
    return context


# Per worker process: its own model and tools, set once by the pool initializer.
# This state lives only inside a worker process, never in the caller's.
_WORKER: dict[str, Any] = {}


def _worker_init(cache_path: str | None, parent: int | None = None) -> None:
    if parent is not None:  # first: a parent killed while models load must not leave us behind
        _watch_parent(parent)
    import gc
    import sys

    from .._gc import THRESHOLDS
    from .._patterns import compiled_from_table, more_patterns_cached

    # the command line's collector thresholds, pattern cache and compiled patterns' table (a spawned worker starts with
    # CPython's defaults;
    # a forked one has its fork server's, set alike: storylens.stream._forkserver)
    gc.set_threshold(*THRESHOLDS)
    more_patterns_cached()
    compiled_from_table()  # (inherited from a fork server: already in place)

    from ..embed import CachedEmbedder, UseEmbedder

    # forked from a warm fork server: its tools and loaded model (each worker's own cache connection)
    warm = getattr(sys.modules.get(_FORKSERVER_PRELOAD), "STATE", {})
    _WORKER["tools"] = warm.get("tools") or stream_tools()
    _WORKER["embedder"] = CachedEmbedder(warm.get("use") or UseEmbedder(), cache_path)


def _watch_parent(parent: int, every: float = 0.5) -> None:
    """Exit this worker when the ingesting process ``parent`` dies (kill -9 gives it no chance to shut
    the pool down).

    A dead parent's children are re-parented, so ``getppid()`` changes; a daemon
    thread checks twice a second and ends the process with ``os._exit`` (no
    cleanup that could block on the dead parent's pipes). A worker forked by a fork
    server is that server's child: the server exits when ``parent`` does (its pipe
    from ``parent`` closes), so the worker watches its own parent, and ``parent``
    too (``os.kill(parent, 0)``) in case the server outlives it.
    """
    forker = os.getppid()

    def alive() -> bool:
        if os.getppid() != forker:
            return False
        if forker == parent:
            return True
        try:
            os.kill(parent, 0)
        except OSError:  # gone (or its pid reused by another user's process: ours is gone too)
            return False
        return True

    def watch() -> None:
        import time

        while alive():
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="storylens-parent-watch", daemon=True).start()


def _worker_run(part: list[tuple[RawDocument, str]]) -> tuple[list[Keyed], dict[str, tuple[float, float]]]:
    times = StageTimes()
    keyed = prepare_part(part, _WORKER["tools"], _WORKER["embedder"], times, "workers")
    return keyed, times.as_dict()