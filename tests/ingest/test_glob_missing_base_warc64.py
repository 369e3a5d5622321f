"""newuser64 MEDIUM: ``ingest 'nomatch/**'`` (no such directory) said ``nomatch: file not found`` (the directory,
not the pattern, without "(nothing ingested)") and created the store, while ``'nomatch/*.txt'`` said "no file
matches this pattern; check the glob (nothing ingested)" and created nothing: ``**`` as no directory matched the
pattern's fixed start whether or not it exists. Now a pattern under a missing directory matches nothing, as
Python's glob says, whatever its wildcards."""

from __future__ import annotations

import os

import pytest

from storylens.ingest import walk
from storylens.models import Failure

PATTERNS = ["nomatch/**", "nomatch/sub/**", "nomatch/**/*.txt", "nomatch/*.txt"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_pattern_under_a_missing_directory_matches_nothing(tmp_path, pattern):
    glob = str(tmp_path / pattern)
    assert walk._glob(glob) == []
    assert [(r.source, r.reason) for r in walk.expand_paths([glob]) if isinstance(r, Failure)] == [
        (glob, "no file matches this pattern; check the glob")]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_ingest_names_the_pattern_and_makes_no_store(tmp_path, pattern):
    from typer.testing import CliRunner

    from storylens.cli import app

    glob, db = str(tmp_path / pattern), tmp_path / "g.db"
    result = CliRunner().invoke(app, ["ingest", glob, "--db", str(db), "--silent"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"storylens: error: {glob}: no file matches this pattern; check the glob (nothing ingested)"]
    assert not os.path.exists(db)


def test_an_existing_directory_s_double_star_still_reads_it(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Ankara, Tuesday. The council met in the capital.", encoding="utf-8")
    assert walk._glob(str(tmp_path / "news" / "**")) == [str(tmp_path / "news"), str(tmp_path / "news" / "a.txt")]
