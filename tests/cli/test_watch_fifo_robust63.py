"""Trial robust63, item 2: ``storylens watch`` given a FIFO as its feed list read it twice (once to check it, once
at the first poll): with no writer it hung before polling, with one writer it read the list, then hung at the
first poll waiting for a second writer. ``ingest`` never opens a FIFO (docs/cli.md); ``watch`` now does not
either: one error line naming the list and the fix, exit 2, no store made. A list swapped for a FIFO after its
stat is opened without blocking and not read (item 1).

What blocked before the fix runs in a child process bounded by _BOUND s."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import storylens

_BOUND = 30  # seconds: the child only starts and checks its feed list (~3 s); the bug never ends

_FIX = "save the feed list to a file and pass that (it is read again at every poll)"


def _child(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(storylens.__file__).resolve().parents[1])}
    try:
        return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=_BOUND, env=env,
                              check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{args} did not end within {_BOUND} s")


def test_watch_refuses_a_fifo_feed_list_unopened_in_one_line(tmp_path):
    fifo, db = tmp_path / "feeds.txt", tmp_path / "news.db"
    os.mkfifo(fifo)  # no process writes to it
    done = _child("-m", "storylens.cli", "watch", str(fifo), "--times", "1", "--every", "1s", "--db", str(db))
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"storylens: error: {fifo}: not a regular file (a named pipe (FIFO)), not opened; {_FIX}"]
    assert not db.exists()  # refused before the store is made


def test_ingest_skips_the_same_fifo_unopened(tmp_path, monkeypatch):
    """The rule watch now follows: ingest names a FIFO it is given and never opens it (trial break62w M3)."""
    from typer.testing import CliRunner

    from storylens.cli import app
    from storylens.embed import HashingEmbedder

    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    fifo = tmp_path / "feeds.txt"
    os.mkfifo(fifo)
    result = CliRunner().invoke(app, ["ingest", str(fifo), "--db", str(tmp_path / "s.db"), "--silent"])
    assert result.exit_code == 1, result.output  # an input named and not read (robust64: a failed input)
    assert (f"storylens: error: {fifo}: not a regular file (a named pipe (FIFO)), not opened; save what it gives to "
            "a file and ingest that") in result.output


_SWAPPED = r"""
import os, sys
from pathlib import Path
from storylens.cli import _read_url_list
from storylens.errors import InputError
from storylens.ingest import files

victim = sys.argv[1]
real_open = os.open
def opening(path, flags, *args, **kwargs):
    if str(path) == victim:  # after the stat said "a regular file": swapped for a FIFO no process writes to
        os.unlink(victim)
        os.mkfifo(victim)
    return real_open(path, flags, *args, **kwargs)
files.os.open = opening
try:
    _read_url_list(Path(victim))
except InputError as exc:
    print(exc)
"""


def test_a_feed_list_swapped_for_a_fifo_at_its_open_is_not_read(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://example.org/feed.xml\n", encoding="utf-8")
    done = _child("-c", _SWAPPED, str(feeds))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"{feeds}: not a regular file (a named pipe (FIFO)), not read; {_FIX}"]


def test_a_regular_feed_list_reads_as_before(tmp_path):
    from storylens.cli import _read_url_list

    feeds = tmp_path / "feeds.txt"
    feeds.write_bytes(b"# wires\r\nhttps://example.org/feed.xml\r\n\r\nhttps://example.org/b.xml # second\n")
    assert _read_url_list(feeds) == [(2, "https://example.org/feed.xml"), (4, "https://example.org/b.xml")]
