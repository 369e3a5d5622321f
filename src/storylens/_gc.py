"""Fewer garbage collections while a comparison allocates (issue 16).

CPython's cyclic collector runs a young-generation pass every 700 net allocations of
tracked objects (its default threshold). A comparison allocates millions of short-lived
tuples, lists and dicts that reference counting frees anyway, on top of ~10^6 long-lived
objects (the imported modules, spaCy's pipeline, the models' tables) that every older
pass walks again. Measured on 80 BASIL articles compared in one fresh process (in-memory
caches, load ~9.5, ``gc.callbacks`` timing each pass): 1,534 collections, 1.32 CPU-s with
the default thresholds; 13 collections, 0.22 CPU-s with :data:`THRESHOLDS`.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["THRESHOLDS", "fewer_collections"]

# (young generation, middle, old): the young pass after 50,000 net allocations instead of 700, the
# older ones after 20 of the pass below instead of 10. The command line sets them for its whole run.
THRESHOLDS = (50_000, 20, 20)

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] | None = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's thresholds to at least :data:`THRESHOLDS` for the duration.

    The thresholds are the process's: nested and concurrent users (a server's threads) share one
    raise, and the thresholds found before the first are restored when the last ends. A threshold
    already higher, or a collector switched off (``gc.disable()``, threshold 0), is left as it is.
    Collections still happen, only less often: memory in reference cycles is freed a little later.
    """
    global _depth, _saved
    with _lock:
        if _depth == 0:
            current = gc.get_threshold()
            if current[0] and any(c < t for c, t in zip(current, THRESHOLDS)):
                _saved = current
                gc.set_threshold(*(max(c, t) for c, t in zip(current, THRESHOLDS)))
            else:
                _saved = None
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
