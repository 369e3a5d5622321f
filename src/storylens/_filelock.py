"""One process at a time builds a derived file that others then read (USE's array copy, a lexicon).

Without it, processes started together on an empty cache (an ingest's workers, the test suite's two
xdist workers) each built the same thing and wrote it twice: USE's table 0.54 CPU-s each (issue 16), the
Finnish lexicon ~7 CPU-s each (stop 50, suite50: the first ``make test`` after the machine's /tmp was
emptied, both workers wrote it at once).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

# A build in the making is waited for this long at most; then this process builds its own.
BUILD_WAIT_S = 60.0


def build_lock(path: Path, wait_s: float = BUILD_WAIT_S) -> Any:
    """An open file holding an exclusive lock on ``path`` (waits while another process holds it, at most
    ``wait_s`` seconds), or None where files cannot be locked (no fcntl, an unwritable folder) or the wait
    ran out: then every process builds. Closing the file releases the lock."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+b")  # noqa: SIM115 - held until the build is written (the caller closes it)
    except OSError:
        return None
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        except OSError:
            if time.monotonic() > deadline:
                handle.close()
                return None
            time.sleep(0.02)
