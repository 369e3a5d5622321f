"""The warm start of ``ingest --workers N``: imported by the fork server of the worker pool.

:func:`storylens.stream.prepare._worker_pool` names this module as the fork server's
preload (:func:`multiprocessing.set_forkserver_preload`): the fork server, one process,
imports it before it forks the first worker. Importing it pays, once, what every worker
paid on its own before its first articles were ready: the imports of the prepare path,
the language model and lead splitter, USE's tokenizer and arrays (not its first encode:
no BLAS call runs before a fork), and the one-time costs of cleaning and entity keys
(dateparser's locales and time-zone patterns, the alias and place tables, babel's
territory names, compiled patterns, the opening events' dates and figures) on a few short sample articles. Each worker is
then a fork of that process (:func:`storylens.stream.prepare._worker_init` takes
:data:`STATE`), its pages shared until written. Issue 16: on 600 dev texts with an empty
cache, each spawned worker spent ~0.2 CPU-s importing, ~0.3-0.55 loading USE and
~1.0 on its first batches beyond its steady cost (measured by
``benchmarks/ingest_cpu.py``; figures in the README's ingest notes).

Importing it anywhere else does the same work for nothing: only the fork server should.
A failure leaves :data:`STATE` empty and each worker prepares itself as before.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["STATE"]

# "tools" (stream_tools()) and "use" (a UseEmbedder with its model loaded), taken by each forked worker.
STATE: dict[str, Any] = {}

def _warm() -> None:
    from ..embed import UseEmbedder
    from ..models import RawDocument
    from ..report.compare import prepare_document
    from .prepare import ANALYSED_CHARS, LEAD_CHARS, WARM_SAMPLES, _opening_event, document_keys, stream_tools

    tools = stream_tools()
    use = UseEmbedder()
    _ = use.model
    for i, text in enumerate(WARM_SAMPLES):
        doc = prepare_document(RawDocument(source=f"warm-up {i}", text=text), f"warm{i}", language=tools[0],
                               segmenter=tools[1], segment_chars=LEAD_CHARS, max_chars=ANALYSED_CHARS, headline=False)
        document_keys(doc)
        _opening_event(doc)  # the map step reads each opening's event (ingest73): the similarity package and its tables
    # A thread of this process may still be writing a table to the cache (USE's arrays, when this process
    # built them); a fork must not copy a half-done write or an open lock: wait for it.
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    STATE.update(tools=tools, use=use)


def _collector() -> None:
    """The collector as the command line sets it for its own process (:func:`storylens.cli.main`), in this
    fork server and so in every worker forked from it, and what the warm start made frozen (``gc.freeze``).

    The fork server is an interpreter of its own, started with CPython's default thresholds (700, 10, 10), and
    its workers kept them: the cleaning, lead splitting and entity keys that ran under the command line's
    :data:`storylens._gc.THRESHOLDS` in ``--workers 1`` ran under the defaults in ``--workers 2``, each older
    pass walking the imports, tables and model the worker inherited. Frozen, the inherited objects are out of
    every worker's collections, whose passes no longer write to (and so copy) their shared pages. perf52:
    ``storylens ingest`` of 2,000 dev texts, ``--workers 2``, empty cache, a full ``storylens setup``
    (benchmarks/ingest_cpu.py, figures in the commit)."""
    import gc

    from .._gc import THRESHOLDS

    gc.set_threshold(*THRESHOLDS)
    gc.freeze()


def _patterns() -> None:
    """The command line's cache of compiled patterns (:mod:`storylens._patterns`), before the warm start
    compiles any, and its table of compiled patterns' code: this server's and so every worker's."""
    from .._patterns import compiled_from_table, more_patterns_cached

    more_patterns_cached()
    compiled_from_table()


_patterns()
try:
    _warm()
except Exception:  # noqa: BLE001 - a fork server that failed to warm still forks workers (each warms itself)
    STATE.clear()
_collector()
