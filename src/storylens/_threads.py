"""One BLAS thread while any caller in the process asks for it (review39 E1).

numpy's BLAS thread count is process-wide. The small matrix products of a comparison, the e5 engine's
attention and the exact vector scan each run best on one OpenBLAS thread on a shared machine (a second
thread spins for a core: 40x the CPU of one thread per product, measured at stop 35; 1.0 against 0.08 CPU-s a
lead at load 17, stop 38). Each used to wrap its work in ``threadpoolctl``'s limit, which restores the count
it saw on entry: two overlapping calls from a server's worker threads left the process at one thread for
good (OpenBLAS 2 before, 1 after four threads of e5 leads), and one caller's exit lifted the limit under
another still running. :func:`one_blas_thread` counts its callers: the first sets the limit, the last lifts
it. (Set from a thread other than the main one after the main thread changed it, OpenBLAS 0.3 may keep its
count: a server's worker threads may then run with two, as before any limit existed.)

The limit reaches the BLAS libraries its controller found when it was made. A library loaded later (scipy
brings its own OpenBLAS: importing scikit-learn or scipy after the first comparison) was never limited
(review40: [2, 1] inside the limit). The controller is made again when modules were imported since it was
made (``len(sys.modules)``: a library comes with an import); ~1 CPU-ms a scan, load 14, and none once a
process has imported what it uses.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["blas_libraries", "one_blas_thread"]

_LOCK = threading.Lock()
_users = 0
_limit: Any = None
_controller: Any = None  # made again only after new imports: making one scans the loaded libraries
_modules = -1  # len(sys.modules) when _controller was made


def _current_controller() -> Any:
    """The controller of the BLAS libraries loaded now (made again after new imports); called under ``_LOCK``."""
    global _controller, _modules
    if _controller is None or len(sys.modules) != _modules:
        from threadpoolctl import ThreadpoolController

        _controller = ThreadpoolController()
        _modules = len(sys.modules)
    return _controller


def blas_libraries() -> tuple[tuple[str, ...], ...]:
    """What picks the BLAS kernels of this process: for each BLAS library loaded, its implementation,
    version, file, threading layer and the kernel family it chose for this CPU (OpenBLAS's
    ``architecture``: "Haswell", "SkylakeX", ...), as threadpoolctl reports them; sorted."""
    with _LOCK:
        info = _current_controller().info()
    return tuple(sorted(tuple(str(lib.get(k)) for k in ("internal_api", "version", "filepath", "threading_layer",
                                                         "architecture"))
                        for lib in info if lib.get("user_api") == "blas"))


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """A context in which numpy's BLAS uses one thread, whatever other threads enter and leave it."""
    global _users, _limit
    with _LOCK:
        if _users == 0:
            _limit = _current_controller().limit(limits=1, user_api="blas")
        _users += 1
    try:
        yield
    finally:
        with _LOCK:
            _users -= 1
            if _users == 0 and _limit is not None:
                _limit.restore_original_limits()
                _limit = None
