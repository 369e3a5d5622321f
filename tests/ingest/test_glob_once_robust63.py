"""Trial robust63, item 4: a glob argument was listed twice in one pass over the inputs (once for the input
roots, once for the files), and twice more by ``ingest``'s check before the store opens: a ``'news/**/*.txt'``
over a large tree paid each listing, and a file added between two listings could be read under one and not the
other. Each pass now lists a glob once and uses the list for both. A glob that matches nothing is one line naming
it and the fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storylens.ingest import walk
from storylens.models import Failure, RawDocument

from ._denied import deny_listing


@pytest.fixture
def listings(monkeypatch) -> list[str]:
    """The patterns ``walk._glob`` lists, in order, while the test runs."""
    seen: list[str] = []
    real = walk._glob

    def counted(pattern: str) -> list[str]:
        seen.append(pattern)
        return real(pattern)

    monkeypatch.setattr(walk, "_glob", counted)
    return seen


def _news(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    (news / "2025").mkdir(parents=True)
    (news / "a.txt").write_text("Ankara, Tuesday. The council met in the capital.", encoding="utf-8")
    (news / "2025" / "b.txt").write_text("Lyon, mardi. Le conseil s'est réuni à la mairie.", encoding="utf-8")
    return news


@pytest.mark.parametrize("pattern", ["*", "**/*.txt", "*.txt"])
def test_one_pass_lists_each_glob_once(tmp_path, listings, pattern):
    news = _news(tmp_path)
    glob = str(news / pattern)
    records = list(walk.iter_records([glob, str(news / "a.txt")]))
    assert listings == [glob]
    assert str(news / "a.txt") in [r.source for r in records if isinstance(r, RawDocument)]
    listings.clear()
    list(walk.expand_paths([glob]))
    assert listings == [glob]


def test_a_glob_s_roots_and_files_come_from_one_listing(tmp_path, monkeypatch):
    """A directory that appears between two listings: with one listing it is either an input root and read, or
    neither (before, it could be read under a root list that did not hold it)."""
    news = _news(tmp_path)
    real, calls = walk._glob, []

    def growing(pattern: str) -> list[str]:
        calls.append(pattern)
        if len(calls) == 2:  # a second listing sees a directory the first did not
            (news / "late").mkdir()
            (news / "late" / "c.txt").write_text("Bonn, Dienstag. Der Rat tagte.", encoding="utf-8")
        return real(pattern)

    monkeypatch.setattr(walk, "_glob", growing)
    records = list(walk.iter_records([str(news / "*")]))
    assert len(calls) == 1
    assert [r.source for r in records if isinstance(r, RawDocument)] == [
        str(news / "2025" / "b.txt"), str(news / "a.txt")]


def test_a_glob_matching_nothing_is_one_failure_naming_it(tmp_path, listings):
    news = _news(tmp_path)
    glob = str(news / "*.html")
    records = list(walk.iter_records([glob, str(news / "a.txt")]))
    assert [(r.source, r.reason) for r in records if isinstance(r, Failure)] == [
        (glob, "no file matches this pattern; check the glob")]
    assert [r.source for r in records if isinstance(r, RawDocument)] == [str(news / "a.txt")]
    assert listings == [glob]


def test_ingest_lists_a_glob_once_per_pass_and_names_one_that_matches_nothing_once(tmp_path, monkeypatch, listings):
    from typer.testing import CliRunner

    from storylens.cli import app
    from storylens.embed import HashingEmbedder

    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    news = _news(tmp_path)
    glob, empty = str(news / "**" / "*.txt"), str(news / "*.html")
    result = CliRunner().invoke(app, ["ingest", glob, empty, "--db", str(tmp_path / "s.db"), "--silent"])
    assert result.exit_code == 1, result.output  # one input failed
    assert "added 2 articles" in result.output
    assert [line for line in result.output.splitlines() if empty in line] == [
        f"storylens: error: {empty}: no file matches this pattern; check the glob"]
    # the check before the store opens, then the ingest: one listing of each pattern in each
    assert listings == [glob, empty, glob, empty]
    # alone, the pattern that matches nothing is the run's one error line, and no store is made
    listings.clear()
    result = CliRunner().invoke(app, ["ingest", empty, "--db", str(tmp_path / "t.db"), "--silent"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"storylens: error: {empty}: no file matches this pattern; check the glob (nothing ingested)"]
    assert listings == [empty] and not os.path.exists(tmp_path / "t.db")


def test_a_double_star_glob_names_a_directory_it_cannot_list(tmp_path, monkeypatch):
    """Trial break63r M3: ``'t/**/*.txt'`` over a tree with an unreadable ``t/locked`` lost its articles without a
    line (glob passes over what it cannot list), while the directory ``t`` given itself says "permission denied".
    The directory is now matched as a path, so the walk gives it the same line; the readable files are read. The
    tests run as root, where mode 000 still lists: os.listdir and os.scandir fail for it as they would for a user."""
    news = _news(tmp_path)
    locked = news / "locked"
    (locked / "deep").mkdir(parents=True)
    (locked / "deep" / "c.txt").write_text("Porto, quarta-feira. O conselho reuniu-se.", encoding="utf-8")
    deny_listing(monkeypatch, locked)
    records = list(walk.iter_records([str(news / "**" / "*.txt")]))
    read = sorted(r.source for r in records if isinstance(r, RawDocument))
    assert read == [str(news / "2025" / "b.txt"), str(news / "a.txt")]
    lines = [(r.source, getattr(r, "reason", "")) for r in records if not isinstance(r, RawDocument)]
    assert lines == [(str(locked), "permission denied; make the directory readable")]


def test_a_double_star_glob_ending_on_an_unreadable_directory_names_it_once(tmp_path, monkeypatch):
    """Trial newuser63 M1: ``'t/locked/**'`` printed "t/locked: permission denied; …" twice (``**`` as no directory
    names t/locked, and so does the listing that fails)."""
    import errno

    news = _news(tmp_path)
    locked = news / "locked"
    locked.mkdir()
    real_listdir = os.listdir

    def listdir(path="."):
        if Path(os.fspath(path)).resolve() == locked.resolve():
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_listdir(path)

    monkeypatch.setattr(os, "listdir", listdir)
    assert walk._glob(str(locked / "**")) == [str(locked)]
