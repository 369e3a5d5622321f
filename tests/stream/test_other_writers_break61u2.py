"""A writer that keeps its store open between runs (``storylens watch`` between polls) sees what another process
committed meanwhile (trial break61u2 H1: the watch's next poll did not see another ``ingest``'s articles and
vectors, and opened a second story for an article of a story that ingest had made).

Each case runs the same three parts of one stream two ways: one store object writing parts 1 and 3 with another
writer's part 2 between them, and three writers one after another. The stories must be the same."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from storylens import stream
from storylens.store import open_store

from .test_backends import _assigned, _town_stream

REPO = Path(__file__).resolve().parents[2]
N = 80  # of the town stream: 30 / 50 articles in 31 / 30 stories on main (8 assignments differed)


def _parts(records: list) -> tuple[list, list, list]:
    a, b = len(records) // 4, (len(records) * 5) // 8
    return records[:a], records[a:b], records[b:]


def _serial(url: str, embedder) -> dict:
    for part in _parts(_town_stream(N)):
        with open_store(url) as store:
            stream.ingest(part, store, embedder=embedder)
    with open_store(url) as store:
        return _assigned(store)


@pytest.fixture(scope="module")
def serial(tmp_path_factory, hashing_embedder) -> dict:
    """The stories of the three parts written by three writers one after another (on SQLite; the backends agree:
    test_backends.test_sqlite_and_postgresql_give_identical_stories): what each case's writer that saw another's
    batches between its runs must give. Written once for the module's three cases, which each wrote the same
    store again (suite79: three 80-article ingests at ~3 s each under load 14; the module's cases run on one worker)."""
    return _serial(str(tmp_path_factory.mktemp("serial") / "serial.db"), hashing_embedder)


def _other_in_process(url: str, records: list, embedder) -> None:
    with open_store(url) as other:  # its own connection and lock handle, as another process's
        stream.ingest(records, other, embedder=embedder)


def _other_process(url: str, lo: int, hi: int) -> None:
    """``stream.ingest`` of records ``lo:hi`` in a process of its own (bounded: 240 s)."""
    code = ("from tests.stream.test_backends import _town_stream\n"
            "from storylens import stream\nfrom storylens.embed import HashingEmbedder\n"
            "from storylens.store import open_store\n"
            f"with open_store({url!r}) as s:\n"
            f"    stream.ingest(_town_stream({N})[{lo}:{hi}], s, embedder=HashingEmbedder())\n")
    done = subprocess.run([sys.executable, "-c", code], check=False, cwd=REPO, capture_output=True, text=True, timeout=240,
                          env={**os.environ, "PYTHONPATH": f"{REPO / 'src'}{os.pathsep}{REPO}"})
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_writer_between_its_runs_sees_another_writers_batches(backend, tmp_path, hashing_embedder, request,
                                                                serial):
    """Both backends; the other writer is another store object (its own connection and writer lock)."""
    url = str(tmp_path / "w.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    first, middle, last = _parts(_town_stream(N))
    with open_store(url) as watch:
        stream.ingest(first, watch, embedder=hashing_embedder)
        _other_in_process(url, middle, hashing_embedder)
        report = stream.ingest(last, watch, embedder=hashing_embedder)
        together = _assigned(watch)
    assert len(together) == N and len(report.added) == len(last)
    assert together == serial


def test_a_writer_sees_another_processs_batches_between_its_runs(tmp_path, hashing_embedder, serial):
    """SQLite, the other writer a real process: the vectors it added went to the store's journal (or its saved
    index file), which this process's index and view of the file did not hold."""
    url = str(tmp_path / "w.db")
    first, middle, last = _parts(_town_stream(N))
    with open_store(url) as watch:
        stream.ingest(first, watch, embedder=hashing_embedder)
        _other_process(url, len(first), len(first) + len(middle))
        stream.ingest(last, watch, embedder=hashing_embedder)
        together = _assigned(watch)
    assert together == serial


def test_a_writer_alone_keeps_what_it_read(tmp_path, hashing_embedder, monkeypatch):
    """The check is one meta row: a writer whose store nobody else wrote to keeps its view of the vectors between
    runs (nothing is read again), and one that sees another's commit reads it anew."""
    from storylens.store import SQLiteStore

    url = str(tmp_path / "w.db")
    first, middle, last = _parts(_town_stream(N))
    forgot: list[str] = []
    forget = SQLiteStore._forget_kept
    monkeypatch.setattr(SQLiteStore, "_forget_kept", lambda self: (forgot.append(self.path), forget(self))[-1])
    with open_store(url) as watch:
        stream.ingest(first, watch, embedder=hashing_embedder)  # its first lock: nothing known yet
        assert forgot == [url]
        stream.ingest(middle, watch, embedder=hashing_embedder)  # only its own commits since: kept
        assert forgot == [url]
        with open_store(url) as other:
            other.set_meta("note", "another writer")  # any commit of another store object counts (no lock taken)
        stream.ingest(last, watch, embedder=hashing_embedder)
        assert forgot == [url, url]
