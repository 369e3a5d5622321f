"""Stops a test process's embedded PostgreSQL server when that process dies (started by tests/_pg.py).

Usage: ``python _pg_watch.py PARENT_PID DATA_DIR BASE_DIR``, as a child of the test process PARENT_PID. A dead parent's children
are re-parented, so ``getppid()`` changes (as in ``storylens.stream.prepare._watch_parent``); then the
server named in DATA_DIR/postmaster.pid gets SIGINT (PostgreSQL's fast shutdown: clients disconnected,
a clean stop), SIGKILL if it is still there after 30 s, and BASE_DIR is removed. Standard library only:
it starts in ~20 ms and holds no model. The normal teardown terminates it (default SIGTERM: it just exits).
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from pathlib import Path


def _postmaster(data: Path) -> int | None:
    try:
        return int((data / "postmaster.pid").read_text().split("\n", 1)[0])
    except (OSError, ValueError):
        return None  # never started, or already stopped


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)  # no /proc: ask the kernel
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return state != "Z"


def stop(data: Path, base: Path, grace: float = 30.0) -> None:
    """Stop the server of ``data`` (if any) and remove ``base``."""
    pid = _postmaster(data)
    if pid is not None and _alive(pid):
        os.kill(pid, signal.SIGINT)
        deadline = time.monotonic() + grace
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    shutil.rmtree(base, ignore_errors=True)


def main(argv: list[str]) -> int:
    # The parent's pid as given, not getppid() read here: a parent dead before this line ran is seen too.
    parent, data, base = int(argv[1]), Path(argv[2]), Path(argv[3])
    while os.getppid() == parent:
        time.sleep(0.5)
    stop(data, base)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
