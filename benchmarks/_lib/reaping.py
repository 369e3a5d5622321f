"""Counting the CPU of every process a timed command starts, fork servers' workers included.

``resource.getrusage(RUSAGE_CHILDREN)`` counts only descendants that were waited for. A
multiprocessing fork server's workers are its children, and the fork server is never waited for
by the command that started it, so their CPU is lost to the parent's count (perf.py's ingest rows
counted ~10 CPU-ms an article of ~30 until stop 74: ingest74 noticed). A child subreaper (Linux
``prctl(PR_SET_CHILD_SUBREAPER)``) is handed such orphans, and :func:`reap_all` waits for them.
"""

from __future__ import annotations

import ctypes
import os

PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> bool:
    """Orphaned descendants are re-parented to this process (Linux), so their CPU is counted."""
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def reap_all() -> None:
    """Wait for every remaining descendant (a fork server exits once its parent has). Call it only
    when no long-lived child of this process is meant to outlive the timed command."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return
